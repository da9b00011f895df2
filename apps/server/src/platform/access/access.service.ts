import type { Db } from '../db/dialect';
import type { AnnotationRow, DraftRow, PredictionRow, ProjectRow, Role, TaskRow, ViewRow } from '../db/schema';
import { invalidField, notFound } from '../errors';
import { AccessRepository, type ProjectObject } from './access.repository';
import {
  atLeast,
  authorizeEditUser,
  authorizeGrantRole,
  authorizeOwnWork,
  authorizeProject,
  projectAbilities,
  roleAllows,
  type Action,
  type Actor,
  type ProjectAction,
} from './policy';

/** An actor and the action its route declared (see platform/http/guard.ts). */
export interface Guard<A extends Action = Action> {
  actor: Actor;
  action: A;
}

/**
 * The one access layer: loads the object a request acts on together with the project it belongs
 * to and asks the policy whether the actor may perform the route's action on it. Missing and
 * foreign objects are the same 404.
 */
export class AccessService {
  private readonly repo: AccessRepository;

  constructor(db: Db) {
    this.repo = new AccessRepository({ kysely: db.kysely, dialect: db.dialect });
  }

  /**
   * Which of these objects the actor may perform the action on, in one query for the whole list
   * (bulk endpoints check a selection at once). Objects that don't exist are left out too.
   */
  async checkAccess(actor: Actor, action: ProjectAction, kind: ProjectObject, ids: number[]): Promise<Set<number>> {
    if (!roleAllows(actor.role, action)) return new Set();
    const orgs = await this.repo.organizationsOf(kind, [...new Set(ids)]);
    return new Set([...orgs].filter(([, org]) => org === actor.organizationId).map(([id]) => id));
  }

  async project({ actor, action }: Guard, id: number): Promise<ProjectRow> {
    const project = await this.repo.project(id);
    authorizeProject(actor, project, asProjectAction(action));
    return project!;
  }

  async task(guard: Guard, id: number): Promise<{ task: TaskRow; project: ProjectRow }> {
    const task = await this.repo.task(id);
    if (!task) throw notFound();
    return { task, project: await this.project(guard, task.project_id) };
  }

  /** With `work.change` the author or a manager; with a project action, anyone it allows. */
  async annotation({ actor, action }: Guard, id: number): Promise<{ annotation: AnnotationRow; project: ProjectRow }> {
    const annotation = await this.repo.annotation(id);
    if (!annotation) throw notFound();
    const project = await this.repo.project(annotation.project_id);
    if (action === 'work.change') authorizeOwnWork(actor, annotation.completed_by, project);
    else authorizeProject(actor, project, asProjectAction(action));
    return { annotation, project: project! };
  }

  async prediction(guard: Guard, id: number): Promise<PredictionRow> {
    const prediction = await this.repo.prediction(id);
    if (!prediction) throw notFound();
    await this.project(guard, prediction.project_id);
    return prediction;
  }

  /** Drafts are their author's (or a manager's) whatever the route's action. */
  async draft({ actor }: Guard, id: number): Promise<DraftRow> {
    const draft = await this.repo.draft(id);
    if (!draft) throw notFound();
    authorizeOwnWork(actor, draft.user_id, await this.repo.project(draft.project_id));
    return draft;
  }

  async view(guard: Guard, id: number): Promise<{ view: ViewRow; project: ProjectRow }> {
    const view = await this.repo.view(id);
    if (!view) throw notFound();
    return { view, project: await this.project(guard, view.project_id) };
  }

  /** The project a task list or a Data Manager action names: `project`, or the project of the view `view`. */
  async projectOf(guard: Guard, projectId: number | undefined, viewId: number | undefined): Promise<ProjectRow> {
    if (projectId === undefined && viewId) return (await this.view(guard, viewId)).project;
    if (projectId === undefined) throw invalidField('project', 'Pass the project id: /api/tasks?project=<id>.');
    return this.project(guard, projectId);
  }

  /** Whether the actor's role allows the action (the abilities sent to the web app, what a list offers). */
  allows(actor: Actor, action: Action): boolean {
    return roleAllows(actor.role, action);
  }

  /** A second action on a project already loaded for the route's (a Data Manager action's own requirement). */
  authorizeProject(actor: Actor, project: ProjectRow, action: ProjectAction): void {
    authorizeProject(actor, project, action);
  }

  /** What the actor may do on a project (keys without `project.`), sent with each project. */
  projectAbilities(actor: Actor): Record<string, boolean> {
    return projectAbilities(actor);
  }

  /** Who an annotation submitted by the actor is by: only managers may submit on someone else's behalf. */
  authorOf({ actor }: Guard, requested: number | null | undefined): number {
    return requested && atLeast(actor.role, 'manager') ? requested : actor.userId;
  }

  /** A member's profile: their own, or anyone's for an administrator. */
  user({ actor }: Guard, userId: number): void {
    authorizeEditUser(actor, userId);
  }

  /** Granting a role to a member (creating them with it, or changing theirs). */
  grantRole({ actor }: Guard, role: Role): void {
    authorizeGrantRole(actor, role);
  }
}

/** The project action a route's declared action stands for on a project's objects. */
function asProjectAction(action: Action): ProjectAction {
  if (action === 'work.change') return 'project.annotate';
  if (!action.startsWith('project.')) throw new Error(`${action} is not an action on a project`);
  return action as ProjectAction;
}

import { notFound } from '../errors';
import { authorizeOwnWork, authorizeProject, type Actor, type ProjectAction } from './policy';
import type { Repositories } from '../../repositories';
import type { AnnotationRow, DraftRow, PredictionRow, ProjectRow, TaskRow } from '../db/schema';

/**
 * Loads an object together with the project it belongs to and asks the policy whether
 * the actor may act on it. Missing and foreign objects are the same 404.
 */
export class AccessService {
  constructor(private readonly repos: Repositories) {}

  async project(actor: Actor, id: number, action: ProjectAction): Promise<ProjectRow> {
    const project = await this.repos.projects.findById(id);
    authorizeProject(actor, project, action);
    return project!;
  }

  async task(actor: Actor, id: number, action: ProjectAction): Promise<{ task: TaskRow; project: ProjectRow }> {
    const task = await this.repos.tasks.findById(id);
    if (!task) throw notFound();
    const project = await this.project(actor, task.project_id, action);
    return { task, project };
  }

  async annotation(actor: Actor, id: number, write: boolean): Promise<{ annotation: AnnotationRow; project: ProjectRow }> {
    const annotation = await this.repos.annotations.findById(id);
    if (!annotation) throw notFound();
    const project = await this.repos.projects.findById(annotation.project_id);
    if (write) authorizeOwnWork(actor, annotation.completed_by, project);
    else authorizeProject(actor, project, 'view');
    return { annotation, project: project! };
  }

  async prediction(actor: Actor, id: number, action: ProjectAction): Promise<PredictionRow> {
    const prediction = await this.repos.predictions.findById(id);
    if (!prediction) throw notFound();
    await this.project(actor, prediction.project_id, action);
    return prediction;
  }

  async draft(actor: Actor, id: number): Promise<DraftRow> {
    const draft = await this.repos.drafts.findById(id);
    if (!draft) throw notFound();
    authorizeOwnWork(actor, draft.user_id, await this.repos.projects.findById(draft.project_id));
    return draft;
  }
}

import type { Role } from '../db/schema';
import { forbidden, notFound } from '../errors';

/**
 * Who may do what, in one place: pure functions over the actor and what it acts on. Every route
 * declares the action it performs (`config.access`); the HTTP layer checks organization-wide
 * actions against the actor's role before the handler runs, and the access service checks
 * resource actions when it loads the resource. Services and repositories never decide access.
 */
export interface Actor {
  userId: number;
  organizationId: number;
  role: Role;
}

export const ROLES: Role[] = ['owner', 'administrator', 'manager', 'reviewer', 'annotator'];

const RANK: Record<Role, number> = { annotator: 1, reviewer: 2, manager: 3, administrator: 4, owner: 5 };

export function atLeast(role: Role, min: Role): boolean {
  return RANK[role] >= RANK[min];
}

/**
 * What an action acts on, which says where it is checked:
 * - `organization`: nothing but the actor's organization; the role decides, before the handler runs.
 * - `project`: a project, or a task, view or prediction of one; other organizations' objects do not exist (404).
 * - `own-work`: an annotation or draft; its author, or a manager of its project.
 * - `user`: a member of the organization; the user themself, or an administrator.
 */
export type ActionScope = 'organization' | 'project' | 'own-work' | 'user';

const ACTIONS = {
  /** Their own account: profile, hotkeys, API token, session. */
  'account.use': { scope: 'organization', min: 'annotator' },
  'users.view': { scope: 'organization', min: 'annotator' },
  'users.create': { scope: 'organization', min: 'administrator' },
  'users.update': { scope: 'user', min: 'annotator' },
  'projects.list': { scope: 'organization', min: 'annotator' },
  'projects.create': { scope: 'organization', min: 'manager' },
  /** Checking a labeling config that belongs to no project yet. */
  'label-config.validate': { scope: 'organization', min: 'annotator' },
  'templates.view': { scope: 'organization', min: 'annotator' },
  'project.view': { scope: 'project', min: 'annotator' },
  'project.annotate': { scope: 'project', min: 'annotator' },
  'project.review': { scope: 'project', min: 'reviewer' },
  'project.update': { scope: 'project', min: 'manager' },
  'project.delete': { scope: 'project', min: 'manager' },
  'project.import': { scope: 'project', min: 'manager' },
  'project.export': { scope: 'project', min: 'manager' },
  'project.manage_tasks': { scope: 'project', min: 'manager' },
  'project.manage_predictions': { scope: 'project', min: 'manager' },
  /** Changing an annotation or a draft. */
  'work.change': { scope: 'own-work', min: 'annotator' },
} as const satisfies Record<string, { scope: ActionScope; min: Role }>;

export type Action = keyof typeof ACTIONS;
export type ProjectAction = { [A in Action]: (typeof ACTIONS)[A]['scope'] extends 'project' ? A : never }[Action];

export const ALL_ACTIONS = Object.keys(ACTIONS) as Action[];

export function scopeOf(action: Action): ActionScope {
  return ACTIONS[action].scope;
}

/** Whether the role may perform the action at all (the resource may still say no). */
export function roleAllows(role: Role, action: Action): boolean {
  return atLeast(role, ACTIONS[action].min);
}

/** Every action a role may perform: the ability map, one set per role. */
export function abilities(role: Role): Set<Action> {
  return new Set(ALL_ACTIONS.filter((a) => roleAllows(role, a)));
}

/** Role-only check of an organization-wide action: 403 when the role falls short. */
export function authorize(actor: Actor, action: Action): void {
  if (!roleAllows(actor.role, action)) throw forbidden();
}

export interface OwnedByOrganization {
  organization_id: number;
}

/**
 * Objects of another organization do not exist for the actor (404, never their data);
 * objects it can see but not change answer 403.
 */
export function authorizeProject(actor: Actor, project: OwnedByOrganization | undefined, action: ProjectAction): void {
  if (!project || project.organization_id !== actor.organizationId) throw notFound();
  authorize(actor, action);
}

/** Annotations and drafts: the author may change their own; managers may change anyone's. */
export function authorizeOwnWork(actor: Actor, authorId: number | null, project: OwnedByOrganization | undefined): void {
  authorizeProject(actor, project, 'project.annotate');
  if (authorId !== actor.userId && !atLeast(actor.role, 'manager')) throw forbidden();
}

/** Users edit their own profile; administrators edit anyone in the organization. */
export function authorizeEditUser(actor: Actor, userId: number): void {
  if (userId !== actor.userId && !atLeast(actor.role, 'administrator')) throw forbidden();
}

/** Granting a role (or changing a member's active state) takes an administrator; the owner role, an owner. */
export function authorizeGrantRole(actor: Actor, role: Role): void {
  if (!atLeast(actor.role, 'administrator')) throw forbidden();
  if (role === 'owner' && actor.role !== 'owner') throw forbidden('Only an owner can grant the owner role.');
}

/** What the actor may do on a project (keys without the `project.` prefix), sent with it so the web app doesn't re-derive it. */
export function projectAbilities(actor: Actor): Record<string, boolean> {
  return Object.fromEntries(
    ALL_ACTIONS.filter((a) => scopeOf(a) === 'project').map((a) => [a.slice('project.'.length), roleAllows(actor.role, a)]),
  );
}

import type { Role } from '../db/schema';
import { forbidden, notFound } from '../errors';

/**
 * Who may do what, in one place. Every route asks here; services and repositories
 * never decide access themselves. Pure functions over the actor and the resource.
 */
export interface Actor {
  userId: number;
  organizationId: number;
  role: Role;
}

const RANK: Record<Role, number> = { annotator: 1, reviewer: 2, manager: 3, administrator: 4, owner: 5 };

export const ROLES: Role[] = ['owner', 'administrator', 'manager', 'reviewer', 'annotator'];

export function atLeast(actor: Actor, role: Role): boolean {
  return RANK[actor.role] >= RANK[role];
}

export type ProjectAction =
  | 'view'
  | 'annotate'
  | 'review'
  | 'update'
  | 'delete'
  | 'import'
  | 'export'
  | 'manage_tasks'
  | 'manage_predictions';

const PROJECT_MIN_ROLE: Record<ProjectAction, Role> = {
  view: 'annotator',
  annotate: 'annotator',
  review: 'reviewer',
  update: 'manager',
  delete: 'manager',
  import: 'manager',
  export: 'manager',
  manage_tasks: 'manager',
  manage_predictions: 'manager',
};

export interface OwnedByOrganization {
  organization_id: number;
}

/**
 * Objects of another organization do not exist for the actor (404, never their data);
 * objects it can see but not change answer 403.
 */
export function authorizeProject(actor: Actor, project: OwnedByOrganization | undefined, action: ProjectAction): void {
  if (!project || project.organization_id !== actor.organizationId) throw notFound();
  if (!atLeast(actor, PROJECT_MIN_ROLE[action])) throw forbidden();
}

export function canCreateProject(actor: Actor): boolean {
  return atLeast(actor, 'manager');
}

export function authorizeCreateProject(actor: Actor): void {
  if (!canCreateProject(actor)) throw forbidden();
}

/** Annotations and drafts: the author may change their own; managers may change anyone's. */
export function authorizeOwnWork(actor: Actor, authorId: number | null, project: OwnedByOrganization | undefined): void {
  authorizeProject(actor, project, 'annotate');
  if (authorId !== actor.userId && !atLeast(actor, 'manager')) throw forbidden();
}

export function authorizeManageUsers(actor: Actor): void {
  if (!atLeast(actor, 'administrator')) throw forbidden();
}

/** An owner role can only be granted by an owner. */
export function authorizeGrantRole(actor: Actor, role: Role): void {
  authorizeManageUsers(actor);
  if (role === 'owner' && actor.role !== 'owner') throw forbidden('Only an owner can grant the owner role.');
}

/** What the actor may do on a project, sent with it so the web app doesn't re-derive it. */
export function projectAbilities(actor: Actor): Record<ProjectAction, boolean> {
  return Object.fromEntries(
    (Object.keys(PROJECT_MIN_ROLE) as ProjectAction[]).map((a) => [a, atLeast(actor, PROJECT_MIN_ROLE[a])]),
  ) as Record<ProjectAction, boolean>;
}

/** Users edit their own profile; administrators edit anyone in the organization. */
export function authorizeEditUser(actor: Actor, userId: number): void {
  if (userId !== actor.userId) authorizeManageUsers(actor);
}

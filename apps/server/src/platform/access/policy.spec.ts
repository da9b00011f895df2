import { describe, expect, it } from 'vitest';
import type { Role } from '../db/schema';
import {
  abilities,
  ALL_ACTIONS,
  authorizeEditUser,
  authorizeGrantRole,
  authorizeOwnWork,
  authorizeProject,
  projectAbilities,
  ROLES,
  type Action,
} from './policy';

const EVERYONE: Action[] = [
  'account.use',
  'users.view',
  'users.update',
  'projects.list',
  'label-config.validate',
  'templates.view',
  'project.view',
  'project.annotate',
  'work.change',
];
const MANAGE: Action[] = [
  'projects.create',
  'project.update',
  'project.delete',
  'project.import',
  'project.export',
  'project.manage_tasks',
  'project.manage_predictions',
];

/** The ability map, written out by hand: a change to the policy must change this table too. */
const EXPECTED: Record<Role, Action[]> = {
  annotator: EVERYONE,
  reviewer: [...EVERYONE, 'project.review'],
  manager: [...EVERYONE, 'project.review', ...MANAGE],
  administrator: [...EVERYONE, 'project.review', ...MANAGE, 'users.create'],
  owner: [...EVERYONE, 'project.review', ...MANAGE, 'users.create'],
};

const actor = (role: Role, userId = 1) => ({ userId, organizationId: 7, role });
const status = (fn: () => void) => {
  try {
    fn();
    return 200;
  } catch (e) {
    return (e as { statusCode: number }).statusCode;
  }
};

describe('policy', () => {
  it.each(ROLES)('gives %s exactly its abilities', (role) => {
    expect([...abilities(role)].sort()).toEqual([...EXPECTED[role]].sort());
  });

  it('knows every action the table names, and the table names every action', () => {
    const named = new Set(Object.values(EXPECTED).flat());
    expect([...named].sort()).toEqual([...ALL_ACTIONS].sort());
  });

  it('hides other organizations’ projects (404) and refuses what the role lacks (403)', () => {
    const own = { organization_id: 7 };
    expect(status(() => authorizeProject(actor('annotator'), { organization_id: 8 }, 'project.view'))).toBe(404);
    expect(status(() => authorizeProject(actor('owner'), undefined, 'project.view'))).toBe(404);
    expect(status(() => authorizeProject(actor('annotator'), own, 'project.import'))).toBe(403);
    expect(status(() => authorizeProject(actor('manager'), own, 'project.import'))).toBe(200);
  });

  it('lets authors change their own work and managers anyone’s', () => {
    const own = { organization_id: 7 };
    expect(status(() => authorizeOwnWork(actor('annotator', 1), 1, own))).toBe(200);
    expect(status(() => authorizeOwnWork(actor('annotator', 1), 2, own))).toBe(403);
    expect(status(() => authorizeOwnWork(actor('reviewer', 1), 2, own))).toBe(403);
    expect(status(() => authorizeOwnWork(actor('manager', 1), 2, own))).toBe(200);
  });

  it('grants roles from administrator up, and the owner role only from an owner', () => {
    expect(status(() => authorizeGrantRole(actor('manager'), 'annotator'))).toBe(403);
    expect(status(() => authorizeGrantRole(actor('administrator'), 'manager'))).toBe(200);
    expect(status(() => authorizeGrantRole(actor('administrator'), 'owner'))).toBe(403);
    expect(status(() => authorizeGrantRole(actor('owner'), 'owner'))).toBe(200);
    expect(status(() => authorizeEditUser(actor('annotator', 1), 1))).toBe(200);
    expect(status(() => authorizeEditUser(actor('annotator', 1), 2))).toBe(403);
    expect(status(() => authorizeEditUser(actor('administrator', 1), 2))).toBe(200);
  });

  it('sends project abilities under the keys the web app reads', () => {
    expect(projectAbilities(actor('reviewer'))).toEqual({
      view: true,
      annotate: true,
      review: true,
      update: false,
      delete: false,
      import: false,
      export: false,
      manage_tasks: false,
      manage_predictions: false,
    });
  });
});

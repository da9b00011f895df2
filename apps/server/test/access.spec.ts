import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Actor } from '../src/platform/access/policy';
import { Repositories } from '../src/repositories';
import { createTestApp, describeEachDb, type TestApp } from './harness';

/** The access layer's bulk check: one query answers which of a list of objects an actor may act on. */
describeEachDb('checkAccess', (dialect) => {
  let t: TestApp;
  let owner: Actor;
  let annotator: Actor;
  let mine: { project: number; tasks: number[]; annotation: number };
  let theirs: { project: number; task: number };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const { app } = t;
    const project = await t.createProject();
    owner = { userId: t.owner.id, organizationId: project.organization as number, role: 'owner' };
    const a = await t.addUser('annotator@example.com', 'annotator');
    annotator = { ...owner, userId: a.id, role: 'annotator' };
    const imported = await t.call('POST', `/api/projects/${project.id}/import?return_task_ids=true`, {
      body: [{ text: 'a' }, { text: 'b' }],
    });
    const tasks: number[] = imported.body.task_ids;
    const ann = await t.call('POST', `/api/tasks/${tasks[0]}/annotations`, { body: { result: [] } });
    mine = { project: project.id, tasks, annotation: ann.body.id };
    // A second organization with a project and a task of its own.
    const other = await app.services.users.createUser({ email: 'x@example.com', password: 'password123' });
    const org = await Repositories.of(t.db).organizations.create('Other', other.id);
    const foreign = await app.services.projects.create(
      { userId: other.id, organizationId: org.id, role: 'owner' },
      { title: 'Theirs' },
    );
    const task = await app.services.tasks.create(foreign, other.id, { text: 'c' });
    theirs = { project: foreign.id, task: task.id };
  });
  afterAll(() => t.close());

  it('keeps the objects of the actor’s organization, in one answer for the list', async () => {
    const { access } = t.app.services;
    expect(await access.checkAccess(owner, 'project.view', 'project', [mine.project, theirs.project, 99_999])).toEqual(
      new Set([mine.project]),
    );
    expect(await access.checkAccess(owner, 'project.manage_tasks', 'task', [...mine.tasks, theirs.task])).toEqual(
      new Set(mine.tasks),
    );
    expect(await access.checkAccess(owner, 'project.view', 'annotation', [mine.annotation, 99_999])).toEqual(
      new Set([mine.annotation]),
    );
  });

  it('allows nothing when the role falls short of the action', async () => {
    const { access } = t.app.services;
    expect(await access.checkAccess(annotator, 'project.import', 'project', [mine.project])).toEqual(new Set());
    expect(await access.checkAccess(annotator, 'project.view', 'task', [...mine.tasks, theirs.task])).toEqual(
      new Set(mine.tasks),
    );
  });
});

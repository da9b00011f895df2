import { describe, expect, it } from 'vitest';
import { pgWorkerFixture } from './worker-fixture';

/** `groundwork worker` beside an API process that leaves jobs to workers, on a real PostgreSQL. */
describe('background jobs on PostgreSQL workers', () => {
  const f = pgWorkerFixture('worker');
  const call = f.call;

  it('queues an import that a separate worker process then runs', async () => {
    const project = await call('POST', '/api/projects', {
      title: 'Workers',
      label_config: '<View><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="A"/></Choices></View>',
    });
    const form = new FormData();
    form.append('file', new Blob([Array.from({ length: 1500 }, (_, i) => `line ${i}`).join('\n')]), 'lines.txt');
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const started = await call(
      'POST',
      `/api/projects/${project.body.id}/import?async=true`,
      Buffer.from(await request.arrayBuffer()),
      {
        'content-type': request.headers.get('content-type')!,
      },
    );
    expect(started.status).toBe(201);

    // This API process does not run jobs: without a worker the job stays queued.
    // The job sits in the queue: this process works no jobs, and no worker has started.
    expect(await f.app.services.jobs.waiting('import')).toBe(1);
    const queued = await call('GET', `/api/projects/${project.body.id}/imports/${started.body.import}`);
    expect(queued.body).toMatchObject({ status: 'created', tasks_read: 0 });

    f.startWorker();

    let job = queued.body;
    for (let i = 0; i < 300 && job.status !== 'completed' && job.status !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await call('GET', `/api/projects/${project.body.id}/imports/${started.body.import}`)).body;
    }
    expect(job, f.output).toMatchObject({ status: 'completed', task_count: 1500 });
    expect(f.output).toContain('Groundwork worker is running jobs');
    expect((await call('GET', `/api/projects/${project.body.id}`)).body.task_number).toBe(1500);
  }, 60_000);
});

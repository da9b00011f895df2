import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import type { Db } from '../db/dialect';

import type { JobHandlers, JobName, JobPayloads } from './jobs';

type AnyHandler = (payload: JobPayloads[JobName]) => Promise<void>;

/**
 * Background jobs. The row a job works on holds its state and progress; the queue only decides
 * where and when the handler runs: in this process (SQLite, or PostgreSQL without workers) or on
 * any process that works the PostgreSQL queue (`groundwork worker`).
 */
export interface JobQueue {
  readonly kind: 'in-process' | 'pg-boss';
  /** Registers the handlers of every kind of job; call once, before `start`. */
  register(handlers: JobHandlers): void;
  /** Starts the queue; with `work` this process also runs jobs. */
  start(opts: { work: boolean }): Promise<void>;
  enqueue<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<void>;
  /** Jobs of this kind waiting for a process to run them (what tests check instead of sleeping). */
  waiting(name: JobName): Promise<number>;
  stop(): Promise<void>;
}

/** Runs jobs one after another in this process. */
export class InProcessQueue implements JobQueue {
  readonly kind = 'in-process' as const;
  private handlers?: JobHandlers;
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;
  private readonly queued = new Map<JobName, number>();

  register(handlers: JobHandlers): void {
    this.handlers = handlers;
  }

  async start(): Promise<void> {
    this.stopped = false;
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<void> {
    const handler = this.handlers?.[name] as AnyHandler | undefined;
    if (!handler) throw new Error(`No handler for job "${name}"`);
    this.queued.set(name, (this.queued.get(name) ?? 0) + 1);
    this.chain = this.chain.then(async () => {
      this.queued.set(name, (this.queued.get(name) ?? 1) - 1);
      if (this.stopped) return;
      try {
        await handler(payload);
      } catch (e) {
        // Handlers record their own failures on the job row; this is a last resort.
        console.error(`Job ${name} #${payload.id} failed:`, e);
      }
    });
  }

  async waiting(name: JobName): Promise<number> {
    return this.queued.get(name) ?? 0;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.chain;
  }
}

/** Jobs in PostgreSQL through pg-boss, sharing the server's connection pool. */
export class PgBossQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  private handlers?: JobHandlers;
  private readonly boss: PgBoss;

  constructor(db: Db) {
    this.boss = new PgBoss({
      db: {
        executeSql: async (text, values) => {
          const result = await db.kysely.executeQuery(CompiledQuery.raw(text, values));
          return { rows: result.rows as unknown[] };
        },
      },
      schema: 'pgboss',
      // Maintenance (expiring, archiving) runs in whichever process has it on; cheap.
      supervise: true,
      schedule: false,
    });
    this.boss.on('error', (e) => console.error('Job queue error:', e));
  }

  register(handlers: JobHandlers): void {
    this.handlers = handlers;
  }

  async start(opts: { work: boolean }): Promise<void> {
    await this.boss.start();
    const handlers = this.handlers;
    if (!handlers) throw new Error('No job handlers registered');
    for (const name of Object.keys(handlers) as JobName[]) {
      const handler = handlers[name] as AnyHandler;
      // A job whose process died is retried once after it expires; handlers undo a half-done run first.
      await this.boss.createQueue(name, { name, retryLimit: 1, expireInHours: 12 });
      if (opts.work) {
        await this.boss.work<JobPayloads[typeof name]>(name, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => {
          await handler(job.data);
        });
      }
    }
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<void> {
    await this.boss.send(name, payload);
  }

  waiting(name: JobName): Promise<number> {
    return this.boss.getQueueSize(name);
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000, close: false });
  }
}

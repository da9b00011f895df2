import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import type { Db } from '../db/dialect';

/** Work a job carries: the id of the row that describes it (an import job, an export…). */
export interface JobPayload {
  id: number;
}

export type JobHandler = (payload: JobPayload) => Promise<void>;

/**
 * Background jobs. The row a job works on holds its state and progress; the queue only decides
 * where and when the handler runs: in this process (SQLite, or PostgreSQL without workers) or on
 * any process that works the PostgreSQL queue (`groundwork worker`).
 */
export interface JobQueue {
  readonly kind: 'in-process' | 'pg-boss';
  /** Registers the handler of a kind of job; call before `start`. */
  handle(name: string, handler: JobHandler): void;
  /** Starts the queue; with `work` this process also runs jobs. */
  start(opts: { work: boolean }): Promise<void>;
  enqueue(name: string, payload: JobPayload): Promise<void>;
  stop(): Promise<void>;
}

/** Runs jobs one after another in this process. */
export class InProcessQueue implements JobQueue {
  readonly kind = 'in-process' as const;
  private readonly handlers = new Map<string, JobHandler>();
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;

  handle(name: string, handler: JobHandler): void {
    this.handlers.set(name, handler);
  }

  async start(): Promise<void> {
    this.stopped = false;
  }

  async enqueue(name: string, payload: JobPayload): Promise<void> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`No handler for job "${name}"`);
    this.chain = this.chain.then(async () => {
      if (this.stopped) return;
      try {
        await handler(payload);
      } catch (e) {
        // Handlers record their own failures on the job row; this is a last resort.
        console.error(`Job ${name} #${payload.id} failed:`, e);
      }
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.chain;
  }
}

/** Jobs in PostgreSQL through pg-boss, sharing the server's connection pool. */
export class PgBossQueue implements JobQueue {
  readonly kind = 'pg-boss' as const;
  private readonly handlers = new Map<string, JobHandler>();
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

  handle(name: string, handler: JobHandler): void {
    this.handlers.set(name, handler);
  }

  async start(opts: { work: boolean }): Promise<void> {
    await this.boss.start();
    for (const [name, handler] of this.handlers) {
      // A job whose process died is retried once after it expires; handlers undo a half-done run first.
      await this.boss.createQueue(name, { name, retryLimit: 1, expireInHours: 12 });
      if (opts.work) {
        await this.boss.work<JobPayload>(name, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async ([job]) => {
          await handler(job.data);
        });
      }
    }
  }

  async enqueue(name: string, payload: JobPayload): Promise<void> {
    await this.boss.send(name, payload);
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 30_000, close: false });
  }
}

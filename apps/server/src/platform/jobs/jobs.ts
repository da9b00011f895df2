/**
 * Every kind of background job and what it carries, in one place: a job names the row that
 * describes it (its state and progress live there), so a payload is that row's id.
 */
export interface JobPayloads {
  /** A file import job (`import_jobs.id`). */
  import: { id: number };
  /** Writing an export snapshot (`exports.id`). */
  'export-snapshot': { id: number };
  /** Converting a finished snapshot to the formats queued for it (`exports.id`). */
  'export-convert': { id: number };
}

export type JobName = keyof JobPayloads;

export type JobHandler<N extends JobName> = (payload: JobPayloads[N]) => Promise<void>;

/** One handler for every kind of job: the composition root must register them all. */
export type JobHandlers = { [N in JobName]: JobHandler<N> };

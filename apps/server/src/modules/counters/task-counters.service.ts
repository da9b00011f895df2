import type { Repositories } from '../../repositories';
import type { ProjectCounterDelta, TaskCounts, TaskCounterValues } from './task-counters.repository';

/**
 * The counters kept on tasks and projects, so that lists, filters and dashboards never count rows.
 * Every write that adds, removes or changes annotations, predictions or tasks calls one of these
 * in its transaction. `r` is that transaction.
 */

/** When a task counts as labeled: enough submitted annotations for its overlap. */
export function isLabeled(task: Pick<TaskCounts, 'done' | 'overlap'>): boolean {
  return task.done >= task.overlap;
}

/** Recounts these tasks from their annotations and predictions and moves the project's counters with them. */
export async function refreshTaskCounters(r: Repositories, projectId: number, taskIds: number[]): Promise<void> {
  if (!taskIds.length) return;
  const delta: Required<ProjectCounterDelta> = {
    task_number: 0,
    total_annotations_number: 0,
    skipped_annotations_number: 0,
    total_predictions_number: 0,
    num_tasks_with_annotations: 0,
    finished_task_number: 0,
  };
  for (const t of await r.taskCounters.counts(taskIds)) {
    const now: TaskCounterValues = {
      total_annotations: t.done,
      cancelled_annotations: t.cancelled,
      total_predictions: t.predictions,
      predictions_score: t.score,
      is_labeled: isLabeled(t) ? 1 : 0,
    };
    const was = t.stored;
    if ((Object.keys(now) as (keyof TaskCounterValues)[]).every((k) => now[k] === was[k])) continue;
    await r.taskCounters.write(t.id, now);
    delta.total_annotations_number += now.total_annotations - was.total_annotations;
    delta.skipped_annotations_number += now.cancelled_annotations - was.cancelled_annotations;
    delta.total_predictions_number += now.total_predictions - was.total_predictions;
    delta.num_tasks_with_annotations += (now.total_annotations > 0 ? 1 : 0) - (was.total_annotations > 0 ? 1 : 0);
    delta.finished_task_number += now.is_labeled - was.is_labeled;
  }
  await r.projects.addCounters(projectId, delta);
}

/** Counts new tasks (with no annotations or predictions yet) into the project. */
export function countNewTasks(r: Repositories, projectId: number, n: number): Promise<void> {
  return r.projects.addCounters(projectId, { task_number: n });
}

/** Takes these tasks (all of the project's without `ids`) out of the project's counters; call before deleting them. */
export async function uncountTasks(r: Repositories, projectId: number, ids?: number[]): Promise<void> {
  const removed = await r.taskCounters.sums(projectId, ids);
  await r.projects.addCounters(
    projectId,
    Object.fromEntries(Object.entries(removed).map(([k, v]) => [k, -v])) as ProjectCounterDelta,
  );
}

/** A project's new overlap (annotations per task): applied to every task, finished tasks recounted. */
export async function applyOverlap(r: Repositories, projectId: number, overlap: number): Promise<void> {
  // isLabeled, as one threshold on the stored count of submitted annotations.
  const finished = await r.taskCounters.setOverlap(projectId, overlap, overlap);
  await r.projects.setCounters(projectId, { finished_task_number: finished });
}

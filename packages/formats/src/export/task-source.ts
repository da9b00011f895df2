import type { LsTask } from './ls-task';

export type TaskIterable = Iterable<LsTask> | AsyncIterable<LsTask>;

/**
 * Where a writer reads tasks from. Some formats need two passes (CSV's header lists every
 * column of every row; COCO lists all images before any annotation), so a writer may iterate
 * the source more than once:
 * - a function is called once per pass and should return a fresh iterable (for example a new
 *   database cursor), which keeps memory independent of project size;
 * - an array is iterated again;
 * - any other iterable can be read only once, so a two-pass writer buffers its tasks.
 */
export type TaskSource = TaskIterable | (() => TaskIterable);

/** Returns a function that opens one pass over the source; see TaskSource. */
export function taskPasses(source: TaskSource, passes: number): () => TaskIterable {
  if (typeof source === 'function') return source;
  if (Array.isArray(source) || passes <= 1) return () => source;
  let buffered: LsTask[] | null = null;
  return () => {
    if (buffered) return buffered;
    return (async function* () {
      const all: LsTask[] = [];
      for await (const task of source) {
        all.push(task);
        yield task;
      }
      buffered = all;
    })();
  };
}

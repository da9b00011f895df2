/** Why pasted or uploaded text cannot be imported, or the tasks it holds. */
export type ParsedImport = { ok: true; tasks: unknown[] } | { ok: false; error: string };

/**
 * Reads tasks from JSON text as Label Studio's importer accepts them: a list of tasks, or one task object.
 * Checking here gives an instant, specific message instead of a round trip for a typo.
 */
export function parseTasksJson(text: string): ParsedImport {
  if (!text.trim()) return { ok: false, error: 'Paste a JSON list of tasks, or choose a file' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (Array.isArray(value)) {
    if (!value.length) return { ok: false, error: 'The list is empty: there are no tasks to import' };
    const bad = value.findIndex((t) => typeof t !== 'object' || t === null || Array.isArray(t));
    if (bad >= 0) return { ok: false, error: `Item ${bad + 1} is not an object; each task is an object like {"text": "…"}` };
    return { ok: true, tasks: value };
  }
  if (typeof value === 'object' && value !== null) return { ok: true, tasks: [value] };
  return { ok: false, error: 'Expected a list of tasks or one task object' };
}

/** An example task for the project's data fields, shown as the paste box's placeholder. */
export function exampleTasks(dataKeys: string[]): string {
  const keys = dataKeys.length ? dataKeys : ['text'];
  const task = (n: number) =>
    `{${keys.map((k) => `"${k}": "${k === 'text' ? `Example text ${n}` : `https://example.com/${k}-${n}`}"`).join(', ')}}`;
  return `[\n  ${task(1)},\n  ${task(2)}\n]`;
}

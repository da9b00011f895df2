const MAX_VALUE = 120;

function short(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** A task's data as key/value pairs short enough for a table cell. */
export function previewFields(data: Record<string, unknown>, limit = 3): { key: string; value: string }[] {
  return Object.entries(data)
    .slice(0, limit)
    .map(([key, value]) => ({ key, value: short(value) }));
}

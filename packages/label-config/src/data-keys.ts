import type { LabelConfig } from './config.types';

/**
 * Task data keys a config reads, in the order they appear: each object's `value`/`valueList`
 * variable, dynamic options (`value="$options"`) and Repeater lists. Label Studio rejects task
 * imports that lack any of them with "These fields are not found in data: …".
 *
 * @example
 * dataKeys(parseConfig('<View><Text name="t" value="$text"/></View>').config!) // ['text']
 */
export function dataKeys(config: LabelConfig): string[] {
  const keys: string[] = [];
  const add = (key: string | undefined) => {
    if (key && !keys.includes(key)) keys.push(key);
  };
  const positioned = [
    ...config.objects.map((o) => ({ key: o.dataKey, node: o.node })),
    ...config.controls.map((c) => ({ key: c.dynamicKey, node: c.node })),
  ].sort((a, b) => a.node.line - b.node.line || a.node.column - b.node.column);
  for (const r of config.repeaters) add(r.on);
  for (const p of positioned) add(p.key);
  return keys;
}

/** Label Studio's message for tasks missing keys the config needs, or undefined when none are missing. */
export function missingDataMessage(config: LabelConfig, data: Record<string, unknown>): string | undefined {
  const missing = dataKeys(config).filter((k) => !(k in data));
  return missing.length > 0 ? `These fields are not found in data: ${missing.join(', ')}` : undefined;
}

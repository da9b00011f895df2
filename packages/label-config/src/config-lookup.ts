import type { ControlTagInfo, LabelConfig, ObjectTagInfo, RepeaterInfo } from './config.types';

/**
 * Whether a concrete name from a result (`label_2`) matches a config name, which inside a
 * Repeater carries the index flag (`label_{{idx}}`).
 */
export function nameMatches(configName: string, actual: string, repeater: RepeaterInfo | undefined): boolean {
  if (configName === actual) return true;
  if (!repeater || !configName.includes(repeater.indexFlag)) return false;
  return new RegExp(sourceFor(configName, repeater.indexFlag)).test(actual);
}

function sourceFor(name: string, flag: string): string {
  return `^${name
    .split(flag)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\d+')}$`;
}

export function findControl(config: LabelConfig, name: string): ControlTagInfo | undefined {
  return config.controls.find((c) => nameMatches(c.name, name, c.repeater));
}

export function findObject(config: LabelConfig, name: string): ObjectTagInfo | undefined {
  return config.objects.find((o) => nameMatches(o.name, name, o.repeater));
}

/** Replaces a Repeater's index flag in a name with a concrete index. */
export function atIndex(name: string, repeater: RepeaterInfo | undefined, index: number): string {
  return repeater ? name.split(repeater.indexFlag).join(String(index)) : name;
}

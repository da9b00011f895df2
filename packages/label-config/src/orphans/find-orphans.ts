import { findControl, nameMatches } from '../config-lookup';
import type { LabelConfig } from '../config.types';

/**
 * What existing annotations use, per control: Label Studio keeps the same figures in its project
 * summary (`created_annotations` keyed "from|to|type", `created_labels` keyed by control name).
 */
export interface UsedControl {
  from_name: string;
  to_name: string;
  type: string;
  /** How many results use this control. */
  count: number;
  /** Label or choice value → how many results use it. */
  labels: Record<string, number>;
}
export type UsedLabels = UsedControl[];

export interface Orphan {
  kind: 'control' | 'label';
  from_name: string;
  to_name: string;
  type: string;
  label?: string;
  /** Results that would lose their meaning. */
  count: number;
  message: string;
}

/**
 * Controls and labels that annotations still use but a new config removes. Label Studio refuses
 * such config changes; the messages follow its wording.
 *
 * @example
 * findOrphans(oldConfig, newConfig, usedLabelsFromResults(allResults))
 */
export function findOrphans(oldConfig: LabelConfig, newConfig: LabelConfig, used: UsedLabels): Orphan[] {
  const orphans: Orphan[] = [];
  for (const use of used) {
    if (use.count <= 0 && Object.values(use.labels).every((n) => n <= 0)) continue;
    const base = { from_name: use.from_name, to_name: use.to_name, type: use.type };
    const control = findControl(newConfig, use.from_name);
    // TextArea results are free text bound to no option, and LS skips their to_name check too.
    const toNameGone =
      use.type !== 'textarea' &&
      control !== undefined &&
      !use.to_name.split(',').every((t) => control.toName.some((n) => nameMatches(n, t.trim(), control.repeater)));
    if (!control || control.type !== use.type || toNameGone) {
      orphans.push({
        kind: 'control',
        ...base,
        count: use.count,
        message: `Created annotations are incompatible with provided labeling schema, we found:\nwith from_name=${use.from_name}, to_name=${use.to_name}, type=${use.type}`,
      });
      continue;
    }
    if (control.dynamic || control.node.attrs.apiUrl !== undefined) continue;
    const known = new Set(control.labels);
    for (const [label, count] of Object.entries(use.labels)) {
      if (count <= 0 || known.has(label)) continue;
      const wasInOld = findControl(oldConfig, use.from_name)?.labels.includes(label) ?? false;
      orphans.push({
        kind: 'label',
        ...base,
        label,
        count,
        message: `These labels still exist in annotations:\n${label} (${count} annotation${count === 1 ? '' : 's'})${wasInOld ? '' : ' (not in the previous config either)'}`,
      });
    }
  }
  return orphans;
}

/** Builds `UsedLabels` from result lists (e.g. every annotation of a project). */
export function usedLabelsFromResults(results: Iterable<unknown>): UsedLabels {
  const byKey = new Map<string, UsedControl>();
  for (const list of results) {
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      if (typeof item !== 'object' || item === null) continue;
      const r = item as Record<string, unknown>;
      if (r.type === 'relation' || typeof r.from_name !== 'string' || typeof r.type !== 'string') continue;
      const key = `${r.from_name}|${String(r.to_name)}|${r.type}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { from_name: r.from_name, to_name: String(r.to_name ?? ''), type: r.type, count: 0, labels: {} };
        byKey.set(key, entry);
      }
      entry.count += 1;
      const value = r.value as Record<string, unknown> | undefined;
      for (const label of labelsInValue(value, r.type)) entry.labels[label] = (entry.labels[label] ?? 0) + 1;
    }
  }
  return [...byKey.values()];
}

function labelsInValue(value: Record<string, unknown> | undefined, type: string): string[] {
  if (!value) return [];
  const raw =
    type === 'videorectangle' ? value.labels : type === 'hypertextlabels' ? (value[type] ?? value.htmllabels) : value[type];
  if (!Array.isArray(raw)) return [];
  // Taxonomy and nested choices hold paths; every step must still exist.
  return raw.flatMap((v) =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : typeof v === 'string' ? [v] : [],
  );
}

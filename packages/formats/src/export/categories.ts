import type { ExportSchema } from './export-schema';
import { compareCodePoints } from './python';

/** A COCO/YOLO class. Keypoint configs add the keypoint names (and COCO a skeleton). */
export interface Category {
  id: number;
  name: string;
  supercategory?: string;
  keypoints?: string[];
  skeleton?: unknown[];
}

/** Python's `int(str)` for a label's `category` attribute, or null where it would raise. */
function parsePyInt(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? Math.trunc(raw) : null;
  if (typeof raw !== 'string') return null;
  const m = /^\s*([+-]?\d+(?:_\d+)*)\s*$/.exec(raw);
  return m ? Number(m[1].replace(/_/g, '')) : null;
}

/**
 * The classes of a COCO or YOLO export, as the converter's `_get_labels` builds them: labels
 * with an explicit `category="N"` attribute keep N; every other label of every control, sorted by
 * name, takes the smallest free id.
 */
export function configCategories(schema: ExportSchema): { categories: Category[]; nameToId: Map<string, number> } {
  const labels = new Set<string>();
  const categories: Category[] = [];
  const nameToId = new Map<string, number>();
  for (const control of schema.controls.values()) {
    for (const label of control.labels) labels.add(label);
    for (const label of control.labels) {
      const attrs = control.labelAttributes?.[label];
      if (!attrs || attrs.category === undefined) continue;
      const id = parsePyInt(attrs.category);
      if (id === null) continue;
      categories.push({ id, name: label });
      nameToId.set(label, id);
    }
  }
  const used = new Set(nameToId.values());
  let next = 0;
  for (const label of [...labels].filter((l) => !nameToId.has(l)).sort(compareCodePoints)) {
    while (used.has(next)) next++;
    categories.push({ id: next, name: label });
    nameToId.set(label, next);
    next++;
  }
  return { categories, nameToId };
}

/** Keypoint names in `model_index` order (the converter's `build_kp_order`). */
export function keypointOrder(schema: ExportSchema): string[] {
  const attrsByLabel = new Map<string, Record<string, string>>();
  for (const control of schema.controls.values()) {
    if (control.type !== 'KeyPointLabels') continue;
    for (const label of control.labels) attrsByLabel.set(label, control.labelAttributes?.[label] ?? {});
  }
  const pairs: Array<[number, string]> = [];
  const used = new Set<number>();
  for (const [name, attrs] of attrsByLabel) {
    const idx = parsePyInt(attrs.model_index);
    if (idx === null || used.has(idx)) continue;
    pairs.push([idx, name]);
    used.add(idx);
  }
  return pairs.sort((a, b) => a[0] - b[0]).map(([, name]) => name);
}

/**
 * COCO with keypoints: all keypoint labels merge into one `default` category that lists them
 * (the converter's `update_categories_for_keypoints`).
 */
export function withKeypointCategory(
  schema: ExportSchema,
  base: { categories: Category[]; nameToId: Map<string, number> },
): { categories: Category[]; nameToId: Map<string, number> } {
  const keypoints = schema.labelsOfType('KeyPointLabels');
  if (keypoints.length === 0) return base;
  const kp = new Set(keypoints);
  const categories = base.categories.filter((c) => !kp.has(c.name)).map((c) => ({ ...c }));
  const nameToId = new Map(categories.map((c) => [c.name, c.id] as const));
  const merged = categories.length > 0 ? Math.max(...categories.map((c) => c.id)) + 1 : 0;
  categories.push({ id: merged, name: 'default', supercategory: 'default', keypoints, skeleton: [] });
  for (const name of keypoints) nameToId.set(name, merged);
  return { categories, nameToId };
}

/** YOLO-pose classes: one per rectangle label, each listing the keypoint names. */
export function yoloKeypointCategories(schema: ExportSchema): { categories: Category[]; nameToId: Map<string, number> } {
  const keypoints = schema.labelsOfType('KeyPointLabels');
  const categories = schema.labelsOfType('RectangleLabels').map((name, id) => ({ id, name, keypoints }));
  return { categories, nameToId: new Map(categories.map((c) => [c.name, c.id] as const)) };
}

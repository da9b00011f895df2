/**
 * The region list's model, pure: rows built from the engine, sorted by label, area or order,
 * grouped by label with counts. The React list (and any other) renders these rows.
 */
import type { EditorEngine } from '../../engine/engine';
import type { Origin } from '../../engine/records';
import { isImageShape, regionArea } from './geometry';
import { regionImageSize, regionItemIndex } from './image-regions';

export interface RegionRow {
  readonly id: string;
  readonly objectName: string;
  readonly shape: string;
  /** Label values, first one first; empty for unlabeled regions. */
  readonly labels: readonly string[];
  /** Area in image pixels² (0 for keypoints and regions of unknown size). */
  readonly area: number;
  /** Creation order (the region's `seq`). */
  readonly order: number;
  readonly hidden: boolean;
  readonly locked: boolean;
  readonly readonly: boolean;
  readonly selected: boolean;
  readonly origin?: Origin;
  /** Prediction score of the region, when it has one. */
  readonly score?: number;
  /** `valueList` page, 0 for single images. */
  readonly itemIndex: number;
}

export type RegionSortKey = 'label' | 'area' | 'order';

export interface RegionGroup {
  /** Label value; `""` for regions without a label. */
  readonly label: string;
  readonly rows: readonly RegionRow[];
  readonly count: number;
}

/**
 * Rows for every non-classification region (of one object when given). `brushArea` gives the
 * painted pixel count of brush regions, which only their decoded mask knows.
 */
export function regionRows(engine: EditorEngine, objectName?: string, brushArea?: (regionId: string) => number): RegionRow[] {
  const selected = new Set(engine.selectedRegions());
  const regions = objectName ? engine.regionsOn(objectName) : engine.regions();
  return regions.map((region) => {
    let score: number | undefined;
    for (const r of engine.store.resultsOfRegionUnordered(region.id)) {
      if (typeof r.envelope.score === 'number') score = r.envelope.score;
    }
    const size = isImageShape(region.shape) ? regionImageSize(engine, region.id) : undefined;
    const area = size ? regionArea(region.shape, region.geometry, size, brushArea?.(region.id) ?? 0) : 0;
    return {
      id: region.id,
      objectName: region.objectName,
      shape: region.shape,
      labels: engine.labelsOf(region.id),
      area,
      order: region.seq,
      hidden: region.hidden === true,
      locked: region.locked === true,
      readonly: region.readonly === true,
      selected: selected.has(region.id),
      origin: region.origin,
      score,
      itemIndex: isImageShape(region.shape) ? regionItemIndex(engine, region.id) : 0,
    };
  });
}

const firstLabel = (row: RegionRow) => row.labels[0] ?? '';

/**
 * Sorted copy of the rows. Ties keep creation order, so sorting is stable across renders.
 *
 * @example
 * sortRegionRows(rows, 'area', 'desc') // largest first
 */
export function sortRegionRows(rows: readonly RegionRow[], by: RegionSortKey, direction: 'asc' | 'desc' = 'asc'): RegionRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: RegionRow, b: RegionRow): number => {
    if (by === 'label') return firstLabel(a).localeCompare(firstLabel(b));
    if (by === 'area') return a.area - b.area;
    return a.order - b.order;
  };
  return [...rows].sort((a, b) => sign * compare(a, b) || a.order - b.order);
}

/**
 * Groups rows by their first label (in order of first appearance in `rows`, so sort first), unlabeled
 * regions under `""`.
 */
export function groupRegionRows(rows: readonly RegionRow[]): RegionGroup[] {
  const groups = new Map<string, RegionRow[]>();
  for (const row of rows) {
    const label = firstLabel(row);
    let list = groups.get(label);
    if (!list) groups.set(label, (list = []));
    list.push(row);
  }
  return [...groups].map(([label, list]) => ({ label, rows: list, count: list.length }));
}

/** How many regions carry each label (a region with two labels counts for both). */
export function labelCounts(rows: readonly RegionRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) for (const label of row.labels) out.set(label, (out.get(label) ?? 0) + 1);
  return out;
}

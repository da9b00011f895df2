/**
 * Engine commands for image regions. Every command goes through `engine.apply` (directly or via
 * `engine.updateRegions`/`engine.deleteRegions`), so each is one undo step however many regions
 * it changes. Coordinates are Label Studio's percent unless a name says pixels. Readonly and
 * locked regions are never moved, reshaped or deleted.
 */
import type { EditorEngine, RegionEdit } from '../../engine/engine';
import type { ControlModel } from '../../engine/interface-model';
import { isJsonObject, type JsonObject, type JsonValue } from '../../engine/json';
import { regionId as newRegionId } from '../../engine/ids';
import { resultKey, type RegionRecord, type ResultRecord } from '../../engine/records';
import {
  bboxOfPoints,
  clipToImage,
  imageSizeOf,
  isImageShape,
  normalizeDegrees,
  readEllipse,
  readPolygon,
  readRect,
  regionBBox,
  resizeRect,
  rotatePoint,
  rotateRectTo,
  toPercent,
  toPixels,
  translateGeometry,
  type ImageShape,
  type ImageSize,
  type Point,
  type Rect,
  type ResizeHandle,
} from './geometry';
import { IMAGE_RESULT_KEY_ORDER, imageEnvelope, type ImageContext } from './image.tag';

/** Assumed size for regions whose results carry no `original_width`/`original_height`. */
const FALLBACK_SIZE: ImageSize = { width: 100, height: 100 };

// ── Lookups ───────────────────────────────────────────────────────────────────

/** Controls that draw regions on an image object, with the shape each draws. */
export function imageControlsFor(
  engine: EditorEngine,
  objectName: string,
): { control: ControlModel; shape: ImageShape; labeled: boolean }[] {
  const out: { control: ControlModel; shape: ImageShape; labeled: boolean }[] = [];
  for (const control of engine.controlsFor(objectName)) {
    const shape = engine.module(control.tag)?.result?.regionShape;
    if (shape && isImageShape(shape)) out.push({ control, shape, labeled: control.tag.endsWith('Labels') });
  }
  return out;
}

/** Original image size of a region, from its results' `original_width`/`original_height`. */
export function regionImageSize(engine: EditorEngine, regionId: string): ImageSize | undefined {
  for (const r of engine.store.resultsOfRegionUnordered(regionId)) {
    const size = imageSizeOf(r.envelope);
    if (size) return size;
  }
  return undefined;
}

/** Page of a `valueList` image a region is on (`item_index`), 0 when absent. */
export function regionItemIndex(engine: EditorEngine, regionId: string): number {
  for (const r of engine.store.resultsOfRegionUnordered(regionId)) {
    if (typeof r.envelope.item_index === 'number') return r.envelope.item_index;
  }
  return 0;
}

/** Image regions on an object (optionally one page of a `valueList`), in creation order. */
export function imageRegionsOn(engine: EditorEngine, objectName: string, itemIndex?: number): RegionRecord[] {
  return engine.regionsOn(objectName).filter((r) => isImageRegionOn(engine, r, objectName, itemIndex));
}

/** Whether a region is one {@link imageRegionsOn} lists, for views that check regions one by one. */
export function isImageRegionOn(engine: EditorEngine, region: RegionRecord, objectName: string, itemIndex?: number): boolean {
  return (
    region.objectName === objectName &&
    isImageShape(region.shape) &&
    (itemIndex === undefined || regionItemIndex(engine, region.id) === itemIndex)
  );
}

/** Whether a region can be moved, reshaped or deleted. */
export function isEditable(region: RegionRecord | undefined): region is RegionRecord {
  return region !== undefined && !region.readonly && !region.locked;
}

// ── Geometry builders (Label Studio's key order) ─────────────────────────────

export function rectangleGeometry(x: number, y: number, width: number, height: number, rotation = 0): JsonObject {
  return { x, y, width, height, rotation };
}

export function ellipseGeometry(x: number, y: number, radiusX: number, radiusY: number, rotation = 0): JsonObject {
  return { x, y, radiusX, radiusY, rotation };
}

export function polygonGeometry(points: readonly Point[], closed = true): JsonObject {
  return { points: points.map((p) => [p.x, p.y]), closed };
}

export function keyPointGeometry(x: number, y: number, width: number): JsonObject {
  return { x, y, width };
}

/** A point (percent) snapped to the nearest pixel corner when `snap="pixel"`. */
export function snapPoint(p: Point, size: ImageSize, snap: 'pixel' | 'none' | string | undefined): Point {
  if (snap !== 'pixel') return p;
  const px = toPixels(p, size);
  return toPercent({ x: Math.round(px.x), y: Math.round(px.y) }, size);
}

// ── Creating ──────────────────────────────────────────────────────────────────

export interface ImageRegionDraft {
  readonly objectName: string;
  /** Name of the image control drawing it (RectangleLabels, Rectangle, PolygonLabels…). */
  readonly control: string;
  /** Percent geometry, e.g. from {@link rectangleGeometry}. */
  readonly geometry: JsonObject;
  /** Labels for a `*Labels` control; the control's active labels when omitted. */
  readonly labels?: readonly string[];
  readonly image: ImageContext;
}

/** The control a new shape belongs to: the labels control whose label is pressed, else the plain tool control. */
function controlFor(engine: EditorEngine, objectName: string, shape: ImageShape): string | undefined {
  const controls = imageControlsFor(engine, objectName).filter((c) => c.shape === shape);
  const labeled = controls.find((c) => c.labeled && (engine.session.activeLabels[c.control.name] ?? []).length > 0);
  return (labeled ?? controls.find((c) => !c.labeled))?.control.name;
}

/**
 * A shape drawn with a drawing tool: created on the control it belongs to (the labels control
 * whose label is pressed, else the plain tool control) with that control's active labels.
 * Undefined while the image has not loaded (`image` absent) or when no control draws `shape`.
 */
export function createShapeRegion(
  engine: EditorEngine,
  objectName: string,
  shape: ImageShape,
  geometry: JsonObject,
  image: ImageContext | undefined,
): string | undefined {
  const control = controlFor(engine, objectName, shape);
  if (!control || !image) return undefined;
  return createImageRegion(engine, { objectName, control, geometry, image });
}

/**
 * Creates an image region with its labels result (one undo step), clipped to the image.
 * Returns its id, or undefined when the control is not an image control, a `*Labels` control
 * has no label to give, or `maxUsages` is reached.
 */
export function createImageRegion(engine: EditorEngine, draft: ImageRegionDraft): string | undefined {
  const control = engine.control(draft.control);
  const codec = control ? engine.module(control.tag)?.result : undefined;
  const shape = codec?.regionShape;
  if (!control || !codec || !shape || !isImageShape(shape)) return undefined;
  const labeled = control.tag.endsWith('Labels');
  const labels = [...(draft.labels ?? engine.session.activeLabels[control.name] ?? [])];
  if (labeled && labels.length === 0) return undefined;
  if (!engine.canUse(control.name)) return undefined;
  for (const value of labels) {
    const item = control.items.find((i) => (i.alias ?? i.value) === value);
    if (item && !engine.canUse(control.name, item)) return undefined;
  }
  const id = newRegionId();
  const size = { width: draft.image.width, height: draft.image.height };
  engine.apply(`create ${shape}`, (tx) => {
    tx.put({
      typeName: 'region',
      id,
      objectName: draft.objectName,
      shape,
      geometry: clipToImage(shape, draft.geometry, size),
      seq: engine.store.seq(),
    });
    tx.put({
      typeName: 'result',
      id: resultKey(id, control.name),
      regionId: id,
      fromName: control.name,
      toName: draft.objectName,
      type: codec.type,
      valueKey: codec.valueKey,
      payload: labeled ? labels : null,
      envelope: { ...imageEnvelope(draft.image), origin: 'manual' },
      keyOrder: IMAGE_RESULT_KEY_ORDER,
      seq: engine.store.seq(),
    });
  });
  return id;
}

// ── Moving and reshaping ──────────────────────────────────────────────────────

/** Replaces a region's geometry (clipped to its image) as one undo step. */
export function setRegionGeometry(engine: EditorEngine, regionId: string, geometry: JsonObject, label = 'edit region'): boolean {
  const region = engine.store.region(regionId);
  if (!isEditable(region)) return false;
  const size = regionImageSize(engine, regionId) ?? FALLBACK_SIZE;
  engine.updateRegions(label, [{ id: regionId, geometry: clipToImage(region.shape, geometry, size) }]);
  return true;
}

/**
 * Moves regions by `dx, dy` percent as one step. The move is limited so that regions inside
 * their image stay inside it (as dragging does in Label Studio).
 */
export function moveRegions(
  engine: EditorEngine,
  regionIds: readonly string[],
  dx: number,
  dy: number,
  label = 'move regions',
): void {
  const regions = regionIds.map((id) => engine.store.region(id)).filter(isEditable);
  let lox = -Infinity;
  let hix = Infinity;
  let loy = -Infinity;
  let hiy = Infinity;
  for (const region of regions) {
    const box = boxPercent(engine, region);
    if (!box) continue;
    if (box.x >= 0 && box.x + box.width <= 100) {
      lox = Math.max(lox, -box.x);
      hix = Math.min(hix, 100 - (box.x + box.width));
    }
    if (box.y >= 0 && box.y + box.height <= 100) {
      loy = Math.max(loy, -box.y);
      hiy = Math.min(hiy, 100 - (box.y + box.height));
    }
  }
  const cx = lox <= hix ? Math.min(hix, Math.max(lox, dx)) : dx;
  const cy = loy <= hiy ? Math.min(hiy, Math.max(loy, dy)) : dy;
  if (cx === 0 && cy === 0) return;
  engine.updateRegions(
    label,
    regions
      .filter((r) => r.shape !== 'brush')
      .map((r) => ({ id: r.id, geometry: translateGeometry(r.shape, r.geometry, cx, cy) })),
  );
}

/**
 * Keyboard nudge: moves regions by `dxPx, dyPx` image pixels (arrow keys: 1 px, with Shift
 * 10 px is the usual binding). One undo step.
 */
export function nudgeRegions(engine: EditorEngine, regionIds: readonly string[], dxPx: number, dyPx: number): void {
  const first = regionIds.find((id) => engine.store.region(id));
  const size = (first && regionImageSize(engine, first)) || FALLBACK_SIZE;
  moveRegions(engine, regionIds, (dxPx * 100) / size.width, (dyPx * 100) / size.height, 'nudge regions');
}

/**
 * Resizes a rectangle or an ellipse by dragging a handle to `to` (percent). Rectangles keep
 * the opposite side in place; ellipses keep their centre. Rotation is kept.
 */
export function resizeRegion(engine: EditorEngine, regionId: string, handle: ResizeHandle, to: Point): boolean {
  const region = engine.store.region(regionId);
  if (!isEditable(region)) return false;
  const size = regionImageSize(engine, regionId) ?? FALLBACK_SIZE;
  if (region.shape === 'rectangle') {
    const r = resizeRect(readRect(region.geometry), handle, to, size);
    return setRegionGeometry(
      engine,
      regionId,
      { ...region.geometry, x: r.x, y: r.y, width: r.width, height: r.height },
      'resize region',
    );
  }
  if (region.shape === 'ellipse') {
    const e = readEllipse(region.geometry);
    const c = toPixels(e, size);
    const local = rotatePoint(toPixels(to, size), c, -e.rotation);
    const next = { ...region.geometry };
    if (handle.includes('e') || handle.includes('w')) next.radiusX = (Math.abs(local.x - c.x) * 100) / size.width;
    if (handle.includes('n') || handle.includes('s')) next.radiusY = (Math.abs(local.y - c.y) * 100) / size.height;
    return setRegionGeometry(engine, regionId, next, 'resize region');
  }
  return false;
}

/** Sets the rotation (degrees clockwise) of a rectangle (around its centre) or an ellipse. */
export function rotateRegion(engine: EditorEngine, regionId: string, degrees: number): boolean {
  const region = engine.store.region(regionId);
  if (!isEditable(region)) return false;
  const size = regionImageSize(engine, regionId) ?? FALLBACK_SIZE;
  if (region.shape === 'rectangle') {
    const r = rotateRectTo(readRect(region.geometry), degrees, size);
    return setRegionGeometry(engine, regionId, { ...region.geometry, x: r.x, y: r.y, rotation: r.rotation }, 'rotate region');
  }
  if (region.shape === 'ellipse') {
    return setRegionGeometry(engine, regionId, { ...region.geometry, rotation: normalizeDegrees(degrees) }, 'rotate region');
  }
  return false;
}

/** Deletes regions (with their results and relations) as one undo step; returns how many went. */
export function deleteRegions(engine: EditorEngine, regionIds: readonly string[]): number {
  return engine.deleteRegions(regionIds);
}

// ── Polygon points ────────────────────────────────────────────────────────────

function editPoints(
  engine: EditorEngine,
  regionId: string,
  label: string,
  edit: (points: JsonValue[], g: JsonObject) => JsonObject | undefined,
): boolean {
  const region = engine.store.region(regionId);
  if (!isEditable(region) || region.shape !== 'polygon' || !Array.isArray(region.geometry.points)) return false;
  const next = edit([...region.geometry.points], region.geometry);
  if (!next) return false;
  return setRegionGeometry(engine, regionId, next, label);
}

/** Adds a point (percent) at `index` (default: at the end, as when drawing). */
export function addPolygonPoint(engine: EditorEngine, regionId: string, point: Point, index?: number): boolean {
  return editPoints(engine, regionId, 'add point', (points, g) => {
    points.splice(index ?? points.length, 0, [point.x, point.y]);
    return { ...g, points };
  });
}

export function movePolygonPoint(engine: EditorEngine, regionId: string, index: number, point: Point): boolean {
  return editPoints(engine, regionId, 'move point', (points, g) => {
    if (index < 0 || index >= points.length) return undefined;
    const old = points[index];
    points[index] = [point.x, point.y, ...(Array.isArray(old) ? old.slice(2) : [])];
    return { ...g, points };
  });
}

/** Deletes a point; a closed polygon keeps at least 3, an open one at least 1. */
export function deletePolygonPoint(engine: EditorEngine, regionId: string, index: number): boolean {
  return editPoints(engine, regionId, 'delete point', (points, g) => {
    const min = g.closed === false ? 1 : 3;
    if (index < 0 || index >= points.length || points.length <= min) return undefined;
    points.splice(index, 1);
    return { ...g, points };
  });
}

/** Closes an open polygon (it needs 3 points). */
export function closePolygon(engine: EditorEngine, regionId: string): boolean {
  return editPoints(engine, regionId, 'close polygon', (points, g) =>
    points.length >= 3 && g.closed === false ? { ...g, closed: true } : undefined,
  );
}

/**
 * Index of the polygon point nearest `p` (percent) within `tolerancePx` image pixels, for
 * dragging or deleting a point; -1 when none.
 */
export function nearestPolygonPoint(engine: EditorEngine, regionId: string, p: Point, tolerancePx: number): number {
  const region = engine.store.region(regionId);
  if (!region || region.shape !== 'polygon') return -1;
  const size = regionImageSize(engine, regionId) ?? FALLBACK_SIZE;
  const target = toPixels(p, size);
  let best = -1;
  let bestD = tolerancePx;
  readPolygon(region.geometry).points.forEach(([x, y], i) => {
    const q = toPixels({ x, y }, size);
    const d = Math.hypot(q.x - target.x, q.y - target.y);
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  });
  return best;
}

// ── Hide, lock ────────────────────────────────────────────────────────────────

export function setRegionsHidden(engine: EditorEngine, regionIds: readonly string[], hidden: boolean): void {
  engine.updateRegions(
    hidden ? 'hide regions' : 'show regions',
    regionIds.map((id): RegionEdit => ({ id, hidden })),
  );
}

export function setRegionsLocked(engine: EditorEngine, regionIds: readonly string[], locked: boolean): void {
  engine.updateRegions(
    locked ? 'lock regions' : 'unlock regions',
    regionIds.map((id): RegionEdit => ({ id, locked })),
  );
}

/** "Hide all": every region (of one object, when given). One undo step. */
export function hideAll(engine: EditorEngine, objectName?: string): void {
  setRegionsHidden(engine, allRegionIds(engine, objectName), true);
}

/** "Show all". */
export function showAll(engine: EditorEngine, objectName?: string): void {
  setRegionsHidden(engine, allRegionIds(engine, objectName), false);
}

function allRegionIds(engine: EditorEngine, objectName?: string): string[] {
  return (objectName ? engine.regionsOn(objectName) : engine.regions()).map((r) => r.id);
}

// ── Selection ─────────────────────────────────────────────────────────────────

/**
 * Regions of an object whose boxes lie in `rect` (percent), for a rubber band: fully inside by
 * default, any overlap with `touch`. Hidden regions are left out.
 */
export function regionsInRect(
  engine: EditorEngine,
  objectName: string,
  rect: Rect,
  options: { touch?: boolean; itemIndex?: number } = {},
): string[] {
  const x1 = rect.x + rect.width;
  const y1 = rect.y + rect.height;
  const out: string[] = [];
  for (const region of imageRegionsOn(engine, objectName, options.itemIndex)) {
    if (region.hidden) continue;
    const b = boxPercent(engine, region);
    if (!b) continue;
    const hit = options.touch
      ? b.x <= x1 && b.x + b.width >= rect.x && b.y <= y1 && b.y + b.height >= rect.y
      : b.x >= rect.x && b.y >= rect.y && b.x + b.width <= x1 && b.y + b.height <= y1;
    if (hit) out.push(region.id);
  }
  return out;
}

/** Selects with Shift semantics: Shift+click toggles, a plain click replaces. */
export function selectRegion(engine: EditorEngine, regionId: string | undefined, shift = false): void {
  if (!regionId) {
    if (!shift) engine.select(undefined);
    return;
  }
  engine.selectRegions([regionId], shift ? 'toggle' : 'replace');
}

/** Bounding box of a region in percent of its image, or undefined (brush, malformed). */
function boxPercent(engine: EditorEngine, region: RegionRecord): Rect | undefined {
  const size = regionImageSize(engine, region.id) ?? FALLBACK_SIZE;
  const b = regionBBox(region.shape, region.geometry, size);
  if (!b) return undefined;
  const tl = toPercent(b, size);
  const br = toPercent({ x: b.x + b.width, y: b.y + b.height }, size);
  return bboxOfPoints([tl, br]);
}

// ── Copy, paste, duplicate ────────────────────────────────────────────────────

/** Regions copied with all their results; plain JSON, so it can go through the system clipboard. */
export interface RegionClipboard {
  readonly kind: 'groundwork/image-regions';
  readonly regions: readonly {
    readonly objectName: string;
    readonly shape: string;
    readonly geometry: JsonObject;
    readonly results: readonly {
      readonly fromName: string;
      readonly toName: string;
      readonly type: string;
      readonly valueKey: string;
      readonly payload: JsonValue;
      readonly envelope: JsonObject;
    }[];
  }[];
}

export function copyRegions(engine: EditorEngine, regionIds: readonly string[]): RegionClipboard {
  const regions = regionIds
    .map((id) => engine.store.region(id))
    .filter((r): r is RegionRecord => r !== undefined && isImageShape(r.shape))
    .sort((a, b) => a.seq - b.seq)
    .map((region) => ({
      objectName: region.objectName,
      shape: region.shape,
      geometry: structuredClone(region.geometry),
      results: engine.store.resultsOfRegion(region.id).map((r) => ({
        fromName: r.fromName,
        toName: r.toName,
        type: r.type,
        valueKey: r.valueKey,
        payload: structuredClone(r.payload),
        envelope: structuredClone(r.envelope),
      })),
    }));
  return { kind: 'groundwork/image-regions', regions };
}

/** Whether a parsed JSON value is a {@link RegionClipboard}. */
export function isRegionClipboard(value: unknown): value is RegionClipboard {
  return (
    isJsonObject(value as JsonValue) &&
    (value as JsonObject).kind === 'groundwork/image-regions' &&
    Array.isArray((value as JsonObject).regions)
  );
}

/** Top-level fields a copy keeps: the image's; score, readonly, hidden and the like are the original's. */
const COPIED_FIELDS = ['original_width', 'original_height', 'image_rotation', 'item_index'];

/**
 * Pastes copied regions as new manual regions, moved by `offset` percent (one undo step) and
 * selects them. Regions whose control or object is not in this config are left out.
 * Returns the new ids.
 */
export function pasteRegions(engine: EditorEngine, clipboard: RegionClipboard, offset: Point = { x: 0, y: 0 }): string[] {
  const ids: string[] = [];
  engine.apply('paste regions', (tx) => {
    for (const copied of clipboard.regions) {
      if (!engine.object(copied.objectName) || !isImageShape(copied.shape)) continue;
      const results = copied.results.filter((r) => engine.control(r.fromName));
      if (results.length === 0) continue;
      const id = newRegionId();
      const first = results.find((r) => imageSizeOf(r.envelope));
      const size = (first && imageSizeOf(first.envelope)) || FALLBACK_SIZE;
      const geometry = clipToImage(copied.shape, translateGeometry(copied.shape, copied.geometry, offset.x, offset.y), size);
      tx.put({ typeName: 'region', id, objectName: copied.objectName, shape: copied.shape, geometry, seq: engine.store.seq() });
      for (const r of results) {
        const envelope: JsonObject = {};
        for (const k of COPIED_FIELDS) if (r.envelope[k] !== undefined) envelope[k] = r.envelope[k];
        envelope.origin = 'manual';
        const record: ResultRecord = {
          typeName: 'result',
          id: resultKey(id, r.fromName),
          regionId: id,
          fromName: r.fromName,
          toName: r.toName,
          type: r.type,
          valueKey: r.valueKey,
          payload: structuredClone(r.payload),
          envelope,
          keyOrder: envelope.original_width !== undefined ? IMAGE_RESULT_KEY_ORDER : undefined,
          seq: engine.store.seq(),
        };
        tx.put(record);
      }
      ids.push(id);
    }
  });
  if (ids.length > 0) engine.selectRegions(ids);
  return ids;
}

/** Copies and pastes in one go: duplicates regions moved by `offset` percent; returns the new ids. */
export function duplicateRegions(engine: EditorEngine, regionIds: readonly string[], offset: Point = { x: 1, y: 1 }): string[] {
  return pasteRegions(engine, copyRegions(engine, regionIds), offset);
}

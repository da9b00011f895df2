import type { EditorEngine } from '../../../engine/engine';
import type { JsonObject } from '../../../engine/json';
import type { RegionRecord } from '../../../engine/records';
import { regionColor } from '../../shared/colors';
import type { PointerInput, ShapeKind, ToolHost } from '../tools/tool';
import { hitTest, KEYPOINT_RADIUS, type Drawable, type ImageSize } from './drawables';
import type { Point, Rect, Viewport } from './viewport';

/** A region the stage shows: its record and its drawable (image pixels). */
export interface ShownRegion {
  readonly record: RegionRecord;
  readonly drawable: Drawable;
}

/** The regions a stage shows, as its tool host looks them up. */
export interface ShownRegions {
  get(id: string): ShownRegion | undefined;
  /** Ids of the regions whose boxes may meet `rect` (image pixels): candidates, filtered by the caller. */
  near(rect: Rect): Iterable<string>;
}

export interface StageToolHostOptions {
  readonly engine: EditorEngine;
  readonly regions: ShownRegions;
  /** Natural size of the image shown. */
  size(): ImageSize;
  viewport(): Viewport;
  /** Creates a region with the active control and labels; returns its id. */
  create(kind: ShapeKind, geometry: JsonObject): string | undefined;
  /** Redraws the overlay. */
  invalidate(): void;
}

/**
 * What the image stage hands its tools: hit-testing over the regions it shows, the viewport,
 * and the engine's regions and selection. Needs no canvas, so tool specs drive tools through it.
 *
 * @example
 * const host = new StageToolHost({ engine, regions, size: () => size, viewport: () => vp, create, invalidate: () => {} });
 * new RectangleTool(host).down(pointerInput(event, stage.getBoundingClientRect(), vp));
 */
export class StageToolHost implements ToolHost {
  constructor(private readonly options: StageToolHostOptions) {}

  get size(): ImageSize {
    return this.options.size();
  }

  viewport(): Viewport {
    return this.options.viewport();
  }

  regionAt(p: Point): string | undefined {
    const tolerance = Math.max(KEYPOINT_RADIUS + 2, 4) / this.viewport().zoom;
    let best: { id: string; area: number; seq: number } | undefined;
    for (const id of this.options.regions.near({
      x: p.x - tolerance,
      y: p.y - tolerance,
      width: 2 * tolerance,
      height: 2 * tolerance,
    })) {
      const c = this.options.regions.get(id);
      if (!c || c.record.hidden || !hitTest(c.drawable, p, tolerance)) continue;
      // The smallest shape wins, so boxes inside boxes stay reachable; then the newest.
      const area = c.drawable.bbox.width * c.drawable.bbox.height;
      if (!best || area < best.area || (area === best.area && c.record.seq > best.seq)) best = { id, area, seq: c.record.seq };
    }
    return best?.id;
  }

  regionsIn(rect: Rect): string[] {
    const out: string[] = [];
    for (const id of this.options.regions.near(rect)) {
      const c = this.options.regions.get(id);
      if (!c || c.record.hidden) continue;
      const b = c.drawable.bbox;
      if (b.x >= rect.x && b.y >= rect.y && b.x + b.width <= rect.x + rect.width && b.y + b.height <= rect.y + rect.height)
        out.push(id);
    }
    return out;
  }

  drawable(id: string): Drawable | undefined {
    return this.options.regions.get(id)?.drawable;
  }

  create(kind: ShapeKind, geometry: JsonObject): string | undefined {
    return this.options.create(kind, geometry);
  }

  update(id: string, geometry: JsonObject): void {
    this.options.engine.updateRegions('edit region', [{ id, geometry }]);
  }

  updateMany(changes: readonly (readonly [string, JsonObject])[]): void {
    this.options.engine.updateRegions(
      changes.length === 1 ? 'edit region' : 'move regions',
      changes.map(([id, geometry]) => ({ id, geometry })),
    );
  }

  geometryOf(id: string): JsonObject | undefined {
    return this.options.engine.store.region(id)?.geometry;
  }

  isLocked(id: string): boolean {
    const r = this.options.engine.store.region(id);
    return !r || r.locked === true || r.readonly === true;
  }

  created(id: string): void {
    this.options.engine.created(id);
  }

  selection(): readonly string[] {
    return this.options.engine.selectedRegions();
  }

  setSelection(ids: readonly string[]): void {
    this.options.engine.selectRegions(ids, 'replace');
  }

  drawColor(): string {
    const engine = this.options.engine;
    const selected = engine.session.selectedRegionId;
    return selected ? regionColor(engine, selected) : '#1c7ed6';
  }

  invalidate(): void {
    this.options.invalidate();
  }
}

/** Modifier keys and position of a DOM pointer or wheel event. */
export interface PointerEventLike {
  readonly clientX: number;
  readonly clientY: number;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/**
 * A pointer event as tools take it: stage pixels from the stage element's top-left corner, and
 * the image pixels under them.
 */
export function pointerInput(
  e: PointerEventLike,
  stage: { readonly left: number; readonly top: number },
  vp: Viewport,
): PointerInput {
  const screen = { x: e.clientX - stage.left, y: e.clientY - stage.top };
  return { screen, image: vp.toImage(screen), shift: e.shiftKey, alt: e.altKey, mod: e.ctrlKey || e.metaKey };
}

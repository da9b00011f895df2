/**
 * Brush strokes as engine commands. A brush region's geometry is `{format: 'rle', rle}`; each
 * stroke writes a new geometry (one undo step). Decoded masks live in a {@link BrushMasks}
 * cache that remembers, for every geometry a stroke produced, the dirty-rect patch that led to
 * it, so undo and redo patch the cached mask instead of decoding the whole image again.
 */
import type { EditorEngine } from '../../../../engine/engine';
import type { JsonObject } from '../../../../engine/json';
import type { RegionRecord } from '../../../../engine/records';
import type { ImageSize, Point } from '../../geometry';
import type { ImageContext } from '../../image.tag';
import { createImageRegion, isEditable, regionImageSize } from '../../image-regions';
import { BrushMask, type BrushMode, type MaskPatch } from './mask';

interface Cached {
  mask: BrushMask;
  geometry: JsonObject;
}

/** Decoded brush masks by region, kept in step with the regions' geometry. */
export class BrushMasks {
  private readonly masks = new Map<string, Cached>();
  /** Geometry a stroke produced → the geometry before it and the patch between them. */
  private readonly steps = new WeakMap<JsonObject, { from: JsonObject; patch: MaskPatch }>();

  /**
   * The mask of a brush region as its geometry is now (after undo and redo too), or undefined
   * when its RLE does not decode to an image of `size`.
   */
  maskOf(region: RegionRecord, size: ImageSize): BrushMask | undefined {
    const cached = this.masks.get(region.id);
    if (cached && cached.geometry === region.geometry) return cached.mask;
    if (cached && cached.mask.width === size.width && cached.mask.height === size.height) {
      // Walk back (undo) or forward (redo) through recorded strokes.
      const back = this.path(cached.geometry, region.geometry);
      if (back) {
        for (const patch of back) cached.mask.applyPatch(patch, 'undo');
        cached.geometry = region.geometry;
        return cached.mask;
      }
      const forward = this.path(region.geometry, cached.geometry);
      if (forward) {
        for (const patch of forward.reverse()) cached.mask.applyPatch(patch, 'redo');
        cached.geometry = region.geometry;
        return cached.mask;
      }
    }
    const rle = region.geometry.rle;
    if (!Array.isArray(rle)) return undefined;
    try {
      const mask = BrushMask.fromRle(rle as number[], size.width, size.height);
      this.masks.set(region.id, { mask, geometry: region.geometry });
      return mask;
    } catch {
      return undefined;
    }
  }

  /** Records that `mask` (now at `geometry`) came from `from` through `patch`. */
  remember(regionId: string, mask: BrushMask, geometry: JsonObject, from?: JsonObject, patch?: MaskPatch): void {
    this.masks.set(regionId, { mask, geometry });
    if (from && patch) this.steps.set(geometry, { from, patch });
  }

  forget(regionId: string): void {
    this.masks.delete(regionId);
  }

  /** Patches leading from `newer` back to `older`, newest first, if a chain of strokes links them. */
  private path(newer: JsonObject, older: JsonObject): MaskPatch[] | undefined {
    const out: MaskPatch[] = [];
    for (let g: JsonObject | undefined = newer; g;) {
      if (g === older) return out;
      const step = this.steps.get(g);
      if (!step || out.length > 500) return undefined;
      out.push(step.patch);
      g = step.from;
    }
    return undefined;
  }
}

export interface BrushStroke {
  readonly objectName: string;
  /** BrushLabels or Brush control. */
  readonly control: string;
  /** Region to paint on; a new region is made when absent (painting only). */
  readonly regionId?: string;
  /** Stroke points in ORIGINAL image pixels. */
  readonly points: readonly Point[];
  /** Brush radius in image pixels. */
  readonly radius: number;
  readonly mode: BrushMode;
  readonly labels?: readonly string[];
  readonly image: ImageContext;
}

/** `{format: 'rle', rle}` in Label Studio's key order. */
export function brushGeometry(rle: number[]): JsonObject {
  return { format: 'rle', rle };
}

/**
 * Applies one stroke (one undo step) and returns the region id: the painted region, or a new
 * one for a first stroke. Erasing with no region, or a stroke that changes nothing, does
 * nothing and returns the region id (or undefined).
 */
export function applyBrushStroke(engine: EditorEngine, masks: BrushMasks, stroke: BrushStroke): string | undefined {
  const size = { width: stroke.image.width, height: stroke.image.height };
  if (stroke.regionId) {
    const region = engine.store.region(stroke.regionId);
    if (!isEditable(region) || region.shape !== 'brush') return undefined;
    const mask = masks.maskOf(region, regionImageSize(engine, region.id) ?? size);
    if (!mask) return undefined;
    const patch = mask.stroke(stroke.points, stroke.radius, stroke.mode);
    if (!patch) return region.id;
    const geometry = brushGeometry(mask.toRle());
    masks.remember(region.id, mask, geometry, region.geometry, patch);
    engine.updateRegions(stroke.mode === 'paint' ? 'brush stroke' : 'eraser stroke', [{ id: region.id, geometry }]);
    return region.id;
  }
  if (stroke.mode === 'erase') return undefined;
  const mask = new BrushMask(size.width, size.height);
  if (!mask.stroke(stroke.points, stroke.radius, 'paint')) return undefined;
  const geometry = brushGeometry(mask.toRle());
  const id = createImageRegion(engine, {
    objectName: stroke.objectName,
    control: stroke.control,
    geometry,
    labels: stroke.labels,
    image: stroke.image,
  });
  if (id) masks.remember(id, mask, geometry);
  return id;
}

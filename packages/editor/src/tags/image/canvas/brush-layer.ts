import type { EditorEngine } from '../../../engine/engine';
import type { JsonObject } from '../../../engine/json';
import { BrushMask } from '../shapes/brush/mask';
import { regionColor } from '../../shared/colors';
import { createImageRegion, setRegionGeometry } from '../image-regions';
import type { ImageContext } from '../image.tag';
import { BrushTool } from '../shapes/brush/brush.tool';
import type { ImageTool, ToolHost } from '../tools/tool';
import type { Point } from './viewport';
import type { BrushBitmap } from './renderer';

/** Milliseconds of mask decoding one frame may spend. */
const DECODE_BUDGET_MS = 40;

interface CachedMask {
  readonly geometry: JsonObject;
  readonly mask: BrushMask;
  bitmap?: BrushBitmap | null;
  color?: string;
}

/**
 * Brush regions of one image: their masks decoded from Label Studio's RLE once per geometry
 * version, a bitmap of each mask's painted box (in the label's colour) for the regions canvas,
 * and the brush and eraser tools, which paint a whole stroke into a mask and save it as one
 * undo step.
 */
export class BrushLayer {
  private readonly masks = new Map<string, CachedMask>();
  private readonly tools = new Map<string, BrushTool>();
  private readonly waiting = new Set<string>();
  private budgetEnd = Infinity;
  private retry = 0;
  /** Called when masks left undecoded by a frame's budget can be drawn. */
  onDecoded?: () => void;

  constructor(
    private readonly engine: EditorEngine,
    private readonly image: () => ImageContext | undefined,
  ) {}

  /** The decoded mask of a brush region, or undefined when it has none or the image is not loaded. */
  mask(id: string): BrushMask | undefined {
    const region = this.engine.store.region(id);
    const image = this.image();
    if (!region || region.shape !== 'brush' || !image) return undefined;
    const cached = this.masks.get(id);
    if (cached && cached.geometry === region.geometry && cached.mask.width === image.width && cached.mask.height === image.height)
      return cached.mask;
    const rle = region.geometry.rle;
    if (!Array.isArray(rle)) return undefined;
    let mask: BrushMask;
    try {
      mask = BrushMask.fromRle(rle as number[], image.width, image.height);
    } catch {
      return undefined;
    }
    this.masks.set(id, { geometry: region.geometry, mask });
    return mask;
  }

  /** Starts a frame's decoding budget. */
  frame(): void {
    this.budgetEnd = performance.now() + DECODE_BUDGET_MS;
  }

  /** Brush regions whose masks wait to be decoded (a later frame does them). */
  get pending(): number {
    return this.waiting.size;
  }

  /**
   * The region's mask as a bitmap. Decoding a large mask takes a while, so a frame decodes masks
   * only within its budget; the others are drawn in later frames (`onDecoded` asks for them), and
   * the page never freezes while many masks load.
   */
  bitmap(id: string): BrushBitmap | undefined {
    const region = this.engine.store.region(id);
    const known = this.masks.get(id);
    if (region && known?.geometry !== region.geometry && performance.now() > this.budgetEnd) {
      this.waiting.add(id);
      if (!this.retry) {
        this.retry = requestAnimationFrame(() => {
          this.retry = 0;
          this.onDecoded?.();
        });
      }
      return undefined;
    }
    this.waiting.delete(id);
    const mask = this.mask(id);
    const cached = this.masks.get(id);
    if (!mask || !cached) return undefined;
    const color = regionColor(this.engine, id);
    if (cached.bitmap !== undefined && cached.color === color) return cached.bitmap ?? undefined;
    cached.color = color;
    cached.bitmap = paint(mask, color) ?? null;
    return cached.bitmap ?? undefined;
  }

  /** Painted pixels of a brush region (its area in the region list). */
  pixelCount(id: string): number {
    return this.mask(id)?.pixelCount() ?? 0;
  }

  tool(host: ToolHost, name: 'brush' | 'eraser', size: () => number, control: () => string | undefined): ImageTool {
    let tool = this.tools.get(name);
    if (!tool) {
      tool = new BrushTool(host, name, size, (points, radius, erase) => this.commit(host, points, radius, erase, control()));
      this.tools.set(name, tool);
    }
    return tool;
  }

  /**
   * Paints (or erases) a stroke into the selected brush region, or into a new region of the
   * active brush control; one undo step. Erasing a region's last pixel deletes the region.
   */
  commit(
    host: ToolHost,
    points: readonly Point[],
    radius: number,
    erase: boolean,
    controlName: string | undefined,
  ): string | undefined {
    const image = this.image();
    if (!image) return undefined;
    const selected = host.selection();
    const target = selected.length === 1 && this.engine.store.region(selected[0])?.shape === 'brush' ? selected[0] : undefined;
    const existing = target ? this.mask(target) : undefined;
    if (erase && !existing) return undefined;
    const mask = existing ? existing.clone() : new BrushMask(image.width, image.height);
    const pts = points.map((p) => ({ x: p.x, y: p.y }));
    if (!mask.stroke(pts, radius, erase ? 'erase' : 'paint')) return target;
    if (target && mask.isEmpty()) {
      this.engine.deleteRegion(target);
      return undefined;
    }
    const geometry: JsonObject = { format: 'rle', rle: mask.toRle() };
    if (target) {
      if (setRegionGeometry(this.engine, target, geometry, erase ? 'erase' : 'paint')) this.remember(target, geometry, mask);
      return target;
    }
    if (!controlName) return undefined;
    const id = createImageRegion(this.engine, { objectName: this.objectOf(controlName), control: controlName, geometry, image });
    if (id) {
      this.remember(id, geometry, mask);
      this.engine.selectRegions([id]);
    }
    return id;
  }

  private objectOf(controlName: string): string {
    return this.engine.control(controlName)?.toName[0] ?? '';
  }

  /** The mask just painted stands for the geometry just saved, so it is not decoded again. */
  private remember(id: string, geometry: JsonObject, mask: BrushMask): void {
    const region = this.engine.store.region(id);
    if (region?.geometry === geometry) this.masks.set(id, { geometry, mask });
    else this.masks.delete(id);
  }
}

/** A canvas of the mask's painted box, filled with `color` where the mask is painted. */
function paint(mask: BrushMask, color: string): BrushBitmap | undefined {
  const box = mask.bbox();
  if (!box || typeof document === 'undefined') return undefined;
  const width = box.x1 - box.x0 + 1;
  const height = box.y1 - box.y0 + 1;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  const pixels = ctx.createImageData(width, height);
  const out = pixels.data;
  const data = mask.data;
  for (let y = 0; y < height; y++) {
    let src = (box.y0 + y) * mask.width + box.x0;
    let dst = y * width * 4;
    for (let x = 0; x < width; x++, src++, dst += 4) out[dst + 3] = data[src];
  }
  ctx.putImageData(pixels, 0, 0);
  ctx.globalCompositeOperation = 'source-in';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, width, height);
  return { canvas, x: box.x0, y: box.y0, width, height };
}

import type { Point } from '../../geometry';
import { decodeBrushAlpha, encodeBrushRle, type PixelBox } from './brush-rle';

/**
 * What one brush operation changed: the dirty rectangle's bytes before and after. Undo writes
 * `before` back, redo writes `after`; a stroke costs twice its dirty area, never a mask copy.
 */
export interface MaskPatch {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly before: Uint8Array;
  readonly after: Uint8Array;
}

export type BrushMode = 'paint' | 'erase';

/** Mask value of painted pixels. */
export const PAINTED = 255;

/**
 * A brush region's mask: one alpha byte per pixel of the ORIGINAL image, with the box of its
 * painted pixels kept up to date (grown by painting, recomputed within the old box after erasing).
 *
 * @example
 * const mask = new BrushMask(4000, 3000);
 * const patch = mask.stroke([{ x: 10, y: 10 }, { x: 200, y: 40 }], 12, 'paint');
 * const rle = mask.toRle(); // Label Studio's `value.rle`
 * mask.applyPatch(patch!, 'undo');
 */
export class BrushMask {
  readonly data: Uint8Array;
  private box: PixelBox | undefined;
  private boxStale = false;

  constructor(
    readonly width: number,
    readonly height: number,
    data?: Uint8Array,
  ) {
    if (!(width > 0 && height > 0 && Number.isInteger(width) && Number.isInteger(height)))
      throw new Error(`BrushMask: bad size ${width}×${height}`);
    if (data && data.length !== width * height)
      throw new Error(`BrushMask: ${data.length} bytes don't make a ${width}×${height} mask`);
    this.data = data ?? new Uint8Array(width * height);
    if (data) {
      this.box = { x0: 0, y0: 0, x1: width - 1, y1: height - 1 };
      this.boxStale = true;
    }
  }

  /** The mask of a Label Studio brush RLE for an image of `width × height`. */
  static fromRle(rle: ArrayLike<number>, width: number, height: number): BrushMask {
    return new BrushMask(width, height, decodeBrushAlpha(rle, width, height));
  }

  /** Label Studio's `value.rle` for this mask. */
  toRle(): number[] {
    return encodeBrushRle(this.data, this.width, this.height, this.bbox());
  }

  get(x: number, y: number): number {
    return x >= 0 && y >= 0 && x < this.width && y < this.height ? this.data[y * this.width + x] : 0;
  }

  /** Box of the painted pixels (inclusive), or undefined when nothing is painted. */
  bbox(): PixelBox | undefined {
    if (this.boxStale) {
      this.box = this.box ? this.scan(this.box) : undefined;
      this.boxStale = false;
    }
    return this.box;
  }

  isEmpty(): boolean {
    return this.bbox() === undefined;
  }

  /** Number of painted (non-zero) pixels. */
  pixelCount(): number {
    const b = this.bbox();
    if (!b) return 0;
    let n = 0;
    for (let y = b.y0; y <= b.y1; y++) {
      const row = y * this.width;
      for (let x = b.x0; x <= b.x1; x++) if (this.data[row + x] !== 0) n++;
    }
    return n;
  }

  paintCircle(cx: number, cy: number, radius: number): MaskPatch | undefined {
    return this.stroke([{ x: cx, y: cy }], radius, 'paint');
  }

  eraseCircle(cx: number, cy: number, radius: number): MaskPatch | undefined {
    return this.stroke([{ x: cx, y: cy }], radius, 'erase');
  }

  /**
   * Paints or erases a stroke: the pixels whose centres lie within `radius` of the polyline
   * through `points` (image pixels). Returns the patch, or undefined when nothing changed.
   */
  stroke(points: readonly Point[], radius: number, mode: BrushMode): MaskPatch | undefined {
    if (points.length === 0 || !(radius > 0)) return undefined;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const p of points) {
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x);
      maxY = Math.max(maxY, p.y);
    }
    const x0 = Math.max(0, Math.floor(minX - radius));
    const y0 = Math.max(0, Math.floor(minY - radius));
    const x1 = Math.min(this.width - 1, Math.ceil(maxX + radius));
    const y1 = Math.min(this.height - 1, Math.ceil(maxY + radius));
    if (x1 < x0 || y1 < y0) return undefined;
    const before = this.copyRect(x0, y0, x1, y1);
    const value = mode === 'paint' ? PAINTED : 0;
    const segments =
      points.length === 1 ? [[points[0], points[0]] as const] : points.slice(1).map((p, i) => [points[i], p] as const);
    for (const [a, b] of segments) this.fillCapsule(a, b, radius, value, x0, y0, x1, y1);
    const after = this.copyRect(x0, y0, x1, y1);
    let changed = false;
    for (let i = 0; i < after.length; i++) {
      if (after[i] !== before[i]) {
        changed = true;
        break;
      }
    }
    if (!changed) return undefined;
    this.touched({ x0, y0, x1, y1 }, mode);
    return { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1, before, after };
  }

  /**
   * Sets the pixels whose centres lie within `r` of segment a–b, row by row: on each row the
   * capsule (a convex shape) is one interval, the hull of what the two end discs and the band
   * between them cover, filled with one native `fill`.
   */
  private fillCapsule(a: Point, b: Point, r: number, value: number, bx0: number, by0: number, bx1: number, by1: number): void {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy);
    const ys = Math.max(by0, Math.floor(Math.min(a.y, b.y) - r));
    const ye = Math.min(by1, Math.ceil(Math.max(a.y, b.y) + r));
    for (let y = ys; y <= ye; y++) {
      const py = y + 0.5;
      let lo = Infinity;
      let hi = -Infinity;
      for (const c of len === 0 ? [a] : [a, b]) {
        const h = r * r - (py - c.y) * (py - c.y);
        if (h < 0) continue;
        const w = Math.sqrt(h);
        lo = Math.min(lo, c.x - w);
        hi = Math.max(hi, c.x + w);
      }
      if (len > 0) {
        // Band: 0 ≤ (p − a)·d ≤ len² and |(p − a)×d| ≤ r·len, each linear in x on this row.
        const band = intersect(
          slab(dx, (py - a.y) * dy - a.x * dx, 0, len * len),
          slab(-dy, (py - a.y) * dx + a.x * dy, -r * len, r * len),
        );
        if (band) {
          lo = Math.min(lo, band[0]);
          hi = Math.max(hi, band[1]);
        }
      }
      if (lo > hi) continue;
      const xs = Math.max(bx0, Math.ceil(lo - 0.5));
      const xe = Math.min(bx1, Math.floor(hi - 0.5));
      if (xs <= xe) this.data.fill(value, y * this.width + xs, y * this.width + xe + 1);
    }
  }

  /** Writes a patch's bytes back: `before` to undo it, `after` to redo it. */
  applyPatch(patch: MaskPatch, direction: 'undo' | 'redo'): void {
    const src = direction === 'undo' ? patch.before : patch.after;
    for (let row = 0; row < patch.height; row++) {
      const start = (patch.y + row) * this.width + patch.x;
      this.data.set(src.subarray(row * patch.width, (row + 1) * patch.width), start);
    }
    const box = { x0: patch.x, y0: patch.y, x1: patch.x + patch.width - 1, y1: patch.y + patch.height - 1 };
    this.box = this.box ? union(this.box, box) : box;
    this.boxStale = true;
  }

  clone(): BrushMask {
    const copy = new BrushMask(this.width, this.height, new Uint8Array(this.data));
    copy.box = this.bbox();
    copy.boxStale = false;
    return copy;
  }

  private copyRect(x0: number, y0: number, x1: number, y1: number): Uint8Array {
    const w = x1 - x0 + 1;
    const out = new Uint8Array(w * (y1 - y0 + 1));
    for (let y = y0; y <= y1; y++) out.set(this.data.subarray(y * this.width + x0, y * this.width + x1 + 1), (y - y0) * w);
    return out;
  }

  private touched(box: PixelBox, mode: BrushMode): void {
    if (mode === 'paint') {
      if (this.boxStale) this.bbox();
      const painted = this.scan(box);
      if (painted) this.box = this.box ? union(this.box, painted) : painted;
    } else if (this.box) {
      this.boxStale = true;
    }
  }

  /** Tight box of the painted pixels within `within`. */
  private scan(within: PixelBox): PixelBox | undefined {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let y = within.y0; y <= within.y1; y++) {
      const row = y * this.width;
      for (let x = within.x0; x <= within.x1; x++) {
        if (this.data[row + x] === 0) continue;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        y1 = y;
      }
    }
    return x0 === Infinity ? undefined : { x0, y0, x1, y1 };
  }
}

/** The x interval where `lo ≤ k·x + c ≤ hi`; everything or nothing when k is 0. */
function slab(k: number, c: number, lo: number, hi: number): [number, number] | undefined {
  if (k === 0) return c >= lo && c <= hi ? [-Infinity, Infinity] : undefined;
  const p = (lo - c) / k;
  const q = (hi - c) / k;
  return p < q ? [p, q] : [q, p];
}

function intersect(a: [number, number] | undefined, b: [number, number] | undefined): [number, number] | undefined {
  if (!a || !b) return undefined;
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  return lo <= hi ? [lo, hi] : undefined;
}

function union(a: PixelBox, b: PixelBox): PixelBox {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

import type { ImageSize, Point, Rect } from './geometry';

/**
 * A uniform grid over region bounding boxes (image pixels) for hit-testing and viewport
 * culling. Each box is listed in every cell it overlaps; boxes that would span too many cells
 * are kept in a separate list checked on every query. Boxes live in typed arrays under integer
 * slots, so queries touch no strings until they return. Inserts, updates and removals touch only
 * the cells of the box, so editing one region among 50,000 stays cheap.
 *
 * @example
 * const index = SpatialIndex.forImage({ width: 4000, height: 3000 });
 * index.insert('r1', { x: 10, y: 10, width: 50, height: 20 });
 * index.queryPoint({ x: 20, y: 20 }); // ['r1']
 * index.queryRect({ x: 0, y: 0, width: 100, height: 100 }); // ['r1']
 */
export class SpatialIndex {
  private readonly slots = new Map<string, number>();
  private ids: (string | undefined)[] = [];
  private box = new Float64Array(4 * 64);
  /** Grid cells of each slot [x0, y0, x1, y1]; x0 = NaN for slots in the large list. */
  private cellBox = new Float64Array(4 * 64);
  private stamps = new Uint32Array(64);
  private readonly free: number[] = [];
  private readonly cells = new Map<number, number[]>();
  private readonly large = new Set<number>();
  private stamp = 0;

  /**
   * @param cellSize side of a grid cell, in the same units as the boxes.
   * @param maxCells a box over more cells than this goes to the list checked on every query.
   */
  constructor(
    readonly cellSize = 64,
    private readonly maxCells = 256,
  ) {
    if (!(cellSize > 0)) throw new Error('SpatialIndex: cellSize must be positive');
  }

  /** An index with cells sized for an image (about 64×64 cells over it). */
  static forImage(size: ImageSize): SpatialIndex {
    return new SpatialIndex(Math.max(8, Math.max(size.width, size.height) / 64));
  }

  get size(): number {
    return this.slots.size;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** The box an id was indexed with. */
  get(id: string): Rect | undefined {
    const slot = this.slots.get(id);
    if (slot === undefined) return undefined;
    const b = this.box;
    const o = slot * 4;
    return { x: b[o], y: b[o + 1], width: b[o + 2] - b[o], height: b[o + 3] - b[o + 1] };
  }

  /** Adds a box, or moves it when the id is already indexed. */
  insert(id: string, rect: Rect): void {
    if (this.slots.has(id)) this.remove(id);
    const r = normalize(rect);
    const slot = this.free.pop() ?? this.ids.length;
    if (slot === this.ids.length) this.ids.push(id);
    else this.ids[slot] = id;
    this.grow(slot + 1);
    this.slots.set(id, slot);
    const o = slot * 4;
    this.box[o] = r.x;
    this.box[o + 1] = r.y;
    this.box[o + 2] = r.x + r.width;
    this.box[o + 3] = r.y + r.height;
    this.stamps[slot] = 0;
    const x0 = this.cell(r.x);
    const y0 = this.cell(r.y);
    const x1 = this.cell(r.x + r.width);
    const y1 = this.cell(r.y + r.height);
    if (!((x1 - x0 + 1) * (y1 - y0 + 1) <= this.maxCells)) {
      this.cellBox[o] = NaN;
      this.large.add(slot);
      return;
    }
    this.cellBox[o] = x0;
    this.cellBox[o + 1] = y0;
    this.cellBox[o + 2] = x1;
    this.cellBox[o + 3] = y1;
    for (let cy = y0; cy <= y1; cy++) {
      for (let cx = x0; cx <= x1; cx++) {
        const key = cellKey(cx, cy);
        const list = this.cells.get(key);
        if (list) list.push(slot);
        else this.cells.set(key, [slot]);
      }
    }
  }

  /** Same as {@link insert}: re-indexes a box that changed. */
  update(id: string, rect: Rect): void {
    const old = this.get(id);
    if (old && sameRect(old, normalize(rect))) return;
    this.insert(id, rect);
  }

  remove(id: string): boolean {
    const slot = this.slots.get(id);
    if (slot === undefined) return false;
    this.slots.delete(id);
    this.ids[slot] = undefined;
    this.free.push(slot);
    const o = slot * 4;
    if (Number.isNaN(this.cellBox[o])) {
      this.large.delete(slot);
      return true;
    }
    const [x0, y0, x1, y1] = [this.cellBox[o], this.cellBox[o + 1], this.cellBox[o + 2], this.cellBox[o + 3]];
    for (let cy = y0; cy <= y1; cy++) {
      for (let cx = x0; cx <= x1; cx++) {
        const key = cellKey(cx, cy);
        const list = this.cells.get(key);
        if (!list) continue;
        const i = list.indexOf(slot);
        if (i >= 0) {
          list[i] = list[list.length - 1];
          list.pop();
        }
        if (list.length === 0) this.cells.delete(key);
      }
    }
    return true;
  }

  clear(): void {
    this.slots.clear();
    this.ids = [];
    this.free.length = 0;
    this.cells.clear();
    this.large.clear();
  }

  /** Ids whose boxes overlap `rect` (edges touching count), in no particular order. */
  queryRect(rect: Rect): string[] {
    const r = normalize(rect);
    const out: string[] = [];
    if (this.stamp >= 0xfffffff0) {
      this.stamps.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const minX = r.x;
    const minY = r.y;
    const maxX = r.x + r.width;
    const maxY = r.y + r.height;
    const box = this.box;
    const stamps = this.stamps;
    const ids = this.ids;
    const test = (slot: number) => {
      if (stamps[slot] === stamp) return;
      stamps[slot] = stamp;
      const o = slot * 4;
      if (box[o] <= maxX && box[o + 2] >= minX && box[o + 1] <= maxY && box[o + 3] >= minY) out.push(ids[slot] as string);
    };
    const x0 = this.cell(minX);
    const y0 = this.cell(minY);
    const x1 = this.cell(maxX);
    const y1 = this.cell(maxY);
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > this.cells.size) {
      // A query larger than the occupied grid: walk the occupied cells instead of the empty ones.
      for (const [key, list] of this.cells) {
        const cx = keyX(key);
        const cy = keyY(key);
        if (cx < x0 || cx > x1 || cy < y0 || cy > y1) continue;
        for (let i = 0; i < list.length; i++) test(list[i]);
      }
    } else {
      for (let cy = y0; cy <= y1; cy++) {
        for (let cx = x0; cx <= x1; cx++) {
          const list = this.cells.get(cellKey(cx, cy));
          if (list) for (let i = 0; i < list.length; i++) test(list[i]);
        }
      }
    }
    for (const slot of this.large) test(slot);
    return out;
  }

  /** Ids whose boxes contain `p`, grown by `tolerance` on every side. */
  queryPoint(p: Point, tolerance = 0): string[] {
    return this.queryRect({ x: p.x - tolerance, y: p.y - tolerance, width: 2 * tolerance, height: 2 * tolerance });
  }

  private cell(v: number): number {
    return Math.floor(v / this.cellSize);
  }

  private grow(slots: number): void {
    if (slots <= this.stamps.length) return;
    const n = Math.max(slots, this.stamps.length * 2);
    const box = new Float64Array(n * 4);
    box.set(this.box);
    this.box = box;
    const cellBox = new Float64Array(n * 4);
    cellBox.set(this.cellBox);
    this.cellBox = cellBox;
    const stamps = new Uint32Array(n);
    stamps.set(this.stamps);
    this.stamps = stamps;
  }
}

// Cell coordinates packed into one number (±2^20 cells each way): no string keys on hot paths.
const OFFSET = 1 << 20;
const SPAN = 1 << 21;
function cellKey(cx: number, cy: number): number {
  return (cy + OFFSET) * SPAN + (cx + OFFSET);
}
function keyX(key: number): number {
  return (key % SPAN) - OFFSET;
}
function keyY(key: number): number {
  return Math.floor(key / SPAN) - OFFSET;
}

function normalize(r: Rect): Rect {
  const x = r.width < 0 ? r.x + r.width : r.x;
  const y = r.height < 0 ? r.y + r.height : r.y;
  return { x, y, width: Math.abs(r.width), height: Math.abs(r.height) };
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

import type { EditorEngine } from '../../../engine/engine';
import type { JsonObject } from '../../../engine/json';
import type { RegionRecord } from '../../../engine/records';
import { regionColor } from '../../shared/colors';
import { imageRegionsOn, isImageRegionOn } from '../image-regions';
import { SpatialIndex } from '../spatial-index';
import { EllipseTool } from '../shapes/ellipse/ellipse.tool';
import { KeyPointTool } from '../shapes/keypoint/keypoint.tool';
import { PolygonTool } from '../shapes/polygon/polygon.tool';
import { RectangleTool } from '../shapes/rectangle/rectangle.tool';
import { handlesOf, SelectTool } from '../tools/select.tool';
import type { ImageTool, PointerInput, ShapeKind } from '../tools/tool';
import { intersects, KEYPOINT_RADIUS, toDrawable, type Drawable, type ImageSize } from './drawables';
import type { Patch } from '../../../engine/store';
import { drawOverlay } from './overlay';
import { drawGrid, drawRegions, sizeCanvas, type BrushBitmap } from './renderer';
import { pointerInput, StageToolHost, type PointerEventLike } from './stage-tool-host';
import { Viewport, type Point, type Rect, type ZoomMode } from './viewport';

export type ToolName = 'select' | ShapeKind | 'eraser';

export interface StageSettings {
  fillOpacity: number;
  grid: boolean;
  gridSize: number;
  gridColor: string;
  crosshair: boolean;
  brightness: number;
  contrast: number;
  smoothing: boolean;
}

export interface StageCallbacks {
  /** Creates a region with the active control and labels; returns its id. */
  create(kind: ShapeKind, geometry: JsonObject): string | undefined;
  /** Which tool the active labels ask for (a label of RectangleLabels pressed → rectangle), if any. */
  labelTool(): ShapeKind | undefined;
  canRotate(id: string): boolean;
  /** Mask bitmap of a brush region, if it has one. */
  brush?(id: string): BrushBitmap | undefined;
  /** The view's zoom or tool changed (for the toolbar). */
  changed(): void;
  /** The zoom changed (once per frame at most). */
  zoomed?(zoom: number): void;
  /** Masks not drawn yet (decoded over several frames). */
  pendingMasks?(): number;
  /** Called at the start of every drawn frame. */
  frame?(): void;
  /** The image stage wants to handle a tool of its own (brush). */
  extraTool?(name: ToolName): ImageTool | undefined;
}

interface Cached {
  record: RegionRecord;
  drawable: Drawable;
  /** Label colour, worked out once per annotation change rather than per frame. */
  color: string;
  /** Drawing order of the colour (colours are drawn one after another). */
  rank: number;
}

/** What the regions canvas holds: drawn for `vp`, without the regions being dragged. */
interface Shown {
  vp: Viewport;
  dpr: number;
  excluded: ReadonlySet<string>;
}

/** Screen pixels a region's paint reaches beyond its box: half the stroke, miter joins, keypoint rings. */
const PAINT_MARGIN = 10;
/** A frame after a full redraw of the regions canvas later than this (ms) means full redraws are slow here. */
const SLOW_REDRAW_MS = 25;
/** After the last wheel step, how long (ms) a scaled copy may stand in for a full redraw. */
const ZOOM_SETTLE_MS = 150;
/** Above this share of the canvas, a partial redraw is done as a full one. */
const PARTIAL_MAX_SHARE = 0.5;

/**
 * The imperative part of the image view: owns the viewport, the image element's transform and
 * filters, the regions canvas (redrawn in one animation frame after any change, culled through
 * the spatial index) and the overlay canvas (selection, handles, the shape being drawn), and
 * routes pointer, wheel and key input to the active tool. React renders the toolbar around it
 * and never re-renders per frame. Tools reach the stage through its {@link toolHost}.
 */
export class ImageStage {
  size: ImageSize = { width: 1, height: 1 };
  private vp: Viewport | undefined;
  private readonly cache = new Map<string, Cached>();
  private index = new SpatialIndex();
  private revision = -1;
  /** Regions whose records changed since the last sync; `all` after a load or a new image. */
  private touched: Set<string> | 'all' = 'all';
  private readonly colorRanks = new Map<string, number>();
  private shown: Shown | undefined;
  /** Image-pixel boxes whose paint on the regions canvas is out of date. */
  private dirtyBoxes: Rect[] = [];
  private fullRedraw = true;
  /** Full redraws of the regions canvas take longer than a frame: wheel zoom shows a scaled copy until it rests. */
  private slowRedraw = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private scratch: HTMLCanvasElement | undefined;
  private shownZoom = 0;
  private frame = 0;
  private pointer: Point | undefined;
  private gestureTool: ImageTool | undefined;
  private panGesture: { last: Point } | undefined;
  private spaceDown = false;
  private manualTool: ToolName = 'select';
  private readonly unsubscribe: () => void;
  readonly toolHost: StageToolHost;
  readonly select: SelectTool;
  private readonly tools: Partial<Record<ToolName, ImageTool>>;
  settings: StageSettings;
  /** Regions drawn by the last redraw of the regions canvas, whole or in part (after culling). */
  lastDrawn = 0;
  lastFrameMs = 0;

  constructor(
    private readonly engine: EditorEngine,
    readonly objectName: string,
    private readonly el: { stage: HTMLElement; image: HTMLImageElement; regions: HTMLCanvasElement; overlay: HTMLCanvasElement },
    private readonly callbacks: StageCallbacks,
    settings: StageSettings,
    private readonly zoomBy = 1.1,
    private readonly snapToPixel = false,
    /** Page of a `valueList` image: only its regions are drawn. */
    private readonly itemIndex?: number,
  ) {
    this.settings = settings;
    const host = new StageToolHost({
      engine,
      regions: { get: (id) => this.cache.get(id), near: (rect) => this.index.queryRect(rect) },
      size: () => this.size,
      viewport: () => this.viewport(),
      create: (kind, geometry) => callbacks.create(kind, geometry),
      invalidate: () => this.invalidateOverlay(),
    });
    this.toolHost = host;
    this.select = new SelectTool(host, { canRotate: (id) => callbacks.canRotate(id), pan: (dx, dy) => this.panBy(dx, dy) });
    this.tools = {
      select: this.select,
      rectangle: new RectangleTool(host),
      ellipse: new EllipseTool(host),
      polygon: new PolygonTool(host, snapToPixel),
      keypoint: new KeyPointTool(host),
    };
    const unsubscribe = engine.subscribe(() => this.schedule());
    const unsubscribePatches = engine.subscribePatches((patches) => this.onPatches(patches));
    this.unsubscribe = () => {
      unsubscribe();
      unsubscribePatches();
    };
  }

  destroy(): void {
    this.unsubscribe();
    if (this.frame) cancelAnimationFrame(this.frame);
    if (this.settleTimer !== undefined) clearTimeout(this.settleTimer);
    this.frame = 0;
  }

  // ── Image and viewport ─────────────────────────────────────────────────────

  /** The image finished loading: fit it (or as `defaultZoom` says) and draw. */
  setImage(size: ImageSize, mode: ZoomMode): void {
    this.size = size;
    this.vp = Viewport.create(mode, size, this.stageSize());
    this.revision = -1;
    this.touched = 'all';
    this.cache.clear();
    this.index = SpatialIndex.forImage(size);
    this.el.stage.dataset.loaded = 'true';
    this.invalidateAll();
  }

  get ready(): boolean {
    return this.vp !== undefined;
  }

  private stageSize(): { width: number; height: number } {
    const r = this.el.stage.getBoundingClientRect();
    return { width: Math.max(1, r.width), height: Math.max(1, r.height) };
  }

  viewport(): Viewport {
    return this.vp ?? Viewport.fit(this.size, this.stageSize());
  }

  setViewport(vp: Viewport): void {
    this.vp = vp;
    this.schedule();
  }

  resized(): void {
    if (!this.vp) return;
    this.vp = this.vp.resize(this.stageSize());
    this.invalidateAll();
  }

  zoomIn(): void {
    this.setViewport(this.viewport().zoomBy(this.zoomBy * this.zoomBy));
  }

  zoomOut(): void {
    this.setViewport(this.viewport().zoomBy(1 / (this.zoomBy * this.zoomBy)));
  }

  zoomTo(mode: ZoomMode): void {
    this.setViewport(Viewport.create(mode, this.size, this.stageSize(), this.viewport().rotation));
  }

  rotate(by: 90 | -90): void {
    this.setViewport(this.viewport().rotate(by));
  }

  panBy(dx: number, dy: number): void {
    this.setViewport(this.viewport().panBy(dx, dy));
  }

  // ── Tools ──────────────────────────────────────────────────────────────────

  /** The tool in use: the one the pressed label asks for, else the one picked in the toolbar. */
  get toolName(): ToolName {
    const label = this.callbacks.labelTool();
    // The eraser works with a brush label pressed.
    if (label === 'brush' && this.manualTool === 'eraser') return 'eraser';
    return label ?? this.manualTool;
  }

  get tool(): ImageTool {
    const name = this.toolName;
    return this.tools[name] ?? this.callbacks.extraTool?.(name) ?? this.select;
  }

  setTool(name: ToolName): void {
    this.tool.cancel();
    this.manualTool = name;
    this.invalidateOverlay();
    this.callbacks.changed();
  }

  // ── Regions cache and drawing ──────────────────────────────────────────────

  private onPatches(patches: readonly Patch[]): void {
    const touched = this.touched;
    if (touched === 'all') return;
    for (const p of patches) {
      if (p.typeName === 'region') touched.add(p.id);
      else if (p.typeName === 'result') {
        const r = (p.after ?? p.before) as { regionId?: string } | undefined;
        if (r?.regionId) touched.add(r.regionId);
      }
    }
  }

  /**
   * Brings the drawables and the index up to date with the engine's records: only the regions
   * whose records changed, or all of them after a load. Marks what the regions canvas must redraw.
   */
  private syncRegions(): void {
    if (this.engine.revision === this.revision || !this.vp) return;
    this.revision = this.engine.revision;
    const touched = this.touched;
    this.touched = new Set();
    if (touched !== 'all' && touched.size <= this.cache.size / 4 + 64) {
      for (const id of touched) this.syncRegion(id);
      return;
    }
    this.fullRedraw = true;
    const seen = new Set<string>();
    for (const record of imageRegionsOn(this.engine, this.objectName, this.itemIndex)) {
      seen.add(record.id);
      this.syncRecord(record);
    }
    for (const id of [...this.cache.keys()]) {
      if (seen.has(id)) continue;
      this.cache.delete(id);
      this.index.remove(id);
    }
  }

  private syncRegion(id: string): void {
    const record = this.engine.store.region(id);
    if (record && isImageRegionOn(this.engine, record, this.objectName, this.itemIndex)) {
      this.syncRecord(record);
      return;
    }
    const cached = this.cache.get(id);
    if (!cached) return;
    this.dirtyBoxes.push(cached.drawable.bbox);
    this.cache.delete(id);
    this.index.remove(id);
  }

  private syncRecord(record: RegionRecord): void {
    const cached = this.cache.get(record.id);
    const color = regionColor(this.engine, record.id);
    const rank = this.rankOf(color);
    if (cached && cached.record.geometry === record.geometry) {
      if (cached.color !== color || cached.record.hidden !== record.hidden || cached.record.origin !== record.origin)
        this.dirtyBoxes.push(cached.drawable.bbox);
      cached.record = record;
      cached.color = color;
      cached.rank = rank;
      return;
    }
    const brush = record.shape === 'brush' ? this.callbacks.brush?.(record.id) : undefined;
    const drawable = toDrawable(
      record,
      this.size,
      brush ? { x: brush.x, y: brush.y, width: brush.width, height: brush.height } : undefined,
    );
    if (cached) {
      this.index.remove(record.id);
      this.dirtyBoxes.push(cached.drawable.bbox);
    }
    if (!drawable) {
      this.cache.delete(record.id);
      return;
    }
    this.cache.set(record.id, { record, drawable, color, rank });
    this.index.insert(record.id, drawable.bbox);
    this.dirtyBoxes.push(drawable.bbox);
  }

  private rankOf(color: string): number {
    let rank = this.colorRanks.get(color);
    if (rank === undefined) this.colorRanks.set(color, (rank = this.colorRanks.size));
    return rank;
  }

  /** Redraws every region (after a settings change, a decoded mask…). */
  invalidateAll(): void {
    this.fullRedraw = true;
    this.schedule();
  }

  invalidateOverlay(): void {
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Draws now (the animation frame calls this). */
  draw(): void {
    const vp = this.vp;
    if (!vp) return;
    const started = performance.now();
    this.callbacks.frame?.();
    // The toolbar shows the zoom: updated once per frame, only when it changed, without React.
    if (vp.zoom !== this.shownZoom) {
      this.shownZoom = vp.zoom;
      this.callbacks.zoomed?.(vp.zoom);
    }
    const [a, b, c, d, e, f] = vp.matrix;
    const img = this.el.image;
    img.style.transform = `matrix(${a}, ${b}, ${c}, ${d}, ${e}, ${f})`;
    const s = this.settings;
    img.style.filter = s.brightness !== 100 || s.contrast !== 100 ? `brightness(${s.brightness}%) contrast(${s.contrast}%)` : '';
    img.style.imageRendering = s.smoothing ? 'auto' : 'pixelated';
    this.syncRegions();
    this.drawRegionsLayer(vp);
    this.drawOverlayNow(vp);
    this.lastFrameMs = performance.now() - started;
  }

  /**
   * Brings the regions canvas up to date for `vp`, redrawing as little as it can: a pan moves
   * what is drawn and draws the strip it uncovers, an edit redraws the boxes it touched (clipped),
   * and only a zoom, a turn, a resize or a settings change redraws everything. Where a full redraw
   * takes longer than a frame, wheel zoom shows a scaled copy until the wheel rests.
   */
  private drawRegionsLayer(vp: Viewport): void {
    const canvas = this.el.regions;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const { width: w0, height: h0 } = canvas;
    const dpr = sizeCanvas(canvas, vp.stage.width, vp.stage.height);
    const live = this.select.editing;
    const shown = this.shown;
    if (
      !shown ||
      this.fullRedraw ||
      canvas.width !== w0 ||
      canvas.height !== h0 ||
      shown.dpr !== dpr ||
      shown.vp.rotation !== vp.rotation ||
      shown.vp.stage.width !== vp.stage.width ||
      shown.vp.stage.height !== vp.stage.height
    ) {
      this.redrawAll(ctx, vp, dpr);
      return;
    }
    // Regions picked up by a drag leave the canvas (the overlay draws them moving); dropped ones come back.
    if (live.size !== shown.excluded.size || [...live.keys()].some((id) => !shown.excluded.has(id))) {
      for (const id of shown.excluded) if (!live.has(id)) this.dirtyId(id);
      for (const id of live.keys()) if (!shown.excluded.has(id)) this.dirtyId(id);
      shown.excluded = new Set(live.keys());
    }
    const screenRects: Rect[] = [];
    if (vp.zoom !== shown.vp.zoom) {
      if (!this.slowRedraw) {
        this.redrawAll(ctx, vp, dpr);
        return;
      }
      this.previewZoom(ctx, shown, vp, dpr, screenRects);
    } else if (vp.panX !== shown.vp.panX || vp.panY !== shown.vp.panY) {
      const dx = (vp.panX - shown.vp.panX) * dpr;
      const dy = (vp.panY - shown.vp.panY) * dpr;
      if (!isWhole(dx) || !isWhole(dy) || Math.abs(dx) >= canvas.width || Math.abs(dy) >= canvas.height) {
        this.redrawAll(ctx, vp, dpr);
        return;
      }
      this.copyShifted(ctx, 1, Math.round(dx), Math.round(dy));
      const W = vp.stage.width;
      const H = vp.stage.height;
      const sx = Math.round(dx) / dpr;
      const sy = Math.round(dy) / dpr;
      if (sx > 0) screenRects.push({ x: 0, y: 0, width: sx, height: H });
      if (sx < 0) screenRects.push({ x: W + sx, y: 0, width: -sx, height: H });
      if (sy > 0) screenRects.push({ x: 0, y: 0, width: W, height: sy });
      if (sy < 0) screenRects.push({ x: 0, y: H + sy, width: W, height: -sy });
    }
    shown.vp = vp;
    for (const box of this.dirtyBoxes) screenRects.push(grow(vp.screenBox(box), PAINT_MARGIN));
    this.dirtyBoxes = [];
    if (screenRects.length === 0) return;
    const area = screenRects.reduce((sum, r) => sum + r.width * r.height, 0);
    if (area > PARTIAL_MAX_SHARE * vp.stage.width * vp.stage.height) {
      this.redrawAll(ctx, vp, dpr);
      return;
    }
    this.lastDrawn = 0;
    for (const r of screenRects) {
      // Clipped to whole device pixels, so a redrawn part joins the rest without a seam.
      const x0 = Math.max(0, Math.floor(r.x * dpr));
      const y0 = Math.max(0, Math.floor(r.y * dpr));
      const x1 = Math.min(canvas.width, Math.ceil((r.x + r.width) * dpr));
      const y1 = Math.min(canvas.height, Math.ceil((r.y + r.height) * dpr));
      if (x1 <= x0 || y1 <= y0) continue;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.beginPath();
      ctx.rect(x0, y0, x1 - x0, y1 - y0);
      ctx.clip();
      ctx.clearRect(x0, y0, x1 - x0, y1 - y0);
      const part = { x: x0 / dpr, y: y0 / dpr, width: (x1 - x0) / dpr, height: (y1 - y0) / dpr };
      this.lastDrawn += this.paintRegions(ctx, vp, dpr, part, shown.excluded);
      ctx.restore();
    }
  }

  private redrawAll(ctx: CanvasRenderingContext2D, vp: Viewport, dpr: number): void {
    const canvas = this.el.regions;
    const excluded = new Set(this.select.editing.keys());
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    this.lastDrawn = this.paintRegions(ctx, vp, dpr, { x: 0, y: 0, width: vp.stage.width, height: vp.stage.height }, excluded);
    ctx.restore();
    this.shown = { vp, dpr, excluded };
    this.dirtyBoxes = [];
    this.fullRedraw = false;
    // How soon the next frame comes tells whether full redraws fit in a frame on this machine.
    const started = performance.now();
    requestAnimationFrame(() => {
      this.slowRedraw = performance.now() - started > SLOW_REDRAW_MS;
    });
  }

  /** The regions (and the grid) over the screen rectangle `part`, drawn over what is there. */
  private paintRegions(
    ctx: CanvasRenderingContext2D,
    vp: Viewport,
    dpr: number,
    part: Rect,
    excluded: ReadonlySet<string>,
  ): number {
    const view = vp.imageBox(grow(part, PAINT_MARGIN));
    // Colour by colour in a fixed order, so that a part redrawn alone matches the whole.
    const byRank: Drawable[][] = [];
    for (const id of this.index.queryRect(view)) {
      const cached = this.cache.get(id);
      if (!cached || cached.record.hidden || excluded.has(id) || !intersects(cached.drawable.bbox, view)) continue;
      (byRank[cached.rank] ??= []).push(cached.drawable);
    }
    const visible = byRank.flat();
    const drawn = drawRegions(
      ctx,
      dpr,
      vp,
      visible,
      (id) => {
        const c = this.cache.get(id);
        return { color: c?.color ?? '#1c7ed6', selected: false, predicted: c?.record.origin === 'prediction' };
      },
      (id) => this.callbacks.brush?.(id),
      { fillOpacity: this.settings.fillOpacity, strokeWidth: 1.5, pointRadius: KEYPOINT_RADIUS },
    );
    const s = this.settings;
    if (s.grid) {
      ctx.save();
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawGrid(ctx, vp, s.gridSize, s.gridColor);
      ctx.restore();
    }
    return drawn;
  }

  /**
   * Wheel zoom where full redraws are slow: what is drawn, scaled to the new zoom (lines scale
   * with it for a moment), the uncovered border drawn afresh; the full redraw follows when the
   * wheel rests.
   */
  private previewZoom(ctx: CanvasRenderingContext2D, shown: Shown, vp: Viewport, dpr: number, screenRects: Rect[]): void {
    const k = vp.zoom / shown.vp.zoom;
    const [, , , , e0, f0] = shown.vp.matrix;
    const [, , , , e1, f1] = vp.matrix;
    // Same rotation: new screen = k · old screen + t.
    const tx = e1 - k * e0;
    const ty = f1 - k * f0;
    this.copyShifted(ctx, k, tx * dpr, ty * dpr);
    const W = vp.stage.width;
    const H = vp.stage.height;
    if (k < 1) {
      const x1 = tx + W * k;
      const y1 = ty + H * k;
      screenRects.push({ x: 0, y: 0, width: W, height: Math.max(0, ty) });
      screenRects.push({ x: 0, y: y1, width: W, height: Math.max(0, H - y1) });
      screenRects.push({ x: 0, y: ty, width: Math.max(0, tx), height: y1 - ty });
      screenRects.push({ x: x1, y: ty, width: Math.max(0, W - x1), height: y1 - ty });
    }
    if (this.settleTimer !== undefined) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = undefined;
      this.invalidateAll();
    }, ZOOM_SETTLE_MS);
  }

  /** Redraws the regions canvas's own pixels scaled by `k` and moved by `dx, dy` device pixels. */
  private copyShifted(ctx: CanvasRenderingContext2D, k: number, dx: number, dy: number): void {
    const canvas = this.el.regions;
    const scratch = (this.scratch ??= document.createElement('canvas'));
    if (scratch.width !== canvas.width || scratch.height !== canvas.height) {
      scratch.width = canvas.width;
      scratch.height = canvas.height;
    }
    const sctx = scratch.getContext('2d');
    if (!sctx) return;
    sctx.clearRect(0, 0, scratch.width, scratch.height);
    sctx.drawImage(canvas, 0, 0);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(k, 0, 0, k, dx, dy);
    ctx.drawImage(scratch, 0, 0);
    ctx.restore();
  }

  private dirtyId(id: string): void {
    const c = this.cache.get(id);
    if (c) this.dirtyBoxes.push(c.drawable.bbox);
  }

  private drawOverlayNow(vp: Viewport): void {
    const dpr = sizeCanvas(this.el.overlay, vp.stage.width, vp.stage.height);
    const ctx = this.el.overlay.getContext('2d');
    if (!ctx) return;
    const live = this.select.editing;
    const selected = this.toolHost
      .selection()
      .filter((id) => !live.has(id) && this.cache.has(id) && !this.cache.get(id)?.record.hidden);
    const selectedDrawables = selected.map((id) => ({
      drawable: (this.cache.get(id) as Cached).drawable,
      color: regionColor(this.engine, id),
    }));
    const handles =
      selected.length === 1 && live.size === 0 && !this.toolHost.isLocked(selected[0]) && !this.tool.busy
        ? handlesOf(
            selectedDrawables[0].drawable,
            (p) => vp.toScreen(p),
            (p) => vp.toImage(p),
            this.callbacks.canRotate(selected[0]),
          )
        : [];
    const liveDrawables = this.select
      .liveDrawables()
      .map((drawable, i) => ({ drawable, color: regionColor(this.engine, [...live.keys()][i]) }));
    // State for tests and tools that read the page: how many regions, what is selected, where the rotation handle is.
    const rotate = handles.find((h) => h.kind === 'rotate');
    const stage = this.el.stage;
    stage.dataset.regions = String(this.cache.size);
    stage.dataset.selected = String(selected.length);
    stage.dataset.revision = String(this.revision);
    stage.dataset.pending = String(this.callbacks.pendingMasks?.() ?? 0);
    if (rotate) {
      const p = vp.toScreen(rotate.at);
      stage.dataset.rotateHandle = `${Math.round(p.x)},${Math.round(p.y)}`;
    } else delete stage.dataset.rotateHandle;
    drawOverlay(ctx, dpr, vp, {
      selected: selectedDrawables,
      handles,
      live: liveDrawables,
      preview: (this.gestureTool ?? this.tool).preview(),
      crosshair: this.settings.crosshair ? this.pointer : undefined,
      pointRadius: KEYPOINT_RADIUS,
      fillOpacity: this.settings.fillOpacity,
    });
  }

  // ── Input ──────────────────────────────────────────────────────────────────

  private input(e: PointerEventLike): PointerInput {
    return pointerInput(e, this.el.stage.getBoundingClientRect(), this.viewport());
  }

  pointerDown(e: PointerEvent): void {
    if (!this.vp) return;
    const input = this.input(e);
    if (e.button === 1 || (e.button === 0 && this.spaceDown)) {
      this.panGesture = { last: input.screen };
      return;
    }
    if (e.button !== 0) return;
    const tool = this.tool;
    // In a drawing tool, pressing on the selected region or one of its handles edits it instead.
    let target = tool;
    if (tool !== this.select && !tool.busy && !e.shiftKey) {
      const hit = this.select.handleAt(input.screen)
        ? true
        : this.toolHost.selection().includes(this.toolHost.regionAt(input.image) ?? '');
      if (hit) target = this.select;
    }
    this.gestureTool = target;
    target.down(input);
    this.invalidateOverlay();
  }

  pointerMove(e: PointerEvent): void {
    if (!this.vp) return;
    const input = this.input(e);
    this.pointer = input.screen;
    if (this.panGesture) {
      this.panBy(input.screen.x - this.panGesture.last.x, input.screen.y - this.panGesture.last.y);
      this.panGesture.last = input.screen;
      return;
    }
    (this.gestureTool ?? this.tool).move(input);
    this.invalidateOverlay();
  }

  pointerUp(e: PointerEvent): void {
    if (this.panGesture) {
      this.panGesture = undefined;
      return;
    }
    const tool = this.gestureTool;
    this.gestureTool = undefined;
    if (!tool || !this.vp) return;
    tool.up(this.input(e));
    this.schedule();
  }

  pointerLeave(): void {
    this.pointer = undefined;
    this.invalidateOverlay();
  }

  wheel(e: WheelEvent): void {
    if (!this.vp) return;
    e.preventDefault();
    if (e.shiftKey && !e.ctrlKey) {
      this.panBy(-(e.deltaX || e.deltaY), 0);
      return;
    }
    const { screen } = this.input(e);
    // Trackpads send many small deltas, wheels a few large ones: scale by the distance.
    const steps = Math.max(-5, Math.min(5, -e.deltaY / (e.deltaMode === 1 ? 3 : 100)));
    this.setViewport(this.viewport().zoomAt(screen, Math.pow(this.zoomBy, steps)));
  }

  setSpace(down: boolean): void {
    this.spaceDown = down;
  }

  /** Keys for the tool in progress (Enter closes a polygon, Escape drops it…). */
  toolKey(key: string): boolean {
    const tool = this.gestureTool ?? this.tool;
    return tool.key?.(key) ?? false;
  }
}

function isWhole(v: number): boolean {
  return Math.abs(v - Math.round(v)) < 1e-6;
}

function grow(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

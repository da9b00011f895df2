import type { EditorEngine } from '../../../engine/engine';
import type { JsonObject } from '../../../engine/json';
import type { RegionRecord } from '../../../engine/records';
import { regionColor } from '../../shared/colors';
import { imageRegionsOn } from '../image-regions';
import { SpatialIndex } from '../spatial-index';
import { DragShapeTool } from '../tools/drag-shape.tool';
import { KeyPointTool } from '../tools/keypoint.tool';
import { PolygonTool } from '../tools/polygon.tool';
import { handlesOf, SelectTool } from '../tools/select.tool';
import type { ImageTool, PointerInput, ShapeKind, ToolHost } from '../tools/tool';
import { hitTest, intersects, toDrawable, type Drawable, type ImageSize } from './drawables';
import { drawOverlay } from './overlay';
import { drawGrid, drawRegions, sizeCanvas, type BrushBitmap } from './renderer';
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
}

const KEYPOINT_RADIUS = 5;

/**
 * The imperative part of the image view: owns the viewport, the image element's transform and
 * filters, the regions canvas (redrawn in one animation frame after any change, culled through
 * the spatial index) and the overlay canvas (selection, handles, the shape being drawn), and
 * routes pointer, wheel and key input to the active tool. React renders the toolbar around it
 * and never re-renders per frame.
 */
export class ImageStage implements ToolHost {
  size: ImageSize = { width: 1, height: 1 };
  private vp: Viewport | undefined;
  private readonly cache = new Map<string, Cached>();
  private index = new SpatialIndex();
  private revision = -1;
  private shownZoom = 0;
  private frame = 0;
  private regionsDirty = true;
  private pointer: Point | undefined;
  private gestureTool: ImageTool | undefined;
  private panGesture: { last: Point } | undefined;
  private spaceDown = false;
  private manualTool: ToolName = 'select';
  private readonly unsubscribe: () => void;
  readonly select: SelectTool;
  private readonly tools: Partial<Record<ToolName, ImageTool>>;
  settings: StageSettings;
  /** Regions drawn in the last frame (after culling), for the benchmark and tests. */
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
    this.select = new SelectTool(this, { canRotate: (id) => callbacks.canRotate(id), pan: (dx, dy) => this.panBy(dx, dy) });
    this.tools = {
      select: this.select,
      rectangle: new DragShapeTool(this, 'rectangle'),
      ellipse: new DragShapeTool(this, 'ellipse'),
      polygon: new PolygonTool(this, snapToPixel),
      keypoint: new KeyPointTool(this),
    };
    this.unsubscribe = engine.subscribe(() => this.onEngineChange());
  }

  destroy(): void {
    this.unsubscribe();
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  // ── Image and viewport ─────────────────────────────────────────────────────

  /** The image finished loading: fit it (or as `defaultZoom` says) and draw. */
  setImage(size: ImageSize, mode: ZoomMode): void {
    this.size = size;
    this.vp = Viewport.create(mode, size, this.stageSize());
    this.revision = -1;
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
    this.invalidateAll();
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

  // ── ToolHost ───────────────────────────────────────────────────────────────

  regionAt(p: Point): string | undefined {
    const tolerance = Math.max(KEYPOINT_RADIUS + 2, 4) / this.viewport().zoom;
    let best: { id: string; area: number; seq: number } | undefined;
    for (const id of this.index.queryRect({
      x: p.x - tolerance,
      y: p.y - tolerance,
      width: 2 * tolerance,
      height: 2 * tolerance,
    })) {
      const c = this.cache.get(id);
      if (!c || c.record.hidden || !hitTest(c.drawable, p, tolerance)) continue;
      // The smallest shape wins, so boxes inside boxes stay reachable; then the newest.
      const area = c.drawable.bbox.width * c.drawable.bbox.height;
      if (!best || area < best.area || (area === best.area && c.record.seq > best.seq)) best = { id, area, seq: c.record.seq };
    }
    return best?.id;
  }

  regionsIn(rect: Rect): string[] {
    const out: string[] = [];
    for (const id of this.index.queryRect(rect)) {
      const c = this.cache.get(id);
      if (!c || c.record.hidden) continue;
      const b = c.drawable.bbox;
      if (b.x >= rect.x && b.y >= rect.y && b.x + b.width <= rect.x + rect.width && b.y + b.height <= rect.y + rect.height)
        out.push(id);
    }
    return out;
  }

  drawable(id: string): Drawable | undefined {
    return this.cache.get(id)?.drawable;
  }

  create(kind: ShapeKind, geometry: JsonObject): string | undefined {
    return this.callbacks.create(kind, geometry);
  }

  update(id: string, geometry: JsonObject): void {
    this.engine.updateRegions('edit region', [{ id, geometry }]);
  }

  updateMany(changes: readonly (readonly [string, JsonObject])[]): void {
    this.engine.updateRegions(
      changes.length === 1 ? 'edit region' : 'move regions',
      changes.map(([id, geometry]) => ({ id, geometry })),
    );
  }

  geometryOf(id: string): JsonObject | undefined {
    return this.engine.store.region(id)?.geometry;
  }

  isLocked(id: string): boolean {
    const r = this.engine.store.region(id);
    return !r || r.locked === true || r.readonly === true;
  }

  selection(): readonly string[] {
    return this.engine.selectedRegions();
  }

  setSelection(ids: readonly string[]): void {
    this.engine.selectRegions(ids, 'replace');
  }

  drawColor(): string {
    const selected = this.engine.session.selectedRegionId;
    return selected ? regionColor(this.engine, selected) : '#1c7ed6';
  }

  invalidate(): void {
    this.invalidateOverlay();
  }

  // ── Regions cache and drawing ──────────────────────────────────────────────

  private onEngineChange(): void {
    if (this.engine.revision !== this.revision) this.regionsDirty = true;
    this.schedule();
  }

  /** Brings the drawables and the index up to date with the engine's records (changed records only). */
  private syncRegions(): void {
    if (this.engine.revision === this.revision || !this.vp) return;
    this.revision = this.engine.revision;
    const seen = new Set<string>();
    for (const record of imageRegionsOn(this.engine, this.objectName, this.itemIndex)) {
      seen.add(record.id);
      const cached = this.cache.get(record.id);
      const color = regionColor(this.engine, record.id);
      if (cached && cached.record.geometry === record.geometry) {
        cached.record = record;
        cached.color = color;
        continue;
      }
      const brush = record.shape === 'brush' ? this.callbacks.brush?.(record.id) : undefined;
      const drawable = toDrawable(
        record,
        this.size,
        brush ? { x: brush.x, y: brush.y, width: brush.width, height: brush.height } : undefined,
      );
      if (cached) this.index.remove(record.id);
      if (!drawable) {
        this.cache.delete(record.id);
        continue;
      }
      this.cache.set(record.id, { record, drawable, color });
      this.index.insert(record.id, drawable.bbox);
    }
    for (const id of [...this.cache.keys()]) {
      if (seen.has(id)) continue;
      this.cache.delete(id);
      this.index.remove(id);
    }
  }

  invalidateAll(): void {
    this.regionsDirty = true;
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
    const { width, height } = vp.stage;
    const [a, b, c, d, e, f] = vp.matrix;
    const img = this.el.image;
    img.style.transform = `matrix(${a}, ${b}, ${c}, ${d}, ${e}, ${f})`;
    const s = this.settings;
    img.style.filter = s.brightness !== 100 || s.contrast !== 100 ? `brightness(${s.brightness}%) contrast(${s.contrast}%)` : '';
    img.style.imageRendering = s.smoothing ? 'auto' : 'pixelated';
    const live = this.select.editing;
    if (this.regionsDirty || live.size > 0) {
      this.regionsDirty = false;
      this.syncRegions();
      const dpr = sizeCanvas(this.el.regions, width, height);
      const ctx = this.el.regions.getContext('2d');
      if (ctx) {
        const view = vp.visibleImageRect(8);
        const visible: Drawable[] = [];
        for (const id of this.index.queryRect(view)) {
          const cached = this.cache.get(id);
          if (!cached || cached.record.hidden || live.has(id)) continue;
          if (intersects(cached.drawable.bbox, view)) visible.push(cached.drawable);
        }
        this.lastDrawn = drawRegions(
          ctx,
          dpr,
          vp,
          visible,
          (id) => {
            const c = this.cache.get(id);
            return { color: c?.color ?? '#1c7ed6', selected: false, predicted: c?.record.origin === 'prediction' };
          },
          (id) => this.callbacks.brush?.(id),
          { fillOpacity: s.fillOpacity, strokeWidth: 1.5, pointRadius: KEYPOINT_RADIUS },
        );
        if (s.grid) drawGrid(ctx, vp, s.gridSize, s.gridColor);
      }
    }
    this.drawOverlayNow(vp);
    this.lastFrameMs = performance.now() - started;
  }

  private drawOverlayNow(vp: Viewport): void {
    const dpr = sizeCanvas(this.el.overlay, vp.stage.width, vp.stage.height);
    const ctx = this.el.overlay.getContext('2d');
    if (!ctx) return;
    const live = this.select.editing;
    const selected = this.selection().filter((id) => !live.has(id) && this.cache.has(id) && !this.cache.get(id)?.record.hidden);
    const selectedDrawables = selected.map((id) => ({
      drawable: (this.cache.get(id) as Cached).drawable,
      color: regionColor(this.engine, id),
    }));
    const handles =
      selected.length === 1 && live.size === 0 && !this.isLocked(selected[0]) && !this.tool.busy
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

  private input(e: {
    clientX: number;
    clientY: number;
    shiftKey: boolean;
    altKey: boolean;
    ctrlKey: boolean;
    metaKey: boolean;
  }): PointerInput {
    const r = this.el.stage.getBoundingClientRect();
    const screen = { x: e.clientX - r.left, y: e.clientY - r.top };
    return { screen, image: this.viewport().toImage(screen), shift: e.shiftKey, alt: e.altKey, mod: e.ctrlKey || e.metaKey };
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
      const hit = this.select.handleAt(input.screen) ? true : this.selection().includes(this.regionAt(input.image) ?? '');
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
    this.invalidateAll();
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

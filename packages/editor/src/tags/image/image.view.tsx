import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EditorEngine } from '../../engine/engine';
import { useEngine, type TagViewProps } from '../../react/engine-context';
import { ImageStage, type StageSettings, type ToolName } from './canvas/stage';
import { BrushLayer } from './canvas/brush-layer';
import { imageSettings, type ImageSettings } from './image.tag';
import {
  copyRegions,
  createShapeRegion,
  duplicateRegions,
  imageControlsFor,
  isRegionClipboard,
  nudgeRegions,
  pasteRegions,
  setRegionsHidden,
  setRegionsLocked,
  type RegionClipboard,
} from './image-regions';
import type { ImageShape } from './geometry';
import { growRect } from './tools/edit-geometry';
import type { ImageTool, ShapeKind } from './tools/tool';

/** Tools in the toolbar, with Label Studio's keys. */
const TOOLS: readonly { name: ToolName; title: string; key: string; shape?: ImageShape }[] = [
  { name: 'select', title: 'Select and move', key: 'v' },
  { name: 'rectangle', title: 'Rectangle', key: 'r', shape: 'rectangle' },
  { name: 'ellipse', title: 'Ellipse', key: 'o', shape: 'ellipse' },
  { name: 'polygon', title: 'Polygon', key: 'p', shape: 'polygon' },
  { name: 'keypoint', title: 'Key point', key: 'k', shape: 'keypoint' },
  { name: 'brush', title: 'Brush', key: 'b', shape: 'brush' },
  { name: 'eraser', title: 'Eraser', key: 'e', shape: 'brush' },
];

/** The image the keyboard talks to when a page shows several. */
let activeStage: ImageStage | undefined;

/** Copied regions, shared by every image in the page. */
let clipboard: RegionClipboard | undefined;

type LoadState = { status: 'loading' } | { status: 'loaded'; width: number; height: number } | { status: 'error' };

/**
 * `<Image>`: the image with its regions drawn on canvas, a toolbar (tools, zoom, rotation,
 * brightness and contrast, grid), pages for `valueList`, and the pointer and keyboard input
 * of the drawing tools. Everything per frame happens in {@link ImageStage}, outside React.
 */
export function ImageView({ node }: TagViewProps): ReactNode {
  const engine = useEngine();
  const name = node.name ?? '';
  const object = engine.object(name);
  const settings = useMemo(() => (object ? imageSettings(object) : undefined), [object]);
  const [page, setPage] = useState(0);
  const url = settings?.urls[page];
  if (!settings || url === undefined) {
    return (
      <div role="alert" className="gw-error">
        {`<Image name="${name}"> has no image URL in the task data.`}
      </div>
    );
  }
  return (
    <ImageCanvas key={`${url}#${page}`} engine={engine} name={name} url={url} settings={settings} page={page} setPage={setPage} />
  );
}

interface ImageCanvasProps {
  engine: EditorEngine;
  name: string;
  url: string;
  settings: ImageSettings;
  page: number;
  setPage: (page: number) => void;
}

function ImageCanvas({ engine, name, url, settings, page, setPage }: ImageCanvasProps): ReactNode {
  const stageRef = useRef<HTMLDivElement>(null);
  const imageRef = useRef<HTMLImageElement>(null);
  const regionsRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const stage = useRef<ImageStage | null>(null);
  const zoomRef = useRef<HTMLSpanElement>(null);
  const brushes = useRef<BrushLayer | null>(null);
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [, setTick] = useState(0);
  const [brushSize, setBrushSize] = useState(20);
  const [view, setView] = useState<StageSettings>(() => ({
    fillOpacity: 0.25,
    grid: settings.grid,
    gridSize: settings.gridSize,
    gridColor: settings.gridColor,
    crosshair: settings.crosshair,
    brightness: 100,
    contrast: 100,
    smoothing: settings.smoothing,
  }));
  const controls = imageControlsFor(engine, name);
  const shapes = new Set(controls.map((c) => c.shape));
  const itemIndex = settings.isList ? page : undefined;
  const live = useRef({ brushSize, controls, itemIndex, load });
  live.current = { brushSize, controls, itemIndex, load };

  useEffect(() => {
    const el = { stage: stageRef.current, image: imageRef.current, regions: regionsRef.current, overlay: overlayRef.current };
    if (!el.stage || !el.image || !el.regions || !el.overlay) return;
    const image = () => {
      const l = live.current.load;
      return l.status === 'loaded'
        ? { width: l.width, height: l.height, rotation: 0, itemIndex: live.current.itemIndex }
        : undefined;
    };
    const layer = new BrushLayer(engine, () => image());
    const memory = { seen: new Map<string, readonly string[]>() };
    brushes.current = layer;
    const s: ImageStage = new ImageStage(
      engine,
      name,
      { stage: el.stage, image: el.image, regions: el.regions, overlay: el.overlay },
      {
        create: (kind, geometry) => createShapeRegion(engine, name, kind, geometry, image()),
        labelTool: () => labelTool(engine, live.current.controls, memory),
        canRotate: (id) => engine.labelingControlOf(id)?.attrs.canRotate !== false,
        brush: (id) => layer.bitmap(id),
        changed: () => setTick((t) => t + 1),
        zoomed: (z) => {
          if (zoomRef.current) zoomRef.current.textContent = `${Math.round(z * 100)}%`;
        },
        frame: () => layer.frame(),
        pendingMasks: () => layer.pending,
        extraTool: (tool): ImageTool | undefined =>
          tool === 'brush' || tool === 'eraser'
            ? layer.tool(
                s.toolHost,
                tool,
                () => live.current.brushSize,
                () => brushControl(engine, live.current.controls),
              )
            : undefined,
      },
      view,
      settings.zoomBy,
      controls.some((c) => c.control.attrs.snap === 'pixel'),
      itemIndex,
    );
    layer.onDecoded = () => s.invalidateAll();
    stage.current = s;
    activeStage ??= s;
    const observer = new ResizeObserver(() => s.resized());
    observer.observe(el.stage);
    const wheel = (e: WheelEvent) => {
      if (settings.zoom) s.wheel(e);
    };
    el.stage.addEventListener('wheel', wheel, { passive: false });
    return () => {
      observer.disconnect();
      el.stage?.removeEventListener('wheel', wheel);
      s.destroy();
      if (activeStage === s) activeStage = undefined;
      stage.current = null;
    };
    // The stage lives as long as this image (settings changes are pushed to it below).
  }, [engine, name]);

  useEffect(() => {
    const s = stage.current;
    if (!s) return;
    s.settings = view;
    s.invalidateAll();
  }, [view]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = stage.current;
      if (!s || activeStage !== s || e.defaultPrevented || isTyping(e.target)) return;
      if (handleKey(engine, s, e, settings, { page, setPage, brushSize, setBrushSize })) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ') stage.current?.setSpace(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [engine, settings, page, setPage, brushSize]);

  const onLoad = () => {
    const img = imageRef.current;
    const el = stageRef.current;
    const s = stage.current;
    if (!img || !el || !s) return;
    const width = img.naturalWidth;
    const height = img.naturalHeight;
    // The stage takes the image's proportions at the width it is given, within the height allowed.
    const maxHeight = Math.max(240, window.innerHeight * 0.75);
    const stageWidth = el.getBoundingClientRect().width;
    el.style.height = `${Math.round(Math.min(maxHeight, (stageWidth * height) / width))}px`;
    live.current.load = { status: 'loaded', width, height };
    setLoad({ status: 'loaded', width, height });
    s.setImage({ width, height }, settings.defaultZoom);
  };

  const s = stage.current;
  const current = s?.toolName ?? 'select';
  const available = TOOLS.filter((t) => !t.shape || shapes.has(t.shape));
  return (
    <div className="gw-image" style={{ width: settings.width, maxWidth: settings.maxWidth }} data-image={name}>
      <div className="gw-toolbar gw-image__toolbar" role="toolbar" aria-label={`Image ${name} tools`}>
        {available.map((t) => (
          <button
            key={t.name}
            type="button"
            aria-pressed={current === t.name}
            title={`${t.title} (${t.key.toUpperCase()})`}
            onClick={() => {
              s?.setTool(t.name);
              if (t.name === 'select') clearActiveLabels(engine, name);
            }}
          >
            {t.title}
          </button>
        ))}
        {(current === 'brush' || current === 'eraser') && (
          <label className="gw-image__slider">
            Size
            <input
              type="range"
              min={1}
              max={200}
              value={brushSize}
              onChange={(e) => setBrushSize(Number(e.target.value))}
              aria-label="Brush size"
            />
          </label>
        )}
        <span className="gw-spacer" />
        {settings.zoomControl && (
          <>
            <button type="button" title="Zoom in (Ctrl/⌘ +)" aria-label="Zoom in" onClick={() => s?.zoomIn()}>
              +
            </button>
            <span ref={zoomRef} className="gw-muted" aria-label="Zoom level" />
            <button type="button" title="Zoom out (Ctrl/⌘ −)" aria-label="Zoom out" onClick={() => s?.zoomOut()}>
              −
            </button>
            <button type="button" title="Fit the image (Shift+1)" onClick={() => s?.zoomTo('fit')}>
              Fit
            </button>
            <button type="button" title="Original size" onClick={() => s?.zoomTo('original')}>
              1:1
            </button>
          </>
        )}
        <button type="button" aria-label="Rotate left" title="Rotate left (Alt+[)" onClick={() => s?.rotate(-90)}>
          ⟲
        </button>
        <button type="button" aria-label="Rotate right" title="Rotate right (Alt+])" onClick={() => s?.rotate(90)}>
          ⟳
        </button>
        <button type="button" aria-pressed={view.grid} onClick={() => setView((v) => ({ ...v, grid: !v.grid }))}>
          Grid
        </button>
        <button type="button" aria-pressed={view.crosshair} onClick={() => setView((v) => ({ ...v, crosshair: !v.crosshair }))}>
          Crosshair
        </button>
      </div>
      <div className="gw-toolbar gw-image__adjust">
        <label className="gw-image__slider">
          Brightness
          <input
            type="range"
            min={0}
            max={300}
            value={view.brightness}
            onChange={(e) => setView((v) => ({ ...v, brightness: Number(e.target.value) }))}
          />
        </label>
        <label className="gw-image__slider">
          Contrast
          <input
            type="range"
            min={0}
            max={300}
            value={view.contrast}
            onChange={(e) => setView((v) => ({ ...v, contrast: Number(e.target.value) }))}
          />
        </label>
        <label className="gw-image__slider">
          Fill opacity
          <input
            type="range"
            min={0}
            max={100}
            value={Math.round(view.fillOpacity * 100)}
            onChange={(e) => setView((v) => ({ ...v, fillOpacity: Number(e.target.value) / 100 }))}
          />
        </label>
      </div>
      <div
        ref={stageRef}
        className="gw-image__stage"
        style={{ cursor: s?.tool.cursor ?? 'default' }}
        aria-label={`Image ${name}`}
        role="img"
        onPointerDown={(e) => {
          activeStage = stage.current ?? undefined;
          try {
            (e.target as Element).setPointerCapture(e.pointerId);
          } catch {
            // A synthetic pointer (no active pointer with that id) cannot be captured; input still works.
          }
          stage.current?.pointerDown(e.nativeEvent);
        }}
        onPointerMove={(e) => stage.current?.pointerMove(e.nativeEvent)}
        onPointerUp={(e) => stage.current?.pointerUp(e.nativeEvent)}
        onPointerCancel={(e) => stage.current?.pointerUp(e.nativeEvent)}
        onPointerEnter={() => {
          activeStage = stage.current ?? undefined;
        }}
        onPointerLeave={() => stage.current?.pointerLeave()}
        onContextMenu={(e) => e.preventDefault()}
      >
        <img
          ref={imageRef}
          className="gw-image__img"
          src={url}
          alt=""
          draggable={false}
          crossOrigin={settings.crossOrigin === 'none' ? undefined : settings.crossOrigin}
          onLoad={onLoad}
          onError={() => setLoad({ status: 'error' })}
        />
        <canvas ref={regionsRef} className="gw-image__layer" />
        <canvas ref={overlayRef} className="gw-image__layer" />
        {load.status === 'loading' && <p className="gw-image__status gw-muted">Loading image…</p>}
        {load.status === 'error' && (
          <div role="alert" className="gw-error gw-image__status">
            The image could not be loaded: <code>{url}</code>
          </div>
        )}
      </div>
      {settings.urls.length > 1 && (
        <div className="gw-toolbar" role="navigation" aria-label="Images">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)} title="Previous image (Ctrl/⌘+←)">
            ‹ Previous
          </button>
          <span>
            {page + 1} / {settings.urls.length}
          </span>
          <button
            type="button"
            disabled={page >= settings.urls.length - 1}
            onClick={() => setPage(page + 1)}
            title="Next image (Ctrl/⌘+→)"
          >
            Next ›
          </button>
        </div>
      )}
    </div>
  );
}

type ImageControls = ReturnType<typeof imageControlsFor>;

/**
 * The drawing tool the pressed label asks for: a RectangleLabels label draws rectangles, and so
 * on. When labels of several image controls are pressed, the one pressed last wins.
 */
function labelTool(
  engine: EditorEngine,
  controls: ImageControls,
  memory: { seen: Map<string, readonly string[]>; last?: string },
): ShapeKind | undefined {
  let found: ShapeKind | undefined;
  let last: ShapeKind | undefined;
  for (const { control, shape, labeled } of controls) {
    if (!labeled) continue;
    const active = engine.session.activeLabels[control.name] ?? [];
    if (active.length > 0 && memory.seen.get(control.name) !== active) memory.last = control.name;
    memory.seen.set(control.name, active);
    if (active.length === 0) continue;
    found ??= shape;
    if (memory.last === control.name) last = shape;
  }
  return last ?? found;
}

function clearActiveLabels(engine: EditorEngine, objectName: string): void {
  const active = { ...engine.session.activeLabels };
  let changed = false;
  for (const { control } of imageControlsFor(engine, objectName)) {
    if (active[control.name]?.length) {
      active[control.name] = [];
      changed = true;
    }
  }
  if (changed) engine.setSession({ activeLabels: active });
}

function brushControl(engine: EditorEngine, controls: ImageControls): string | undefined {
  const brush = controls.filter((c) => c.shape === 'brush');
  return (
    brush.find((c) => c.labeled && (engine.session.activeLabels[c.control.name] ?? []).length > 0) ??
    brush.find((c) => !c.labeled)
  )?.control.name;
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** The image's keys; returns whether the key was used. Label hotkeys keep their keys. */
function handleKey(
  engine: EditorEngine,
  s: ImageStage,
  e: KeyboardEvent,
  settings: ImageSettings,
  paging: { page: number; setPage: (p: number) => void; brushSize: number; setBrushSize: (n: number) => void },
): boolean {
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === ' ' && !mod && !e.altKey) {
    s.setSpace(true);
    return !e.repeat && false;
  }
  if (['Enter', 'Escape', 'Backspace', 'Delete'].includes(e.key) && !mod && s.toolKey(e.key)) return true;
  const selection = engine.selectedRegions();
  const arrows: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
  };
  const arrow = arrows[e.key];
  if (arrow && mod && !e.altKey && settings.urls.length > 1 && arrow[1] === 0) {
    const next = paging.page + arrow[0];
    if (next >= 0 && next < settings.urls.length) paging.setPage(next);
    return true;
  }
  if (arrow && !mod) {
    const step = e.shiftKey ? 10 : 1;
    if (selection.length > 0 && e.altKey) {
      for (const id of selection) {
        const g = engine.store.region(id)?.geometry;
        if (g) engine.updateRegions('resize region', [{ id, geometry: growRect(g, s.size, arrow[0] * step, arrow[1] * step) }]);
      }
      return true;
    }
    if (selection.length > 0) {
      nudgeRegions(engine, selection, arrow[0] * step, arrow[1] * step);
      return true;
    }
    s.panBy(-arrow[0] * 40 * step, -arrow[1] * 40 * step);
    return true;
  }
  const itemKey = engine.hotkeys.items.some((h) => h.key === e.key.toLowerCase());
  if (mod && !e.altKey && (e.key === '+' || e.key === '=')) {
    s.zoomIn();
    return true;
  }
  if (mod && !e.altKey && (e.key === '-' || e.key === '_')) {
    s.zoomOut();
    return true;
  }
  if (e.shiftKey && !mod && (e.code === 'Digit1' || e.key === '!')) {
    s.zoomTo('fit');
    return true;
  }
  if (e.altKey && !mod && (e.code === 'BracketLeft' || e.code === 'BracketRight')) {
    s.rotate(e.code === 'BracketLeft' ? -90 : 90);
    return true;
  }
  if (e.altKey && !mod && e.code === 'KeyH' && selection.length > 0) {
    const hide = selection.some((id) => !engine.store.region(id)?.hidden);
    setRegionsHidden(engine, selection, hide);
    return true;
  }
  if (e.altKey && !mod && e.code === 'KeyL' && selection.length > 0) {
    const lock = selection.some((id) => !engine.store.region(id)?.locked);
    setRegionsLocked(engine, selection, lock);
    return true;
  }
  if (e.altKey && !mod && e.code === 'Period') {
    const regions = engine.regionsOn(s.objectName).filter((r) => !r.hidden);
    if (regions.length === 0) return true;
    const at = regions.findIndex((r) => r.id === engine.session.selectedRegionId);
    engine.selectRegions([regions[(at + 1) % regions.length].id]);
    return true;
  }
  if (mod && !e.altKey && e.code === 'KeyD' && selection.length > 0) {
    duplicateRegions(engine, selection);
    return true;
  }
  if (mod && !e.altKey && e.code === 'KeyC' && selection.length > 0 && !globalThis.getSelection?.()?.toString()) {
    clipboard = copyRegions(engine, selection);
    return true;
  }
  if (mod && !e.altKey && e.code === 'KeyV' && clipboard && isRegionClipboard(clipboard)) {
    pasteRegions(engine, clipboard, { x: 1, y: 1 });
    return true;
  }
  if (!mod && !e.altKey && (e.key === '[' || e.key === ']') && !itemKey) {
    paging.setBrushSize(Math.max(1, Math.min(200, paging.brushSize + (e.key === '[' ? -5 : 5))));
    return true;
  }
  if (!mod && !e.altKey && !e.shiftKey && !itemKey) {
    const tool = TOOLS.find((t) => t.key === e.key.toLowerCase());
    if (tool && (!tool.shape || imageControlsFor(engine, s.objectName).some((c) => c.shape === tool.shape))) {
      s.setTool(tool.name);
      if (tool.name === 'select') clearActiveLabels(engine, s.objectName);
      return true;
    }
  }
  return false;
}

import type { JsonObject } from '../../../engine/json';
import type { Drawable, ImageSize } from '../canvas/drawables';
import type { Point, Rect, Viewport } from '../canvas/viewport';

/** One pointer event, already turned into image pixels by the stage. */
export interface PointerInput {
  /** Natural image pixels of the unrotated image. */
  readonly image: Point;
  /** Stage CSS pixels. */
  readonly screen: Point;
  readonly shift: boolean;
  readonly alt: boolean;
  readonly mod: boolean;
}

/** What the overlay draws for a tool: the shape in progress, a rubber band, a brush cursor. */
export type ToolPreview =
  | { readonly kind: 'shape'; readonly drawable: Drawable; readonly color: string }
  | {
      readonly kind: 'polyline';
      readonly points: readonly Point[];
      readonly cursor?: Point;
      readonly color: string;
      readonly snapped: boolean;
    }
  /** Rubber band, in stage pixels. */
  | { readonly kind: 'band'; readonly rect: Rect }
  | {
      readonly kind: 'brush';
      readonly center: Point;
      readonly radius: number;
      readonly erase: boolean;
      /** The stroke being painted (image pixels). */
      readonly stroke: readonly Point[];
      readonly color: string;
    };

/** Image region kinds the drawing tools make. */
export type ShapeKind = 'rectangle' | 'ellipse' | 'polygon' | 'keypoint' | 'brush';

/**
 * What tools need from the image view: the engine's regions (through hit-testing), the
 * viewport, and a way to create and change regions. Tests give tools a host of their own.
 */
export interface ToolHost {
  readonly size: ImageSize;
  viewport(): Viewport;
  /** Topmost region under an image point, if any. */
  regionAt(p: Point): string | undefined;
  regionsIn(rect: Rect): string[];
  drawable(id: string): Drawable | undefined;
  /** Creates a region of the active control with its active labels; geometry in Label Studio percent. */
  create(kind: ShapeKind, geometry: JsonObject): string | undefined;
  /** Replaces a region's geometry (percent); one undo step. */
  update(id: string, geometry: JsonObject): void;
  /** Replaces the geometry of several regions as one undo step. */
  updateMany(changes: readonly (readonly [string, JsonObject])[]): void;
  geometryOf(id: string): JsonObject | undefined;
  isLocked(id: string): boolean;
  /** Selection, possibly several regions. */
  selection(): readonly string[];
  setSelection(ids: readonly string[]): void;
  /** A region just drawn: selected only when the user asked for that (`engine.selectAfterCreate`). */
  created(id: string): void;
  /** Colour for the shape being drawn. */
  drawColor(): string;
  /** Redraws the overlay. */
  invalidate(): void;
}

/** A pointer/keyboard tool: a small state machine driven by the stage. */
export interface ImageTool {
  readonly name: string;
  readonly cursor: string;
  down(e: PointerInput): void;
  move(e: PointerInput): void;
  up(e: PointerInput): void;
  /** A key the tool handles (Enter, Escape, Backspace…); returns whether it did. */
  key?(key: string): boolean;
  /** Drops what is in progress. */
  cancel(): void;
  preview(): ToolPreview | undefined;
  /** True while a gesture or a shape is in progress. */
  readonly busy: boolean;
}

/** Screen pixels a pointer must travel before a press becomes a drag. */
export const DRAG_THRESHOLD = 3;

export function toPercent(size: ImageSize, p: Point): { x: number; y: number } {
  return { x: (p.x / size.width) * 100, y: (p.y / size.height) * 100 };
}

export function clampToImage(size: ImageSize, p: Point): Point {
  return { x: Math.min(size.width, Math.max(0, p.x)), y: Math.min(size.height, Math.max(0, p.y)) };
}

/** Rounds a percent value the way results are stored (enough digits for sub-pixel accuracy, no float noise). */
export function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

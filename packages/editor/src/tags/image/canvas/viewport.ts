/** Rotation of the displayed image, clockwise, in quarter turns. */
export type Rotation = 0 | 90 | 180 | 270;

import { bboxOfPoints, type Point, type Rect } from '../geometry';

export type { Point, Rect };

/** `defaultZoom` of `<Image>`: fit the stage, natural size, or fit only when the image is larger. */
export type ZoomMode = 'fit' | 'original' | 'auto';

/** A 2D affine matrix `[a, b, c, d, e, f]` as canvas `setTransform` and CSS `matrix()` take it. */
export type Matrix = readonly [number, number, number, number, number, number];

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 64;

/**
 * Where the image sits on the stage: `zoom` screen pixels per image pixel, the screen position of
 * the rotated image's top-left corner (`panX`, `panY`, CSS pixels from the stage's top-left) and
 * a rotation by quarter turns. Immutable; every change returns a new viewport.
 *
 * Image coordinates are natural pixels of the unrotated image; rotation is a view transform only,
 * so region geometry never changes when the image is rotated.
 *
 * @example
 * let vp = Viewport.fit({ width: 4000, height: 3000 }, { width: 800, height: 600 });
 * vp = vp.zoomAt({ x: 400, y: 300 }, 2); // zoom in around the stage centre
 * vp.toImage(vp.toScreen({ x: 10, y: 20 })); // { x: 10, y: 20 }
 */
export class Viewport {
  constructor(
    readonly image: { readonly width: number; readonly height: number },
    readonly stage: { readonly width: number; readonly height: number },
    readonly zoom: number,
    readonly panX: number,
    readonly panY: number,
    readonly rotation: Rotation = 0,
  ) {}

  /** The image as large as fits the stage, centred. */
  static fit(image: Viewport['image'], stage: Viewport['stage'], rotation: Rotation = 0): Viewport {
    const rotated = rotatedSize(image, rotation);
    const zoom = Math.max(MIN_ZOOM, Math.min(stage.width / rotated.width, stage.height / rotated.height));
    return new Viewport(image, stage, zoom, 0, 0, rotation).centered();
  }

  static create(mode: ZoomMode, image: Viewport['image'], stage: Viewport['stage'], rotation: Rotation = 0): Viewport {
    const fit = Viewport.fit(image, stage, rotation);
    if (mode === 'fit' || (mode === 'auto' && fit.zoom < 1)) return fit;
    return new Viewport(image, stage, 1, 0, 0, rotation).centered();
  }

  /** Size of the image as displayed, in image pixels (width and height swap on quarter turns). */
  get rotatedSize(): { width: number; height: number } {
    return rotatedSize(this.image, this.rotation);
  }

  private with(change: Partial<Pick<Viewport, 'zoom' | 'panX' | 'panY' | 'rotation' | 'stage'>>): Viewport {
    return new Viewport(
      this.image,
      change.stage ?? this.stage,
      change.zoom ?? this.zoom,
      change.panX ?? this.panX,
      change.panY ?? this.panY,
      change.rotation ?? this.rotation,
    );
  }

  /** The image centred on the stage at the current zoom. */
  centered(): Viewport {
    const size = this.rotatedSize;
    return this.with({
      panX: (this.stage.width - size.width * this.zoom) / 2,
      panY: (this.stage.height - size.height * this.zoom) / 2,
    });
  }

  /** Scales by `factor` keeping the image point under `screen` where it is (wheel zoom around the cursor). */
  zoomAt(screen: Point, factor: number): Viewport {
    const zoom = clamp(this.zoom * factor, MIN_ZOOM, MAX_ZOOM);
    const k = zoom / this.zoom;
    return this.with({ zoom, panX: screen.x - (screen.x - this.panX) * k, panY: screen.y - (screen.y - this.panY) * k });
  }

  /** Zoom around the stage centre. */
  zoomBy(factor: number): Viewport {
    return this.zoomAt({ x: this.stage.width / 2, y: this.stage.height / 2 }, factor);
  }

  panBy(dx: number, dy: number): Viewport {
    return this.with({ panX: this.panX + dx, panY: this.panY + dy });
  }

  /** A quarter turn clockwise (or back with `-90`), keeping the stage centre's image point centred. */
  rotate(by: 90 | -90): Viewport {
    const centre = { x: this.stage.width / 2, y: this.stage.height / 2 };
    const point = this.toImage(centre);
    const rotation = ((((this.rotation + by) % 360) + 360) % 360) as Rotation;
    const turned = this.with({ rotation, panX: 0, panY: 0 });
    const now = turned.toScreen(point);
    return turned.panBy(centre.x - now.x, centre.y - now.y);
  }

  /** A new stage size (the element was resized), keeping the zoom and the centre. */
  resize(stage: Viewport['stage']): Viewport {
    return this.with({
      stage,
      panX: this.panX + (stage.width - this.stage.width) / 2,
      panY: this.panY + (stage.height - this.stage.height) / 2,
    });
  }

  /** Image pixels → stage CSS pixels. */
  toScreen(p: Point): Point {
    const [a, b, c, d, e, f] = this.matrix;
    return { x: a * p.x + c * p.y + e, y: b * p.x + d * p.y + f };
  }

  /** Stage CSS pixels → image pixels. */
  toImage(p: Point): Point {
    const [a, b, c, d, e, f] = this.matrix;
    const det = a * d - b * c;
    const x = p.x - e;
    const y = p.y - f;
    return { x: (d * x - c * y) / det, y: (a * y - b * x) / det };
  }

  /** The image → stage transform. */
  get matrix(): Matrix {
    const { width: w, height: h } = this.image;
    const z = this.zoom;
    const { panX: px, panY: py } = this;
    switch (this.rotation) {
      case 90:
        return [0, z, -z, 0, px + z * h, py];
      case 180:
        return [-z, 0, 0, -z, px + z * w, py + z * h];
      case 270:
        return [0, -z, z, 0, px, py + z * w];
      default:
        return [z, 0, 0, z, px, py];
    }
  }

  /** The part of the image on the stage, in image pixels (for culling). */
  visibleImageRect(margin = 0): Rect {
    return this.imageBox({
      x: -margin,
      y: -margin,
      width: this.stage.width + 2 * margin,
      height: this.stage.height + 2 * margin,
    });
  }

  /** Bounding box, in stage CSS pixels, of a box in image pixels. */
  screenBox(r: Rect): Rect {
    return boxThrough(r, (p) => this.toScreen(p));
  }

  /** Bounding box, in image pixels, of a box in stage CSS pixels. */
  imageBox(r: Rect): Rect {
    return boxThrough(r, (p) => this.toImage(p));
  }
}

function rotatedSize(image: Viewport['image'], rotation: Rotation): { width: number; height: number } {
  return rotation === 90 || rotation === 270
    ? { width: image.height, height: image.width }
    : { width: image.width, height: image.height };
}

export function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

/** Bounding box of a box's four corners mapped through `map`. */
function boxThrough(r: Rect, map: (p: Point) => Point): Rect {
  return bboxOfPoints([
    map({ x: r.x, y: r.y }),
    map({ x: r.x + r.width, y: r.y }),
    map({ x: r.x, y: r.y + r.height }),
    map({ x: r.x + r.width, y: r.y + r.height }),
  ]);
}

import type { AttrValue } from '@groundwork/label-config';
import type { EditorEngine } from '../../engine/engine';
import type { ObjectModel } from '../../engine/interface-model';
import { isJsonObject, type JsonObject } from '../../engine/json';
import type { RegionRecord } from '../../engine/records';
import type { NewResultFields, TagModule } from '../../engine/tag-module';

/** `defaultZoom` of `<Image>`. */
export type ImageZoomMode = 'fit' | 'original' | 'auto';

/** `<Image>`'s attributes, read with Label Studio's defaults, and the image URL(s). */
export interface ImageSettings {
  /** One URL for `value`, every page's for `valueList`. */
  readonly urls: readonly string[];
  /** `valueList` was used: results carry `item_index`. */
  readonly isList: boolean;
  readonly zoom: boolean;
  readonly negativeZoom: boolean;
  readonly zoomBy: number;
  readonly zoomControl: boolean;
  readonly defaultZoom: ImageZoomMode;
  readonly brightnessControl: boolean;
  readonly contrastControl: boolean;
  readonly rotateControl: boolean;
  readonly grid: boolean;
  readonly gridSize: number;
  readonly gridColor: string;
  readonly crosshair: boolean;
  /** Image smoothing when zoomed in (`smoothing="false"` shows pixels). */
  readonly smoothing: boolean;
  readonly width: string;
  readonly maxWidth: string;
  readonly height?: string;
  readonly maxHeight?: string;
  readonly horizontalAlignment: 'left' | 'center' | 'right';
  readonly verticalAlignment: 'top' | 'center' | 'bottom';
  readonly crossOrigin: 'none' | 'anonymous' | 'use-credentials';
}

const bool = (v: AttrValue | undefined, fallback: boolean) =>
  typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : fallback;
const num = (v: AttrValue | undefined, fallback: number) => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : fallback;
};
const str = (v: AttrValue | undefined): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const oneOf = <T extends string>(v: AttrValue | undefined, values: readonly T[], fallback: T): T =>
  typeof v === 'string' && (values as readonly string[]).includes(v) ? (v as T) : fallback;

/** URL(s) of an Image object's data: a string, a list of strings, or `{url}` objects. */
export function imageUrls(value: unknown): string[] {
  const one = (v: unknown): string | undefined =>
    typeof v === 'string'
      ? v
      : isJsonObject(v as never) && typeof (v as JsonObject).url === 'string'
        ? ((v as JsonObject).url as string)
        : undefined;
  if (Array.isArray(value)) return value.map(one).filter((u): u is string => u !== undefined);
  const u = one(value);
  return u === undefined ? [] : [u];
}

/**
 * Reads an `<Image>` object's settings.
 *
 * @example
 * imageSettings(engine.object('image')!).urls // ['https://…/cat.jpg']
 */
export function imageSettings(object: ObjectModel): ImageSettings {
  const a = object.node.attrs;
  return {
    urls: imageUrls(object.value),
    isList: a.value === undefined && a.valueList !== undefined,
    zoom: bool(a.zoom, true),
    negativeZoom: bool(a.negativeZoom, false),
    zoomBy: num(a.zoomBy, 1.1),
    zoomControl: bool(a.zoomControl, true),
    defaultZoom: oneOf(a.defaultZoom, ['fit', 'original', 'auto'] as const, 'fit'),
    brightnessControl: bool(a.brightnessControl, false),
    contrastControl: bool(a.contrastControl, false),
    rotateControl: bool(a.rotateControl, false),
    grid: bool(a.grid, false),
    gridSize: num(a.gridSize, 30),
    gridColor: str(a.gridColor) ?? '#EEEEF4',
    crosshair: bool(a.crosshair, false),
    smoothing: bool(a.smoothing, true),
    width: str(a.width) ?? '100%',
    maxWidth: str(a.maxWidth) ?? '750px',
    height: str(a.height),
    maxHeight: str(a.maxHeight),
    horizontalAlignment: oneOf(a.horizontalAlignment, ['left', 'center', 'right'] as const, 'left'),
    verticalAlignment: oneOf(a.verticalAlignment, ['top', 'center', 'bottom'] as const, 'top'),
    crossOrigin: oneOf(a.crossOrigin, ['none', 'anonymous', 'use-credentials'] as const, 'none'),
  };
}

/** Top-level fields Label Studio writes on every result on an image, before `value`. */
export const IMAGE_FIELDS = ['original_width', 'original_height', 'image_rotation'] as const;
/** Key order of a new result on an image region. */
export const IMAGE_RESULT_KEY_ORDER = [...IMAGE_FIELDS, 'value', 'id', 'from_name', 'to_name', 'type', 'origin', 'item_index'];

/** What an image region knows about its image: size, rotation and page, for new results. */
export interface ImageContext {
  readonly width: number;
  readonly height: number;
  /** Rotation of the displayed image in degrees (`image_rotation`), 0 by default. */
  readonly rotation?: number;
  /** Page of a `valueList` image; absent for a single image. */
  readonly itemIndex?: number;
}

/** Envelope fields of a new image result, in Label Studio's order. */
export function imageEnvelope(image: ImageContext): JsonObject {
  const out: JsonObject = { original_width: image.width, original_height: image.height, image_rotation: image.rotation ?? 0 };
  if (image.itemIndex !== undefined) out.item_index = image.itemIndex;
  return out;
}

/**
 * The image fields of a region, copied from one of its results (`original_width`,
 * `original_height`, `image_rotation`, `item_index`), so a per-region Choices/TextArea result
 * added later carries them as Label Studio writes them.
 */
export function imageFieldsOfRegion(engine: EditorEngine, region: RegionRecord): JsonObject | undefined {
  for (const result of engine.store.resultsOfRegionUnordered(region.id)) {
    const e = result.envelope;
    if (e.original_width === undefined && e.item_index === undefined) continue;
    const out: JsonObject = {};
    for (const k of [...IMAGE_FIELDS, 'item_index']) if (e[k] !== undefined) out[k] = e[k];
    return out;
  }
  return undefined;
}

/** `<Image>`: the object; regions on it are drawn by the image controls. */
export const imageTag: TagModule = {
  tag: 'Image',
  newResultFields: (engine, region): NewResultFields | undefined => {
    const fields = imageFieldsOfRegion(engine, region);
    return fields ? { fields, keyOrder: IMAGE_RESULT_KEY_ORDER } : undefined;
  },
};

import type { ControlModel, ItemModel } from '../../engine/interface-model';
import { isJsonObject, type JsonObject, type JsonValue } from '../../engine/json';
import { readResult, writeResult, type LsResultItem, type ParsedResult } from '../../engine/result-json';
import type { ResultCodec, TagModule } from '../../engine/tag-module';
import { isStringList } from '../shared/codec';
import { labelHotkey } from '../shared/labels-payload';
import { clipToImage, geometryProblem, imageSizeOf, type ImageShape, type ImageSize } from './geometry';

/** Assumed image size when a result has no `original_width`/`original_height` (only rotated shapes need it). */
const SQUARE: ImageSize = { width: 100, height: 100 };

export interface ImageCodecSpec {
  /** Result `type`: `rectanglelabels`, `rectangle`… */
  readonly type: string;
  readonly shape: ImageShape;
  /** `*Labels` controls have a label list under `value[type]`; the plain tool controls have no payload. */
  readonly labeled: boolean;
}

/**
 * Result codec of an image control. Geometry is checked (a result with malformed geometry is
 * reported and skipped on load) and clipped to the image on load and save; geometry inside the
 * image is never touched, so loaded results save back identical, key order included.
 */
export function imageRegionCodec(spec: ImageCodecSpec): ResultCodec {
  const valueKey = spec.type;
  return {
    type: spec.type,
    valueKey,
    regionShape: spec.shape,
    fromResult: (item: LsResultItem): ParsedResult | string => {
      const parsed = readResult(item, valueKey, (p) => (spec.labeled || p !== undefined ? isStringList(p) : undefined));
      if (typeof parsed === 'string') return parsed;
      const problem = geometryProblem(spec.shape, parsed.geometry);
      if (problem) return problem;
      const size = imageSizeOf(parsed.envelope) ?? SQUARE;
      const geometry = clipToImage(spec.shape, parsed.geometry, size);
      return {
        ...parsed,
        geometry,
        // Plain tool controls (Rectangle…) have no payload key; null keeps the record JSON.
        payload: parsed.payload === undefined ? null : parsed.payload,
      };
    },
    toResult: (result, region) => {
      const size = imageSizeOf(result.envelope) ?? SQUARE;
      const geometry = region ? clipToImage(spec.shape, region.geometry, size) : {};
      const item = writeResult(result, region ? { ...region, geometry } : undefined);
      if (result.payload === null && isJsonObject(item.value)) delete (item.value as JsonObject)[valueKey];
      return item;
    },
    // A region keeps its place with no label left.
    isEmpty: () => false,
  };
}

/** The pair of modules for one image shape: `<XLabels>` and the plain `<X>` tool control. */
export function imageControlModules(
  labelsTag: string,
  labelsType: string,
  toolTag: string,
  toolType: string,
  shape: ImageShape,
): [TagModule, TagModule] {
  return [
    {
      tag: labelsTag,
      itemHotkeys: true,
      result: imageRegionCodec({ type: labelsType, shape, labeled: true }),
      onItemHotkey: (engine, control: ControlModel, item: ItemModel) => labelHotkey(engine, control, item, shape),
    },
    { tag: toolTag, result: imageRegionCodec({ type: toolType, shape, labeled: false }) },
  ];
}

/** Whether a payload is a list of label values (labels controls) rather than null (tool controls). */
export function isLabelPayload(p: JsonValue): p is string[] {
  return Array.isArray(p) && p.every((v) => typeof v === 'string');
}

import { configCategories, keypointOrder, withKeypointCategory, type Category } from '../export/categories';
import { ExportSchema, type ExportConfig } from '../export/export-schema';
import type { ExportChunk, ExportEntry, ExportOptions } from '../export/format.types';
import { exportItems, type ExportItem, type RegionValue } from '../export/export-items';
import { polygonArea, polygonBox, rotatedRectangleBox } from '../export/geometry';
import { pyDatetimeStr, resolveImage } from '../export/image-source';
import { pyJsonDumps } from '../export/py-json';
import { PyFloat, pyRound, pyStr, pyTruthy } from '../export/python';
import { taskPasses, type TaskSource } from '../export/task-source';

const JSON_OPTIONS = { flavor: 'ujson', ensureAscii: true, indent: 2 } as const;
const CATEGORY_KEYS = ['rectanglelabels', 'polygonlabels', 'keypointlabels', 'labels'];

type Json = Record<string, unknown>;

/** Ids and classes handed out so far; both passes replay the same sequence from a fresh state. */
interface CocoState {
  imageCount: number;
  annotationCount: number;
  categories: Category[];
  nameToId: Map<string, number>;
}

interface CocoContext {
  schema: ExportSchema;
  options: ExportOptions;
  keypointOrder: string[];
}

function required(label: RegionValue, key: string): number {
  if (!(key in label)) throw new Error(`COCO export: a region has no ${key}`);
  return Number(label[key]);
}

/** The keypoints of one item folded into one COCO annotation (the converter's `process_keypoints_for_coco`). */
function keypointAnnotation(
  labels: RegionValue[],
  order: string[],
  id: number,
  imageId: number,
  nameToId: Map<string, number>,
): Json {
  if (order.length === 0) {
    // Label Studio fails the whole export here too; say what to fix.
    throw new Error('COCO export: KeyPointLabels need model_index attributes on their labels to order the keypoints');
  }
  const keypoints = new Array<number>(order.length * 3).fill(0);
  for (const kp of labels) {
    const width = required(kp, 'original_width');
    const height = required(kp, 'original_height');
    const x = (Number(kp.x) / 100) * width;
    const y = (Number(kp.y) / 100) * height;
    const names = Array.isArray(kp.keypointlabels) ? kp.keypointlabels : [];
    const v = names.length > 0 ? 2 : 0;
    for (const name of names) {
      const idx = order.indexOf(name as string);
      if (idx < 0) continue;
      keypoints[3 * idx] = pyRound(x);
      keypoints[3 * idx + 1] = pyRound(y);
      keypoints[3 * idx + 2] = v;
    }
  }
  const visible = order.map((_, i) => i).filter((i) => keypoints[3 * i + 2] > 0);
  let bbox = [0, 0, 0, 0];
  if (visible.length > 0) {
    const xs = visible.map((i) => keypoints[3 * i]);
    const ys = visible.map((i) => keypoints[3 * i + 1]);
    const x0 = Math.min(...xs);
    const y0 = Math.min(...ys);
    bbox = [x0, y0, Math.max(...xs) - x0, Math.max(...ys) - y0];
  }
  return {
    id,
    image_id: imageId,
    category_id: nameToId.get(order[0]) ?? 0,
    keypoints,
    num_keypoints: visible.length,
    bbox,
    iscrowd: 0,
  };
}

/**
 * One item's images and annotations, following the converter's `convert_to_coco` loop step by
 * step (an item adds at most one image, except in the odd case of zero-sized images).
 */
async function cocoItem(item: ExportItem, ctx: CocoContext, state: CocoState): Promise<{ images: Json[]; annotations: Json[] }> {
  const images: Json[] = [];
  const annotations: Json[] = [];
  const src = item.input[ctx.schema.dataKey];
  const image = await resolveImage(src === undefined || src === null ? '' : pyStr(src), item, ctx.options);
  const imageId = state.imageCount;
  const addImage = (width: unknown, height: unknown) => {
    images.push({ width: width ?? null, height: height ?? null, id: imageId, file_name: image.path });
    state.imageCount++;
  };
  let width: unknown = null;
  let height: unknown = null;
  if (image.width !== undefined && image.height !== undefined) {
    width = image.width;
    height = image.height;
    addImage(width, height);
  }
  if (item.output.size === 0) {
    if (!pyTruthy(width)) addImage(width, height);
    return { images, annotations };
  }
  const labels: RegionValue[] = [];
  for (const values of item.output.values()) labels.push(...values);
  const keypointLabels: RegionValue[] = [];
  for (const label of labels) {
    let categoryName: string | null = null;
    for (const key of CATEGORY_KEYS) {
      const names = label[key];
      if (Array.isArray(names) && names.length > 0) {
        categoryName = pyStr(names[0]);
        break;
      }
    }
    if (categoryName === null) continue;
    if (!pyTruthy(height) || !pyTruthy(width)) {
      if (!('original_width' in label) || !('original_height' in label)) continue;
      width = label.original_width;
      height = label.original_height;
      addImage(width, height);
    }
    if (!state.nameToId.has(categoryName)) {
      const id = state.categories.length;
      state.nameToId.set(categoryName, id);
      state.categories.push({ id, name: categoryName });
    }
    const categoryId = state.nameToId.get(categoryName) as number;
    const annotationId = state.annotationCount;
    if ('rectanglelabels' in label || 'labels' in label) {
      const box = rotatedRectangleBox(label);
      if (box === null) continue;
      const ow = required(label, 'original_width');
      const oh = required(label, 'original_height');
      const [x, y, w, h] = [(box[0] * ow) / 100, (box[1] * oh) / 100, (box[2] * ow) / 100, (box[3] * oh) / 100];
      annotations.push({
        id: annotationId,
        image_id: imageId,
        category_id: categoryId,
        segmentation: [],
        bbox: [x, y, w, h].map((v) => new PyFloat(v)),
        ignore: 0,
        iscrowd: 0,
        area: new PyFloat(w * h),
      });
      state.annotationCount++;
    } else if ('polygonlabels' in label) {
      const points = label.points;
      if (!Array.isArray(points) || points.length === 0) throw new Error('COCO export: a polygon has no points');
      const xs: number[] = [];
      const ys: number[] = [];
      for (const p of points as unknown[][]) {
        xs.push((Number(p[0]) / 100) * Number(width));
        ys.push((Number(p[1]) / 100) * Number(height));
      }
      const segmentation = xs.flatMap((x, i) => [new PyFloat(x), new PyFloat(ys[i])]);
      annotations.push({
        id: annotationId,
        image_id: imageId,
        category_id: categoryId,
        segmentation: [segmentation],
        bbox: polygonBox(xs, ys).map((v) => new PyFloat(v)),
        ignore: 0,
        iscrowd: 0,
        area: new PyFloat(polygonArea(xs, ys)),
      });
      state.annotationCount++;
    } else {
      keypointLabels.push(label);
    }
  }
  if (keypointLabels.length > 0) {
    annotations.push(keypointAnnotation(keypointLabels, ctx.keypointOrder, state.annotationCount, imageId, state.nameToId));
    state.annotationCount++;
  }
  return { images, annotations };
}

/** Streams `[elements]` at nesting depth 1 of the document, as ujson's indent=2 lays them out. */
async function* jsonList(elements: AsyncIterable<unknown>): AsyncGenerator<string> {
  let started = false;
  for await (const el of elements) {
    yield (started ? ',\n    ' : '[\n    ') + pyJsonDumps(el, JSON_OPTIONS, 2);
    started = true;
  }
  yield started ? '\n  ]' : '[]';
}

/**
 * Streams the COCO `result.json`: `{images, categories, annotations, info}`, byte for byte as
 * Label Studio writes it. Images are listed before annotations, so the tasks are read twice
 * (pass a function as `source` to stream both passes; see TaskSource): the first pass writes
 * images and finds classes not declared in the config, the second writes annotations.
 */
export async function* writeCocoJson(
  source: TaskSource,
  config: ExportConfig,
  options: ExportOptions = {},
): AsyncGenerator<ExportChunk> {
  const schema = new ExportSchema(config);
  const ctx: CocoContext = {
    schema,
    options,
    keypointOrder: schema.hasControlType('KeyPointLabels') ? keypointOrder(schema) : [],
  };
  const initial = withKeypointCategory(schema, configCategories(schema));
  const fresh = (): CocoState => ({
    imageCount: 0,
    annotationCount: 0,
    categories: initial.categories.map((c) => ({ ...c })),
    nameToId: new Map(initial.nameToId),
  });
  const open = taskPasses(source, 2);
  const now = options.now ?? new Date();

  const first = fresh();
  yield '{\n  "images": ';
  yield* jsonList(
    (async function* () {
      for await (const item of exportItems(open(), schema)) yield* (await cocoItem(item, ctx, first)).images;
    })(),
  );
  yield ',\n  "categories": ';
  yield* jsonList(
    (async function* () {
      yield* first.categories;
    })(),
  );
  const second = fresh();
  yield ',\n  "annotations": ';
  yield* jsonList(
    (async function* () {
      for await (const item of exportItems(open(), schema)) yield* (await cocoItem(item, ctx, second)).annotations;
    })(),
  );
  const info = {
    year: now.getFullYear(),
    version: '1.0',
    description: '',
    contributor: 'Label Studio',
    url: '',
    date_created: pyDatetimeStr(now),
  };
  yield ',\n  "info": ' + pyJsonDumps(info, JSON_OPTIONS, 1) + '\n}';
}

/**
 * Label Studio's COCO export: `result.json` and the (empty, as images are not downloaded)
 * `images/` folder.
 */
export async function* writeCoco(
  source: TaskSource,
  config: ExportConfig,
  options: ExportOptions = {},
): AsyncGenerator<ExportEntry> {
  yield { path: 'images/', content: '' };
  yield { path: 'result.json', content: writeCocoJson(source, config, options) };
}

import { configCategories, keypointOrder, yoloKeypointCategories, type Category } from '../export/categories';
import { EntrySink } from '../export/entry-sink';
import { ExportSchema, type ExportConfig } from '../export/export-schema';
import type { ExportEntry, ExportOptions } from '../export/format.types';
import { exportItems, type RegionValue } from '../export/export-items';
import { yoloBox, yoloObbCorners } from '../export/geometry';
import { resolveImage } from '../export/image-source';
import { pyJsonDumps } from '../export/py-json';
import { codePointSlice, pathBasename, pathSplitext, PyFloat, pyStr } from '../export/python';
import { taskPasses, type TaskSource } from '../export/task-source';

export interface YoloWriterOptions extends ExportOptions {
  /** YOLOv8 OBB: four normalized corners of the rotated box instead of `cx cy w h`. */
  obb?: boolean;
}

const LABEL_KEYS = ['rectanglelabels', 'polygonlabels', 'labels'];

interface Classes {
  categories: Category[];
  nameToId: Map<string, number>;
}

/** Lines of one label file for boxes and polygons (the converter's `process_and_save_yolo_annotations`). */
function labelLines(labels: RegionValue[], classes: Classes, obb: boolean): string {
  let out = '';
  for (const label of labels) {
    const names: unknown[] = [];
    for (const key of LABEL_KEYS) {
      const v = label[key];
      if (Array.isArray(v) && v.length > 0) names.push(...v);
    }
    for (const raw of names) {
      const name = pyStr(raw);
      if (!classes.nameToId.has(name)) {
        const id = classes.categories.length;
        classes.nameToId.set(name, id);
        classes.categories.push({ id, name });
      }
      const classId = classes.nameToId.get(name) as number;
      let values: number[];
      if ('rectanglelabels' in label || 'rectangle' in label || 'labels' in label) {
        if (obb) {
          const corners = yoloObbCorners(label);
          if (corners === null) continue;
          values = corners.flat();
        } else {
          const box = yoloBox(label);
          if (box === null) continue;
          values = box;
        }
      } else if ('polygonlabels' in label || 'polygon' in label) {
        if (!Array.isArray(label.points)) continue;
        values = (label.points as unknown[][]).flatMap((p) => [Number(p[0]) / 100, Number(p[1]) / 100]);
      } else {
        throw new Error(`YOLO export: unknown region type ${String(label.type)}`);
      }
      out += [String(classId), ...values.map((v) => pyStr(new PyFloat(v)))].join(' ') + '\n';
    }
  }
  return out;
}

/**
 * YOLO-pose lines: one per labelled rectangle, followed by `x y visibility` for each keypoint
 * (in `model_index` order) whose `parentID` is that rectangle; missing keypoints are `0.0 0.0 0`.
 */
function keypointLines(labels: RegionValue[], classes: Classes, order: string[]): string {
  const classMap = new Map(classes.categories.map((c) => [c.name, c.id] as const));
  const rects = new Map<unknown, { base: unknown[]; kps: Map<string, unknown[]> }>();
  for (const item of labels) {
    if (String(item.type).toLowerCase() !== 'rectanglelabels') continue;
    const names = Array.isArray(item.rectanglelabels) ? item.rectanglelabels : [];
    if (names.length === 0) continue;
    const classId = classMap.get(pyStr(names[0]));
    if (classId === undefined) continue;
    const x = Number(item.x) / 100;
    const y = Number(item.y) / 100;
    const w = Number(item.width) / 100;
    const h = Number(item.height) / 100;
    const base = [classId, new PyFloat(x + w / 2), new PyFloat(y + h / 2), new PyFloat(w), new PyFloat(h)];
    rects.set(item.id ?? null, { base, kps: new Map() });
  }
  for (const item of labels) {
    if (String(item.type).toLowerCase() !== 'keypointlabels') continue;
    const rect = rects.get(item.parentID ?? null);
    if (!rect) continue;
    const names = Array.isArray(item.keypointlabels) ? item.keypointlabels : [];
    if (names.length === 0) continue;
    rect.kps.set(pyStr(names[0]), [new PyFloat(Number(item.x) / 100), new PyFloat(Number(item.y) / 100), 2]);
  }
  const lines: string[] = [];
  for (const rect of rects.values()) {
    const values = [...rect.base];
    for (const k of order) values.push(...(rect.kps.get(k) ?? [new PyFloat(0), new PyFloat(0), 0]));
    lines.push(values.map(pyStr).join(' '));
  }
  return lines.join('\n');
}

/**
 * Writes Label Studio's YOLO (or, with `obb`, YOLOv8 OBB) export: `labels/<image>.txt` per
 * image, then `classes.txt` and `notes.json` (classes found in annotations but not in the
 * config are appended, so these come last). Configs with KeyPointLabels get YOLO-pose lines.
 * One pass; see EntrySink for images shared by several tasks.
 */
export async function* writeYolo(
  source: TaskSource,
  config: ExportConfig,
  options: YoloWriterOptions = {},
): AsyncGenerator<ExportEntry> {
  const schema = new ExportSchema(config);
  const isKeypoints = schema.hasControlType('KeyPointLabels');
  const classes: Classes = isKeypoints ? yoloKeypointCategories(schema) : configCategories(schema);
  const order = isKeypoints ? keypointOrder(schema) : [];
  const sink = new EntrySink();
  yield { path: 'images/', content: '' };
  yield { path: 'labels/', content: '' };
  for await (const item of exportItems(taskPasses(source, 1)(), schema, { withRegionIds: isKeypoints })) {
    const src = item.input[schema.dataKey];
    const candidates = Array.isArray(src) ? src : [src];
    if (candidates.length === 0) continue;
    const last = candidates[candidates.length - 1];
    const image = await resolveImage(last === undefined || last === null ? '' : pyStr(last), item, options);
    if (!image.path) continue;
    const name = codePointSlice(pathSplitext(pathBasename(image.path))[0], 255 - 4);
    const path = `labels/${name}.txt`;
    const labels: RegionValue[] = [];
    for (const values of item.output.values()) labels.push(...values);
    const done =
      labels.length === 0
        ? sink.write(path, '', 'x')
        : sink.write(
            path,
            isKeypoints ? keypointLines(labels, classes, order) : labelLines(labels, classes, Boolean(options.obb)),
            'w',
          );
    if (done) yield done;
  }
  const rest = sink.flush();
  if (rest) yield rest;
  yield { path: 'classes.txt', content: classes.categories.map((c) => `${c.name}\n`).join('') };
  const now = options.now ?? new Date();
  const notes = {
    categories: classes.categories,
    info: { year: now.getFullYear(), version: '1.0', contributor: 'Label Studio' },
  };
  yield { path: 'notes.json', content: pyJsonDumps(notes, { flavor: 'ujson', ensureAscii: true, indent: 2 }) };
}

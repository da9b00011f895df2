import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  findExportFormat,
  supportedFormats,
  type ExportChunk,
  type ExportEntry,
  type ExportOptions,
  type ImageInfo,
  type LsFormatName,
  type LsTask,
} from '@groundwork/formats';
import type { Repositories } from '../../repositories';
import { presentAnnotation, presentDraft, presentPrediction } from '../annotations';
import { parseJson } from '../../platform/db/dialect';
import { AppError, badRequest } from '../../platform/errors';
import { zipStream } from '../../platform/zip/zip';
import type { DmQuery, TaskRelations, TaskService } from '../tasks';
import { exportConfig } from './export-config';
import type { FileStore } from '../../platform/storage/file-store';
import { imageHeader } from './export-media';
import type { AnnotationRow, ProjectRow, TaskRow } from '../../platform/db/schema';

/** Label Studio's description of every converter format (`Converter.all_formats()`), in its order. */
const FORMAT_INFO: ReadonlyArray<{ name: LsFormatName; title: string; description: string; link: string; tags: string[] }> = [
  {
    name: 'JSON',
    title: 'JSON',
    description:
      "List of items in raw JSON format stored in one JSON file. Use to export both the data and the annotations for a dataset. It's Label Studio Common Format",
    link: 'https://labelstud.io/guide/export.html#JSON',
    tags: [],
  },
  {
    name: 'JSON_MIN',
    title: 'JSON-MIN',
    description:
      'List of items where only "from_name", "to_name" values from the raw JSON format are exported. Use to export only the annotations for a dataset.',
    link: 'https://labelstud.io/guide/export.html#JSON-MIN',
    tags: [],
  },
  {
    name: 'CSV',
    title: 'CSV',
    description:
      'Results are stored as comma-separated values with the column names specified by the values of the "from_name" and "to_name" fields.',
    link: 'https://labelstud.io/guide/export.html#CSV',
    tags: [],
  },
  {
    name: 'TSV',
    title: 'TSV',
    description: 'Results are stored in tab-separated tabular file with column names specified by "from_name" "to_name" values',
    link: 'https://labelstud.io/guide/export.html#TSV',
    tags: [],
  },
  {
    name: 'CONLL2003',
    title: 'CONLL2003',
    description: 'Popular format used for the CoNLL-2003 named entity recognition challenge.',
    link: 'https://labelstud.io/guide/export.html#CONLL2003',
    tags: ['sequence labeling', 'text tagging', 'named entity recognition'],
  },
  {
    name: 'COCO',
    title: 'COCO',
    description:
      'Popular machine learning format used by the COCO dataset for object detection and image segmentation tasks with polygons and rectangles.',
    link: 'https://labelstud.io/guide/export.html#COCO',
    tags: ['image segmentation', 'object detection', 'keypoints'],
  },
  {
    name: 'COCO_WITH_IMAGES',
    title: 'COCO with Images',
    description: 'COCO format with images downloaded.',
    link: 'https://labelstud.io/guide/export.html#COCO',
    tags: ['image segmentation', 'object detection', 'keypoints'],
  },
  {
    name: 'VOC',
    title: 'Pascal VOC XML',
    description: 'Popular XML format used for object detection and polygon image segmentation tasks.',
    link: 'https://labelstud.io/guide/export.html#Pascal-VOC-XML',
    tags: ['image segmentation', 'object detection'],
  },
  {
    name: 'YOLO',
    title: 'YOLO',
    description:
      'Popular TXT format is created for each image file. Each txt file contains annotations for the corresponding image file, that is object class, object coordinates, height & width.',
    link: 'https://labelstud.io/guide/export.html#YOLO',
    tags: ['image segmentation', 'object detection', 'keypoints'],
  },
  {
    name: 'YOLO_WITH_IMAGES',
    title: 'YOLO with Images',
    description: 'YOLO format with images downloaded.',
    link: 'https://labelstud.io/guide/export.html#YOLO',
    tags: ['image segmentation', 'object detection', 'keypoints'],
  },
  {
    name: 'YOLO_OBB',
    title: 'YOLOv8 OBB',
    description:
      'Popular TXT format is created for each image file. Each txt file contains annotations for the corresponding image file. The YOLO OBB format designates bounding boxes by their four corner points with coordinates normalized between 0 and 1, so it is possible to export rotated objects.',
    link: 'https://labelstud.io/guide/export.html#YOLO',
    tags: ['image segmentation', 'object detection'],
  },
  {
    name: 'YOLO_OBB_WITH_IMAGES',
    title: 'YOLOv8 OBB with Images',
    description: 'YOLOv8 OBB format with images downloaded.',
    link: 'https://labelstud.io/guide/export.html#YOLO',
    tags: ['image segmentation', 'object detection'],
  },
  {
    name: 'BRUSH_TO_NUMPY',
    title: 'Brush labels to NumPy',
    description: 'Export your brush labels as NumPy 2d arrays. Each label outputs as one image.',
    link: 'https://labelstud.io/guide/export.html#Brush-labels-to-NumPy-amp-PNG',
    tags: ['image segmentation'],
  },
  {
    name: 'BRUSH_TO_PNG',
    title: 'Brush labels to PNG',
    description: 'Export your brush labels as PNG images. Each label outputs as one image.',
    link: 'https://labelstud.io/guide/export.html#Brush-labels-to-NumPy-amp-PNG',
    tags: ['image segmentation'],
  },
  {
    name: 'ASR_MANIFEST',
    title: 'ASR Manifest',
    description:
      'Export audio transcription labels for automatic speech recognition as the JSON manifest format expected by NVIDIA NeMo models.',
    link: 'https://labelstud.io/guide/export.html#ASR-MANIFEST',
    tags: ['speech recognition'],
  },
  {
    name: 'BRUSH_TO_COCO',
    title: 'Brush labels to COCO',
    description: 'Export your brush labels as COCO format for segmentation tasks. Converts RLE encoded masks to COCO polygons.',
    link: 'https://labelstud.io/guide/export.html#COCO',
    tags: ['image segmentation', 'brush annotations'],
  },
  {
    name: 'DOCLANG',
    title: 'DocLang (.dclx)',
    description:
      'Package annotations from the Doclang Interface as DocLang OPC archives (document.xml + page image) for downstream Docling model training.',
    link: 'https://github.com/doclang-project/doclang/blob/main/spec.md#doclang-archive-format',
    tags: ['document', 'doclang'],
  },
];

export interface ExportFormatInfo {
  name: string;
  title: string;
  description: string;
  link: string;
  tags: string[];
  disabled: boolean;
}

/** Which tasks, annotations and fields an export reads; the live export and snapshots share it. */
export interface TaskQuery {
  ids?: number[];
  excludeIds?: number[];
  /** Only tasks with at least one annotation (skipped ones count), as Label Studio's default export. */
  onlyAnnotated: boolean;
  dm?: DmQuery;
  /** Further row-level filters (snapshot task_filter_options). */
  keepTask?: (t: TaskRow) => boolean;
  keepAnnotation?: (a: AnnotationRow) => boolean;
  /** Snapshot serialization_options. */
  predictionsOnlyId?: boolean;
  draftsOnlyId?: boolean;
  /** false: `completed_by` as `{id, email, first_name, last_name}` instead of the id. */
  completedByOnlyId?: boolean;
}

export interface ExportRequest {
  exportType: string;
  downloadAllTasks: boolean;
  ids?: number[];
  /** Bundle the media files (Label Studio's `download_resources`); see `withMedia`. */
  downloadResources?: boolean;
}

/** Label Studio's formats that bundle the images, and the format whose files they hold besides. */
const WITH_IMAGES: Partial<Record<LsFormatName, LsFormatName>> = {
  COCO_WITH_IMAGES: 'COCO',
  YOLO_WITH_IMAGES: 'YOLO',
  YOLO_OBB_WITH_IMAGES: 'YOLO_OBB',
};

/**
 * Whether an export bundles its images, as Label Studio's converter decides: the `*_WITH_IMAGES`
 * formats always, plain COCO and YOLO never, VOC when `download_resources` is on (Label Studio's
 * default). Only images in Groundwork's own file store (`/data/upload/<project>/…`) are bundled;
 * external URLs are never fetched.
 */
function withMedia(format: LsFormatName, downloadResources: boolean | undefined): boolean {
  if (WITH_IMAGES[format]) return true;
  return format === 'VOC' && downloadResources !== false;
}

/** A finished export ready to stream: Label Studio's file name and content type, and the bytes. */
export interface ExportFile {
  fileName: string;
  contentType: string;
  body: AsyncIterable<Buffer>;
}

/** Tasks read per query while streaming: bounds memory whatever the project's size. */
const PAGE = 1000;
/** The first page is small, so the first bytes go out at once. */
const FIRST_PAGE = 50;

const EXTENSION_TYPES: Record<string, string> = {
  json: 'application/json',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  conll: 'text/plain',
  txt: 'text/plain',
  xml: 'application/xml',
  png: 'image/png',
};

function contentTypeOf(fileName: string): string {
  const ext = fileName.split('.').pop()?.toLowerCase() ?? '';
  return EXTENSION_TYPES[ext] ?? 'application/octet-stream';
}

/** Bytes handed to the response at a time: writers yield per record, and a write per record is slow. */
const CHUNK = 64 * 1024;

/** Bytes that make the first piece sent: small, so a download starts at once. */
const FIRST_CHUNK = 1024;

/** Bytes waiting longer than this go out with the next chunk, however few (a slow producer, a zip's headers). */
const HOLD_MS = 100;

/** Coalesces small chunks into buffers of about CHUNK bytes (the first one smaller). */
async function* bytes(chunks: AsyncIterable<ExportChunk | Buffer> | Iterable<ExportChunk | Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let size = 0;
  let limit = FIRST_CHUNK;
  let since = performance.now();
  for await (const c of chunks) {
    const b =
      typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
    if (!size) since = performance.now();
    pending.push(b);
    size += b.length;
    if (size >= limit || performance.now() - since > HOLD_MS) {
      limit = CHUNK;
      yield pending.length === 1 ? pending[0] : Buffer.concat(pending, size);
      pending = [];
      size = 0;
    }
  }
  if (size) yield Buffer.concat(pending, size);
}

async function* prepend<T>(first: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* first;
  for (;;) {
    const n = await rest.next();
    if (n.done) return;
    yield n.value;
  }
}

/**
 * Label Studio's base name of an export file: `project-<id>-at-<YYYY-MM-DD-HH-MM>-<8 hex>`. Label
 * Studio's suffix is the md5 of the content, unknown before a stream ends; ours is random.
 */
export function exportBaseName(projectId: number, at = new Date(), suffix = crypto.randomBytes(4).toString('hex')): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getUTCFullYear()}-${p(at.getUTCMonth() + 1)}-${p(at.getUTCDate())}-${p(at.getUTCHours())}-${p(at.getUTCMinutes())}`;
  return `project-${projectId}-at-${stamp}-${suffix.slice(0, 8)}`;
}

/**
 * Exports in every format of Label Studio's converter that `@groundwork/formats` writes. Tasks are
 * read in keyset pages and handed to the writers as they come, so memory stays flat whatever the
 * project's size; formats that read the tasks twice (CSV, COCO) run the query twice.
 */
export class ExportService {
  constructor(
    private readonly repos: Repositories,
    private readonly taskService: TaskService,
    /** Uploaded files, bundled into exports that carry their images. */
    private readonly uploads?: FileStore,
  ) {}

  /** `GET /export/formats`: every converter format, those this project can't use disabled, enabled first. */
  formats(project: ProjectRow): ExportFormatInfo[] {
    const usable = this.usableFormats(project);
    const all = FORMAT_INFO.map((f) => ({ ...f, tags: [...f.tags], disabled: !usable.has(f.name) }));
    return [...all.filter((f) => !f.disabled), ...all.filter((f) => f.disabled)];
  }

  /** Formats the config supports (Label Studio's rules) that we can write. */
  private usableFormats(project: ProjectRow): Set<string> {
    const supported = supportedFormats(exportConfig(project.label_config));
    return new Set(supported.filter((n) => n === 'JSON' || findExportFormat(WITH_IMAGES[n] ?? n)));
  }

  /** The format's canonical name, or 400: unknown, not written here, or not for this config. */
  assertFormat(project: ProjectRow, exportType: string): LsFormatName {
    const name = exportType.trim().toUpperCase();
    const usable = this.usableFormats(project);
    if (usable.has(name)) return name as LsFormatName;
    const list = [...usable].join(', ');
    const known = FORMAT_INFO.some((f) => f.name === name);
    const why = !known
      ? `Export type "${exportType}" is unknown.`
      : name !== 'JSON' && !findExportFormat(WITH_IMAGES[name as LsFormatName] ?? name)
        ? `Export type "${name}" is not available in Groundwork yet.`
        : `Export type "${name}" is not supported by this project's labeling config.`;
    throw new AppError(400, 'unsupported_export_type', `${why} Supported for this project: ${list}`, {
      exportType: [`must be one of ${list}`],
    });
  }

  /** `GET /export`: the project's tasks in one format, streamed. */
  async exportProject(project: ProjectRow, req: ExportRequest): Promise<ExportFile> {
    const format = this.assertFormat(project, req.exportType);
    const query: TaskQuery = { ids: req.ids, onlyAnnotated: !req.downloadAllTasks };
    return this.convert(project, format, () => this.tasks(project, query), exportBaseName(project.id), {
      downloadResources: req.downloadResources,
    });
  }

  /**
   * Converts a task source to one format. `open` is called once per pass the writer makes and must
   * return a fresh stream of tasks each time.
   */
  async convert(
    project: ProjectRow,
    format: LsFormatName,
    open: () => AsyncIterable<LsTask>,
    baseName: string,
    opts: { downloadResources?: boolean } = {},
  ): Promise<ExportFile> {
    if (format === 'JSON')
      return { fileName: `${baseName}.json`, contentType: 'application/json', body: bytes(jsonList(open())) };
    const writer = findExportFormat(WITH_IMAGES[format] ?? format);
    if (!writer) throw badRequest(`Export type "${format}" is not available`);
    const config = exportConfig(project.label_config);
    if (writer.kind === 'file') {
      const ext = writer.fileName.split('.').pop();
      return { fileName: `${baseName}.${ext}`, contentType: writer.contentType, body: bytes(writer.write(open, config)) };
    }
    if (!withMedia(format, opts.downloadResources) || !this.uploads) return this.archive(writer.write(open, config), baseName);
    const media = new MediaBundle(project.id, this.uploads);
    return this.archive(media.append(writer.write(open, config, media.options)), baseName);
  }

  /**
   * A folder of files goes out as a zip; a folder holding a single file goes out as that file,
   * as Label Studio sends it. The writers name a directory first whenever they make one, so at
   * most two entries are read ahead to decide.
   */
  private async archive(entries: AsyncIterable<ExportEntry>, baseName: string): Promise<ExportFile> {
    const it = entries[Symbol.asyncIterator]();
    const ahead: ExportEntry[] = [];
    const first = await it.next();
    if (!first.done) {
      ahead.push(first.value);
      const v = first.value;
      const plain = !v.path.includes('/') && (typeof v.content === 'string' || v.content instanceof Uint8Array);
      if (plain) {
        const second = await it.next();
        if (second.done) {
          const content = v.content as string | Uint8Array;
          const ext = v.path.includes('.') ? v.path.slice(v.path.lastIndexOf('.')) : '';
          return { fileName: `${baseName}${ext}`, contentType: contentTypeOf(v.path), body: bytes([content]) };
        }
        ahead.push(second.value);
      }
    }
    return { fileName: `${baseName}.zip`, contentType: 'application/zip', body: bytes(zipStream(prepend(ahead, it))) };
  }

  /** Keyset pages of tasks in Label Studio's JSON export shape, one page in memory at a time. */
  async *tasks(project: ProjectRow, q: TaskQuery): AsyncGenerator<LsTask> {
    const page = (afterId: number, limit: number) =>
      this.repos.tasks.after({
        projectId: project.id,
        ids: q.ids,
        excludeIds: q.excludeIds,
        onlyAnnotated: q.onlyAnnotated,
        dm: q.dm,
        limit,
        afterId,
      });
    let limit = FIRST_PAGE;
    let next: Promise<TaskRow[]> | null = page(0, limit);
    while (next) {
      const rows: TaskRow[] = await next;
      if (!rows.length) return;
      // The next page loads while this one is serialized and sent.
      next = rows.length < limit ? null : page(rows[rows.length - 1].id, (limit = PAGE));
      const tasks = q.keepTask ? rows.filter(q.keepTask) : rows;
      const byTask = await this.taskService.relationsFor(tasks);
      if (q.keepAnnotation) for (const rel of byTask.values()) rel.annotations = rel.annotations.filter(q.keepAnnotation);
      const users =
        q.completedByOnlyId === false ? await this.users([...byTask.values()].flatMap((r) => r.annotations)) : undefined;
      for (const t of tasks) yield this.record(t, byTask.get(t.id)!, q, users);
    }
  }

  private async users(annotations: AnnotationRow[]): Promise<Map<number, Record<string, unknown>>> {
    const ids = [...new Set(annotations.map((a) => a.completed_by).filter((id): id is number => id !== null))];
    const rows = await this.repos.users.findByIds(ids);
    return new Map(rows.map((u) => [u.id, { id: u.id, email: u.email, first_name: u.first_name, last_name: u.last_name }]));
  }

  /** One task of Label Studio's JSON export. */
  private record(t: TaskRow, rel: TaskRelations, q: TaskQuery, users?: Map<number, Record<string, unknown>>): LsTask {
    return {
      id: t.id,
      annotations: rel.annotations.map((a) => {
        // The presenter parses the result twice (result and result_count); once is enough here.
        const result = parseJson<unknown[]>(a.result) ?? [];
        const out: Record<string, unknown> = {
          ...presentAnnotation({ ...a, result: '[]' }),
          result,
          result_count: result.length,
        };
        if (users && a.completed_by !== null) out.completed_by = users.get(a.completed_by) ?? a.completed_by;
        return out;
      }),
      file_upload: t.file_upload_id,
      drafts: q.draftsOnlyId ? rel.drafts.map((d) => d.id) : rel.drafts.map(presentDraft),
      predictions: q.predictionsOnlyId ? rel.predictions.map((p) => p.id) : rel.predictions.map((p) => presentPrediction(p)),
      data: parseJson<Record<string, unknown>>(t.data),
      meta: parseJson(t.meta) ?? {},
      created_at: t.created_at,
      updated_at: t.updated_at,
      inner_id: t.inner_id,
      total_annotations: t.total_annotations,
      cancelled_annotations: t.cancelled_annotations,
      total_predictions: t.total_predictions,
      comment_count: 0,
      unresolved_comment_count: 0,
      last_comment_updated_at: null,
      project: t.project_id,
      updated_by: t.updated_by,
      comment_authors: [],
    };
  }
}

/**
 * The images an export bundles: the writer asks about each task's image, images in the file store
 * get the path Label Studio's converter gives a copied upload (`images/<file name>`) and their
 * size and channels from their header, and once the writer is done their bytes follow as zip
 * members, streamed from disk one at a time. Only the paths are held, once per distinct image.
 */
class MediaBundle {
  private readonly files = new Map<string, string>();
  readonly options: ExportOptions;

  constructor(
    private readonly projectId: number,
    private readonly store: FileStore,
  ) {
    this.options = { resolveImage: (src) => this.resolve(src) };
  }

  /** The stored file an image URL names, if it is this project's upload and exists. */
  private async stored(src: string): Promise<string | undefined> {
    const m = /^\/?(?:data\/)?upload\/(\d+)\/([^/?#]+)$/.exec(src);
    if (!m || Number(m[1]) !== this.projectId) return undefined;
    const file = `${m[1]}/${decodeURIComponent(m[2])}`;
    try {
      const full = this.store.resolve(file);
      return (await fsp.stat(full)).isFile() ? full : undefined;
    } catch {
      return undefined;
    }
  }

  private async resolve(src: string): Promise<ImageInfo | undefined> {
    const full = await this.stored(src);
    if (!full) return undefined;
    const zipPath = `images/${path.basename(full)}`;
    this.files.set(zipPath, full);
    const header = await imageHeader(full);
    return { path: zipPath, ...header };
  }

  async *append(entries: AsyncIterable<ExportEntry>): AsyncGenerator<ExportEntry> {
    yield* entries;
    for (const [zipPath, full] of this.files) {
      if (fs.existsSync(full)) yield { path: zipPath, content: fs.createReadStream(full) };
    }
  }
}

/** A JSON list, one task per line. */
async function* jsonList(tasks: AsyncIterable<LsTask>): AsyncGenerator<string> {
  yield '[';
  let first = true;
  let chunk = '';
  let count = 0;
  for await (const t of tasks) {
    chunk += (first ? '\n' : ',\n') + JSON.stringify(t);
    first = false;
    // Hand bytes on in chunks of a few tens of kilobytes (fewer, larger writes); the first page's
    // tasks at once, so the download starts without waiting for a full chunk.
    if (chunk.length > 64 * 1024 || ++count === FIRST_PAGE) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + (first ? ']' : '\n]');
}

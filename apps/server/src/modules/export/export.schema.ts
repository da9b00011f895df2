import { Type } from '@sinclair/typebox';
import { Nullable, Open, Strict } from '../../platform/http/common.schema';

/** `GET /api/projects/{id}/export`: Label Studio's parameters (`exportType` from the UI, `export_type` from the SDK). */
export const ExportQuery = Strict({
  exportType: Type.Optional(
    Type.String({
      description:
        'JSON, JSON_MIN, CSV, TSV, CONLL2003, COCO, COCO_WITH_IMAGES, VOC, YOLO, YOLO_WITH_IMAGES, YOLO_OBB, YOLO_OBB_WITH_IMAGES, ASR_MANIFEST, BRUSH_TO_PNG',
    }),
  ),
  export_type: Type.Optional(Type.String({ description: 'Same as exportType' })),
  download_all_tasks: Type.Optional(
    Type.Boolean({ description: 'Include tasks without annotations (default: only annotated tasks)' }),
  ),
  download_resources: Type.Optional(
    Type.Boolean({
      description:
        "Bundle the images in Groundwork's file store into the zip (VOC; default true, as Label Studio). COCO/YOLO bundle them with the *_WITH_IMAGES formats. External URLs are never fetched",
    }),
  ),
  ids: Type.Optional(Type.Array(Type.Integer())),
  'ids[]': Type.Optional(Type.Array(Type.Integer(), { description: 'Only these tasks' })),
});

export const ExportFormat = Open({
  name: Type.String(),
  title: Type.String(),
  description: Type.String(),
  link: Type.String(),
  tags: Type.Array(Type.String()),
  disabled: Type.Boolean({ description: "True when the project's labeling config cannot be exported in this format" }),
});

const OnlyExclude = Type.Optional(Nullable(Type.Union([Type.Literal('only'), Type.Literal('exclude'), Type.Null()])));
const OnlyId = Type.Optional(Nullable(Type.Object({ only_id: Type.Optional(Type.Boolean()) })));

export const TaskFilterOptions = Type.Object({
  view: Type.Optional(Nullable(Type.Integer({ description: 'Apply the filters of this Data Manager view' }))),
  skipped: OnlyExclude,
  finished: OnlyExclude,
  annotated: OnlyExclude,
  reviewed: OnlyExclude,
  only_with_annotations: Type.Optional(Nullable(Type.Boolean())),
});

export const AnnotationFilterOptions = Type.Object({
  usual: Type.Optional(Nullable(Type.Boolean({ description: 'Annotations neither skipped nor ground truth (default true)' }))),
  ground_truth: Type.Optional(Nullable(Type.Boolean())),
  skipped: Type.Optional(Nullable(Type.Boolean())),
  reviewed: OnlyExclude,
});

export const SerializationOptions = Type.Object({
  drafts: OnlyId,
  predictions: OnlyId,
  annotations__completed_by: OnlyId,
  include_annotation_history: Type.Optional(Nullable(Type.Boolean())),
  interpolate_key_frames: Type.Optional(Nullable(Type.Boolean())),
});

export const SnapshotCreateBody = Type.Object({
  title: Type.Optional(Nullable(Type.String({ maxLength: 2048 }))),
  task_filter_options: Type.Optional(Nullable(TaskFilterOptions)),
  annotation_filter_options: Type.Optional(Nullable(AnnotationFilterOptions)),
  serialization_options: Type.Optional(Nullable(SerializationOptions)),
});

const Status = Type.Union([
  Type.Literal('created'),
  Type.Literal('in_progress'),
  Type.Literal('completed'),
  Type.Literal('failed'),
]);

export const ConvertedFormatSchema = Open({
  id: Type.Integer(),
  status: Status,
  export_type: Type.String(),
  traceback: Nullable(Type.String()),
});

export const Snapshot = Open({
  id: Type.Integer(),
  title: Type.String(),
  created_by: Nullable(Open({ id: Type.Integer(), email: Type.String(), first_name: Type.String(), last_name: Type.String() })),
  created_at: Type.String(),
  finished_at: Nullable(Type.String()),
  status: Status,
  md5: Type.String(),
  counters: Type.Record(Type.String(), Type.Integer()),
  converted_formats: Type.Array(ConvertedFormatSchema),
  task_filter_options: Type.Record(Type.String(), Type.Unknown()),
  annotation_filter_options: Type.Record(Type.String(), Type.Unknown()),
  serialization_options: Type.Record(Type.String(), Type.Unknown()),
});

export const SnapshotParams = Strict({ id: Type.Integer({ minimum: 1 }), export_pk: Type.Integer({ minimum: 1 }) });

export const SnapshotDownloadQuery = Strict({
  exportType: Type.Optional(
    Type.String({ description: 'Format to convert the snapshot to; JSON (the snapshot itself) when absent' }),
  ),
  export_type: Type.Optional(Type.String()),
});

export const ConvertBody = Type.Object({
  export_type: Type.String(),
  download_resources: Type.Optional(Nullable(Type.Boolean())),
});

export const ConvertResponse = Open({ export_type: Type.String(), converted_format: Type.Integer() });

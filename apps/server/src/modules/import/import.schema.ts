import { Type, type Static } from '@sinclair/typebox';
import { Open, Strict } from '../../platform/http/common.schema';

export const ImportQuery = Strict({
  return_task_ids: Type.Optional(Type.Boolean()),
  commit_to_project: Type.Optional(Type.Boolean()),
  preannotated_from_fields: Type.Optional(Type.Union([Type.String(), Type.Array(Type.String())])),
});

export const ImportResponse = Open({
  task_count: Type.Integer(),
  annotation_count: Type.Integer(),
  prediction_count: Type.Integer(),
  predictions_count: Type.Integer(),
  duration: Type.Number(),
  file_upload_ids: Type.Array(Type.Integer()),
  could_be_tasks_list: Type.Boolean(),
  found_formats: Type.Array(Type.String()),
  data_columns: Type.Array(Type.String()),
  task_ids: Type.Optional(Type.Array(Type.Integer())),
});

/** Label Studio's import summary, the answer of a synchronous import. */
export type ImportSummary = Static<typeof ImportResponse>;

export const ImportJobParams = Type.Object({ id: Type.Integer(), importId: Type.Integer() });

export const ImportJob = Type.Object(
  {
    id: Type.Integer(),
    project: Type.Integer(),
    status: Type.String({ description: 'created, in_progress, completed, failed or cancelled' }),
    commit_to_project: Type.Boolean(),
    return_task_ids: Type.Boolean(),
    preannotated_from_fields: Type.Array(Type.String()),
    tasks_read: Type.Integer({ description: 'Tasks read from the files so far' }),
    task_count: Type.Integer({ description: 'Tasks inserted so far (0 after a failure: nothing is kept)' }),
    annotation_count: Type.Integer(),
    prediction_count: Type.Integer(),
    duration: Type.Union([Type.Number(), Type.Null()]),
    file_upload_ids: Type.Array(Type.Integer()),
    found_formats: Type.Array(Type.String()),
    data_columns: Type.Array(Type.String()),
    error: Type.Union([Type.String(), Type.Null()]),
    traceback: Type.Null(),
    url: Type.Null(),
    created_at: Type.String(),
    updated_at: Type.String(),
    finished_at: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: true },
);

export const FileUpload = Type.Object({
  id: Type.Integer(),
  file: Type.String(),
  original_name: Type.String(),
  size: Type.Integer(),
  created_at: Type.String(),
});

export const AsyncImportQuery = Type.Composite(
  [
    ImportQuery,
    Type.Object({
      async: Type.Optional(Type.Boolean({ description: 'Answer at once with the job; poll /imports/{id} for progress' })),
      url: Type.Optional(
        Type.String({
          description: 'Import the file at this public URL (also accepted as a form field, as Label Studio takes it)',
        }),
      ),
    }),
  ],
  { additionalProperties: false },
);

export const ReimportBody = Type.Object(
  { file_upload_ids: Type.Array(Type.Integer(), { minItems: 1 }), files_as_tasks_list: Type.Optional(Type.Boolean()) },
  { additionalProperties: true },
);

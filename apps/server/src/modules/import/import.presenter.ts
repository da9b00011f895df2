import { parseJson } from '../../platform/db/dialect';
import type { FileUploadRow, ImportJobRow } from '../../platform/db/schema';

export function presentJob(job: ImportJobRow) {
  return {
    id: job.id,
    project: job.project_id,
    status: job.status,
    commit_to_project: !!job.commit_to_project,
    return_task_ids: !!job.return_task_ids,
    preannotated_from_fields: parseJson<string[]>(job.preannotated_from_fields) ?? [],
    tasks_read: job.tasks_read,
    task_count: job.task_count,
    annotation_count: job.annotation_count,
    prediction_count: job.prediction_count,
    duration: job.duration === null ? null : Number(job.duration),
    file_upload_ids: parseJson<number[]>(job.file_upload_ids) ?? [],
    found_formats: parseJson<string[]>(job.found_formats) ?? [],
    data_columns: parseJson<string[]>(job.data_columns) ?? [],
    error: job.error,
    traceback: null,
    url: null,
    created_at: job.created_at,
    updated_at: job.updated_at,
    finished_at: job.finished_at,
  };
}

export function presentUpload(u: FileUploadRow) {
  return { id: u.id, file: `upload/${u.file}`, original_name: u.original_name, size: Number(u.size), created_at: u.created_at };
}

import { toJson } from '../../platform/db/dialect';
import { AppError } from '../../platform/errors';

/** One task of an import, after normalization of Label Studio's flat and full forms. */
export interface ImportedTask {
  data: Record<string, unknown>;
  meta: Record<string, unknown>;
  annotations: ImportedAnnotation[];
  predictions: ImportedPrediction[];
  /** The uploaded file the task came from, if any. */
  fileUploadId?: number;
}

export interface ImportedAnnotation {
  result: unknown[];
  was_cancelled: boolean;
  ground_truth: boolean;
  lead_time: number | null;
  completed_by: number | null;
}

export interface ImportedPrediction {
  result: unknown[];
  score: number | null;
  model_version: string;
}

/** A 400 naming the task (by its index in the request) when its data lacks keys the labeling config reads. */
export function assertDataKeys(data: Record<string, unknown>, requiredKeys: string[], index = 0): void {
  const missing = requiredKeys.filter((k) => !(k in data));
  if (!missing.length) return;
  const message = `These fields are not found in data: ${missing.join(', ')}`;
  throw new AppError(400, 'invalid_import', `Task #${index}: ${message}`, { [`tasks[${index}].data`]: [message] });
}

/** The row of an imported prediction of a task, as stored. */
export function predictionRow(taskId: number, projectId: number, p: ImportedPrediction, at: string) {
  return {
    task_id: taskId,
    project_id: projectId,
    result: toJson(p.result),
    score: p.score,
    model_version: p.model_version,
    cluster: null,
    neighbors: null,
    mislabeling: 0,
    created_at: at,
    updated_at: at,
  };
}

import { parseJson } from '../../platform/db/dialect';
import type { AnnotationRow, DraftRow, PredictionRow, TaskRow } from '../../platform/db/schema';
import { presentAnnotation, presentDraft, presentPrediction } from '../annotations';

export interface TaskRelations {
  annotations?: AnnotationRow[];
  predictions?: PredictionRow[];
  drafts?: DraftRow[];
  emails?: Map<number, string>;
}

/** Label Studio's task shape; relations are included when given. */
export function presentTask(t: TaskRow, rel: TaskRelations = {}) {
  const annotations = rel.annotations ?? [];
  const predictions = rel.predictions ?? [];
  const scores = predictions.map((p) => p.score).filter((s): s is number => typeof s === 'number');
  const leadTimes = annotations.map((a) => a.lead_time).filter((s): s is number => typeof s === 'number');
  return {
    id: t.id,
    data: parseJson<Record<string, unknown>>(t.data),
    meta: parseJson<Record<string, unknown>>(t.meta) ?? {},
    created_at: t.created_at,
    updated_at: t.updated_at,
    is_labeled: !!t.is_labeled,
    overlap: t.overlap,
    inner_id: t.inner_id,
    total_annotations: t.total_annotations,
    cancelled_annotations: t.cancelled_annotations,
    total_predictions: t.total_predictions,
    comment_count: 0,
    unresolved_comment_count: 0,
    last_comment_updated_at: null,
    project: t.project_id,
    updated_by: t.updated_by === null ? [] : [{ user_id: t.updated_by }],
    file_upload: t.file_upload_id,
    comment_authors: [],
    annotations: annotations.map((a) => presentAnnotation(a, rel.emails)),
    predictions: predictions.map(presentPrediction),
    drafts: (rel.drafts ?? []).map(presentDraft),
    annotators: [...new Set(annotations.map((a) => a.completed_by).filter((x): x is number => x !== null))],
    completed_at: annotations.length ? annotations[annotations.length - 1].created_at : null,
    predictions_score: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    predictions_model_versions: [...new Set(predictions.map((p) => p.model_version))],
    annotations_ids: annotations.map((a) => a.id).join(', '),
    avg_lead_time: leadTimes.length ? leadTimes.reduce((a, b) => a + b, 0) / leadTimes.length : null,
    draft_exists: (rel.drafts ?? []).length > 0,
    storage_filename: null,
    allow_skip: t.allow_skip === undefined ? true : !!t.allow_skip,
  };
}

export type TaskView = ReturnType<typeof presentTask>;

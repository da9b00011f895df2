import { parseJson } from '../../platform/db/dialect';
import type { AnnotationRow, DraftRow, PredictionRow, TaskRow } from '../../platform/db/schema';

export function presentAnnotation(a: AnnotationRow, emails?: Map<number, string>) {
  return {
    id: a.id,
    result: parseJson<Record<string, unknown>[]>(a.result) ?? [],
    was_cancelled: !!a.was_cancelled,
    ground_truth: !!a.ground_truth,
    created_at: a.created_at,
    updated_at: a.updated_at,
    draft_created_at: a.draft_created_at,
    lead_time: a.lead_time,
    prediction: {},
    result_count: (parseJson<Record<string, unknown>[]>(a.result) ?? []).length,
    unique_id: a.unique_id,
    import_id: a.import_id,
    last_action: a.last_action,
    task: a.task_id,
    project: a.project_id,
    completed_by: a.completed_by,
    updated_by: a.updated_by,
    parent_prediction: a.parent_prediction_id,
    parent_annotation: a.parent_annotation_id,
    last_created_by: null,
    bulk_created: false,
    created_username: a.completed_by && emails ? `${emails.get(a.completed_by) ?? ''}, ${a.completed_by}` : '',
    created_ago: '',
  };
}

export function presentPrediction(p: PredictionRow) {
  return {
    id: p.id,
    task: p.task_id,
    project: p.project_id,
    result: parseJson<Record<string, unknown>[]>(p.result) ?? [],
    score: p.score,
    model_version: p.model_version,
    model: null,
    model_run: null,
    cluster: p.cluster,
    neighbors: p.neighbors === null ? null : parseJson(p.neighbors),
    mislabeling: p.mislabeling,
    created_at: p.created_at,
    updated_at: p.updated_at,
    created_ago: '',
  };
}

export function presentDraft(d: DraftRow) {
  return {
    id: d.id,
    result: parseJson<Record<string, unknown>[]>(d.result) ?? [],
    lead_time: d.lead_time,
    task: d.task_id,
    annotation: d.annotation_id,
    user: d.user_id,
    was_postponed: !!d.was_postponed,
    created_at: d.created_at,
    updated_at: d.updated_at,
  };
}

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

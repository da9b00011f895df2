import { parseJson } from '../../platform/db/dialect';
import type { AnnotationRow, DraftRow, PredictionRow } from '../../platform/db/schema';

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

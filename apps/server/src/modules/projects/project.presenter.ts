import { parseJson } from '../../platform/db/dialect';
import type { ProjectRow } from '../../platform/db/schema';
import { dataTypes, hasControlTags, parsedLabelConfig } from './label-config';

export interface ProjectExtras {
  parsedLabelConfig?: Record<string, unknown>;
  configHasControlTags?: boolean;
  dataTypes?: Record<string, string>;
  createdBy?: { id: number; email: string; first_name: string; last_name: string; avatar: string | null } | null;
  abilities?: Record<string, boolean>;
  queueTotal?: number;
  queueDone?: number;
}

/** Label Studio's project shape (OSS fields) plus what the caller may do with it. */
export function presentProject(p: ProjectRow, extras: ProjectExtras = {}) {
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    label_config: p.label_config,
    expert_instruction: p.expert_instruction,
    show_instruction: !!p.show_instruction,
    show_skip_button: !!p.show_skip_button,
    enable_empty_annotation: !!p.enable_empty_annotation,
    show_annotation_history: !!p.show_annotation_history,
    organization: p.organization_id,
    color: p.color,
    maximum_annotations: p.maximum_annotations,
    is_published: !!p.is_published,
    model_version: p.model_version,
    is_draft: !!p.is_draft,
    created_by: extras.createdBy ?? (p.created_by ? { id: p.created_by } : null),
    created_at: p.created_at,
    updated_at: p.updated_at,
    min_annotations_to_start_training: p.min_annotations_to_start_training,
    start_training_on_annotation_update: !!p.start_training_on_annotation_update,
    show_collab_predictions: !!p.show_collab_predictions,
    num_tasks_with_annotations: p.num_tasks_with_annotations,
    task_number: p.task_number,
    useful_annotation_number: p.total_annotations_number,
    ground_truth_number: 0,
    skipped_annotations_number: p.skipped_annotations_number,
    total_annotations_number: p.total_annotations_number,
    total_predictions_number: p.total_predictions_number,
    sampling: p.sampling,
    show_ground_truth_first: !!p.show_ground_truth_first,
    show_overlap_first: !!p.show_overlap_first,
    overlap_cohort_percentage: p.overlap_cohort_percentage,
    task_data_login: p.task_data_login,
    task_data_password: p.task_data_password,
    control_weights: parseJson<Record<string, unknown>>(p.control_weights) ?? {},
    parsed_label_config: extras.parsedLabelConfig ?? {},
    evaluate_predictions_automatically: !!p.evaluate_predictions_automatically,
    config_has_control_tags: extras.configHasControlTags ?? true,
    skip_queue: p.skip_queue,
    reveal_preannotations_interactively: !!p.reveal_preannotations_interactively,
    pinned_at: p.pinned_at,
    finished_task_number: p.finished_task_number,
    queue_total: extras.queueTotal ?? p.task_number,
    queue_done: extras.queueDone ?? p.finished_task_number,
    data_types: extras.dataTypes ?? {},
    abilities: extras.abilities,
  };
}

export type ProjectView = ReturnType<typeof presentProject>;

type Creator = NonNullable<ProjectExtras['createdBy']>;

/** Projects as the project endpoints return them: with what the caller may do and what the config reads. */
export function presentProjects(rows: ProjectRow[], abilities: Record<string, boolean>, creators: Map<number, Creator>) {
  return rows.map((p) =>
    presentProject(p, {
      abilities,
      configHasControlTags: hasControlTags(p.label_config),
      parsedLabelConfig: parsedLabelConfig(p.label_config),
      dataTypes: dataTypes(p.label_config),
      createdBy: p.created_by === null ? null : (creators.get(p.created_by) ?? null),
    }),
  );
}

/** The counters alone, for Label Studio's projects page (`/api/projects/counts`). */
export function presentProjectCounts(p: ProjectRow) {
  const v = presentProject(p);
  return {
    id: v.id,
    task_number: v.task_number,
    finished_task_number: v.finished_task_number,
    total_predictions_number: v.total_predictions_number,
    total_annotations_number: v.total_annotations_number,
    num_tasks_with_annotations: v.num_tasks_with_annotations,
    useful_annotation_number: v.useful_annotation_number,
    ground_truth_number: v.ground_truth_number,
    skipped_annotations_number: v.skipped_annotations_number,
    queue_total: v.queue_total,
    queue_done: v.queue_done,
  };
}

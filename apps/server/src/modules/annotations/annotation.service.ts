import crypto from 'node:crypto';
import { flag, now, toJson } from '../../platform/db/dialect';
import type { Actor } from '../../platform/access/policy';
import { invalidField, notFound } from '../../platform/errors';
import type { Repositories } from '../../repositories';
import { assertResult, usableConfig } from '../projects';
import { predictionResult } from './prediction-result';
import type { AnnotationRow, DraftRow, PredictionRow, TaskRow } from '../../platform/db/schema';
import { refreshTaskCounters } from '../counters';

export interface AnnotationInput {
  result?: unknown[];
  was_cancelled?: boolean;
  ground_truth?: boolean;
  lead_time?: number | null;
  completed_by?: number | null;
  parent_prediction?: number | null;
  parent_annotation?: number | null;
  draft_id?: number | null;
  import_id?: number | null;
}

export interface PredictionInput {
  /** A list of result items, or one of Label Studio's shorthands (see predictionResult). */
  result?: unknown;
  score?: number | null;
  model_version?: string | null;
  cluster?: number | null;
  neighbors?: unknown;
  mislabeling?: number;
}

export interface DraftInput {
  result?: unknown[];
  lead_time?: number | null;
  was_postponed?: boolean;
  annotation?: number | null;
}

/**
 * Annotations, predictions and drafts. Every write that changes a task's counters
 * refreshes them (and the project's) in the same transaction.
 */
export class AnnotationService {
  constructor(private readonly repos: Repositories) {}

  annotationsOf(taskId: number, ordering?: 'id' | '-id' | 'created_at' | '-created_at'): Promise<AnnotationRow[]> {
    return this.repos.annotations.forTask(taskId, ordering);
  }

  /** A user's drafts of a task. */
  draftsOf(taskId: number, userId: number): Promise<DraftRow[]> {
    return this.repos.drafts.forTasks([taskId], userId);
  }

  predictions(organizationId: number, projectId?: number, taskId?: number): Promise<PredictionRow[]> {
    return this.repos.predictions.list({ organizationId, projectId, taskId });
  }

  /** The labeling config results of this project must fit. */
  private async configOf(projectId: number): Promise<string> {
    return (await this.repos.projects.findById(projectId))?.label_config ?? '';
  }

  /**
   * Submits an annotation by `actor`, on behalf of `input.completed_by` (the access layer has
   * decided who it may be attributed to).
   */
  async createAnnotation(task: TaskRow, actor: Actor, input: AnnotationInput): Promise<AnnotationRow> {
    const userId = actor.userId;
    // Like Label Studio's serializer: an unknown user is a 400 on the field, not a database error.
    const author = input.completed_by;
    if (author && author !== userId && !(await this.repos.users.membership(actor.organizationId, author)))
      throw invalidField('completed_by', `Invalid pk "${author}" - object does not exist.`);
    if (input.result !== undefined) assertResult(await this.configOf(task.project_id), input.result);
    return this.repos.transaction(async (r) => {
      const at = now();
      let draftCreatedAt: string | null = null;
      if (input.draft_id) draftCreatedAt = (await r.drafts.findById(input.draft_id))?.created_at ?? null;
      const row = await r.annotations.insert({
        task_id: task.id,
        project_id: task.project_id,
        result: toJson(input.result ?? []),
        was_cancelled: flag(input.was_cancelled),
        ground_truth: flag(input.ground_truth),
        lead_time: input.lead_time ?? null,
        completed_by: input.completed_by ?? userId,
        updated_by: userId,
        parent_prediction_id: input.parent_prediction ?? null,
        parent_annotation_id: input.parent_annotation ?? null,
        last_action: input.was_cancelled ? 'skipped' : input.parent_prediction ? 'prediction' : 'submitted',
        import_id: input.import_id ?? null,
        unique_id: crypto.randomUUID(),
        draft_created_at: draftCreatedAt,
        created_at: at,
        updated_at: at,
      });
      // Submitting supersedes the user's drafts of this task.
      await r.drafts.deleteFor(task.id, userId);
      await refreshTaskCounters(r, task.project_id, [task.id]);
      await r.tasks.update(task.id, { updated_by: userId, updated_at: at });
      return row;
    });
  }

  async updateAnnotation(annotation: AnnotationRow, userId: number, input: AnnotationInput): Promise<AnnotationRow> {
    if (input.result !== undefined) assertResult(await this.configOf(annotation.project_id), input.result);
    return this.repos.transaction(async (r) => {
      const updated = await r.annotations.update(annotation.id, {
        ...(input.result !== undefined ? { result: toJson(input.result) } : {}),
        ...(input.was_cancelled !== undefined ? { was_cancelled: flag(input.was_cancelled) } : {}),
        ...(input.ground_truth !== undefined ? { ground_truth: flag(input.ground_truth) } : {}),
        ...(input.lead_time !== undefined ? { lead_time: input.lead_time } : {}),
        ...(input.completed_by !== undefined ? { completed_by: input.completed_by } : {}),
        updated_by: userId,
        last_action: 'updated',
        updated_at: now(),
      });
      if (!updated) throw notFound();
      if (input.was_cancelled !== undefined) await refreshTaskCounters(r, annotation.project_id, [annotation.task_id]);
      return updated;
    });
  }

  async deleteAnnotation(annotation: AnnotationRow): Promise<void> {
    await this.repos.transaction(async (r) => {
      await r.annotations.delete(annotation.id);
      await refreshTaskCounters(r, annotation.project_id, [annotation.task_id]);
    });
  }

  /** A prediction result as stored: shorthands are expanded against the project's labeling config. */
  private async predictionResult(projectId: number, result: unknown): Promise<unknown[]> {
    const xml = await this.configOf(projectId);
    const expanded = predictionResult(result, usableConfig(xml)?.controls ?? []);
    assertResult(xml, expanded);
    return expanded;
  }

  async createPrediction(task: TaskRow, input: PredictionInput): Promise<PredictionRow> {
    const result = await this.predictionResult(task.project_id, input.result);
    return this.repos.transaction(async (r) => {
      const at = now();
      const row = await r.predictions.insert({
        task_id: task.id,
        project_id: task.project_id,
        result: toJson(result),
        score: input.score ?? null,
        model_version: input.model_version ?? '',
        cluster: input.cluster ?? null,
        neighbors: input.neighbors === undefined ? null : toJson(input.neighbors),
        mislabeling: input.mislabeling ?? 0,
        created_at: at,
        updated_at: at,
      });
      await refreshTaskCounters(r, task.project_id, [task.id]);
      return row;
    });
  }

  async updatePrediction(p: PredictionRow, input: PredictionInput): Promise<PredictionRow> {
    const result = input.result !== undefined ? toJson(await this.predictionResult(p.project_id, input.result)) : undefined;
    return this.repos.transaction(async (r) => {
      const updated = await r.predictions.update(p.id, {
        ...(result !== undefined ? { result } : {}),
        ...(input.score !== undefined ? { score: input.score } : {}),
        ...(input.model_version !== undefined ? { model_version: input.model_version ?? '' } : {}),
        ...(input.cluster !== undefined ? { cluster: input.cluster } : {}),
        ...(input.neighbors !== undefined ? { neighbors: toJson(input.neighbors) } : {}),
        ...(input.mislabeling !== undefined ? { mislabeling: input.mislabeling } : {}),
        updated_at: now(),
      });
      if (!updated) throw notFound();
      // The task's average score (its Data Manager column) follows the new score.
      if (input.score !== undefined) await refreshTaskCounters(r, p.project_id, [p.task_id]);
      return updated;
    });
  }

  async deletePrediction(p: PredictionRow): Promise<void> {
    await this.repos.transaction(async (r) => {
      await r.predictions.delete(p.id);
      await refreshTaskCounters(r, p.project_id, [p.task_id]);
    });
  }

  async createDraft(task: TaskRow, userId: number, input: DraftInput): Promise<DraftRow> {
    const at = now();
    return this.repos.drafts.insert({
      task_id: task.id,
      project_id: task.project_id,
      annotation_id: input.annotation ?? null,
      user_id: userId,
      result: toJson(input.result ?? []),
      lead_time: input.lead_time ?? null,
      was_postponed: flag(input.was_postponed),
      created_at: at,
      updated_at: at,
    });
  }

  async updateDraft(d: DraftRow, input: DraftInput): Promise<DraftRow> {
    const updated = await this.repos.drafts.update(d.id, {
      ...(input.result !== undefined ? { result: toJson(input.result) } : {}),
      ...(input.lead_time !== undefined ? { lead_time: input.lead_time } : {}),
      ...(input.was_postponed !== undefined ? { was_postponed: flag(input.was_postponed) } : {}),
      updated_at: now(),
    });
    if (!updated) throw notFound();
    return updated;
  }

  async deleteDraft(d: DraftRow): Promise<void> {
    await this.repos.drafts.delete(d.id);
  }
}

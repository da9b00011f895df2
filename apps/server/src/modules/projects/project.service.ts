import { flag, now, parseJson, toJson } from '../../platform/db/dialect';
import type { ProjectRow, ProjectUpdate } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import type { Actor } from '../../platform/access/policy';
import type { Repositories } from '../../repositories';
import type { ProjectListQuery } from './project.repository';
import { usedLabelsFromResults, type UsedLabels } from '@groundwork/label-config';
import { assertLabelConfig, assertNoOrphans } from './label-config';
import { applyOverlap } from '../counters';
import { isProjectOrdering } from './project.repository';

/** Project fields a client may write, with Label Studio's names. */
export interface ProjectInput {
  title?: string;
  description?: string;
  label_config?: string;
  expert_instruction?: string;
  show_instruction?: boolean;
  show_skip_button?: boolean;
  enable_empty_annotation?: boolean;
  show_annotation_history?: boolean;
  color?: string;
  maximum_annotations?: number;
  is_published?: boolean;
  model_version?: string;
  is_draft?: boolean;
  min_annotations_to_start_training?: number;
  start_training_on_annotation_update?: boolean;
  show_collab_predictions?: boolean;
  sampling?: string;
  show_ground_truth_first?: boolean;
  show_overlap_first?: boolean;
  overlap_cohort_percentage?: number;
  task_data_login?: string | null;
  task_data_password?: string | null;
  control_weights?: Record<string, unknown> | null;
  evaluate_predictions_automatically?: boolean;
  skip_queue?: string;
  reveal_preannotations_interactively?: boolean;
  pinned_at?: string | null;
}

const FLAGS = [
  'show_instruction',
  'show_skip_button',
  'enable_empty_annotation',
  'show_annotation_history',
  'is_published',
  'is_draft',
  'start_training_on_annotation_update',
  'show_collab_predictions',
  'show_ground_truth_first',
  'show_overlap_first',
  'evaluate_predictions_automatically',
  'reveal_preannotations_interactively',
] as const;

export const DEFAULT_LABEL_CONFIG = '<View></View>';

/** Sums per-control usage from several pages of annotations. */
function mergeUsed(into: Map<string, UsedLabels[number]>, page: UsedLabels): void {
  for (const u of page) {
    const key = `${u.from_name}|${u.to_name}|${u.type}`;
    const have = into.get(key);
    if (!have) {
      into.set(key, { ...u, labels: { ...u.labels } });
      continue;
    }
    have.count += u.count;
    for (const [label, n] of Object.entries(u.labels)) have.labels[label] = (have.labels[label] ?? 0) + n;
  }
}

function toRow(input: ProjectInput): ProjectUpdate {
  const row: ProjectUpdate = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if ((FLAGS as readonly string[]).includes(key)) (row as Record<string, unknown>)[key] = flag(value as boolean);
    else if (key === 'control_weights') row.control_weights = toJson(value ?? {});
    else (row as Record<string, unknown>)[key] = value;
  }
  return row;
}

export class ProjectService {
  /** Whether `value` is an ordering the project list knows (`id`, `-created_at`, …). */
  isOrdering(value: string): boolean {
    return isProjectOrdering(value);
  }

  constructor(private readonly repos: Repositories) {}

  list(q: ProjectListQuery): Promise<{ rows: ProjectRow[]; count: number }> {
    return this.repos.projects.list(q);
  }

  /** The users who created these projects, for Label Studio's `created_by` object. */
  async creators(
    rows: ProjectRow[],
  ): Promise<Map<number, { id: number; email: string; first_name: string; last_name: string; avatar: null }>> {
    const ids = [...new Set(rows.map((r) => r.created_by).filter((x): x is number => x !== null))];
    const users = await this.repos.users.findByIds(ids);
    return new Map(
      users.map((u) => [u.id, { id: u.id, email: u.email, first_name: u.first_name, last_name: u.last_name, avatar: null }]),
    );
  }

  async get(id: number): Promise<ProjectRow | undefined> {
    return this.repos.projects.findById(id);
  }

  async create(actor: Actor, input: ProjectInput): Promise<ProjectRow> {
    const labelConfig = input.label_config ?? DEFAULT_LABEL_CONFIG;
    // Label Studio accepts an empty `<View></View>` on create (project set-up happens later).
    if (labelConfig !== DEFAULT_LABEL_CONFIG) assertLabelConfig(labelConfig);
    const at = now();
    const row = toRow(input);
    return this.repos.projects.insert({
      ...(row as object),
      organization_id: actor.organizationId,
      title: input.title ?? '',
      label_config: labelConfig,
      control_weights: toJson(input.control_weights ?? {}),
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    } as Parameters<Repositories['projects']['insert']>[0]);
  }

  /** Controls and labels the project's annotations use, read one page at a time. */
  async usedLabels(projectId: number): Promise<UsedLabels> {
    const used = new Map<string, UsedLabels[number]>();
    let after = 0;
    for (;;) {
      const rows = await this.repos.annotations.resultsAfter(projectId, after, 2000);
      if (!rows.length) break;
      mergeUsed(used, usedLabelsFromResults(rows.map((r) => parseJson(r.result))));
      after = rows[rows.length - 1].id;
    }
    return [...used.values()];
  }

  /**
   * Checks a new config for a project: valid, and (unless `force`) not orphaning labels or controls
   * that existing annotations use.
   */
  async assertConfigChange(project: ProjectRow, xml: string, force = false): Promise<void> {
    const config = assertLabelConfig(xml);
    if (force || xml === project.label_config) return;
    assertNoOrphans(project.label_config, config, await this.usedLabels(project.id));
  }

  async update(project: ProjectRow, input: ProjectInput, force = false): Promise<ProjectRow> {
    if (input.label_config !== undefined && input.label_config !== project.label_config)
      await this.assertConfigChange(project, input.label_config, force);
    return this.repos.transaction(async (r) => {
      const updated = await r.projects.update(project.id, { ...toRow(input), updated_at: now() });
      if (!updated) throw notFound();
      if (input.maximum_annotations !== undefined && input.maximum_annotations !== project.maximum_annotations) {
        await applyOverlap(r, project.id, input.maximum_annotations);
        return (await r.projects.findById(project.id))!;
      }
      return updated;
    });
  }

  /** Foreign keys cascade to tasks, annotations, predictions and drafts in the same statement. */
  async delete(project: ProjectRow): Promise<void> {
    // Indexes built for the project's data fields are schema objects: no foreign key removes them.
    await this.repos.fieldIndexes.dropProject(project.id);
    await this.repos.transaction(async (r) => {
      await r.projects.delete(project.id);
    });
  }
}

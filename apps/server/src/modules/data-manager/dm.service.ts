import crypto from 'node:crypto';
import { now, parseJson, toJson } from '../../platform/db/dialect';
import { invalidField, notFound } from '../../platform/errors';
import type { Actor } from '../../platform/access/policy';
import type { Repositories } from '../../repositories';
import type { ActionSelection } from './dm-action.repository';
import type { TaskSelection, TaskService } from '../tasks';
import type { TaskListQueryType } from './dm.schema';
import { dataTypes } from '../projects';
import { actionDefs, type ActionDef, type ActionId } from './dm-actions';
import { dmColumns, type DmColumn } from './dm-columns';
import { isSafeDataKey, parseFilters, parseOrdering, type DmQuery } from '../tasks';
import { parseSearch } from '../tasks';
import { parseJsonParam, parseQuery, parseSelectedItems, type Selection } from '../tasks';
import type { ProjectRow, ViewRow } from '../../platform/db/schema';
import { refreshTaskCounters, uncountTasks } from '../counters';

export interface ViewInput {
  data?: Record<string, unknown>;
  order?: number | null;
  selected_items?: unknown;
}

export interface ActionResult {
  processed_items: number;
  detail: string;
  reload?: boolean;
}

/** The part of an action's request that says which tasks: Label Studio's prepare params. */
export interface ActionRequest {
  body: Record<string, unknown>;
  viewId?: number;
}

/** What a task list asks for: `view`, `query` and `selectedItems` parameters as they arrived. */
export interface TaskListParams {
  view?: number;
  query?: string;
  selectedItems?: string;
  /** Full-text search over task data (a Groundwork addition); AND-ed with the query's own `search`. */
  search?: string;
}

const QUERY_HINT = '{"filters": …, "ordering": […], "selectedItems": {…}}';
const SELECTION_HINT = '{"all": false, "included": […]} or {"all": true, "excluded": […]}';

/** Data Manager: views (tabs), columns, the task query behind the list, and bulk actions. */
export class DmService {
  constructor(
    private readonly repos: Repositories,
    private readonly tasks: TaskService,
  ) {}

  /** Per-project indexes on `data.<field>` expressions, built when a query first needs them. */
  get fieldIndexes() {
    return this.repos.fieldIndexes;
  }

  // --- Views ---

  listViews(actor: Actor, projectId?: number): Promise<ViewRow[]> {
    return projectId === undefined
      ? this.repos.views.listByOrganization(actor.organizationId)
      : this.repos.views.listByProject(projectId);
  }

  async createView(project: ProjectRow, userId: number, input: ViewInput): Promise<ViewRow> {
    const data = checkViewData(input.data ?? {});
    const at = now();
    return this.repos.views.insert({
      project_id: project.id,
      user_id: userId,
      position: input.order ?? (await this.repos.views.nextPosition(project.id)),
      data: toJson(data),
      selected_items:
        input.selected_items === undefined || input.selected_items === null ? null : toJson(checkSelected(input.selected_items)),
      created_at: at,
      updated_at: at,
    });
  }

  /** PATCH replaces the fields given; PUT (`replace`) resets the ones left out. */
  async updateView(view: ViewRow, input: ViewInput, replace: boolean): Promise<ViewRow> {
    const patch: Parameters<Repositories['views']['update']>[1] = { updated_at: now() };
    if (input.data !== undefined || replace) patch.data = toJson(checkViewData(input.data ?? {}));
    if (input.order !== undefined && input.order !== null) patch.position = input.order;
    if (input.selected_items !== undefined || replace)
      patch.selected_items =
        input.selected_items === undefined || input.selected_items === null ? null : toJson(checkSelected(input.selected_items));
    const updated = await this.repos.views.update(view.id, patch);
    if (!updated) throw notFound();
    return updated;
  }

  deleteView(view: ViewRow): Promise<void> {
    return this.repos.views.delete(view.id);
  }

  resetViews(projectId: number): Promise<number> {
    return this.repos.views.deleteByProject(projectId);
  }

  /** Puts the project's views in the order of `ids`; ids of other projects are ignored. */
  async orderViews(projectId: number, ids: number[]): Promise<void> {
    await this.repos.transaction(async (r) => {
      for (const [position, id] of ids.entries()) await r.views.setPosition(projectId, id, position);
    });
  }

  // --- Columns ---

  async columns(project: ProjectRow): Promise<DmColumn[]> {
    const [dataKeys, members, modelVersions] = await Promise.all([
      this.repos.dmActions.dataKeys(project.id),
      this.repos.users.listInOrganization(project.organization_id),
      this.repos.dmActions.modelVersions(project.id),
    ]);
    return dmColumns({
      configTypes: dataTypes(project.label_config),
      dataKeys,
      memberIds: members.map((m) => m.id),
      modelVersions,
    });
  }

  // --- Task query ---

  /**
   * The tasks a list covers: a saved view's filters and ordering when `view` is given (it wins, as in
   * Label Studio), else the `query` parameter's; `selectedItems` narrows either.
   */
  async taskSelection(projectId: number, params: TaskListParams): Promise<TaskSelection> {
    let selection: TaskSelection;
    if (params.view) {
      const view = await this.repos.views.findById(params.view);
      if (!view || view.project_id !== projectId)
        throw invalidField('view', `view ${params.view} is not a view of project ${projectId}`);
      selection = { dm: viewQuery(view) };
    } else {
      const parsed = parseQuery(parseJsonParam(params.query, 'query', QUERY_HINT), 'query');
      selection = parsed;
    }
    // The generated SDK's `selected_items` travels as a separate `selectedItems` parameter.
    if (params.selectedItems && !selection.ids && !selection.excludeIds)
      Object.assign(selection, parseSelectedItems(parseJsonParam(params.selectedItems, 'selectedItems', SELECTION_HINT)));
    const search = [selection.dm?.search, parseSearch(params.search, 'search')].filter(Boolean).join(' ') || undefined;
    selection.dm = await this.prepare(projectId, { ...selection.dm, search });
    return selection;
  }

  /**
   * One page of a project's task list: Label Studio's paging rules (404 past the last page), the
   * view or query's selection, and the tasks' relations unless `fields=task_only`.
   */
  async taskPage(project: ProjectRow, q: TaskListQueryType, pageSizeMax: number) {
    const page = q.page ?? 1;
    if (q.cursor !== undefined && page > 1) throw invalidField('page', 'pass either page or cursor, not both');
    const pageSize = Math.min(q.page_size ?? 100, pageSizeMax);
    const selection = await this.taskSelection(project.id, {
      view: q.view,
      query: q.query,
      selectedItems: q.selectedItems,
      search: q.search,
    });
    const {
      tasks: rows,
      totals,
      nextCursor,
    } = await this.tasks.page(project.id, page, pageSize, { ...selection, onlyAnnotated: q.only_annotated === true }, q.cursor);
    // Label Studio answers 404 past the last page; its SDK pagers rely on it.
    if (!rows.length && page > 1) throw notFound('Invalid page.');
    const relations: Awaited<ReturnType<TaskService['relationsFor']>> =
      q.fields === 'task_only' ? new Map() : await this.tasks.relationsFor(rows);
    return { rows, relations, totals, nextCursor };
  }

  /**
   * A parsed query made ready to run: scoped to its project, with the indexes its `data.*` filters
   * and ordering use built (or started, when a build takes longer than a short wait).
   */
  async prepare(projectId: number, dm: DmQuery): Promise<DmQuery> {
    if (dm.search) await this.repos.searchIndex.sync();
    const indexed = await this.fieldIndexes.ensure(projectId, dm);
    return { ...dm, projectId, indexed };
  }

  // --- Actions ---

  /** Every action on the project's tasks, in Label Studio's order; what each requires is for the access layer. */
  async actions(project: ProjectRow): Promise<ActionDef[]> {
    const versions = await this.repos.dmActions.modelVersions(project.id);
    return actionDefs(versions).sort((a, b) => a.order - b.order);
  }

  actionDef(id: string): ActionDef {
    const def = actionDefs([]).find((a) => a.id === id);
    if (!def) throw invalidField('id', `unknown action "${id}"`);
    return def;
  }

  /** Which tasks an action covers: Label Studio's prepare params from the view and the body. */
  private async actionSelection(projectId: number, req: ActionRequest): Promise<ActionSelection> {
    const body = req.body;
    const viewId = req.viewId ?? (body.view === undefined ? undefined : Number(body.view));
    let selection: Selection & { dm?: ActionSelection['dm'] };
    if (viewId) {
      const view = await this.repos.views.findById(viewId);
      if (!view || view.project_id !== projectId)
        throw invalidField('view', `view ${viewId} is not a view of project ${projectId}`);
      selection = { dm: viewQuery(view) };
      const stored = view.selected_items === null ? undefined : parseJson(view.selected_items);
      const items = body.selectedItems ?? body.selected_items ?? stored;
      Object.assign(selection, parseSelectedItems(items));
    } else {
      selection = parseQuery(
        { filters: body.filters, ordering: body.ordering, selectedItems: body.selectedItems ?? body.selected_items },
        'filters',
      );
    }
    const search = [selection.dm?.search, parseSearch(body.search, 'search')].filter(Boolean).join(' ') || undefined;
    if (search) await this.repos.searchIndex.sync();
    return { projectId, ...selection, dm: { ...selection.dm, search, projectId } };
  }

  async runAction(actor: Actor, project: ProjectRow, def: ActionDef, req: ActionRequest): Promise<ActionResult> {
    const selection = await this.actionSelection(project.id, req);
    const run: Record<ActionId, () => Promise<ActionResult>> = {
      delete_tasks: () => this.deleteTasks(project.id, selection),
      delete_tasks_annotations: () => this.deleteAnnotations(project.id, selection, annotatorOf(req.body)),
      delete_tasks_predictions: () => this.deletePredictions(project.id, selection),
      predictions_to_annotations: () =>
        this.predictionsToAnnotations(project.id, selection, actor.userId, req.body.model_version),
      remove_duplicates: () => this.removeDuplicates(project.id, selection),
      add_data_field: () => this.addDataField(selection, actor.userId, req.body),
    };
    return run[def.id]();
  }

  private deleteTasks(projectId: number, sel: ActionSelection): Promise<ActionResult> {
    return this.repos.transaction(async (r) => {
      let n = 0;
      const remove = async (ids?: number[]) => {
        await uncountTasks(r, projectId, ids);
        n += await r.tasks.deleteMany(projectId, ids);
      };
      if (r.dmActions.isWholeProject(sel)) await remove();
      else for await (const batch of r.dmActions.idBatches(sel)) await remove(batch);
      // Like Label Studio, an emptied project starts over with no tabs.
      if ((await r.projects.findById(projectId))?.task_number === 0) await r.views.deleteByProject(projectId);
      return { processed_items: n, reload: true, detail: `Deleted ${n} tasks` };
    });
  }

  private deleteAnnotations(projectId: number, sel: ActionSelection, annotator?: number): Promise<ActionResult> {
    return this.repos.transaction(async (r) => {
      let n = 0;
      for await (const batch of r.dmActions.idBatches(sel)) {
        n += await r.dmActions.deleteAnnotations(batch, annotator);
        await refreshTaskCounters(r, projectId, batch);
      }
      return { processed_items: n, detail: `Deleted ${n} annotations` };
    });
  }

  private deletePredictions(projectId: number, sel: ActionSelection): Promise<ActionResult> {
    return this.repos.transaction(async (r) => {
      let n = 0;
      for await (const batch of r.dmActions.idBatches(sel)) {
        n += await r.dmActions.deletePredictions(batch);
        await refreshTaskCounters(r, projectId, batch);
      }
      return { processed_items: n, detail: `Deleted ${n} predictions` };
    });
  }

  private predictionsToAnnotations(
    projectId: number,
    sel: ActionSelection,
    userId: number,
    modelVersion: unknown,
  ): Promise<ActionResult> {
    // One model version, or (as the legacy SDK sends it) a list of them.
    const versions =
      modelVersion === undefined || modelVersion === null
        ? undefined
        : Array.isArray(modelVersion)
          ? modelVersion
          : [modelVersion];
    if (versions?.some((v) => typeof v !== 'string'))
      throw invalidField('model_version', 'must be a model version or a list of them');
    return this.repos.transaction(async (r) => {
      let n = 0;
      for await (const batch of r.dmActions.idBatches(sel)) {
        const predictions = await r.dmActions.latestPredictions(batch, versions as string[] | undefined);
        if (!predictions.length) continue;
        const at = now();
        await r.dmActions.insertAnnotations(
          predictions.map((p) => ({
            task_id: p.task_id,
            project_id: projectId,
            result: toJson(parseJson(p.result) ?? []),
            was_cancelled: 0,
            ground_truth: 0,
            lead_time: null,
            completed_by: userId,
            updated_by: userId,
            parent_prediction_id: p.id,
            parent_annotation_id: null,
            last_action: 'prediction',
            import_id: null,
            unique_id: crypto.randomUUID(),
            draft_created_at: null,
            created_at: at,
            updated_at: at,
          })),
        );
        n += predictions.length;
        await refreshTaskCounters(
          r,
          projectId,
          predictions.map((p) => p.task_id),
        );
      }
      return { processed_items: n, detail: `Created ${n} annotations` };
    });
  }

  private removeDuplicates(projectId: number, sel: ActionSelection): Promise<ActionResult> {
    return this.repos.transaction(async (r) => {
      const pairs = await r.dmActions.duplicates(sel);
      const byKeep = new Map<number, number[]>();
      for (const { id, keep } of pairs) byKeep.set(keep, [...(byKeep.get(keep) ?? []), id]);
      for (const [keep, ids] of byKeep) await r.dmActions.moveWork(ids, keep);
      const dups = pairs.map((p) => p.id);
      await refreshTaskCounters(r, projectId, [...byKeep.keys(), ...dups]);
      for (let i = 0; i < dups.length; i += 500) {
        const batch = dups.slice(i, i + 500);
        await uncountTasks(r, projectId, batch);
        await r.tasks.deleteMany(projectId, batch);
      }
      return { processed_items: dups.length, reload: true, detail: `Removed ${dups.length} tasks` };
    });
  }

  private async addDataField(sel: ActionSelection, userId: number, body: Record<string, unknown>): Promise<ActionResult> {
    const name = body.value_name;
    if (typeof name !== 'string' || !name.trim()) throw invalidField('value_name', 'must name the data field to set');
    if (!isSafeDataKey(name)) throw invalidField('value_name', 'must not contain quotes, backslashes or control characters');
    const type = body.value_type ?? 'String';
    let value: unknown = body.value ?? '';
    if (type === 'Number') {
      value = Number(value);
      if (!Number.isFinite(value)) throw invalidField('value', `${JSON.stringify(body.value)} is not a number`);
    } else if (type === 'Boolean') value = value === true || value === 'true' || value === 'True' || value === 1 || value === '1';
    else if (type === 'String') value = String(value);
    else throw invalidField('value_type', `unsupported value type "${String(type)}": use String, Number or Boolean`);
    const n = await this.repos.transaction((r) => r.dmActions.setDataField(sel, name, value, userId, now()));
    return { processed_items: n, detail: `Updated ${n} tasks` };
  }
}

function annotatorOf(body: Record<string, unknown>): number | undefined {
  const a = body.annotator;
  if (a === undefined || a === null || a === '') return undefined;
  const n = Number(a);
  if (!Number.isInteger(n)) throw invalidField('annotator', 'must be a user id');
  return n;
}

/** A view's stored filters and ordering, parsed; a view saved with a bad filter answers 400 naming it. */
function viewQuery(view: ViewRow) {
  const data = parseJson<Record<string, unknown>>(view.data) ?? {};
  return { filters: parseFilters(data.filters, 'view.filters'), ordering: parseOrdering(data.ordering, 'view.ordering') };
}

/** Validates what a view stores: its filters and ordering must be ones the task list can apply. */
function checkViewData(data: Record<string, unknown>): Record<string, unknown> {
  parseFilters(data.filters, 'data.filters');
  parseOrdering(data.ordering, 'data.ordering');
  return data;
}

function checkSelected(raw: unknown): unknown {
  parseSelectedItems(raw, 'selected_items');
  return raw;
}

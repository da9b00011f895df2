import { parseConfig, type LabelConfig } from '@groundwork/label-config';
import { History } from './history';
import {
  assignHotkeys,
  comboOf,
  hotkeyHelp,
  type EditorAction,
  type HotkeyHelpEntry,
  type HotkeyMap,
  type HotkeyOverrides,
  type KeyInput,
} from './hotkeys';
import { regionId as newRegionId } from './ids';
import {
  buildInterface,
  type ControlModel,
  type InterfaceModel,
  type ItemModel,
  type ObjectModel,
  type UiNode,
} from './interface-model';
import { jsonEqual, type JsonObject, type JsonValue } from './json';
import {
  resultKey,
  selectedValues,
  type AnnotationRecord,
  type RegionRecord,
  type RelationDirection,
  type RelationRecord,
  type ResultRecord,
} from './records';
import { readResultList, type LoadProblem } from './load';
import { MISSING_DIRECTION, writeRelation, type LsResultItem } from './result-json';
import { AnnotationStore, type Patch } from './store';
import type { TagModule } from './tag-module';
import { conditionsHold, conditionsOf, regionMatches, type Conditions, type VisibilityContext } from './visibility';

export interface EngineOptions {
  /** A parsed config, or its XML. */
  readonly config: LabelConfig | string;
  /** The task's `data`. */
  readonly data: Record<string, unknown>;
  /** Tag modules; `defaultTags` from the package root gives every tag this editor has. */
  readonly tags: readonly TagModule[];
  readonly hotkeys?: HotkeyOverrides;
  /** Label Studio's "Select regions after creating": off by default (see {@link EditorEngine.selectAfterCreate}). */
  readonly selectAfterCreate?: boolean;
}

export interface RequiredProblem {
  readonly control: string;
  readonly message: string;
  readonly regionId?: string;
}

/** A text range chosen by the user that waits for a label. */
export interface PendingSelection {
  readonly objectName: string;
  readonly geometry: JsonObject;
}

/** UI state that is not part of the annotation and not undoable. */
export interface SessionState {
  readonly selectedRegionId?: string;
  /** Labels toggled on in each labels control, applied to the next span. */
  readonly activeLabels: Readonly<Record<string, readonly string[]>>;
  readonly pending?: PendingSelection;
  /** Region a relation is being drawn from. */
  readonly linkingFrom?: string;
  /** Relation being edited in the relations panel. */
  readonly selectedRelationId?: string;
  /** Text typed into `<Filter>`s, by the control they filter. */
  readonly filters: Readonly<Record<string, string>>;
  /**
   * Every selected region when more than one is (Shift+click, rubber band); `selectedRegionId`
   * is then the last one picked. Absent means just `selectedRegionId`. See {@link EditorEngine.selectedRegions}.
   */
  readonly selectedRegionIds?: readonly string[];
}

/** One region's change within {@link EditorEngine.updateRegions}. */
export interface RegionEdit {
  readonly id: string;
  readonly geometry?: JsonObject;
  readonly hidden?: boolean;
  readonly locked?: boolean;
}

export interface KeyOutcome {
  readonly handled: boolean;
  /** Actions the embedding page carries out (submit, skip). */
  readonly action?: Extract<EditorAction, 'annotation:submit' | 'annotation:skip'>;
}

/** Writes records within one undoable change. */
export interface Transaction {
  put(record: AnnotationRecord): void;
  remove(record: AnnotationRecord): void;
}

export interface NewRegion {
  readonly objectName: string;
  readonly shape: string;
  readonly geometry: JsonObject;
  readonly results: readonly { readonly control: string; readonly payload: JsonValue }[];
}

type Listener = () => void;

/**
 * The headless labeling engine: the interface built from a config and a task, a normalized
 * store of regions, results and relations, undo/redo as patches, selection, conditional display,
 * required checks and hotkeys. It knows no concrete tag; tag modules describe how their results
 * read and write Label Studio JSON and what their option hotkeys do.
 *
 * @example
 * const engine = new EditorEngine({ config: xml, data: task.data, tags: defaultTags });
 * engine.load(annotation.result);
 * engine.setPayload('sentiment', ['Positive']);
 * engine.serialize(); // Label Studio result JSON
 */
export class EditorEngine {
  readonly config: LabelConfig;
  readonly ui: InterfaceModel;
  readonly store = new AnnotationStore();
  readonly hotkeys: HotkeyMap;
  readonly data: Record<string, unknown>;
  private readonly history = new History();
  private readonly modules: ReadonlyMap<string, TagModule>;
  private readonly controlsByName: ReadonlyMap<string, ControlModel>;
  private readonly objectsByName: ReadonlyMap<string, ObjectModel>;
  private readonly parents = new Map<string, UiNode>();
  private readonly loadedObjects = new Map<string, ObjectModel>();
  private readonly conditionsByControl = new Map<string, Conditions>();
  private readonly listeners = new Set<Listener>();
  private readonly patchListeners = new Set<(patches: readonly Patch[]) => void>();
  private sessionState: SessionState = { activeLabels: {}, filters: {} };
  private versionNumber = 0;
  private revisionNumber = 0;
  private loadProblems: LoadProblem[] = [];

  constructor(options: EngineOptions) {
    if (typeof options.config === 'string') {
      const parsed = parseConfig(options.config);
      if (!parsed.ok || !parsed.config) {
        throw new Error(`Invalid labeling config: ${parsed.errors.map((e) => `${e.message} (line ${e.line})`).join('; ')}`);
      }
      this.config = parsed.config;
    } else {
      this.config = options.config;
    }
    this.data = options.data ?? {};
    this.selectAfterCreate = options.selectAfterCreate ?? false;
    this.ui = buildInterface(this.config.root, this.data);
    this.modules = new Map(options.tags.map((m) => [m.tag, m]));
    this.controlsByName = new Map(this.ui.controls.map((c) => [c.name, c]));
    this.objectsByName = new Map(this.ui.objects.map((o) => [o.name, o]));
    const walk = (node: UiNode) => {
      for (const child of node.children) {
        this.parents.set(child.key, node);
        walk(child);
      }
    };
    walk(this.ui.root);
    for (const c of this.ui.controls) this.conditionsByControl.set(c.name, conditionsOf(c.attrs));
    const itemTags = new Set(options.tags.filter((m) => m.itemHotkeys).map((m) => m.tag));
    this.hotkeys = assignHotkeys(this.ui.controls, itemTags, options.hotkeys);
    this.sessionState = { activeLabels: this.initialActiveLabels(), filters: {} };
  }

  /** `<Label selected="true">` starts out active, so the first selection gets it. */
  private initialActiveLabels(): Record<string, string[]> {
    const active: Record<string, string[]> = {};
    for (const control of this.ui.controls) {
      if (!this.modules.get(control.tag)?.result?.regionShape) continue;
      const values = control.items.filter((i) => i.selected).map((i) => i.alias ?? i.value);
      if (values.length > 0) active[control.name] = values;
    }
    return active;
  }

  // ── Subscriptions ──────────────────────────────────────────────────────────

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Every change to the records, as the patches it made (load, apply, undo, redo), before the
   * change is announced to {@link subscribe}rs. For views that keep derived state per record
   * (an image's drawables and spatial index) and want to update only what changed.
   */
  subscribePatches(listener: (patches: readonly Patch[]) => void): () => void {
    this.patchListeners.add(listener);
    return () => this.patchListeners.delete(listener);
  }

  private announcePatches(patches: readonly Patch[]): void {
    for (const l of [...this.patchListeners]) l(patches);
  }

  /** Grows on every change to records or session state; a snapshot key for React. */
  get version(): number {
    return this.versionNumber;
  }

  /** Grows on every change to the annotation records only (not selection): when to save a draft. */
  get revision(): number {
    return this.revisionNumber;
  }

  private emit(recordsChanged = false): void {
    if (recordsChanged) this.revisionNumber += 1;
    this.versionNumber += 1;
    for (const l of [...this.listeners]) l();
  }

  // ── Config lookups ─────────────────────────────────────────────────────────

  control(name: string): ControlModel | undefined {
    return this.controlsByName.get(name);
  }

  object(name: string): ObjectModel | undefined {
    return this.loadedObjects.get(name) ?? this.objectsByName.get(name);
  }

  /**
   * Gives an object the data its view loaded (`valueType="url"`: the text fetched from the URL
   * in the task), so spans are offsets over that text. Not part of the annotation; not undoable.
   */
  setObjectValue(name: string, value: unknown): void {
    const object = this.objectsByName.get(name);
    if (!object) return;
    this.loadedObjects.set(name, { ...object, value });
    this.emit();
  }

  module(tag: string): TagModule | undefined {
    return this.modules.get(tag);
  }

  /** Controls whose `toName` points at an object. */
  controlsFor(objectName: string): ControlModel[] {
    return this.ui.controls.filter((c) => c.toName.includes(objectName));
  }

  // ── Loading and saving ─────────────────────────────────────────────────────

  /** Problems found by the last {@link load}. */
  get problems(): readonly LoadProblem[] {
    return this.loadProblems;
  }

  /**
   * Replaces the annotation with a Label Studio result list (an annotation's or a prediction's).
   * Malformed items are reported in {@link problems} and left out; the rest loads. Clears history.
   */
  load(result: unknown, source: 'annotation' | 'prediction' = 'annotation'): readonly LoadProblem[] {
    const { records, problems } = readResultList(this, result, source);
    const patches: Patch[] = [];
    for (const r of [...this.store.allRelations(), ...this.store.allResults(), ...this.store.allRegions()]) {
      patches.push({ typeName: r.typeName, id: r.id, before: r });
    }
    for (const r of records) patches.push({ typeName: r.typeName, id: r.id, after: r });
    this.store.apply(patches);
    this.announcePatches(patches);
    this.history.clear();
    this.loadProblems = problems;
    this.sessionState = { activeLabels: this.initialActiveLabels(), filters: this.sessionState.filters };
    this.emit(true);
    return this.loadProblems;
  }

  /**
   * Fills a new, empty annotation with the defaults the config declares (pre-selected choices,
   * TextArea `value`, Rating/Number `defaultValue`). Not undoable: it is where the user starts.
   */
  applyDefaults(): void {
    if (this.store.size > 0) return;
    for (const control of this.ui.controls) {
      if (control.perRegion) continue;
      const payload = this.modules.get(control.tag)?.defaultPayload?.(control);
      if (payload !== undefined) this.setPayload(control.name, payload);
    }
    this.history.clear();
  }

  /**
   * The annotation as a Label Studio result list: results in creation order, then relations
   * where they were; results of controls whose display conditions fail are left out.
   */
  serialize(): LsResultItem[] {
    const records = [...this.store.allResults(), ...this.store.allRelations()].sort((a, b) => a.seq - b.seq);
    const out: LsResultItem[] = [];
    for (const record of records) {
      if (record.typeName === 'relation') {
        const item = writeRelation(record);
        if (item[MISSING_DIRECTION] === true) {
          delete item[MISSING_DIRECTION];
          if (record.direction === 'right') delete item.direction;
        }
        out.push(item);
        continue;
      }
      const control = this.control(record.fromName);
      const codec = control ? this.modules.get(control.tag)?.result : undefined;
      if (!control || !codec || codec.isEmpty(record.payload) || !this.canBeSubmitted(record)) continue;
      out.push(codec.toResult(record, this.store.region(record.regionId), control));
    }
    return out;
  }

  // ── Changes ────────────────────────────────────────────────────────────────

  /**
   * The one path every change to the annotation takes: `fn` writes records through the
   * transaction, and the patches it made become one undoable history entry.
   */
  apply(label: string, fn: (tx: Transaction) => void): Patch[] {
    const patches: Patch[] = [];
    const tx: Transaction = {
      put: (record) => {
        const patch: Patch = {
          typeName: record.typeName,
          id: record.id,
          before: this.store.get(record.typeName, record.id),
          after: record,
        };
        this.store.apply([patch]);
        patches.push(patch);
      },
      remove: (record) => {
        const before = this.store.get(record.typeName, record.id);
        if (!before) return;
        const patch: Patch = { typeName: record.typeName, id: record.id, before };
        this.store.apply([patch]);
        patches.push(patch);
      },
    };
    fn(tx);
    if (patches.length > 0) {
      this.history.push({ label, patches });
      this.announcePatches(patches);
      this.repairSession();
      this.emit(true);
    }
    return patches;
  }

  undo(): boolean {
    const entry = this.history.undo();
    if (!entry) return false;
    this.store.apply(entry.patches);
    this.announcePatches(entry.patches);
    this.repairSession();
    this.emit(true);
    return true;
  }

  redo(): boolean {
    const entry = this.history.redo();
    if (!entry) return false;
    this.store.apply(entry.patches);
    this.announcePatches(entry.patches);
    this.repairSession();
    this.emit(true);
    return true;
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Creates a region with its first results; returns its id. */
  createRegion(region: NewRegion): string {
    const id = newRegionId();
    this.apply('create region', (tx) => {
      tx.put({
        typeName: 'region',
        id,
        objectName: region.objectName,
        shape: region.shape,
        geometry: region.geometry,
        seq: this.store.seq(),
      });
      for (const r of region.results) {
        const record = this.newResult(id, r.control, r.payload);
        if (record) tx.put(record);
      }
    });
    return id;
  }

  /**
   * Sets what a control says: about the whole object, or about a region when `regionId` is given
   * (per-region controls, or the labels of a span). An empty payload removes the result, and a
   * classification area left with no result goes with it.
   */
  setPayload(controlName: string, payload: JsonValue | undefined, regionId?: string): void {
    const control = this.control(controlName);
    const codec = control ? this.modules.get(control.tag)?.result : undefined;
    if (!control || !codec) return;
    const empty = payload === undefined || codec.isEmpty(payload);
    const targetRegion = regionId ?? this.classificationRegion(controlName)?.id;
    if (targetRegion && this.store.region(targetRegion)?.readonly) return;
    this.apply(`set ${controlName}`, (tx) => {
      if (!targetRegion) {
        if (empty) return;
        const id = newRegionId();
        tx.put({
          typeName: 'region',
          id,
          objectName: control.toName.join(','),
          shape: 'classification',
          geometry: {},
          seq: this.store.seq(),
        });
        const record = this.newResult(id, controlName, payload as JsonValue);
        if (record) tx.put(record);
        return;
      }
      const existing = this.store.result(resultKey(targetRegion, controlName));
      const region = this.store.region(targetRegion);
      if (!region) return;
      if (empty) {
        if (existing) tx.remove(existing);
        if (region.shape === 'classification' && this.store.resultsOfRegion(region.id).length === 0) tx.remove(region);
      } else if (existing) {
        if (jsonEqual(existing.payload, payload as JsonValue)) return;
        tx.put({ ...existing, payload: payload as JsonValue });
      } else {
        const record = this.newResult(targetRegion, controlName, payload as JsonValue);
        if (record) tx.put(record);
      }
      this.markChanged(tx, targetRegion);
    });
  }

  /** Moves or reshapes a region; every result of the region follows. */
  updateGeometry(regionId: string, geometry: JsonObject): void {
    const region = this.store.region(regionId);
    if (!region || region.readonly) return;
    this.apply('edit region', (tx) => {
      tx.put({ ...region, geometry });
      this.markChanged(tx, regionId);
    });
  }

  /** Deletes a region with its results and relations; readonly and locked regions stay. */
  deleteRegion(regionId: string): boolean {
    const region = this.store.region(regionId);
    if (!region || region.readonly || region.locked) return false;
    this.apply('delete region', (tx) => this.removeRegion(tx, region));
    return true;
  }

  /** Deletes several regions as one undo step; readonly and locked ones stay. Returns how many went. */
  deleteRegions(regionIds: readonly string[]): number {
    let count = 0;
    this.apply('delete regions', (tx) => {
      for (const id of regionIds) {
        const region = this.store.region(id);
        if (!region || region.readonly || region.locked) continue;
        this.removeRegion(tx, region);
        count += 1;
      }
    });
    return count;
  }

  /**
   * Changes several regions as one undo step: geometry (skipped for readonly and locked
   * regions; pre-annotations become `prediction-changed`) and the hidden/locked flags.
   */
  updateRegions(label: string, edits: readonly RegionEdit[]): void {
    this.apply(label, (tx) => {
      for (const edit of edits) {
        const region = this.store.region(edit.id);
        if (!region) continue;
        let next: RegionRecord = region;
        if (edit.geometry && !region.readonly && !region.locked && !jsonEqual(edit.geometry, region.geometry)) {
          next = { ...next, geometry: edit.geometry };
        }
        if (edit.hidden !== undefined && edit.hidden !== (region.hidden === true)) next = withFlag(next, 'hidden', edit.hidden);
        if (edit.locked !== undefined && edit.locked !== (region.locked === true)) next = withFlag(next, 'locked', edit.locked);
        if (next === region) continue;
        tx.put(next);
        if (next.geometry !== region.geometry) this.markChanged(tx, region.id);
      }
    });
  }

  deleteAllRegions(): void {
    this.apply('delete all regions', (tx) => {
      for (const region of this.store.allRegions()) {
        if (region.shape !== 'classification' && !region.readonly) this.removeRegion(tx, region);
      }
    });
  }

  /** Links two regions; returns the relation id, or undefined when they are already linked. */
  addRelation(fromId: string, toId: string, direction: RelationDirection = 'right'): string | undefined {
    if (fromId === toId || !this.store.region(fromId) || !this.store.region(toId)) return undefined;
    const exists = this.store.relationsOfRegion(fromId).some((r) => r.fromId === fromId && r.toId === toId);
    if (exists) return undefined;
    const id = `relation-${newRegionId()}`;
    this.apply('add relation', (tx) =>
      tx.put({ typeName: 'relation', id, fromId, toId, direction, envelope: {}, seq: this.store.seq() }),
    );
    return id;
  }

  updateRelation(id: string, change: { direction?: RelationDirection; labels?: readonly string[] }): void {
    const relation = this.store.relation(id);
    if (!relation) return;
    const next: RelationRecord = { ...relation, ...change };
    if (change.direction !== undefined && MISSING_DIRECTION in relation.envelope) {
      const envelope = { ...relation.envelope };
      delete envelope[MISSING_DIRECTION];
      Object.assign(next, { envelope });
    }
    if (change.labels !== undefined && change.labels.length === 0 && relation.labels === undefined)
      delete (next as { labels?: unknown }).labels;
    this.apply('edit relation', (tx) => tx.put(next));
  }

  deleteRelation(id: string): void {
    const relation = this.store.relation(id);
    if (relation) this.apply('delete relation', (tx) => tx.remove(relation));
  }

  private newResult(regionId: string, controlName: string, payload: JsonValue): ResultRecord | undefined {
    const control = this.control(controlName);
    const codec = control ? this.modules.get(control.tag)?.result : undefined;
    if (!control || !codec) return undefined;
    const region = this.store.region(regionId);
    const objectTag = region ? this.object(region.objectName)?.tag : undefined;
    const extra = region && objectTag ? this.modules.get(objectTag)?.newResultFields?.(this, region) : undefined;
    const envelope: JsonObject = { ...extra?.fields, origin: 'manual' };
    if (region?.origin === 'prediction' || region?.origin === 'prediction-changed') envelope.origin = 'prediction-changed';
    return {
      keyOrder: extra?.keyOrder,
      typeName: 'result',
      id: resultKey(regionId, controlName),
      regionId,
      fromName: controlName,
      toName: region && region.shape !== 'classification' ? region.objectName : control.toName.join(','),
      type: codec.type,
      valueKey: codec.valueKey,
      payload,
      envelope,
      seq: this.store.seq(),
    };
  }

  /** A pre-annotation that is edited becomes `prediction-changed`, on every one of its results. */
  private markChanged(tx: Transaction, regionId: string): void {
    const region = this.store.region(regionId);
    if (!region || region.origin !== 'prediction') return;
    tx.put({ ...region, origin: 'prediction-changed' });
    for (const result of this.store.resultsOfRegion(regionId)) {
      if (result.envelope.origin === 'prediction-changed') continue;
      tx.put({ ...result, envelope: { ...result.envelope, origin: 'prediction-changed' } });
    }
  }

  private removeRegion(tx: Transaction, region: RegionRecord): void {
    for (const relation of this.store.relationsOfRegion(region.id)) tx.remove(relation);
    for (const result of this.store.resultsOfRegion(region.id)) tx.remove(result);
    tx.remove(region);
  }

  // ── Queries ────────────────────────────────────────────────────────────────

  /** The area holding a whole-object classification by this control. */
  classificationRegion(controlName: string): RegionRecord | undefined {
    return this.store.regionsOfControl(controlName).find((r) => r.shape === 'classification');
  }

  /**
   * What a control currently says: about the selected region (or `regionId`) for per-region
   * controls, otherwise about the whole object.
   */
  payloadOf(controlName: string, regionId?: string): JsonValue | undefined {
    const control = this.control(controlName);
    if (!control) return undefined;
    const target = regionId ?? (control.perRegion ? this.session.selectedRegionId : this.classificationRegion(controlName)?.id);
    return target ? this.store.result(resultKey(target, controlName))?.payload : undefined;
  }

  /** Regions drawn on an object (spans…), in creation order. */
  regionsOn(objectName: string): RegionRecord[] {
    return this.store.regionsOfObject(objectName).filter((r) => r.shape !== 'classification');
  }

  /** Every region that is not a plain classification, for the region list. */
  regions(): RegionRecord[] {
    return this.store
      .allRegions()
      .filter((r) => r.shape !== 'classification')
      .sort((a, b) => a.seq - b.seq);
  }

  /** Label values on a region, from every region-making result it has. */
  labelsOf(regionId: string): string[] {
    const out: string[] = [];
    for (const result of this.store.resultsOfRegionUnordered(regionId)) {
      const control = this.control(result.fromName);
      if (!control || !this.modules.get(control.tag)?.result?.regionShape) continue;
      if (Array.isArray(result.payload)) for (const v of result.payload) if (typeof v === 'string') out.push(v);
    }
    return out;
  }

  /** The control that made a region (its labels result), if any. */
  labelingControlOf(regionId: string): ControlModel | undefined {
    for (const result of this.store.resultsOfRegionUnordered(regionId)) {
      const control = this.control(result.fromName);
      if (control && this.modules.get(control.tag)?.result?.regionShape) return control;
    }
    return undefined;
  }

  /** How many regions carry results of a control, or of one of its option values. */
  usageCount(controlName: string, value?: string): number {
    const regions = this.store.regionsOfControl(controlName);
    if (value === undefined) return regions.length;
    return regions.filter((r) => {
      const p = this.store.result(resultKey(r.id, controlName))?.payload;
      return Array.isArray(p) && p.includes(value);
    }).length;
  }

  /** Whether a control's `maxUsages` (and the option's own) still allows one more use. */
  canUse(controlName: string, item?: ItemModel): boolean {
    const control = this.control(controlName);
    if (!control) return false;
    const max = control.attrs.maxUsages;
    if (typeof max === 'number' && max > 0 && this.usageCount(controlName) >= max) return false;
    if (item?.maxUsages !== undefined && item.maxUsages > 0) {
      return this.usageCount(controlName, item.alias ?? item.value) < item.maxUsages;
    }
    return true;
  }

  // ── Session state ──────────────────────────────────────────────────────────

  get session(): SessionState {
    return this.sessionState;
  }

  setSession(change: Partial<SessionState>): void {
    this.sessionState = { ...this.sessionState, ...change };
    this.emit();
  }

  /**
   * Selects a region (or clears the selection). While a relation is being drawn, choosing a
   * second region links the two instead.
   */
  select(regionId: string | undefined): void {
    const from = this.sessionState.linkingFrom;
    if (from && regionId && regionId !== from) {
      this.sessionState = { ...this.sessionState, linkingFrom: undefined };
      this.addRelation(from, regionId);
      this.setSession({ selectedRegionId: regionId });
      return;
    }
    this.setSession({
      selectedRegionId: regionId,
      selectedRegionIds: undefined,
      pending: undefined,
      linkingFrom: undefined,
      selectedRelationId: undefined,
    });
  }

  /** Every selected region: several after a multi-selection, else the one selected (or none). */
  selectedRegions(): readonly string[] {
    const s = this.sessionState;
    return s.selectedRegionIds ?? (s.selectedRegionId ? [s.selectedRegionId] : []);
  }

  /**
   * Multi-selection: `replace` selects exactly `regionIds`; `add`, `remove` and `toggle` change
   * the current selection (Shift+click toggles, a Shift rubber band adds).
   */
  /**
   * Whether a region the user just drew is selected (Label Studio's "Select regions after
   * creating", off by default). Off, the next label key or label click picks the label of the next
   * region instead of relabelling the one just drawn. A user preference, not part of the annotation.
   */
  selectAfterCreate: boolean;

  /** A region the user just drew: selected only with {@link selectAfterCreate}. */
  created(regionId: string): void {
    if (this.selectAfterCreate) this.selectRegions([regionId]);
  }

  selectRegions(regionIds: readonly string[], mode: 'replace' | 'add' | 'remove' | 'toggle' = 'replace'): void {
    const current = this.selectedRegions();
    let next: string[];
    if (mode === 'replace') next = [...new Set(regionIds)];
    else if (mode === 'add') next = [...new Set([...current, ...regionIds])];
    else if (mode === 'remove') next = current.filter((id) => !regionIds.includes(id));
    else {
      const set = new Set(current);
      for (const id of regionIds)
        if (set.has(id)) set.delete(id);
        else set.add(id);
      next = [...set];
    }
    next = next.filter((id) => this.store.region(id) !== undefined);
    if (next.length <= 1) {
      this.select(next[0]);
      return;
    }
    this.setSession({
      selectedRegionId: next[next.length - 1],
      selectedRegionIds: next,
      pending: undefined,
      linkingFrom: undefined,
      selectedRelationId: undefined,
    });
  }

  /** Starts drawing a relation from the selected region; the next selected region ends it. */
  startRelation(fromId = this.sessionState.selectedRegionId): void {
    if (fromId && this.store.region(fromId)) this.setSession({ linkingFrom: fromId });
  }

  toggleActiveLabel(controlName: string, value: string): void {
    const control = this.control(controlName);
    const current = this.sessionState.activeLabels[controlName] ?? [];
    const multiple = control?.attrs.choice === 'multiple';
    const next = current.includes(value) ? current.filter((v) => v !== value) : multiple ? [...current, value] : [value];
    this.setSession({ activeLabels: { ...this.sessionState.activeLabels, [controlName]: next } });
  }

  private repairSession(): void {
    const s = this.sessionState;
    const gone = (id: string | undefined) => id !== undefined && !this.store.region(id);
    if (s.selectedRegionIds && s.selectedRegionIds.some(gone)) {
      const kept = s.selectedRegionIds.filter((id) => !gone(id));
      this.sessionState = { ...s, selectedRegionIds: kept.length > 1 ? kept : undefined };
      if (gone(s.selectedRegionId)) this.sessionState = { ...this.sessionState, selectedRegionId: kept[kept.length - 1] };
      return this.repairSession();
    }
    if (gone(s.selectedRegionId) || gone(s.linkingFrom) || (s.selectedRelationId && !this.store.relation(s.selectedRelationId))) {
      this.sessionState = {
        ...s,
        selectedRegionId: gone(s.selectedRegionId) ? undefined : s.selectedRegionId,
        linkingFrom: gone(s.linkingFrom) ? undefined : s.linkingFrom,
        selectedRelationId: s.selectedRelationId && this.store.relation(s.selectedRelationId) ? s.selectedRelationId : undefined,
      };
    }
  }

  // ── Conditional display and validation ────────────────────────────────────

  private visibilityContext(): VisibilityContext {
    return {
      selectedRegionId: this.sessionState.selectedRegionId,
      labelsOf: (id) => this.labelsOf(id),
      controlsOf: (id) => this.store.resultsOfRegion(id).map((r) => r.fromName),
      choicesOf: (name) => selectedValues(this.payloadOf(name)),
      choiceControls: () => this.ui.controls.filter((c) => c.tag === 'Choices').map((c) => c.name),
    };
  }

  /** Whether a node is shown: its own conditions and every ancestor's hold. */
  isVisible(node: UiNode): boolean {
    const ctx = this.visibilityContext();
    for (let n: UiNode | undefined = node; n; n = this.parents.get(n.key)) {
      if (!conditionsHold(ctx, conditionsOf(n.attrs))) return false;
      const control = n.name !== undefined && n.kind === 'control' ? this.control(n.name) : undefined;
      if (control?.perRegion && !this.perRegionApplies(control, ctx)) return false;
    }
    return true;
  }

  isControlVisible(name: string): boolean {
    const control = this.control(name);
    return control !== undefined && this.isVisible(control.node);
  }

  /** A per-region control shows for a selected region on one of its objects that matches its conditions. */
  private perRegionApplies(control: ControlModel, ctx: VisibilityContext): boolean {
    const id = ctx.selectedRegionId;
    const region = id ? this.store.region(id) : undefined;
    if (!region || region.shape === 'classification') return false;
    if (control.toName.length > 0 && !control.toName.includes(region.objectName)) return false;
    const c = conditionsOf(control.attrs);
    return regionMatches(ctx, region.id, { whenLabelValue: c.whenLabelValue });
  }

  /** LSF `Result.canBeSubmitted`: results of controls whose conditions fail are not saved. */
  private canBeSubmitted(result: ResultRecord): boolean {
    const control = this.control(result.fromName);
    const c = this.conditionsByControl.get(result.fromName);
    if (!control || !c) return false;
    if (!c.visibleWhen && !(control.perRegion && c.whenLabelValue)) return true;
    const ctx = this.visibilityContext();
    if (control.perRegion && c.whenLabelValue && !regionMatches(ctx, result.regionId, { whenLabelValue: c.whenLabelValue }))
      return false;
    if (c.visibleWhen === 'choice-selected' || c.visibleWhen === 'choice-unselected') return conditionsHold(ctx, c);
    return true;
  }

  /**
   * Required controls without a value, with their messages (`requiredMessage`, or Label
   * Studio's default). Hidden controls are not required; per-region ones are checked on every
   * region they apply to.
   */
  validate(): RequiredProblem[] {
    const problems: RequiredProblem[] = [];
    for (const control of this.ui.controls) {
      if (!control.required) continue;
      const module = this.modules.get(control.tag);
      const message =
        typeof control.attrs.requiredMessage === 'string' && control.attrs.requiredMessage !== ''
          ? control.attrs.requiredMessage
          : (module?.requiredMessage?.(control) ?? `"${control.name}" is required.`);
      const has = (regionId: string) => {
        const r = this.store.result(resultKey(regionId, control.name));
        return r !== undefined && !(module?.result?.isEmpty(r.payload) ?? false);
      };
      if (control.perRegion) {
        const ctx = this.visibilityContext();
        const whenLabelValue = conditionsOf(control.attrs).whenLabelValue;
        const regions = control.toName.flatMap((name) => this.regionsOn(name));
        for (const region of regions) {
          if (!regionMatches(ctx, region.id, { whenLabelValue })) continue;
          if (!has(region.id)) problems.push({ control: control.name, message, regionId: region.id });
        }
        continue;
      }
      if (!this.isVisibleIgnoringSelection(control.node)) continue;
      const area = this.classificationRegion(control.name);
      if (!area || !has(area.id)) problems.push({ control: control.name, message });
    }
    return problems;
  }

  /** Visibility for submit checks: choice conditions count, region selection does not. */
  private isVisibleIgnoringSelection(node: UiNode): boolean {
    const ctx = this.visibilityContext();
    for (let n: UiNode | undefined = node; n; n = this.parents.get(n.key)) {
      const c = conditionsOf(n.attrs);
      if ((c.visibleWhen === 'choice-selected' || c.visibleWhen === 'choice-unselected') && !conditionsHold(ctx, c)) return false;
    }
    return true;
  }

  // ── Hotkeys ────────────────────────────────────────────────────────────────

  /** Hotkeys for a help overlay. */
  hotkeyHelp(): HotkeyHelpEntry[] {
    return hotkeyHelp(this.hotkeys);
  }

  /**
   * Runs what a key press means: editor actions, then option hotkeys of visible controls.
   * Submit and skip are returned for the embedding page to carry out.
   */
  handleKey(input: KeyInput): KeyOutcome {
    const combo = comboOf(input);
    const binding = this.hotkeys.actions.find((b) => b.keys.includes(combo));
    if (binding) return this.runAction(binding.action);
    for (const hotkey of this.hotkeys.items) {
      if (hotkey.key !== combo) continue;
      const control = this.control(hotkey.control);
      const item = control ? findItem(control.items, hotkey.itemKey) : undefined;
      const module = control ? this.modules.get(control.tag) : undefined;
      if (!control || !item || !module?.onItemHotkey || !this.isControlVisible(control.name)) continue;
      module.onItemHotkey(this, control, item);
      return { handled: true };
    }
    return { handled: false };
  }

  runAction(action: EditorAction): KeyOutcome {
    const selected = this.sessionState.selectedRegionId;
    switch (action) {
      case 'annotation:submit':
      case 'annotation:skip':
        return { handled: true, action };
      case 'annotation:undo':
        this.undo();
        return { handled: true };
      case 'annotation:redo':
        this.redo();
        return { handled: true };
      case 'region:delete':
        if (this.sessionState.selectedRelationId) {
          this.deleteRelation(this.sessionState.selectedRelationId);
          return { handled: true };
        }
        if (!selected) return { handled: false };
        if (this.sessionState.selectedRegionIds) this.deleteRegions(this.sessionState.selectedRegionIds);
        else this.deleteRegion(selected);
        return { handled: true };
      case 'region:delete-all':
        this.deleteAllRegions();
        return { handled: true };
      case 'region:exit':
      case 'region:unselect':
        if (!selected && !this.sessionState.pending && !this.sessionState.linkingFrom) return { handled: false };
        this.select(undefined);
        return { handled: true };
      case 'region:relation':
        if (!selected) return { handled: false };
        this.startRelation(selected);
        return { handled: true };
      default:
        return { handled: false };
    }
  }
}

function withFlag(region: RegionRecord, flag: 'hidden' | 'locked', on: boolean): RegionRecord {
  const next: RegionRecord = { ...region, [flag]: true };
  if (!on) delete (next as { hidden?: boolean; locked?: boolean })[flag];
  return next;
}

function findItem(items: readonly ItemModel[], key: string): ItemModel | undefined {
  for (const item of items) {
    if (item.key === key) return item;
    const inner = findItem(item.children, key);
    if (inner) return inner;
  }
  return undefined;
}

import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LabelConfig } from '@groundwork/label-config';
import { createEngine } from '../create-engine';
import type { EditorEngine, RequiredProblem } from '../engine/engine';
import type { LoadProblem } from '../engine/load';
import { comboOf, type HotkeyOverrides, type KeyInput } from '../engine/hotkeys';
import type { LsResultItem } from '../engine/result-json';
import type { TagModule } from '../engine/tag-module';
import { defaultTagViews } from '../tags/views';
import { EditorContext, useEngine, type TagView } from './engine-context';
import { EDITOR_CSS } from './editor.css';
import { describeCombo, HotkeyHelp } from './hotkey-help';
import { NodeView } from './node-view';
import { RegionList } from './region-list';

export interface EditorTask {
  readonly id?: number | string;
  readonly data: Record<string, unknown>;
}

export interface EditorAnnotation {
  readonly id?: number | string;
  readonly result?: unknown;
  /** Seconds already spent on this annotation; the editor adds this session's time. */
  readonly lead_time?: number;
}

export interface EditorPrediction {
  readonly id?: number | string;
  readonly result?: unknown;
  readonly score?: number;
  readonly model_version?: string;
}

/** What submit and update hand to the page: Label Studio's annotation fields. */
export interface AnnotationPayload {
  readonly result: LsResultItem[];
  /** Seconds spent labeling (LS `lead_time`). */
  readonly lead_time: number;
}

export interface EditorProps {
  /** Labeling config XML (or an already parsed config). */
  readonly config: string | LabelConfig;
  readonly task: EditorTask;
  /**
   * The annotation to continue; without one (or with an empty result) predictions pre-fill it.
   * The editor starts over when `config`, `task.id` or `annotation.id` change (without ids: when
   * the `task.data` or `annotation.result` objects change).
   */
  readonly annotation?: EditorAnnotation | null;
  readonly predictions?: readonly EditorPrediction[];
  /** Per-user rebinding of hotkeys (`{"annotation:submit": "ctrl+s", "sentiment:Positive": "p"}`). */
  readonly hotkeys?: HotkeyOverrides;
  /** Select a region right after drawing it (Label Studio's "Select regions after creating"); off by default. */
  readonly selectAfterCreate?: boolean;
  readonly tags?: readonly TagModule[];
  readonly views?: readonly TagView[];
  /** Called on submit of a new annotation (no `annotation.id`). */
  readonly onSubmit?: (annotation: AnnotationPayload) => void;
  /** Called on submit of an existing annotation (`annotation.id` set). */
  readonly onUpdate?: (annotation: AnnotationPayload) => void;
  /** Shows the Skip button and receives skips. */
  readonly onSkip?: () => void;
  /** Every change to the result, for drafts (coalesced, shortly after the change). */
  readonly onChange?: (result: LsResultItem[]) => void;
  /** The engine, once created, for pages that drive it directly. */
  readonly onEngine?: (engine: EditorEngine) => void;
  /** Hides the region list (e.g. for a live config preview). */
  readonly showRegionList?: boolean;
}

/** How long after a change `onChange` runs (changes in between are coalesced). */
const CHANGE_DELAY_MS = 150;

/** Reasons listed in the notice about result items that could not be loaded; the rest are counted. */
const SHOWN_PROBLEMS = 5;

interface Loaded {
  readonly engine?: EditorEngine;
  readonly error?: string;
  readonly problems: readonly LoadProblem[];
}

function load(props: EditorProps): Loaded {
  try {
    const engine = createEngine({ config: props.config, data: props.task.data ?? {}, tags: props.tags, hotkeys: props.hotkeys });
    const existing = props.annotation?.result;
    if (Array.isArray(existing) && existing.length > 0) return { engine, problems: engine.load(existing) };
    const prediction = props.predictions?.find((p) => p.result !== undefined && p.result !== null);
    if (prediction) return { engine, problems: engine.load(prediction.result, 'prediction') };
    engine.applyDefaults();
    return { engine, problems: [] };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e), problems: [] };
  }
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/**
 * The labeling editor, embeddable in any page: give it a config, a task, optionally an
 * annotation and predictions, and callbacks. It depends on React only.
 *
 * @example
 * <Editor config={xml} task={{ id: 1, data: { text: 'Hello' } }} onSubmit={({ result }) => save(result)} />
 */
export function Editor(props: EditorProps): ReactNode {
  const { config, task, annotation, hotkeys, tags } = props;
  const callbacks = useRef(props);
  callbacks.current = props;
  // A new config, task or annotation starts a new engine. They are told apart by id where there
  // is one, so pages may pass fresh object literals on every render without losing work.
  const taskKey = task.id ?? task.data;
  const annotationKey = annotation?.id ?? annotation?.result;
  const hotkeysKey = hotkeys ? JSON.stringify(hotkeys) : '';
  const loaded = useMemo(() => load(callbacks.current), [config, taskKey, annotationKey, hotkeysKey, tags]);
  const views = useMemo(() => new Map((props.views ?? defaultTagViews).map((v) => [v.tag, v.component])), [props.views]);

  useEffect(() => {
    if (loaded.engine) callbacks.current.onEngine?.(loaded.engine);
  }, [loaded.engine]);
  // A preference, not part of the annotation: it follows the prop without starting a new engine.
  if (loaded.engine) loaded.engine.selectAfterCreate = props.selectAfterCreate ?? false;

  if (!loaded.engine) {
    return (
      <div className="gw-editor" role="alert">
        <style>{EDITOR_CSS}</style>
        <p className="gw-error">{loaded.error}</p>
      </div>
    );
  }
  return (
    <EditorContext.Provider value={{ engine: loaded.engine, views }}>
      <EditorShell
        engine={loaded.engine}
        problems={loaded.problems}
        callbacks={callbacks}
        startedLeadTime={annotation?.lead_time ?? 0}
      />
    </EditorContext.Provider>
  );
}

function EditorShell({
  engine,
  problems,
  callbacks,
  startedLeadTime,
}: {
  engine: EditorEngine;
  problems: readonly LoadProblem[];
  callbacks: { readonly current: EditorProps };
  startedLeadTime: number;
}): ReactNode {
  useEngine();
  const [helpOpen, setHelpOpen] = useState(false);
  const [errors, setErrors] = useState<readonly RequiredProblem[]>([]);
  const startedAt = useMemo(() => Date.now(), []);
  const isUpdate = callbacks.current.annotation?.id !== undefined && callbacks.current.annotation?.id !== null;

  const submit = () => {
    const found = engine.validate();
    setErrors(found);
    if (found.length > 0) {
      if (found[0].regionId) engine.select(found[0].regionId);
      return;
    }
    const payload: AnnotationPayload = {
      result: engine.serialize(),
      lead_time: startedLeadTime + (Date.now() - startedAt) / 1000,
    };
    const { onSubmit, onUpdate } = callbacks.current;
    if (isUpdate && onUpdate) onUpdate(payload);
    else onSubmit?.(payload);
  };
  const skip = () => callbacks.current.onSkip?.();
  const actions = useRef({ submit, skip });
  actions.current = { submit, skip };

  useEffect(() => {
    let revision = engine.revision;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = engine.subscribe(() => {
      if (engine.revision === revision) return;
      revision = engine.revision;
      setErrors([]);
      // Coalesced off the interaction: serializing thousands of results must not delay the next frame.
      if (callbacks.current.onChange && timer === undefined) {
        timer = setTimeout(() => {
          timer = undefined;
          callbacks.current.onChange?.(engine.serialize());
        }, CHANGE_DELAY_MS);
      }
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [engine, callbacks]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const input: KeyInput = event;
      if (isTyping(event.target)) {
        // Inside a text box only submit is ours; everything else is typing.
        const submitKeys = engine.hotkeys.actions.find((a) => a.action === 'annotation:submit')?.keys ?? [];
        if (submitKeys.includes(comboOf(input))) {
          event.preventDefault();
          actions.current.submit();
        }
        return;
      }
      if (event.key === '?' && !event.ctrlKey && !event.metaKey) {
        setHelpOpen((open) => !open);
        event.preventDefault();
        return;
      }
      const outcome = engine.handleKey(input);
      if (!outcome.handled) return;
      event.preventDefault();
      if (outcome.action === 'annotation:submit') actions.current.submit();
      if (outcome.action === 'annotation:skip' && callbacks.current.onSkip) actions.current.skip();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [engine, callbacks]);

  const skipped = problems.filter((p) => p.skipped);
  const keysOf = (action: string) => {
    const keys = engine.hotkeys.actions.find((a) => a.action === action)?.keys ?? [];
    return keys.length > 0 ? ` (${keys.map(describeCombo).join(' or ')})` : '';
  };
  return (
    <div className="gw-editor">
      <style>{EDITOR_CSS}</style>
      <div className="gw-toolbar" role="toolbar" aria-label="Annotation">
        <button type="button" onClick={() => engine.undo()} disabled={!engine.canUndo} title={`Undo${keysOf('annotation:undo')}`}>
          Undo
        </button>
        <button type="button" onClick={() => engine.redo()} disabled={!engine.canRedo} title={`Redo${keysOf('annotation:redo')}`}>
          Redo
        </button>
        <button type="button" onClick={() => setHelpOpen(true)} title="Keyboard shortcuts (?)">
          Shortcuts
        </button>
        <span className="gw-spacer" />
        {callbacks.current.onSkip && (
          <button type="button" onClick={skip} title={`Skip${keysOf('annotation:skip')}`}>
            Skip
          </button>
        )}
        <button
          type="button"
          className="gw-primary"
          onClick={submit}
          title={`${isUpdate ? 'Update' : 'Submit'}${keysOf('annotation:submit')}`}
        >
          {isUpdate ? 'Update' : 'Submit'}
        </button>
      </div>
      {skipped.length > 0 && (
        <div role="status" className="gw-warning" data-testid="gw-load-problems">
          {skipped.length} result item{skipped.length === 1 ? '' : 's'} could not be loaded and{' '}
          {skipped.length === 1 ? 'was' : 'were'} left out; the rest loaded:
          <ul>
            {skipped.slice(0, SHOWN_PROBLEMS).map((p) => (
              <li key={p.index}>{p.index >= 0 ? `#${p.index + 1}: ${p.message}` : p.message}</li>
            ))}
          </ul>
          {skipped.length > SHOWN_PROBLEMS && <p>…and {skipped.length - SHOWN_PROBLEMS} more.</p>}
        </div>
      )}
      {errors.length > 0 && (
        <div role="alert" className="gw-error">
          <ul>
            {[...new Set(errors.map((e) => e.message))].map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="gw-main">
        <div className="gw-canvas">
          <NodeView node={engine.ui.root} />
        </div>
        {callbacks.current.showRegionList !== false && (
          <aside className="gw-sidebar">
            <RegionList />
          </aside>
        )}
      </div>
      {helpOpen && <HotkeyHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

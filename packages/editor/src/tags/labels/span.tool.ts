import type { EditorEngine } from '../../engine/engine';
import type { ControlModel } from '../../engine/interface-model';
import type { JsonObject } from '../../engine/json';
import { createLabeledRegion, findByValue, toggleRegionLabel } from '../shared/labels-payload';

/** Region shapes of the labels-family controls. */
const SHAPES: Record<string, string> = { Labels: 'span', HyperTextLabels: 'hypertext-span', ParagraphLabels: 'paragraph-span' };

export type SpanToolState = 'idle' | 'selected';

export type SpanToolEvent =
  /** The user finished selecting text; the view has turned the DOM range into geometry. */
  | { readonly type: 'select'; readonly geometry: JsonObject }
  /** A label button was clicked (or its hotkey pressed). */
  | { readonly type: 'label'; readonly control: string; readonly value: string }
  | { readonly type: 'cancel' };

/**
 * Span labeling on one text-like object, as a small state machine:
 *
 * - idle —select→ (labels active: create the span, stay idle) or selected
 * - selected —label→ create the span with that label → idle
 * - selected —select→ selected (the new range replaces the old one)
 * - any —cancel→ idle
 *
 * A label pressed while idle toggles it on the selected span, or makes it active for the
 * next selection. The state lives in the engine's session, so the view and hotkeys share it.
 *
 * @example
 * const tool = new SpanTool(engine, 'text');
 * tool.send({ type: 'select', geometry: { start: 0, end: 5, text: 'Hello' } });
 * tool.send({ type: 'label', control: 'label', value: 'PER' }); // creates the span
 */
export class SpanTool {
  constructor(
    private readonly engine: EditorEngine,
    readonly objectName: string,
  ) {}

  get state(): SpanToolState {
    return this.engine.session.pending?.objectName === this.objectName ? 'selected' : 'idle';
  }

  /** Labels-family controls that label this object. */
  controls(): ControlModel[] {
    return this.engine.controlsFor(this.objectName).filter((c) => c.tag in SHAPES);
  }

  /** Handles one event; returns the id of a span it created, if any. */
  send(event: SpanToolEvent): string | undefined {
    switch (event.type) {
      case 'cancel':
        if (this.state === 'selected') this.engine.setSession({ pending: undefined });
        return undefined;
      case 'select': {
        const pending = { objectName: this.objectName, geometry: event.geometry };
        const active = this.controls().find((c) => (this.engine.session.activeLabels[c.name] ?? []).length > 0);
        if (active) {
          const labels = this.engine.session.activeLabels[active.name] ?? [];
          return createLabeledRegion(this.engine, active, pending, labels, SHAPES[active.tag]);
        }
        this.engine.setSession({ pending, selectedRegionId: undefined });
        return undefined;
      }
      case 'label': {
        const control = this.controls().find((c) => c.name === event.control);
        if (!control) return undefined;
        const pending = this.engine.session.pending;
        if (this.state === 'selected' && pending) {
          return createLabeledRegion(
            this.engine,
            control,
            pending,
            [event.value],
            SHAPES[control.tag],
            findByValue(control.items, event.value),
          );
        }
        const selected = this.engine.session.selectedRegionId;
        if (selected && this.engine.labelingControlOf(selected)?.name === control.name) {
          toggleRegionLabel(this.engine, control, selected, event.value);
        } else {
          this.engine.toggleActiveLabel(control.name, event.value);
        }
        return undefined;
      }
    }
  }
}

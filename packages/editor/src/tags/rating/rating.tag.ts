import type { EditorEngine } from '../../engine/engine';
import type { ControlModel } from '../../engine/interface-model';
import type { TagModule } from '../../engine/tag-module';
import { payloadCodec } from '../shared/codec';

/** `<Rating>`: `{rating: int}`, 1…`maxRating`; 0 means not rated and is not saved. */
export const ratingTag: TagModule = {
  tag: 'Rating',
  result: payloadCodec({
    type: 'rating',
    valueKey: 'rating',
    check: (p) => (typeof p === 'number' && Number.isInteger(p) && p >= 0 ? undefined : 'must be a whole number ≥ 0'),
    isEmpty: (p) => p === 0,
  }),
  requiredMessage: (c) => `Rating "${c.name}" is required.`,
  defaultPayload: (c) =>
    typeof c.attrs.defaultValue === 'number' && c.attrs.defaultValue > 0 ? c.attrs.defaultValue : undefined,
};

export function maxRating(control: ControlModel): number {
  return typeof control.attrs.maxRating === 'number' && control.attrs.maxRating > 0 ? control.attrs.maxRating : 5;
}

export function ratingOf(engine: EditorEngine, control: ControlModel): number {
  if (control.perRegion && !engine.session.selectedRegionId) return 0;
  const p = engine.payloadOf(control.name);
  return typeof p === 'number' ? p : 0;
}

/** Sets the rating; choosing the current value again clears it. */
export function rate(engine: EditorEngine, control: ControlModel, value: number): void {
  if (control.perRegion && !engine.session.selectedRegionId) return;
  const region = control.perRegion ? engine.session.selectedRegionId : undefined;
  const v = Math.max(0, Math.min(maxRating(control), Math.round(value)));
  engine.setPayload(control.name, v === ratingOf(engine, control) ? 0 : v, region);
}

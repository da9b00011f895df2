import type { ReactNode } from 'react';
import { itemResultValue, type ControlModel, type ItemModel } from '../../engine/interface-model';
import { useEngine } from '../../react/engine-context';
import { matchesFilter } from '../filter/filter.tag';
import { itemColor } from './colors';

/**
 * The label buttons of a labels control (Labels, HyperTextLabels, ParagraphLabels and the
 * image `*Labels` controls). A button is pressed while its label is active for the next region,
 * or is a label of the selected region when the region belongs to this control; it shows its
 * hotkey, and is disabled once the label is used as often as `maxUsages` allows. A `<Filter>`
 * naming the control narrows the buttons to the labels matching what is typed.
 */
export function LabelButtons({
  control,
  onPress,
}: {
  control: ControlModel;
  /** `value` is what the result stores for the label (its alias, else its value). */
  onPress: (item: ItemModel, value: string) => void;
}): ReactNode {
  const engine = useEngine();
  const selected = engine.session.selectedRegionId;
  const ownsSelection = selected !== undefined && engine.labelingControlOf(selected)?.name === control.name;
  const on = ownsSelection ? engine.labelsOf(selected) : (engine.session.activeLabels[control.name] ?? []);
  return (
    <div className="gw-labels" role="group" aria-label={`Labels ${control.name}`}>
      {control.items.map((item, i) => {
        if (!matchesFilter(engine, control, item)) return null;
        const value = itemResultValue(item);
        const pressed = on.includes(value);
        const hotkey = engine.hotkeys.byItem.get(item.key);
        const exhausted = !pressed && !engine.canUse(control.name, item);
        const color = itemColor(item, i);
        return (
          <button
            key={item.key}
            type="button"
            className="gw-label"
            aria-pressed={pressed}
            disabled={exhausted}
            title={item.hint ?? (exhausted ? 'This label is used as often as allowed' : undefined)}
            style={{ borderColor: color, backgroundColor: pressed ? color : undefined, color: pressed ? '#fff' : undefined }}
            onClick={() => onPress(item, value)}
          >
            <span className="gw-label__swatch" style={{ backgroundColor: color }} aria-hidden="true" />
            {item.attrs.showAlias === true && item.alias ? `${item.value} (${item.alias})` : item.value}
            {hotkey && <kbd className="gw-hotkey">{hotkey}</kbd>}
          </button>
        );
      })}
    </div>
  );
}

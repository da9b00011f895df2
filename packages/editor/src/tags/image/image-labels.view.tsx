import type { ReactNode } from 'react';
import { itemResultValue } from '../../engine/interface-model';
import { useEngine, type TagViewProps } from '../../react/engine-context';
import { matchesFilter } from '../filter/filter.tag';
import { itemColor } from '../shared/colors';

/**
 * Label buttons of the image controls (RectangleLabels, PolygonLabels, KeyPointLabels,
 * EllipseLabels, BrushLabels). Pressing one (or its hotkey) picks the label and the matching
 * drawing tool; with a region of this control selected, it changes that region's label. A
 * `<Filter>` naming the control narrows the buttons to the labels matching what is typed.
 */
export function ImageLabelsView({ node }: TagViewProps): ReactNode {
  const engine = useEngine();
  const control = engine.control(node.name ?? '');
  const module = control ? engine.module(control.tag) : undefined;
  if (!control || !module) return null;
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
            onClick={() => module.onItemHotkey?.(engine, control, item)}
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

/** Plain tool controls (`<Rectangle>`, `<Polygon>`…) have no buttons of their own: the image toolbar has the tool. */
export function ImageToolControlView(): ReactNode {
  return null;
}

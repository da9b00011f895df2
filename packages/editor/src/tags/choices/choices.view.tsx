import type { ReactNode } from 'react';
import type { ItemModel } from '../../engine/interface-model';
import { useEngine, type TagViewProps } from '../../react/engine-context';
import { matchesFilter } from '../filter/filter.tag';
import { isChoiceSelected, toggleChoice } from './choices.tag';

/** `<Choices>`: radio buttons (single) or checkboxes (multiple), nested when `allowNested`. */
export function ChoicesView({ node }: TagViewProps): ReactNode {
  const engine = useEngine();
  const control = engine.control(node.name ?? '');
  if (!control) return null;
  const multiple = control.attrs.choice === 'multiple';
  const inline = control.attrs.showInline === true || control.attrs.layout === 'inline';
  const renderItems = (items: readonly ItemModel[], depth: number): ReactNode =>
    items.map((item) => {
      if (!matchesFilter(engine, control, item)) return null;
      const checked = isChoiceSelected(engine, control, item);
      const hotkey = engine.hotkeys.byItem.get(item.key);
      return (
        <div
          key={item.key}
          className="gw-choice"
          style={{ marginInlineStart: depth * 16, display: inline ? 'inline-block' : 'block' }}
        >
          <label title={item.hint}>
            <input
              type={multiple || control.attrs.allowNested === true ? 'checkbox' : 'radio'}
              name={`gw-${control.name}`}
              checked={checked}
              onChange={() => toggleChoice(engine, control, item)}
              onClick={(e) => {
                // A radio does not fire change when clicked again; single choice clears then.
                if (!multiple && checked && control.attrs.choice !== 'single-radio') {
                  e.preventDefault();
                  toggleChoice(engine, control, item);
                }
              }}
            />{' '}
            {item.value}
            {hotkey && <kbd className="gw-hotkey">{hotkey}</kbd>}
          </label>
          {item.children.length > 0 && renderItems(item.children, depth + 1)}
        </div>
      );
    });
  return (
    <fieldset className="gw-choices" aria-required={control.required || undefined}>
      <legend className="gw-visually-hidden">{control.name}</legend>
      {renderItems(control.items, 0)}
    </fieldset>
  );
}

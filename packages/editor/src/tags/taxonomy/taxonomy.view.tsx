import { useState, type ReactNode } from 'react';
import type { ItemModel } from '../../engine/interface-model';
import { useEngine, type TagViewProps } from '../../react/engine-context';
import { isSelectable, isTaxonomySelected, taxonomyPaths, toggleTaxonomy } from './taxonomy.tag';

/** `<Taxonomy>`: a tree of checkboxes, branches expandable; selections listed as paths. */
export function TaxonomyView({ node }: TagViewProps): ReactNode {
  const engine = useEngine();
  const [open, setOpen] = useState<string[]>([]);
  const control = engine.control(node.name ?? '');
  if (!control) return null;
  const separator = String(control.attrs.pathSeparator ?? ' / ');
  const renderItems = (items: readonly ItemModel[]): ReactNode => (
    <ul role="group" className="gw-taxonomy__list">
      {items.map((item) => {
        const expanded = open.includes(item.key);
        return (
          <li
            key={item.key}
            role="treeitem"
            aria-expanded={item.children.length > 0 ? expanded : undefined}
            aria-selected={isTaxonomySelected(engine, control, item)}
          >
            {item.children.length > 0 && (
              <button
                type="button"
                aria-label={expanded ? `Collapse ${item.value}` : `Expand ${item.value}`}
                onClick={() => setOpen((o) => (expanded ? o.filter((k) => k !== item.key) : [...o, item.key]))}
              >
                {expanded ? '▾' : '▸'}
              </button>
            )}
            <label>
              <input
                type="checkbox"
                checked={isTaxonomySelected(engine, control, item)}
                disabled={!isSelectable(control, item)}
                onChange={() => toggleTaxonomy(engine, control, item)}
              />{' '}
              {item.value}
            </label>
            {expanded && item.children.length > 0 && renderItems(item.children)}
          </li>
        );
      })}
    </ul>
  );
  return (
    <div className="gw-taxonomy">
      <div className="gw-taxonomy__selected" aria-live="polite">
        {taxonomyPaths(engine, control).map((p) => (
          <span key={p.join('\u0000')} className="gw-tag">
            {p.join(separator)}
          </span>
        ))}
      </div>
      <div role="tree" aria-label={control.name} aria-multiselectable="true">
        {renderItems(control.items)}
      </div>
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import type { TagViewProps } from '../../react/engine-context';
import { NodeChildren } from '../../react/node-view';

/** `<Collapse><Panel value="Title">…</Panel></Collapse>`; `accordion` keeps one panel open. */
export function CollapseView({ node }: TagViewProps): ReactNode {
  const [open, setOpen] = useState<string[]>([]);
  const accordion = node.attrs.accordion !== false;
  const panels = node.children.filter((c) => c.tag === 'Panel');
  const toggle = (key: string) =>
    setOpen((current) => (current.includes(key) ? current.filter((k) => k !== key) : accordion ? [key] : [...current, key]));
  return (
    <div className={node.attrs.bordered === true ? 'gw-collapse gw-collapse--bordered' : 'gw-collapse'}>
      {panels.map((panel) => {
        const expanded = open.includes(panel.key);
        const id = `gw-panel-${panel.key}`;
        return (
          <section key={panel.key} className="gw-panel">
            <button
              type="button"
              className="gw-panel__title"
              aria-expanded={expanded}
              aria-controls={id}
              onClick={() => toggle(panel.key)}
            >
              {expanded ? '▾ ' : '▸ '}
              {String(panel.value ?? '')}
            </button>
            <div id={id} hidden={!expanded}>
              {expanded && <NodeChildren node={panel} />}
            </div>
          </section>
        );
      })}
    </div>
  );
}

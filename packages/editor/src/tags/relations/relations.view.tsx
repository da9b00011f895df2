import type { ReactNode } from 'react';
import type { EditorEngine } from '../../engine/engine';
import { useEngine, type TagViewProps } from '../../react/engine-context';
import { cycleDirection, relationLabels, toggleRelationLabel } from './relations.tag';

const ARROWS = { right: '→', left: '←', bi: '↔' } as const;

/** Short description of a region for lists: its labels and text. */
export function regionTitle(engine: EditorEngine, regionId: string): string {
  const region = engine.store.region(regionId);
  const text = typeof region?.geometry.text === 'string' ? region.geometry.text : '';
  const labels = engine.labelsOf(regionId).join(', ');
  return [labels, text ? `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”` : ''].filter(Boolean).join(' ') || regionId;
}

/** `<Relations>`: the relations drawn so far, with direction and `<Relation>` labels. */
export function RelationsView(_props: TagViewProps): ReactNode {
  const engine = useEngine();
  const relations = engine.store.allRelations().sort((a, b) => a.seq - b.seq);
  const labels = relationLabels(engine);
  if (relations.length === 0) {
    return (
      <p className="gw-relations gw-muted">
        {engine.session.linkingFrom
          ? 'Pick the region to link to…'
          : 'No relations yet. Select a region and press Alt+R to link it.'}
      </p>
    );
  }
  return (
    <ul className="gw-relations" aria-label="Relations">
      {relations.map((r) => (
        <li key={r.id} className={engine.session.selectedRelationId === r.id ? 'gw-selected' : undefined}>
          <button type="button" onClick={() => engine.setSession({ selectedRelationId: r.id, selectedRegionId: undefined })}>
            {regionTitle(engine, r.fromId)} {ARROWS[r.direction]} {regionTitle(engine, r.toId)}
          </button>
          <button type="button" aria-label="Change direction" onClick={() => cycleDirection(engine, r.id)}>
            {ARROWS[r.direction]}
          </button>
          {labels.map((l) => (
            <button
              key={l}
              type="button"
              aria-pressed={r.labels?.includes(l) ?? false}
              onClick={() => toggleRelationLabel(engine, r.id, l)}
            >
              {l}
            </button>
          ))}
          <button type="button" aria-label="Delete relation" onClick={() => engine.deleteRelation(r.id)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

import { useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { useEngine } from '../../react/engine-context';
import { regionTitle } from '../relations/relations.view';
import { regionColor } from '../shared/colors';
import { hideAll, setRegionsHidden, setRegionsLocked, showAll } from './image-regions';
import { groupRegionRows, regionRows, sortRegionRows, type RegionRow, type RegionSortKey } from './region-list.model';

const PAGE = 200;

/**
 * The region list for image annotations: sort by order, label or area; group by label with
 * counts; select (Shift+click adds to the selection), hide, lock and delete each region; hide
 * all / show all; prediction scores. Rows are worked out once per annotation change.
 */
export function ImageRegionList(): ReactNode {
  const engine = useEngine();
  const [sortBy, setSortBy] = useState<RegionSortKey>('order');
  const [grouped, setGrouped] = useState(false);
  const [showAllRows, setShowAllRows] = useState(false);
  const revision = engine.revision;
  const rows = useMemo(() => regionRows(engine), [engine, revision]);
  const selected = new Set(engine.selectedRegions());
  const sorted = useMemo(() => sortRegionRows(rows, sortBy, sortBy === 'area' ? 'desc' : 'asc'), [rows, sortBy]);
  const limited = showAllRows || sorted.length <= PAGE ? sorted : sorted.filter((r, i) => i < PAGE || selected.has(r.id));
  const groups = grouped ? groupRegionRows(limited) : [{ label: '', rows: limited, count: limited.length }];
  const anyHidden = rows.some((r) => r.hidden);
  const linking = engine.session.linkingFrom;

  const pick = (e: MouseEvent, row: RegionRow) => {
    if (e.shiftKey || e.metaKey || e.ctrlKey) engine.selectRegions([row.id], 'toggle');
    else engine.select(selected.has(row.id) && selected.size === 1 ? undefined : row.id);
  };

  const renderRow = (row: RegionRow) => {
    const isSelected = selected.has(row.id);
    return (
      <li key={row.id} className={isSelected ? 'gw-selected' : undefined} data-hidden={row.hidden || undefined}>
        <button type="button" aria-pressed={isSelected} onClick={(e) => pick(e, row)} style={{ opacity: row.hidden ? 0.5 : 1 }}>
          <span className="gw-label__swatch" style={{ backgroundColor: regionColor(engine, row.id) }} aria-hidden="true" />
          {regionTitle(engine, row.id)}
          <span className="gw-muted">{row.shape}</span>
          {row.score !== undefined && (
            <span className="gw-badge" title="Prediction score">
              {row.score.toFixed(2)}
            </span>
          )}
          {row.origin === 'prediction' && <span className="gw-badge">prediction</span>}
          {row.readonly && <span className="gw-badge">read-only</span>}
        </button>
        <button
          type="button"
          aria-label={row.hidden ? 'Show region' : 'Hide region'}
          title={row.hidden ? 'Show (Alt+H)' : 'Hide (Alt+H)'}
          aria-pressed={row.hidden}
          onClick={() => setRegionsHidden(engine, [row.id], !row.hidden)}
        >
          {row.hidden ? '◌' : '●'}
        </button>
        <button
          type="button"
          aria-label={row.locked ? 'Unlock region' : 'Lock region'}
          title={row.locked ? 'Unlock (Alt+L)' : 'Lock (Alt+L)'}
          aria-pressed={row.locked}
          onClick={() => setRegionsLocked(engine, [row.id], !row.locked)}
        >
          {row.locked ? '🔒' : '🔓'}
        </button>
        <button type="button" aria-label="Link to another region" onClick={() => engine.startRelation(row.id)}>
          ⇢
        </button>
        <button
          type="button"
          aria-label="Delete region"
          disabled={row.readonly || row.locked}
          onClick={() => engine.deleteRegion(row.id)}
        >
          ×
        </button>
      </li>
    );
  };

  return (
    <section className="gw-regions" aria-label="Regions">
      <h3 className="gw-panel-title">
        Regions <span className="gw-muted">({rows.length})</span>
      </h3>
      {linking && (
        <p role="status" className="gw-status">
          Linking from {regionTitle(engine, linking)} — pick another region, or press Escape.
        </p>
      )}
      <div className="gw-toolbar gw-regions__tools">
        <label>
          Sort{' '}
          <select value={sortBy} onChange={(e) => setSortBy(e.target.value as RegionSortKey)} aria-label="Sort regions by">
            <option value="order">order</option>
            <option value="label">label</option>
            <option value="area">area</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} /> By label
        </label>
        <button type="button" disabled={rows.length === 0} onClick={() => (anyHidden ? showAll(engine) : hideAll(engine))}>
          {anyHidden ? 'Show all' : 'Hide all'}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="gw-muted">No regions yet. Press a label’s key, then draw on the image.</p>
      ) : (
        groups.map((group) => (
          <div key={group.label} className="gw-regions__group">
            {grouped && (
              <h4 className="gw-panel-title">
                {group.label || 'No label'} <span className="gw-muted">({group.count})</span>
              </h4>
            )}
            <ul className="gw-regions__list">{group.rows.map(renderRow)}</ul>
          </div>
        ))
      )}
      {limited.length < sorted.length && (
        <button type="button" onClick={() => setShowAllRows(true)}>
          Show all {sorted.length} regions
        </button>
      )}
    </section>
  );
}

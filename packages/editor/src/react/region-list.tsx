import { useState, type ReactNode } from 'react';
import { ImageRegionList } from '../tags/image/region-list.view';
import { regionColor } from '../tags/shared/colors';
import { regionTitle } from '../tags/relations/relations.view';
import { useEngine } from './engine-context';

const PAGE = 200;

/**
 * Every region (span) of the annotation: select one to edit its labels and per-region
 * controls, link it to another (relation), or delete it. Works from the keyboard.
 */
export function RegionList(): ReactNode {
  const engine = useEngine();
  const regions = engine.regions();
  const selected = engine.session.selectedRegionId;
  const linking = engine.session.linkingFrom;
  const [showAll, setShowAll] = useState(false);
  // Image annotations get their own list (sort, group, hide, lock, scores).
  if (engine.ui.objects.some((o) => o.tag === 'Image')) return <ImageRegionList />;
  // Thousands of buttons would slow every keystroke; the selected region is always listed.
  const shown = showAll || regions.length <= PAGE ? regions : regions.filter((r, i) => i < PAGE || r.id === selected);
  return (
    <section className="gw-regions" aria-label="Regions">
      <h3 className="gw-panel-title">
        Regions <span className="gw-muted">({regions.length})</span>
      </h3>
      {linking && (
        <p role="status" className="gw-status">
          Linking from {regionTitle(engine, linking)} — pick another region, or press Escape.
        </p>
      )}
      {regions.length === 0 ? (
        <p className="gw-muted">No regions yet. Select text, then press a label’s key.</p>
      ) : (
        <ul className="gw-regions__list">
          {shown.map((r) => {
            const isSelected = r.id === selected;
            return (
              <li key={r.id} className={isSelected ? 'gw-selected' : undefined}>
                <button type="button" aria-pressed={isSelected} onClick={() => engine.select(isSelected ? undefined : r.id)}>
                  <span className="gw-label__swatch" style={{ backgroundColor: regionColor(engine, r.id) }} aria-hidden="true" />
                  {regionTitle(engine, r.id)}
                  {r.origin === 'prediction' && <span className="gw-badge">prediction</span>}
                  {r.readonly && <span className="gw-badge">read-only</span>}
                </button>
                <button type="button" aria-label="Link to another region" onClick={() => engine.startRelation(r.id)}>
                  ⇢
                </button>
                <button
                  type="button"
                  aria-label="Delete region"
                  disabled={r.readonly === true}
                  onClick={() => engine.deleteRegion(r.id)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {shown.length < regions.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show all {regions.length} regions
        </button>
      )}
    </section>
  );
}

import { describe, expect, it } from 'vitest';
import { TestEngine } from '../../testing/test-engine';
import { setRegionsHidden } from './image-regions';
import { groupRegionRows, labelCounts, regionRows, sortRegionRows } from './region-list.model';

const CONFIG = `<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="label" toName="image"><Label value="Car"/><Label value="Bus"/></RectangleLabels>
  <PolygonLabels name="poly" toName="image"><Label value="Lane"/></PolygonLabels>
</View>`;

const item = (id: string, value: object, from = 'label', type = 'rectanglelabels', extra: object = {}) => ({
  original_width: 200,
  original_height: 100,
  image_rotation: 0,
  value,
  id,
  from_name: from,
  to_name: 'image',
  type,
  ...extra,
});

describe('region list model', () => {
  const t = new TestEngine(CONFIG, { image: 'x.png' });
  t.engine.load([
    item('big', { x: 0, y: 0, width: 50, height: 50, rotation: 0, rectanglelabels: ['Car'] }),
    item('small', { x: 0, y: 0, width: 10, height: 10, rotation: 0, rectanglelabels: ['Bus'] }, 'label', 'rectanglelabels', {
      score: 0.75,
    }),
    item(
      'tri',
      {
        points: [
          [0, 0],
          [20, 0],
          [0, 20],
        ],
        closed: true,
        polygonlabels: ['Lane'],
      },
      'poly',
      'polygonlabels',
    ),
    item('car2', { x: 0, y: 0, width: 25, height: 10, rotation: 0, rectanglelabels: ['Car'] }),
  ]);

  it('builds rows with area in image pixels, order, score and flags', () => {
    setRegionsHidden(t.engine, ['small'], true);
    t.engine.select('tri');
    const rows = regionRows(t.engine, 'image');
    expect(rows.map((r) => [r.id, r.labels[0], r.area])).toEqual([
      ['big', 'Car', 100 * 50],
      ['small', 'Bus', 20 * 10],
      ['tri', 'Lane', (40 * 20) / 2],
      ['car2', 'Car', 50 * 10],
    ]);
    expect(rows.find((r) => r.id === 'small')).toMatchObject({ hidden: true, score: 0.75, selected: false });
    expect(rows.find((r) => r.id === 'tri')?.selected).toBe(true);
  });

  it('sorts by label, area and order, and groups by label with counts', () => {
    const rows = regionRows(t.engine);
    expect(sortRegionRows(rows, 'area').map((r) => r.id)).toEqual(['small', 'tri', 'car2', 'big']);
    expect(sortRegionRows(rows, 'area', 'desc').map((r) => r.id)).toEqual(['big', 'car2', 'tri', 'small']);
    expect(sortRegionRows(rows, 'label').map((r) => r.id)).toEqual(['small', 'big', 'car2', 'tri']);
    expect(sortRegionRows(rows, 'order', 'desc').map((r) => r.id)).toEqual(['car2', 'tri', 'small', 'big']);
    const groups = groupRegionRows(sortRegionRows(rows, 'label'));
    expect(groups.map((g) => [g.label, g.count, g.rows.map((r) => r.id)])).toEqual([
      ['Bus', 1, ['small']],
      ['Car', 2, ['big', 'car2']],
      ['Lane', 1, ['tri']],
    ]);
    expect([...labelCounts(rows)]).toEqual([
      ['Car', 2],
      ['Bus', 1],
      ['Lane', 1],
    ]);
  });
});

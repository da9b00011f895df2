import { describe, expect, it } from 'vitest';
import { keyOrders, TestEngine } from '../../../../testing/test-engine';
import {
  addPolygonPoint,
  closePolygon,
  createImageRegion,
  deletePolygonPoint,
  movePolygonPoint,
  nearestPolygonPoint,
  polygonGeometry,
} from '../../image-regions';

const CONFIG = `<View>
  <Image name="image" value="$image"/>
  <PolygonLabels name="poly" toName="image" snap="pixel"><Label value="Road"/><Label value="Lake"/></PolygonLabels>
  <Polygon name="shape" toName="image"/>
</View>`;
const DATA = { image: '/data/upload/1/map.png' };
const IMAGE = { width: 800, height: 600 };

const LS_RESULT = [
  {
    original_width: 800,
    original_height: 600,
    image_rotation: 0,
    value: {
      points: [
        [12.5, 20],
        [40.125, 22.5],
        [30, 60.75],
      ],
      closed: true,
      polygonlabels: ['Lake'],
    },
    id: 'poly_1',
    from_name: 'poly',
    to_name: 'image',
    type: 'polygonlabels',
    origin: 'manual',
  },
  {
    original_width: 800,
    original_height: 600,
    image_rotation: 0,
    value: {
      points: [
        [1, 1],
        [2, 5],
      ],
      polygon: [],
    },
    id: 'poly_2',
    from_name: 'shape',
    to_name: 'image',
    type: 'polygon',
    origin: 'manual',
  },
];

describe('PolygonLabels', () => {
  it('round-trips Label Studio polygons unchanged', () => {
    const t = new TestEngine(CONFIG, DATA);
    // An older Polygon result carrying an empty `polygon` key keeps it.
    const saved = t.roundTrip(LS_RESULT);
    expect(saved).toEqual(LS_RESULT);
    expect(keyOrders(saved)).toEqual(keyOrders(LS_RESULT));
  });

  it('skips polygons with malformed points and clamps points outside the image on save', () => {
    const t = new TestEngine(CONFIG, DATA);
    const problems = t.engine.load(
      [
        { ...LS_RESULT[0], id: 'bad1', value: { points: [[1, 2], [3]], polygonlabels: ['Road'] } },
        { ...LS_RESULT[0], id: 'bad2', value: { points: [], polygonlabels: ['Road'] } },
        {
          ...LS_RESULT[0],
          id: 'out',
          value: {
            points: [
              [-4, 10],
              [50, 120],
              [60, 50],
            ],
            closed: true,
            polygonlabels: ['Road'],
          },
        },
      ],
      'prediction',
    );
    expect(problems.map((p) => p.message)).toEqual([
      'value.points[1] must be an [x, y] pair of numbers',
      'value.points must be a non-empty list of [x, y] pairs',
    ]);
    expect(t.saved().map((r) => (r.value as { points: unknown }).points)).toEqual([
      [
        [0, 10],
        [50, 100],
        [60, 50],
      ],
    ]);
  });

  it('draws an open polygon point by point, closes it, moves and deletes points, with undo and redo', () => {
    const t = new TestEngine(CONFIG, DATA);
    const id = createImageRegion(t.engine, {
      objectName: 'image',
      control: 'poly',
      geometry: polygonGeometry([{ x: 10, y: 10 }], false),
      labels: ['Road'],
      image: IMAGE,
    })!;
    addPolygonPoint(t.engine, id, { x: 50, y: 10 });
    addPolygonPoint(t.engine, id, { x: 50, y: 50 });
    const points = () => (t.saved()[0].value as { points: number[][] }).points;
    expect(points()).toEqual([
      [10, 10],
      [50, 10],
      [50, 50],
    ]);
    expect(t.saved()[0].value).toMatchObject({ closed: false });
    expect(closePolygon(t.engine, id)).toBe(true);
    expect(t.saved()[0].value).toEqual({
      points: [
        [10, 10],
        [50, 10],
        [50, 50],
      ],
      closed: true,
      polygonlabels: ['Road'],
    });
    // Insert a point on the first edge, then drag it.
    addPolygonPoint(t.engine, id, { x: 30, y: 5 }, 1);
    expect(nearestPolygonPoint(t.engine, id, { x: 30.5, y: 5 }, 10)).toBe(1);
    expect(nearestPolygonPoint(t.engine, id, { x: 90, y: 90 }, 10)).toBe(-1);
    movePolygonPoint(t.engine, id, 1, { x: 30, y: 0 });
    expect(points()[1]).toEqual([30, 0]);
    expect(deletePolygonPoint(t.engine, id, 1)).toBe(true);
    // A closed polygon keeps three points.
    expect(deletePolygonPoint(t.engine, id, 0)).toBe(false);
    expect(points()).toHaveLength(3);

    t.engine.undo(); // point deleted
    expect(points()[1]).toEqual([30, 0]);
    t.engine.undo(); // point moved
    expect(points()[1]).toEqual([30, 5]);
    t.engine.undo(); // point inserted
    t.engine.undo(); // closed
    expect(t.saved()[0].value).toMatchObject({ closed: false });
    t.engine.redo();
    t.engine.redo();
    expect(points()).toHaveLength(4);
    t.engine.deleteRegion(id);
    expect(t.saved()).toEqual([]);
    t.engine.undo();
    expect(points()).toHaveLength(4);
  });
});

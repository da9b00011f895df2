import { describe, expect, it } from 'vitest';
import { keyOrders, TestEngine } from '../../testing/test-engine';
import { createImageRegion, imageRegionsOn, rectangleGeometry } from './image-regions';
import { imageSettings } from './image.tag';

describe('Image', () => {
  it("reads the Image attributes with Label Studio's defaults", () => {
    const t = new TestEngine(
      `<View><Image name="img" value="$image" zoomBy="1.5" grid="true" gridSize="20" smoothing="false" defaultZoom="original" rotateControl="true" crosshair="true"/></View>`,
      { image: 'https://example.com/a.png' },
    );
    const s = imageSettings(t.engine.object('img')!);
    expect(s).toMatchObject({
      urls: ['https://example.com/a.png'],
      isList: false,
      zoom: true,
      zoomBy: 1.5,
      grid: true,
      gridSize: 20,
      smoothing: false,
      defaultZoom: 'original',
      rotateControl: true,
      brightnessControl: false,
      crosshair: true,
      maxWidth: '750px',
    });
    const plain = imageSettings(
      new TestEngine(`<View><Image name="img" value="$image"/></View>`, { image: 'a.png' }).engine.object('img')!,
    );
    expect(plain).toMatchObject({ smoothing: true, grid: false, gridSize: 30, defaultZoom: 'fit', zoomBy: 1.1 });
  });

  const LIST_CONFIG = `<View>
    <Image name="pages" valueList="$images"/>
    <RectangleLabels name="label" toName="pages"><Label value="Stamp"/></RectangleLabels>
    <TextArea name="ocr" toName="pages" perRegion="true"/>
  </View>`;
  const LIST_DATA = { images: ['p1.png', 'p2.png', 'p3.png'] };

  it('pages a valueList: item_index is kept on load and save, and written on new regions and their per-region results', () => {
    const t = new TestEngine(LIST_CONFIG, LIST_DATA);
    expect(imageSettings(t.engine.object('pages')!)).toMatchObject({ urls: ['p1.png', 'p2.png', 'p3.png'], isList: true });
    const loaded = [
      {
        original_width: 600,
        original_height: 800,
        image_rotation: 0,
        value: { x: 1, y: 2, width: 3, height: 4, rotation: 0, rectanglelabels: ['Stamp'] },
        id: 's1',
        from_name: 'label',
        to_name: 'pages',
        type: 'rectanglelabels',
        origin: 'manual',
        item_index: 2,
      },
    ];
    const saved = t.roundTrip(loaded);
    expect(saved).toEqual(loaded);
    expect(keyOrders(saved)).toEqual(keyOrders(loaded));
    const id = createImageRegion(t.engine, {
      objectName: 'pages',
      control: 'label',
      geometry: rectangleGeometry(10, 10, 5, 5),
      labels: ['Stamp'],
      image: { width: 600, height: 800, itemIndex: 1 },
    })!;
    t.engine.setPayload('ocr', ['PAID'], id);
    const added = t.saved().filter((r) => r.id === id);
    expect(added.map((r) => [r.type, r.item_index, r.original_width])).toEqual([
      ['rectanglelabels', 1, 600],
      ['textarea', 1, 600],
    ]);
    expect(Object.keys(added[1])).toEqual([
      'original_width',
      'original_height',
      'image_rotation',
      'value',
      'id',
      'from_name',
      'to_name',
      'type',
      'origin',
      'item_index',
    ]);
    expect(imageRegionsOn(t.engine, 'pages', 1).map((r) => r.id)).toEqual([id]);
    expect(imageRegionsOn(t.engine, 'pages', 2).map((r) => r.id)).toEqual(['s1']);
    expect(imageRegionsOn(t.engine, 'pages', 0)).toEqual([]);
  });
});

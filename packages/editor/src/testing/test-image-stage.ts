import { createEngine } from '../create-engine';
import type { EditorEngine } from '../engine/engine';
import type { JsonObject, JsonValue } from '../engine/json';
import { toDrawable, type ImageSize } from '../tags/image/canvas/drawables';
import { pointerInput, StageToolHost, type ShownRegions } from '../tags/image/canvas/stage-tool-host';
import { Viewport } from '../tags/image/canvas/viewport';
import { createShapeRegion, imageRegionsOn, isImageRegionOn } from '../tags/image/image-regions';
import type { PointerInput } from '../tags/image/tools/tool';

/** An image with one labels control per drawing tool: `box`, `poly`, `kp`, `ell`. */
export const IMAGE_TOOLS_CONFIG = `<View>
  <Image name="image" value="$image"/>
  <RectangleLabels name="box" toName="image"><Label value="Car"/><Label value="Person"/></RectangleLabels>
  <PolygonLabels name="poly" toName="image"><Label value="Road"/></PolygonLabels>
  <KeyPointLabels name="kp" toName="image"><Label value="Eye"/></KeyPointLabels>
  <EllipseLabels name="ell" toName="image"><Label value="Ball"/></EllipseLabels>
</View>`;

type Modifiers = Partial<Pick<PointerInput, 'shift' | 'alt' | 'mod'>>;

interface PointerTool {
  down(e: PointerInput): void;
  move(e: PointerInput): void;
  up(e: PointerInput): void;
}

/**
 * The image stage's part without a browser, like tldraw's `TestEditor` for the image tools: a
 * real engine, the stage's own tool host ({@link StageToolHost}: hit-testing, selection,
 * region commands) and pointer events turned into image pixels as the stage turns them. The
 * regions are read from the engine at every lookup, where the stage keeps a per-frame cache.
 *
 * @example
 * const t = new TestImageStage();
 * t.engine.toggleActiveLabel('box', 'Car');
 * t.drag(new RectangleTool(t.host), t.at(100, 60), t.at(300, 210));
 * t.values('rectanglelabels'); // [{ x: 12.5, y: 10, width: 25, height: 25, rotation: 0, rectanglelabels: ['Car'] }]
 */
export class TestImageStage {
  readonly engine: EditorEngine;
  readonly host: StageToolHost;
  readonly size: ImageSize = { width: 800, height: 600 };
  /** Maps image pixels 1:1 to stage pixels. */
  vp = new Viewport(this.size, { width: 800, height: 600 }, 1, 0, 0);

  /** `config` has an `<Image name="image" value="$image"/>`. */
  constructor(config: string = IMAGE_TOOLS_CONFIG) {
    const objectName = 'image';
    const engine = createEngine({ config, data: { image: 'https://example.com/a.png' } });
    this.engine = engine;
    const regions: ShownRegions = {
      get: (id) => {
        const record = engine.store.region(id);
        if (!record || !isImageRegionOn(engine, record, objectName)) return undefined;
        const drawable = toDrawable(record, this.size);
        return drawable ? { record, drawable } : undefined;
      },
      near: () => imageRegionsOn(engine, objectName).map((r) => r.id),
    };
    this.host = new StageToolHost({
      engine,
      regions,
      size: () => this.size,
      viewport: () => this.vp,
      create: (kind, geometry: JsonObject) =>
        createShapeRegion(engine, objectName, kind, geometry, { ...this.size, rotation: 0 }),
      invalidate: () => undefined,
    });
  }

  /** A pointer at stage pixels `x, y`, as the stage hands it to tools. */
  at(x: number, y: number, mods: Modifiers = {}): PointerInput {
    const event = {
      clientX: x,
      clientY: y,
      shiftKey: mods.shift ?? false,
      altKey: mods.alt ?? false,
      ctrlKey: mods.mod ?? false,
      metaKey: false,
    };
    return pointerInput(event, { left: 0, top: 0 }, this.vp);
  }

  /** Press at `from`, move halfway, move to `to`, release. */
  drag(tool: PointerTool, from: PointerInput, to: PointerInput): void {
    tool.down(from);
    tool.move({
      ...from,
      screen: { x: (from.screen.x + to.screen.x) / 2, y: (from.screen.y + to.screen.y) / 2 },
      image: { x: (from.image.x + to.image.x) / 2, y: (from.image.y + to.image.y) / 2 },
    });
    tool.move(to);
    tool.up(to);
  }

  /** The saved `value` of every result of one type. */
  values(type: string): JsonValue[] {
    return this.engine
      .serialize()
      .filter((r) => r.type === type)
      .map((r) => r.value);
  }
}

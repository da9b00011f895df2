/**
 * What the writers need to know about a labeling config: the converter's parsed schema, in
 * our words (`ExportConfig`), and `ExportSchema`, which the writers query it through.
 * `packages/label-config` produces the full tree; `exportConfigFromTree` (config-from-tree.ts)
 * turns it into this shape, so this package doesn't depend on the parser.
 */

/** A control tag (one that produces results): RectangleLabels, Choices, TextArea, … */
export interface ControlTagInfo {
  name: string;
  /** Tag name as Label Studio spells it: `RectangleLabels`, `Labels`, `TextArea`, … */
  type: string;
  /** Names of the object tags it labels (`toName`, split on commas). */
  toName: string[];
  /** Label and Choice values in config order (a child's `alias` replaces its `value`). */
  labels: string[];
  /**
   * Attributes of each label child, by label value. The converter reads `category` (explicit
   * COCO/YOLO class ids) and `model_index` (keypoint order).
   */
  labelAttributes?: Record<string, Record<string, string>>;
}

/** An object tag (one that shows task data): Image, Text, Audio, … */
export interface ObjectTagInfo {
  name: string;
  type: string;
  /** `value` attribute, e.g. `$image`. */
  value?: string;
  /** `valueList` attribute (multi-image), e.g. `$images`. */
  valueList?: string;
  /** `valueType` attribute (`url` on Text disables text formats). */
  valueType?: string;
}

export interface ExportConfig {
  controls: ControlTagInfo[];
  objects: ObjectTagInfo[];
}

/** The converter's view of one object tag, seen through the controls that label it. */
export interface ConfigInput {
  type: string;
  valueType?: string;
  /** Data keys it reads, `$` removed. */
  keys: string[];
  multiImage: boolean;
}

/** Resolves the parts of the config the writers consult, once per export. */
export class ExportSchema {
  readonly controls: ReadonlyMap<string, ControlTagInfo>;
  /** Data keys read by the labeled objects, in first-seen order (the converter uses the first). */
  readonly dataKeys: string[];

  constructor(readonly config: ExportConfig) {
    const controls = new Map<string, ControlTagInfo>();
    for (const c of config.controls) controls.set(c.name, c);
    this.controls = controls;
    const keys = new Set<string>();
    for (const c of controls.values()) for (const input of this.inputsOf(c)) for (const k of input.keys) keys.add(k);
    this.dataKeys = [...keys];
  }

  /** The labeled objects of a control that exist in the config. */
  inputsOf(control: ControlTagInfo): ConfigInput[] {
    const out: ConfigInput[] = [];
    for (const target of control.toName) {
      const obj = this.config.objects.find((o) => o.name === target);
      if (!obj) continue;
      // Label Studio's parser keeps `value` when both are set; only a lone `valueList` makes a multi-image object.
      const source = obj.value ? obj.value : obj.valueList;
      const keys = source ? [source.replace(/^\$+/, '')] : [];
      out.push({ type: obj.type, valueType: obj.valueType, keys, multiImage: !obj.value && Boolean(obj.valueList) });
    }
    return out;
  }

  /** The data key an image/text/audio writer reads (the converter's `_data_keys[0]`). */
  get dataKey(): string {
    return this.dataKeys[0] ?? '';
  }

  hasControlType(type: string): boolean {
    for (const c of this.controls.values()) if (c.type === type) return true;
    return false;
  }

  /** Labels of all controls of one type, without repeats, in config order. */
  labelsOfType(type: string): string[] {
    const seen = new Set<string>();
    for (const c of this.controls.values()) if (c.type === type) for (const l of c.labels) seen.add(l);
    return [...seen];
  }
}

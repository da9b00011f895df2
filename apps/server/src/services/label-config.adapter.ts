import { SaxesParser } from 'saxes';

/**
 * Interim checks of a labeling config until packages/label-config is wired in:
 * well-formed XML with at least one object tag, and the `$variables` it reads.
 */
const OBJECT_TAGS = new Set(
  ['image', 'text', 'hypertext', 'audio', 'audioplus', 'video', 'timeseries', 'paragraphs', 'table', 'list', 'pdf', 'chat'],
);

/** A control tag (one with `toName`), as Label Studio's parsed config lists it. */
export interface ControlTag {
  name: string;
  /** The tag as written, e.g. `Choices`. */
  type: string;
  toName: string[];
}

export interface ConfigCheck {
  errors: { message: string; line: number; column: number }[];
  dataKeys: string[];
  controlTags: number;
  /** Named control tags in document order. */
  controls: ControlTag[];
}

export function checkLabelConfig(xml: string): ConfigCheck {
  const errors: ConfigCheck['errors'] = [];
  const keys = new Set<string>();
  let objects = 0;
  let controls = 0;
  const named: ControlTag[] = [];
  const parser = new SaxesParser({ position: true });
  parser.on('error', (e) => {
    errors.push({ message: e.message.replace(/^[^:]*:\d+:\d+: /, ''), line: parser.line, column: parser.column });
  });
  parser.on('opentag', (node) => {
    const tag = node.name.toLowerCase();
    if (OBJECT_TAGS.has(tag)) objects += 1;
    const attrs = Object.fromEntries(Object.entries(node.attributes).map(([k, v]) => [k.toLowerCase(), String(v)]));
    if ('toname' in attrs) {
      controls += 1;
      if (attrs.name && tag !== 'filter') named.push({ name: attrs.name, type: node.name, toName: attrs.toname.split(',').map((x) => x.trim()) });
    }
    for (const [k, v] of Object.entries(node.attributes)) {
      if (k.toLowerCase() === 'value' && typeof v === 'string' && v.startsWith('$')) keys.add(v.slice(1));
    }
  });
  try {
    parser.write(xml).close();
  } catch {
    // Errors were collected by the handler.
  }
  if (!errors.length && objects === 0) errors.push({ message: 'The config has no object tag (Image, Text, Audio, …) to label.', line: 1, column: 1 });
  return { errors: errors.slice(0, 1), dataKeys: [...keys], controlTags: controls, controls: named };
}

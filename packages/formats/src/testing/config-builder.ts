/**
 * Builds a labeling config twice over, as XML for Label Studio's converter and as the
 * ExportConfig our writers take, so the two can't drift apart in a fixture.
 */
import type { ControlTagInfo, ExportConfig, ObjectTagInfo } from '../export/export-config';

export interface Tag {
  tag: string;
  attrs: Record<string, string>;
  children?: Tag[];
}

export interface TestConfig {
  xml: string;
  config: ExportConfig;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function toXml(t: Tag): string {
  const attrs = Object.entries(t.attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  if (!t.children?.length) return `<${t.tag}${attrs}/>`;
  return `<${t.tag}${attrs}>${t.children.map(toXml).join('')}</${t.tag}>`;
}

function labelChildren(t: Tag): Tag[] {
  const out: Tag[] = [];
  for (const c of t.children ?? []) {
    if (c.tag === 'Label' || c.tag === 'Choice') out.push(c);
    out.push(...labelChildren(c));
  }
  return out;
}

/** A config from tags (mirrors how the converter's `parse_config` reads the XML). */
export function buildConfig(tags: Tag[]): TestConfig {
  const controls: ControlTagInfo[] = [];
  const objects: ObjectTagInfo[] = [];
  const walk = (t: Tag) => {
    const { name, toName, value, valueList, valueType } = t.attrs;
    if (name && toName && t.tag !== 'Filter') {
      const labelAttributes: Record<string, Record<string, string>> = {};
      const labels: string[] = [];
      for (const l of labelChildren(t)) {
        const v = l.attrs.alias || l.attrs.value;
        if (!v) continue;
        if (!(v in labelAttributes)) labels.push(v);
        labelAttributes[v] = l.attrs;
      }
      controls.push({ name, type: t.tag, toName: toName.split(','), labels, labelAttributes });
    } else if (name && (value || valueList)) {
      objects.push({ name, type: t.tag, value, valueList, valueType });
    }
    for (const c of t.children ?? []) walk(c);
  };
  tags.forEach(walk);
  return { xml: toXml({ tag: 'View', attrs: {}, children: tags }), config: { controls, objects } };
}

/** An object tag; an empty `value` leaves the attribute out (for `valueList` objects). */
export const obj = (tag: string, name: string, value: string, extra: Record<string, string> = {}): Tag => ({
  tag,
  attrs: { name, ...(value ? { value } : {}), ...extra },
});

/** A control with Label (or, for Choices/Taxonomy, Choice) children; a label may carry attributes. */
export const control = (
  tag: string,
  name: string,
  toName: string,
  labels: Array<string | Record<string, string>> = [],
  extra: Record<string, string> = {},
): Tag => ({
  tag,
  attrs: { name, toName, ...extra },
  children: labels.map((l) => ({ tag: tag === 'Choices' ? 'Choice' : 'Label', attrs: typeof l === 'string' ? { value: l } : l })),
});

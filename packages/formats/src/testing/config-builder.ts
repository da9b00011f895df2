/**
 * Builds a labeling config twice over, as XML for Label Studio's converter and as the
 * ExportConfig our writers take, so the two can't drift apart in a fixture. The ExportConfig comes
 * from `exportConfigFromTree`, so the compatibility tests check that adapter against the converter too.
 */
import { exportConfigFromTree, type ConfigTreeNode } from '../export/config-from-tree';
import type { ExportConfig } from '../export/export-schema';

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

const asTreeNode = (t: Tag): ConfigTreeNode => ({ tag: t.tag, rawAttrs: t.attrs, children: (t.children ?? []).map(asTreeNode) });

/** A config from tags, read by the package's own adapter (`exportConfigFromTree`), as the server reads a project's. */
export function buildConfig(tags: Tag[]): TestConfig {
  const root: Tag = { tag: 'View', attrs: {}, children: tags };
  return { xml: toXml(root), config: exportConfigFromTree(asTreeNode(root)) };
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

import type { ConfigNode } from '@groundwork/label-config';
import type { ControlTagInfo, ExportConfig, ObjectTagInfo } from '@groundwork/formats';
import { analyzeConfig } from '../projects/label-config';

const cache = new Map<string, ExportConfig>();

function labelChildren(node: ConfigNode, out: ConfigNode[] = []): ConfigNode[] {
  for (const c of node.children) {
    if (c.tag === 'Label' || c.tag === 'Choice') out.push(c);
    labelChildren(c, out);
  }
  return out;
}

/**
 * The export writers' view of a labeling config, read the way Label Studio's converter reads the
 * XML (`parse_config`): a tag with `name` and `toName` is a control, one with `name` and `value`
 * (or `valueList`) an object; a label's `alias` replaces its `value`. Empty for a config that
 * doesn't parse.
 */
export function exportConfig(xml: string): ExportConfig {
  const hit = cache.get(xml);
  if (hit) return hit;
  const root = analyzeConfig(xml).config?.root;
  const controls: ControlTagInfo[] = [];
  const objects: ObjectTagInfo[] = [];
  const walk = (node: ConfigNode) => {
    const { name, toName, value, valueList, valueType } = node.rawAttrs;
    if (name && toName && node.tag !== 'Filter') {
      const labels: string[] = [];
      const labelAttributes: Record<string, Record<string, string>> = {};
      for (const l of labelChildren(node)) {
        const v = l.rawAttrs.alias || l.rawAttrs.value;
        if (!v) continue;
        if (!(v in labelAttributes)) labels.push(v);
        labelAttributes[v] = { ...l.rawAttrs };
      }
      controls.push({ name, type: node.tag, toName: toName.split(','), labels, labelAttributes });
    } else if (name && (value || valueList)) {
      objects.push({ name, type: node.tag, value, valueList, valueType });
    }
    for (const c of node.children) walk(c);
  };
  if (root) walk(root);
  const config = { controls, objects };
  cache.set(xml, config);
  if (cache.size > 256) cache.delete(cache.keys().next().value as string);
  return config;
}

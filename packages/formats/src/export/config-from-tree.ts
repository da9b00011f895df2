import type { ControlTagInfo, ExportConfig, ObjectTagInfo } from './export-schema';

/**
 * One element of a parsed labeling config, as far as the converter looks at it. `ConfigNode` of
 * `@groundwork/label-config` has this shape, so its parse tree can be passed as is; this package
 * doesn't depend on the parser.
 */
export interface ConfigTreeNode {
  /** Tag name as Label Studio spells it: `RectangleLabels`, `Image`, `Label`, … */
  tag: string;
  /** Attributes exactly as written in the XML. */
  rawAttrs: Readonly<Record<string, string>>;
  children: readonly ConfigTreeNode[];
}

function labelChildren(node: ConfigTreeNode, out: ConfigTreeNode[] = []): ConfigTreeNode[] {
  for (const c of node.children) {
    if (c.tag === 'Label' || c.tag === 'Choice') out.push(c);
    labelChildren(c, out);
  }
  return out;
}

/**
 * The writers' view of a labeling config, read the way Label Studio's converter reads the XML
 * (`parse_config`): a tag with `name` and `toName` is a control (except `Filter`), one with `name`
 * and `value` (or `valueList`) an object; a label's `alias` replaces its `value`, and a label
 * value repeated keeps its first place and its last attributes.
 *
 * @example
 * exportConfigFromTree(parseConfig(xml).config!.root); // { controls: [...], objects: [...] }
 */
export function exportConfigFromTree(root: ConfigTreeNode): ExportConfig {
  const controls: ControlTagInfo[] = [];
  const objects: ObjectTagInfo[] = [];
  const walk = (node: ConfigTreeNode) => {
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
  walk(root);
  return { controls, objects };
}

import type { ConfigIssue, ConfigNode, LabelConfig, ValidationResult } from '../config.types';
import { parseConfig } from '../parser/config.parser';
import type { TagDefinition } from '../tags/tag-definition';
import { findTag } from '../tags/tag-registry';

/** Where each item tag may appear (nearest meaningful ancestor). */
const ITEM_PARENTS: Record<string, readonly string[]> = {
  Label: [
    'Labels',
    'RectangleLabels',
    'PolygonLabels',
    'KeyPointLabels',
    'EllipseLabels',
    'BrushLabels',
    'BitmaskLabels',
    'VectorLabels',
    'HyperTextLabels',
    'ParagraphLabels',
    'TimeSeriesLabels',
    'TimelineLabels',
    'OcrLabels',
    'VideoVectorLabels',
  ],
  Choice: ['Choices', 'Taxonomy', 'Choice'],
  Relation: ['Relations'],
  Shortcut: ['TextArea'],
  Bucket: ['Ranker'],
  Channel: ['TimeSeries'],
  Panel: ['Collapse'],
};

/**
 * Parses a config and checks the rules Label Studio enforces across tags: a View root,
 * required attributes, unique names, `toName` targets that exist and fit the control,
 * at least one object tag, options for every labels/choices control.
 *
 * @example
 * validateConfig('<View><Choices name="c" toName="missing"><Choice value="A"/></Choices></View>').errors[0].message
 * // → `toName="missing" not found in names: ['c']`
 */
export function validateConfig(xml: string): ValidationResult {
  const parsed = parseConfig(xml);
  const errors = [...parsed.errors];
  const warnings = [...parsed.warnings];
  if (parsed.config) checkConfig(parsed.config, errors, warnings);
  const byPosition = (a: ConfigIssue, b: ConfigIssue) => a.line - b.line || a.column - b.column;
  errors.sort(byPosition);
  warnings.sort(byPosition);
  return parsed.config
    ? { ok: errors.length === 0, errors, warnings, config: parsed.config }
    : { ok: errors.length === 0, errors, warnings };
}

/** The semantic checks alone, for callers that already hold a parsed config. */
export function checkConfig(config: LabelConfig, errors: ConfigIssue[], warnings: ConfigIssue[]): void {
  const issue = (node: ConfigNode, code: string, message: string, attribute?: string): ConfigIssue => {
    const pos = (attribute && node.attrPositions[attribute]) || node;
    const out: ConfigIssue = { message, line: pos.line, column: pos.column, tag: node.tag, code };
    if (attribute) out.attribute = attribute;
    return out;
  };

  const root = config.root;
  if (root.tag !== 'View') {
    errors.push(issue(root, 'root-not-view', `The root tag must be <View>, found <${root.tag}>`));
  }

  walk(root, [], (node, ancestors) => {
    if (node.kind === 'markup') return;
    const def = findTag(node.tag) as TagDefinition;
    const required = (attr: string) =>
      errors.push(issue(node, 'missing-attribute', `Validation failed on ${node.tag}: '${attr}' is a required property`));
    if (def.requiresName && !nonEmpty(node.attrs.name)) required('name');
    if (def.control?.requiresToName && !nonEmpty(node.attrs.toName)) required('toName');
    if (def.object?.valueRequired && !nonEmpty(node.attrs[def.object.valueAttr])) required(def.object.valueAttr);
    if (def.name === 'Image' && !nonEmpty(node.attrs.value) && !nonEmpty(node.attrs.valueList)) required('value');
    for (const attr of def.requiredAttrs ?? []) if (!nonEmpty(node.attrs[attr])) required(attr);

    const allowedParents = ITEM_PARENTS[node.tag];
    if (allowedParents) {
      const parent = [...ancestors].reverse().find((a) => a.kind !== 'visual' || a.tag === 'Relations' || a.tag === 'Collapse');
      if (!parent || !allowedParents.includes(parent.tag)) {
        warnings.push(
          issue(node, 'misplaced-tag', `<${node.tag}> should be inside ${allowedParents.map((p) => `<${p}>`).join(' or ')}`),
        );
      }
    }
    if (node.tag === 'Repeater' && nonEmpty(node.attrs.on) && !String(node.attrs.on).startsWith('$')) {
      errors.push(issue(node, 'invalid-attribute-value', `Repeater "on" must name a task data list, such as on="$items"`, 'on'));
    }
  });

  // Unique names over object and control tags (Label Studio: "Label config contains non-unique names").
  const named = [
    ...config.objects.map((o) => ({ name: o.name, node: o.node })),
    ...config.controls.map((c) => ({ name: c.name, node: c.node })),
  ]
    .filter((n) => n.name !== '')
    .sort((a, b) => a.node.line - b.node.line || a.node.column - b.node.column);
  const seen = new Set<string>();
  const allNames = new Set<string>();
  for (const { name, node } of named) {
    allNames.add(name);
    // ReactCode is both object and control; it is one tag, not a duplicate.
    if (seen.has(name) && !(node.tag === 'ReactCode' && named.filter((n) => n.node === node).length > 1)) {
      if (!errors.some((e) => e.code === 'duplicate-name' && e.line === node.line && e.column === node.column)) {
        errors.push(issue(node, 'duplicate-name', `Label config contains non-unique names: "${name}"`, 'name'));
      }
    }
    seen.add(name);
  }

  const objectsByName = new Map(config.objects.map((o) => [o.name, o]));
  const sortedNames = `[${[...allNames]
    .sort()
    .map((n) => `'${n}'`)
    .join(', ')}]`;
  for (const control of config.controls) {
    const def = findTag(control.tag) as TagDefinition;
    const spec = def.control as NonNullable<TagDefinition['control']>;
    for (const target of control.toName) {
      const object = objectsByName.get(target);
      if (!object) {
        const message = allNames.has(target)
          ? `toName="${target}" of <${control.tag} name="${control.name}"> points at a control tag; it must name an object tag`
          : `toName="${target}" not found in names: ${sortedNames}`;
        errors.push(issue(control.node, 'unknown-to-name', message, 'toName'));
        continue;
      }
      if (spec.targets !== 'any' && !spec.targets.includes(object.tag)) {
        errors.push(
          issue(
            control.node,
            'incompatible-to-name',
            `<${control.tag} name="${control.name}"> cannot label <${object.tag} name="${object.name}">; it works with ${spec.targets
              .map((t) => `<${t}>`)
              .join(', ')}`,
            'toName',
          ),
        );
      }
    }
    if (control.tag === 'Pairwise' && control.toName.length !== 2) {
      errors.push(
        issue(
          control.node,
          'invalid-attribute-value',
          `<Pairwise> needs exactly two objects in toName, such as toName="left,right"`,
          'toName',
        ),
      );
    }
    if (spec.itemTag && control.items.length === 0 && !control.dynamic && !nonEmpty(control.node.attrs.apiUrl)) {
      errors.push(
        issue(
          control.node,
          'no-options',
          `<${control.tag} name="${control.name}"> has no <${spec.itemTag}> options and no dynamic value="$…"`,
        ),
      );
    }
    const values = new Set<string>();
    for (const item of control.items) {
      if (values.has(item.value)) {
        warnings.push(
          issue(control.node, 'duplicate-option', `<${control.tag} name="${control.name}"> lists "${item.value}" more than once`),
        );
      }
      values.add(item.value);
    }
    const whenTag = control.node.attrs.whenTagName;
    if (typeof whenTag === 'string' && whenTag !== '' && !allNames.has(whenTag)) {
      warnings.push(
        issue(control.node, 'unknown-tag-name', `whenTagName="${whenTag}" does not name a tag in this config`, 'whenTagName'),
      );
    }
  }

  for (const filter of findAll(root, 'Filter')) {
    const target = filter.attrs.toName;
    if (nonEmpty(target) && !allNames.has(String(target))) {
      errors.push(issue(filter, 'unknown-to-name', `toName="${String(target)}" not found in names: ${sortedNames}`, 'toName'));
    }
  }

  if (config.objects.length === 0) {
    errors.push(
      issue(root, 'no-object-tags', 'The config has no object tags (Image, Text, Audio, Video, …), so there is nothing to label'),
    );
  }
}

function nonEmpty(value: unknown): boolean {
  return value !== undefined && value !== null && String(value).trim() !== '';
}

function walk(node: ConfigNode, ancestors: ConfigNode[], visit: (node: ConfigNode, ancestors: ConfigNode[]) => void): void {
  visit(node, ancestors);
  ancestors.push(node);
  for (const child of node.children) walk(child, ancestors, visit);
  ancestors.pop();
}

function findAll(root: ConfigNode, tag: string): ConfigNode[] {
  const out: ConfigNode[] = [];
  walk(root, [], (n) => {
    if (n.tag === tag) out.push(n);
  });
  return out;
}

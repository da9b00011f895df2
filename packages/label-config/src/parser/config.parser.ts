import type {
  ConfigIssue,
  ConfigNode,
  ConfigVariable,
  ControlTagInfo,
  LabelConfig,
  LabelItem,
  ObjectTagInfo,
  ParseResult,
  RelationsInfo,
  RepeaterInfo,
  SourcePosition,
} from '../config.types';
import type { AttrSpec, AttrValue, TagDefinition } from '../tags/tag-definition';
import { findTag } from '../tags/tag-registry';
import { parseXml, type RawElement } from './xml.parser';

/**
 * Parses a labeling config into a typed tree and derived lists of objects and controls.
 * Reports syntax errors, unknown tags (errors) and unknown or ill-typed attributes (warnings);
 * cross-tag rules (names, toName, required attributes) are left to `validateConfig`.
 *
 * @example
 * const { ok, config } = parseConfig('<View><Image name="img" value="$image"/></View>');
 * // ok === true, config.objects[0].dataKey === 'image'
 */
export function parseConfig(xml: string): ParseResult {
  const { root, errors } = parseXml(typeof xml === 'string' ? xml : '');
  if (!root) return { ok: false, errors, warnings: [] };
  const warnings: ConfigIssue[] = [];
  const builder = new TreeBuilder(errors, warnings);
  const tree = builder.build(root, false);
  if (!tree) return { ok: false, errors, warnings };
  const config = deriveConfig(tree);
  return { ok: errors.length === 0, config, errors, warnings };
}

class TreeBuilder {
  constructor(
    private readonly errors: ConfigIssue[],
    private readonly warnings: ConfigIssue[],
  ) {}

  build(element: RawElement, inFreeContent: boolean): ConfigNode | undefined {
    if (inFreeContent) return this.markup(element);
    const def = findTag(element.name);
    if (!def) {
      this.errors.push({
        message: `Unknown tag <${element.name}>`,
        line: element.line,
        column: element.column,
        tag: element.name,
        code: 'unknown-tag',
      });
      return undefined;
    }
    const node: ConfigNode = {
      tag: def.name,
      kind: def.kind,
      attrs: {},
      rawAttrs: {},
      attrPositions: {},
      children: [],
      text: element.text,
      line: element.line,
      column: element.column,
    };
    this.readAttributes(def, element, node);
    for (const child of element.children) {
      const built = this.build(child, def.freeContent === true);
      if (built) node.children.push(built);
    }
    return node;
  }

  private markup(element: RawElement): ConfigNode {
    const rawAttrs: Record<string, string> = {};
    const attrPositions: Record<string, SourcePosition> = {};
    for (const a of element.attributes) {
      rawAttrs[a.name] = a.value;
      attrPositions[a.name] = { line: a.line, column: a.column };
    }
    return {
      tag: element.name,
      kind: 'markup',
      attrs: { ...rawAttrs },
      rawAttrs,
      attrPositions,
      children: element.children.map((c) => this.markup(c)),
      text: element.text,
      line: element.line,
      column: element.column,
    };
  }

  private readAttributes(def: TagDefinition, element: RawElement, node: ConfigNode): void {
    for (const raw of element.attributes) {
      node.rawAttrs[raw.name] = raw.value;
      const spec = def.attrs.find((a) => a.name.toLowerCase() === raw.name.toLowerCase());
      const position = { line: raw.line, column: raw.column };
      if (!spec) {
        this.warnings.push({
          message: `Unknown attribute "${raw.name}" on <${def.name}>`,
          ...position,
          tag: def.name,
          attribute: raw.name,
          code: 'unknown-attribute',
        });
        node.attrs[raw.name] = raw.value;
        node.attrPositions[raw.name] = position;
        continue;
      }
      if (spec.name in node.attrPositions) {
        this.warnings.push({
          message: `Attribute "${spec.name}" is given more than once on <${def.name}> (names are case-insensitive)`,
          ...position,
          tag: def.name,
          attribute: raw.name,
          code: 'duplicate-attribute',
        });
        continue;
      }
      node.attrPositions[spec.name] = position;
      const typed = coerce(spec, raw.value);
      if (typed === undefined) {
        const expected = spec.type === 'enum' ? `one of ${(spec.values ?? []).join(', ')}` : `a ${spec.type}`;
        this.warnings.push({
          message: `Attribute "${spec.name}" on <${def.name}> should be ${expected}, got "${truncate(raw.value)}"`,
          ...position,
          tag: def.name,
          attribute: spec.name,
          code: 'invalid-attribute-value',
        });
        node.attrs[spec.name] = raw.value;
      } else {
        node.attrs[spec.name] = typed;
      }
    }
    for (const spec of def.attrs) {
      if (!(spec.name in node.attrs) && spec.default !== undefined) node.attrs[spec.name] = spec.default;
    }
  }
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Returns the typed value, or undefined when the text does not fit the attribute's type. */
function coerce(spec: AttrSpec, value: string): AttrValue | undefined {
  // A `$variable` is resolved from task data at labeling time; its type can't be checked here.
  if (value.includes('$')) return value;
  switch (spec.type) {
    case 'string':
      return value;
    case 'boolean': {
      const v = value.trim().toLowerCase();
      if (v === 'true') return true;
      if (v === 'false') return false;
      return undefined;
    }
    case 'number': {
      const trimmed = value.trim();
      const n = Number(trimmed);
      return trimmed !== '' && Number.isFinite(n) ? n : undefined;
    }
    case 'enum': {
      const found = (spec.values ?? []).find((v) => v.toLowerCase() === value.trim().toLowerCase());
      return found;
    }
  }
}

const VARIABLE_PATTERN = /\$([A-Za-z_][\w-]*)((?:\[[^\]]*\]|\.[A-Za-z_][\w-]*)*)/g;

/** First `$variable` in an attribute value: `$images[{{idx}}].url` → key `images`. */
export function variableOf(value: AttrValue | undefined): { key: string; expression: string } | undefined {
  if (typeof value !== 'string') return undefined;
  VARIABLE_PATTERN.lastIndex = 0;
  const m = VARIABLE_PATTERN.exec(value);
  return m ? { key: m[1], expression: m[1] + m[2] } : undefined;
}

function deriveConfig(root: ConfigNode): LabelConfig {
  const config: LabelConfig = { root, objects: [], controls: [], variables: [], repeaters: [] };
  // Explicit stack: depth is bounded by the parser, but iteration keeps this walk flat regardless.
  const stack: { node: ConfigNode; repeater?: RepeaterInfo }[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, repeater: outer } = stack.pop() as { node: ConfigNode; repeater?: RepeaterInfo };
    if (node.kind === 'markup') continue;
    const def = findTag(node.tag) as TagDefinition;
    let repeater = outer;
    if (def.name === 'Repeater') {
      repeater = {
        on: variableOf(node.attrs.on)?.key ?? String(node.attrs.on ?? ''),
        indexFlag: String(node.attrs.indexFlag ?? '{{idx}}'),
        mode: String(node.attrs.mode ?? 'list'),
      };
      config.repeaters.push(repeater);
    }
    collectVariables(config.variables, node, def);
    if (def.object) config.objects.push(objectInfo(node, def, repeater));
    if (def.control) config.controls.push(controlInfo(node, def, repeater));
    if (def.name === 'Relations') config.relations = relationsInfo(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push({ node: node.children[i], repeater });
  }
  return config;
}

function collectVariables(out: ConfigVariable[], node: ConfigNode, def: TagDefinition): void {
  // Option values are literal text ("$5 off" is a valid Choice), never data references.
  if (def.kind === 'item') return;
  for (const [attribute, raw] of Object.entries(node.rawAttrs)) {
    const v = variableOf(raw);
    if (!v) continue;
    const pos = node.attrPositions[attribute] ?? node.attrPositions[canonicalAttr(def, attribute)] ?? node;
    out.push({
      key: v.key,
      expression: v.expression,
      tag: node.tag,
      attribute: canonicalAttr(def, attribute),
      line: pos.line,
      column: pos.column,
    });
  }
}

function canonicalAttr(def: TagDefinition, name: string): string {
  return def.attrs.find((a) => a.name.toLowerCase() === name.toLowerCase())?.name ?? name;
}

function objectInfo(node: ConfigNode, def: TagDefinition, repeater: RepeaterInfo | undefined): ObjectTagInfo {
  const valueAttr = def.object?.valueAttr ?? 'value';
  const list = node.attrs.valueList;
  const isValueList = node.attrs[valueAttr] === undefined && typeof list === 'string';
  const value = String((isValueList ? list : node.attrs[valueAttr]) ?? '');
  const info: ObjectTagInfo = {
    name: String(node.attrs.name ?? ''),
    tag: node.tag,
    type: node.tag.toLowerCase(),
    value,
    isValueList,
    node,
  };
  const v = variableOf(value);
  if (v) info.dataKey = v.key;
  if (repeater) info.repeater = repeater;
  return info;
}

function controlInfo(node: ConfigNode, def: TagDefinition, repeater: RepeaterInfo | undefined): ControlTagInfo {
  const spec = def.control as NonNullable<TagDefinition['control']>;
  const items = spec.itemTag ? collectItems(node, spec.itemTag) : [];
  const labels: string[] = [];
  const flatten = (list: LabelItem[]) => {
    for (const item of list) {
      labels.push(item.value);
      if (item.alias !== undefined && item.alias !== item.value) labels.push(item.alias);
      flatten(item.children);
    }
  };
  flatten(items);
  const dynamic = variableOf(node.attrs.value);
  const info: ControlTagInfo = {
    name: String(node.attrs.name ?? ''),
    tag: node.tag,
    type: spec.resultType,
    valueKey: spec.valueKey,
    toName: String(node.attrs.toName ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    labels,
    items,
    dynamic: spec.itemTag !== undefined && dynamic !== undefined,
    perRegion: node.attrs.perRegion === true,
    perItem: node.attrs.perItem === true,
    required: node.attrs.required === true,
    producesResults: spec.producesResults,
    node,
  };
  if (info.dynamic && dynamic) info.dynamicKey = dynamic.key;
  if (typeof node.attrs.choice === 'string') info.choice = node.attrs.choice;
  if (repeater) info.repeater = repeater;
  return info;
}

/** Option items of a control; layout Views between the control and its items are looked through. */
function collectItems(node: ConfigNode, itemTag: string): LabelItem[] {
  const out: LabelItem[] = [];
  for (const child of node.children) {
    if (child.tag === itemTag) {
      const item: LabelItem = { value: String(child.attrs.value ?? ''), children: collectItems(child, itemTag) };
      if (typeof child.attrs.alias === 'string') item.alias = child.attrs.alias;
      if (typeof child.attrs.background === 'string') item.background = child.attrs.background;
      if (typeof child.attrs.hint === 'string') item.hint = child.attrs.hint;
      out.push(item);
    } else if (child.kind === 'visual') {
      out.push(...collectItems(child, itemTag));
    }
  }
  return out;
}

function relationsInfo(node: ConfigNode): RelationsInfo {
  return {
    labels: node.children.filter((c) => c.tag === 'Relation').map((c) => String(c.attrs.value ?? '')),
    choice: String(node.attrs.choice ?? 'single'),
    node,
  };
}

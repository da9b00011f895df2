import { SaxesParser } from 'saxes';
import type { ConfigIssue } from '../config.types';
import { createLocator } from './source-locator';

export interface RawAttribute {
  name: string;
  value: string;
  line: number;
  column: number;
}

export interface RawElement {
  name: string;
  attributes: RawAttribute[];
  children: RawElement[];
  text: string;
  line: number;
  column: number;
}

export interface XmlParseOutcome {
  root?: RawElement;
  errors: ConfigIssue[];
}

/**
 * Real configs nest a handful of levels; the limit keeps every later recursive walk far from
 * the call-stack limit whatever the input.
 */
export const MAX_NESTING_DEPTH = 100;

// One pass over a tag's source finds where each attribute starts; linear even for huge values.
const ATTRIBUTE_PATTERN = /([^\s=<>/"']+)\s*=\s*(?:"[^"]*"|'[^']*')/g;

/** Parses XML into a plain element tree with source positions. Never throws. */
export function parseXml(xml: string): XmlParseOutcome {
  const locate = createLocator(xml);
  const errors: ConfigIssue[] = [];
  const parser = new SaxesParser({ position: true });
  const stack: RawElement[] = [];
  let root: RawElement | undefined;
  let tagStart = 0;
  let depth = 0;

  const fail = (issue: ConfigIssue) => {
    // Only the first syntax error is reliable; later ones are usually consequences of it.
    if (errors.length === 0) errors.push(issue);
  };

  parser.on('error', (err) => {
    fail({
      message: `Invalid XML: ${err.message.replace(/^\d+:\d+: /, '')}`,
      line: parser.line,
      column: Math.max(1, parser.column),
      code: 'xml-syntax',
    });
  });
  parser.on('doctype', () => {
    // Label Studio parses configs with DTDs forbidden (entity expansion attacks); so do we.
    fail({
      message: 'DTD is forbidden in labeling configs',
      line: parser.line,
      column: Math.max(1, parser.column),
      code: 'xml-doctype',
    });
  });
  parser.on('opentagstart', (tag) => {
    // The parser has consumed the name and one more character; search back from the name's start.
    const at = xml.lastIndexOf(`<${tag.name}`, parser.position - tag.name.length - 1);
    tagStart = at === -1 ? parser.position : at;
  });
  parser.on('opentag', (tag) => {
    depth += 1;
    if (depth > MAX_NESTING_DEPTH) {
      if (depth === MAX_NESTING_DEPTH + 1) {
        const pos = locate(tagStart);
        fail({ message: `Tags are nested more than ${MAX_NESTING_DEPTH} levels deep`, ...pos, tag: tag.name, code: 'too-deep' });
      }
      return;
    }
    const element: RawElement = {
      name: tag.name,
      attributes: locateAttributes(xml, tagStart, parser.position, tag.attributes as Record<string, string>, locate),
      children: [],
      text: '',
      ...locate(tagStart),
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    if (depth <= MAX_NESTING_DEPTH) stack.pop();
    depth -= 1;
  });
  parser.on('text', (text) => {
    const current = stack[stack.length - 1];
    if (current && depth <= MAX_NESTING_DEPTH) current.text += text;
  });
  parser.on('cdata', (text) => {
    const current = stack[stack.length - 1];
    if (current && depth <= MAX_NESTING_DEPTH) current.text += text;
  });

  try {
    parser.write(xml).close();
  } catch (err) {
    // saxes reports through the error handler; anything thrown is still a syntax problem, not ours to rethrow.
    fail({
      message: err instanceof Error ? err.message : String(err),
      line: parser.line,
      column: Math.max(1, parser.column),
      code: 'xml-syntax',
    });
  }
  return { root: errors.length === 0 ? root : undefined, errors };
}

function locateAttributes(
  xml: string,
  start: number,
  end: number,
  attributes: Record<string, string>,
  locate: (offset: number) => { line: number; column: number },
): RawAttribute[] {
  const offsets = new Map<string, number>();
  const source = xml.slice(start, end);
  ATTRIBUTE_PATTERN.lastIndex = 0;
  for (let m = ATTRIBUTE_PATTERN.exec(source); m; m = ATTRIBUTE_PATTERN.exec(source)) {
    if (!offsets.has(m[1])) offsets.set(m[1], start + m.index);
  }
  return Object.entries(attributes).map(([name, value]) => ({
    name,
    value,
    ...locate(offsets.get(name) ?? start),
  }));
}

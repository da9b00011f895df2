import { ELEMENT_NODE, positionAt, TEXT_NODE, textOffset, type DomNode } from '../shared/text-offsets';

/**
 * Label Studio's xpath of a node relative to the HyperText root: `/p[1]/text()[1]`. Steps are
 * lower-case tag names (or `text()`) with 1-based positions among same-named siblings.
 *
 * @example
 * xpathOf(textNodeInFirstParagraph, root) // '/p[1]/text()[1]'
 */
export function xpathOf(node: DomNode, root: DomNode): string {
  const steps: string[] = [];
  for (let n: DomNode | null = node; n && n !== root; n = n.parentNode) {
    const parent: DomNode | null = n.parentNode;
    const name = n.nodeType === TEXT_NODE ? 'text()' : n.nodeName.toLowerCase();
    let index = 1;
    if (parent) {
      for (const sibling of Array.from(parent.childNodes) as DomNode[]) {
        if (sibling === n) break;
        if (sibling.nodeType === n.nodeType && (n.nodeType === TEXT_NODE || sibling.nodeName === n.nodeName)) index += 1;
      }
    }
    steps.unshift(`${name}[${index}]`);
  }
  return `/${steps.join('/')}`;
}

/** The node an xpath from {@link xpathOf} points at, or undefined. */
export function nodeAt(xpath: string, root: DomNode): DomNode | undefined {
  let current: DomNode | undefined = root;
  for (const step of xpath.split('/').filter((s) => s !== '')) {
    const m = /^([\w-]+|text\(\))(?:\[(\d+)\])?$/.exec(step);
    if (!m || !current) return undefined;
    const wanted = Number(m[2] ?? 1);
    let seen = 0;
    let next: DomNode | undefined;
    for (const child of Array.from(current.childNodes) as DomNode[]) {
      const matches =
        m[1] === 'text()'
          ? child.nodeType === TEXT_NODE
          : child.nodeType === ELEMENT_NODE && child.nodeName.toLowerCase() === m[1].toLowerCase();
      if (matches && ++seen === wanted) {
        next = child;
        break;
      }
    }
    current = next;
  }
  return current;
}

/**
 * HyperText span geometry as Label Studio writes it, from a range's two ends. Element-anchored
 * ends are moved onto the text node they point at, since LS xpaths end in `text()`.
 */
export function hyperTextGeometry(
  root: DomNode,
  start: { node: DomNode; offset: number },
  end: { node: DomNode; offset: number },
  text: string,
): {
  start: string;
  end: string;
  startOffset: number;
  endOffset: number;
  globalOffsets: { start: number; end: number };
  text: string;
} {
  const gStart = textOffset(root, start.node, start.offset);
  const gEnd = textOffset(root, end.node, end.offset);
  const s = start.node.nodeType === TEXT_NODE ? start : (positionAt(root, gStart) ?? start);
  const e = end.node.nodeType === TEXT_NODE ? end : (positionAt(root, gEnd) ?? end);
  return {
    start: xpathOf(s.node, root),
    end: xpathOf(e.node, root),
    startOffset: s.offset,
    endOffset: e.offset,
    globalOffsets: { start: gStart, end: gEnd },
    text,
  };
}

/**
 * Character offsets over the text of a DOM subtree, counting text nodes only, so elements
 * wrapped around the text (highlights, markup) don't change them. Text, Paragraphs and
 * HyperText (Label Studio's `globalOffsets`) all count this way.
 */

/** The parts of a DOM node the offset and xpath helpers read, so they can be tested without a browser. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** Length of the text of every text node before `target` in document order, inside `root`. */
function textBefore(root: DomNode, target: DomNode): number {
  let total = 0;
  const walk = (current: DomNode): boolean => {
    if (current === target) return true;
    if (current.nodeType === TEXT_NODE) {
      total += (current.textContent ?? '').length;
      return false;
    }
    for (const child of Array.from(current.childNodes)) if (walk(child)) return true;
    return false;
  };
  walk(root);
  return total;
}

/**
 * Character offset of a DOM position (`node`, `offset`, as in a Range) inside `root`'s text.
 *
 * @example
 * // <p>Hello <b>big</b> world</p>
 * textOffset(p, bigText, 1) // 7
 */
export function textOffset(root: DomNode, node: DomNode, offset: number): number {
  if (node.nodeType === TEXT_NODE) return textBefore(root, node) + offset;
  const children = node.childNodes;
  if (offset < children.length) return textBefore(root, children[offset]);
  return (node === root ? 0 : textBefore(root, node)) + (node.textContent ?? '').length;
}

/** Text node and offset at a character offset of `root`'s text (the inverse of {@link textOffset}), for drawing saved spans. */
export function positionAt(root: DomNode, target: number): { node: DomNode; offset: number } | undefined {
  let total = 0;
  let found: { node: DomNode; offset: number } | undefined;
  const walk = (current: DomNode): boolean => {
    if (current.nodeType === TEXT_NODE) {
      const length = (current.textContent ?? '').length;
      if (target <= total + length) {
        found = { node: current, offset: target - total };
        return true;
      }
      total += length;
      return false;
    }
    for (const child of Array.from(current.childNodes)) if (walk(child)) return true;
    return false;
  };
  walk(root);
  return found;
}

/** Start and end offsets of the current selection inside `root`, or undefined when it is elsewhere or empty. */
export function selectionOffsets(root: Node): { start: number; end: number } | undefined {
  const selection = globalThis.getSelection?.();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return undefined;
  const start = textOffset(root, range.startContainer, range.startOffset);
  const end = textOffset(root, range.endContainer, range.endOffset);
  return start === end ? undefined : { start: Math.min(start, end), end: Math.max(start, end) };
}

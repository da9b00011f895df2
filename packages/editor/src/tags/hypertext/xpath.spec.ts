import { describe, expect, it } from 'vitest';
import { positionAt, textOffset, type DomNode } from '../shared/text-offsets';
import { hyperTextGeometry, nodeAt, xpathOf } from './xpath';

interface FakeNode extends DomNode {
  childNodes: FakeNode[];
  parentNode: FakeNode | null;
}

function el(name: string, ...children: FakeNode[]): FakeNode {
  const node: FakeNode = {
    nodeType: 1,
    nodeName: name.toUpperCase(),
    parentNode: null,
    childNodes: children,
    get textContent() {
      return children.map((c) => c.textContent).join('');
    },
  };
  for (const c of children) c.parentNode = node;
  return node;
}
const txt = (text: string): FakeNode => ({ nodeType: 3, nodeName: '#text', parentNode: null, childNodes: [], textContent: text });

describe('HyperText xpaths', () => {
  // <div><p>Hello <b>big</b> world</p><p>Bye</p></div> inside the HyperText root.
  const hello = txt('Hello ');
  const big = txt('big');
  const world = txt(' world');
  const bye = txt('Bye');
  const root = el('root', el('div', el('p', hello, el('b', big), world), el('p', bye)));

  it('writes Label Studio xpaths and finds nodes back', () => {
    expect(xpathOf(hello, root)).toBe('/div[1]/p[1]/text()[1]');
    expect(xpathOf(big, root)).toBe('/div[1]/p[1]/b[1]/text()[1]');
    expect(xpathOf(world, root)).toBe('/div[1]/p[1]/text()[2]');
    expect(xpathOf(bye, root)).toBe('/div[1]/p[2]/text()[1]');
    expect(nodeAt('/div[1]/p[2]/text()[1]', root)).toBe(bye);
    expect(nodeAt('/div[1]/p[1]/b[1]/text()[1]', root)).toBe(big);
    expect(nodeAt('/div[1]/p[9]', root)).toBeUndefined();
  });

  it('computes global offsets and positions', () => {
    expect(textOffset(root, big, 1)).toBe(7);
    expect(textOffset(root, bye, 0)).toBe(15);
    expect(positionAt(root, 7)).toEqual({ node: big, offset: 1 });
  });

  it('builds span geometry in Label Studio key order', () => {
    const g = hyperTextGeometry(root, { node: hello, offset: 0 }, { node: big, offset: 3 }, 'Hello big');
    expect(g).toEqual({
      start: '/div[1]/p[1]/text()[1]',
      end: '/div[1]/p[1]/b[1]/text()[1]',
      startOffset: 0,
      endOffset: 3,
      globalOffsets: { start: 0, end: 9 },
      text: 'Hello big',
    });
    expect(Object.keys(g)).toEqual(['start', 'end', 'startOffset', 'endOffset', 'globalOffsets', 'text']);
  });
});

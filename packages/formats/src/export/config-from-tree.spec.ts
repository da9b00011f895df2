import { describe, expect, it } from 'vitest';
import { exportConfigFromTree, type ConfigTreeNode } from './config-from-tree';

const node = (tag: string, rawAttrs: Record<string, string> = {}, children: ConfigTreeNode[] = []): ConfigTreeNode => ({
  tag,
  rawAttrs,
  children,
});

describe('exportConfigFromTree', () => {
  it('reads controls and objects in document order, at any depth', () => {
    const root = node('View', {}, [
      node('Image', { name: 'img', value: '$image' }),
      node('View', {}, [
        node('RectangleLabels', { name: 'box', toName: 'img' }, [
          node('Label', { value: 'Car' }),
          node('Label', { value: 'Bus' }),
        ]),
      ]),
      node('Text', { name: 'txt', value: '$text', valueType: 'url' }),
    ]);
    expect(exportConfigFromTree(root)).toEqual({
      controls: [
        {
          name: 'box',
          type: 'RectangleLabels',
          toName: ['img'],
          labels: ['Car', 'Bus'],
          labelAttributes: { Car: { value: 'Car' }, Bus: { value: 'Bus' } },
        },
      ],
      objects: [
        { name: 'img', type: 'Image', value: '$image', valueList: undefined, valueType: undefined },
        { name: 'txt', type: 'Text', value: '$text', valueList: undefined, valueType: 'url' },
      ],
    });
  });

  it('splits toName on commas and takes an alias over the value', () => {
    const root = node('View', {}, [
      node('Choices', { name: 'c', toName: 'a,b' }, [
        node('Choice', { value: 'Yes', alias: 'Y' }),
        node('Choice', { value: 'No' }),
      ]),
    ]);
    const [c] = exportConfigFromTree(root).controls;
    expect(c.toName).toEqual(['a', 'b']);
    expect(c.labels).toEqual(['Y', 'No']);
    expect(c.labelAttributes?.Y).toEqual({ value: 'Yes', alias: 'Y' });
  });

  it('collects nested labels, keeps a repeated value once in its first place with its last attributes', () => {
    const root = node('View', {}, [
      node('Taxonomy', { name: 't', toName: 'x' }, [
        node('Choice', { value: 'A', category: '1' }, [node('Choice', { value: 'B' })]),
        node('Choice', { value: 'A', category: '2' }),
        node('Choice', {}),
      ]),
    ]);
    const [c] = exportConfigFromTree(root).controls;
    expect(c.labels).toEqual(['A', 'B']);
    expect(c.labelAttributes).toEqual({ A: { value: 'A', category: '2' }, B: { value: 'B' } });
  });

  it('takes a lone valueList as an object, skips Filter and tags without a name or value', () => {
    const root = node('View', {}, [
      node('Image', { name: 'imgs', valueList: '$images' }),
      node('Filter', { name: 'f', toName: 'box' }),
      node('Header', { value: 'Title' }),
      node('Image', { name: 'empty' }),
    ]);
    expect(exportConfigFromTree(root)).toEqual({
      controls: [],
      objects: [{ name: 'imgs', type: 'Image', value: undefined, valueList: '$images', valueType: undefined }],
    });
  });

  it('copies label attributes rather than sharing the tree', () => {
    const attrs = { value: 'Car' };
    const root = node('View', {}, [node('Labels', { name: 'l', toName: 'txt' }, [node('Label', attrs)])]);
    const [c] = exportConfigFromTree(root).controls;
    expect(c.labelAttributes?.Car).toEqual(attrs);
    expect(c.labelAttributes?.Car).not.toBe(attrs);
  });
});

import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parser/config.parser';
import { findOrphans, usedLabelsFromResults } from './find-orphans';

const parse = (xml: string) => {
  const config = parseConfig(xml).config;
  if (!config) throw new Error('parse');
  return config;
};

const OLD = parse(
  '<View><Text name="t" value="$t"/><Labels name="ner" toName="t"><Label value="PER"/><Label value="ORG"/></Labels><Choices name="c" toName="t"><Choice value="A"/></Choices></View>',
);
const RESULTS = [
  [
    { id: '1', from_name: 'ner', to_name: 't', type: 'labels', value: { start: 0, end: 1, labels: ['PER'] } },
    { id: '2', from_name: 'ner', to_name: 't', type: 'labels', value: { start: 2, end: 3, labels: ['ORG'] } },
    { id: '3', from_name: 'c', to_name: 't', type: 'choices', value: { choices: ['A'] } },
  ],
  [{ id: '4', from_name: 'ner', to_name: 't', type: 'labels', value: { start: 0, end: 1, labels: ['ORG'] } }],
];

describe('findOrphans', () => {
  const used = usedLabelsFromResults(RESULTS);

  it('summarises what results use', () => {
    expect(used).toEqual([
      { from_name: 'ner', to_name: 't', type: 'labels', count: 3, labels: { PER: 1, ORG: 2 } },
      { from_name: 'c', to_name: 't', type: 'choices', count: 1, labels: { A: 1 } },
    ]);
  });

  it('finds nothing when every used control and label survives', () => {
    expect(findOrphans(OLD, OLD, used)).toEqual([]);
  });

  it('reports removed labels and removed controls with Label Studio wording', () => {
    const next = parse('<View><Text name="t" value="$t"/><Labels name="ner" toName="t"><Label value="PER"/></Labels></View>');
    const orphans = findOrphans(OLD, next, used);
    expect(orphans).toEqual([
      expect.objectContaining({
        kind: 'label',
        from_name: 'ner',
        label: 'ORG',
        count: 2,
        message: 'These labels still exist in annotations:\nORG (2 annotations)',
      }),
      expect.objectContaining({ kind: 'control', from_name: 'c', type: 'choices', count: 1 }),
    ]);
    expect(orphans[1].message).toContain('Created annotations are incompatible with provided labeling schema');
  });

  it('ignores labels of controls that became dynamic', () => {
    const next = parse(
      '<View><Text name="t" value="$t"/><Labels name="ner" toName="t" value="$labels"/><Choices name="c" toName="t"><Choice value="A"/></Choices></View>',
    );
    expect(findOrphans(OLD, next, used)).toEqual([]);
  });
});

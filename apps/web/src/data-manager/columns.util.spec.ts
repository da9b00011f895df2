import { describe, expect, it } from 'vitest';
import type { DmColumn } from '../lib/api.types';
import { columnDefs, isComplete, operatorsFor, toggleHidden, visibleColumns } from './columns.util';
import { selectedCount, selectionBody, toggleOne } from './selection.util';

const column = (c: Partial<DmColumn> & { id: string }): DmColumn => ({
  title: c.id,
  type: 'String',
  target: 'tasks',
  project_defined: false,
  ...c,
});

const COLUMNS: DmColumn[] = [
  column({
    id: 'image',
    type: 'Image',
    parent: 'data',
    project_defined: true,
    visibility_defaults: { explore: true, labeling: true },
  }),
  column({ id: 'id', title: 'ID', type: 'Number', visibility_defaults: { explore: true, labeling: false } }),
  column({ id: 'inner_id', title: 'Inner ID', type: 'Number', visibility_defaults: { explore: false, labeling: false } }),
  column({ id: 'annotations_results', title: 'Annotation results', visibility_defaults: { explore: false, labeling: false } }),
  column({ id: 'data', type: 'List', children: ['image'] }),
];

describe('columnDefs', () => {
  const defs = columnDefs(COLUMNS);

  it('names data columns data.<key> and drops the data root', () => {
    expect(defs.map((d) => [d.id, d.field, d.isData])).toEqual([
      ['tasks:data.image', 'data.image', true],
      ['tasks:id', 'id', false],
      ['tasks:inner_id', 'inner_id', false],
      ['tasks:annotations_results', 'annotations_results', false],
    ]);
  });

  it('shows the default columns until the view hides some, and never columns the task list lacks', () => {
    expect(visibleColumns(defs, undefined).map((d) => d.field)).toEqual(['data.image', 'id']);
    expect(visibleColumns(defs, ['tasks:id']).map((d) => d.field)).toEqual(['data.image', 'inner_id']);
    const hidden = toggleHidden(defs, undefined, 'tasks:inner_id');
    expect(hidden).toEqual(['tasks:annotations_results']);
    expect(toggleHidden(defs, hidden, 'tasks:id')).toEqual(['tasks:annotations_results', 'tasks:id']);
  });
});

describe('filter operators', () => {
  it('offers operators by type and waits for a complete value', () => {
    expect(operatorsFor('Number').map((o) => o.value)).toContain('greater');
    expect(operatorsFor('Image').map((o) => o.value)).toContain('contains');
    const between = operatorsFor('Number').find((o) => o.value === 'in');
    expect(isComplete(between, { min: 1, max: '' })).toBe(false);
    expect(isComplete(between, { min: 1, max: 3 })).toBe(true);
    expect(isComplete(operatorsFor('String')[0], '')).toBe(false);
    expect(isComplete(operatorsFor('Number')[0], 0)).toBe(true);
  });
});

describe('selection', () => {
  it("turns ticks into Label Studio's selectedItems and counts them", () => {
    const some = toggleOne(toggleOne({ all: false, ids: new Set() }, 4), 7);
    expect(selectionBody(some)).toEqual({ all: false, included: [4, 7] });
    expect(selectedCount(some, 100)).toBe(2);
    const allButOne = toggleOne({ all: true, ids: new Set() }, 7);
    expect(selectionBody(allButOne)).toEqual({ all: true, excluded: [7] });
    expect(selectedCount(allButOne, 100)).toBe(99);
  });
});

import { describe, expect, it } from 'vitest';
import { keyOrders, TestEngine } from '../../testing/test-engine';
import { isSelectable, isTaxonomySelected, toggleTaxonomy } from './taxonomy.tag';

const CONFIG = `<View>
  <Text name="text" value="$text"/>
  <Taxonomy name="taxonomy" toName="text" maxUsages="2" required="true">
    <Choice value="Archaea"/>
    <Choice value="Bacteria"/>
    <Choice value="Eukarya">
      <Choice value="Human"/>
      <Choice value="Oppossum"/>
      <Choice value="Extraterrestial"/>
    </Choice>
  </Taxonomy>
</View>`;

describe('Taxonomy', () => {
  it('selects paths up to maxUsages, with undo and redo', () => {
    const t = new TestEngine(CONFIG, { text: 'x' });
    const c = t.engine.control('taxonomy');
    if (!c) throw new Error('no control');
    const [archaea, bacteria, eukarya] = c.items;
    const human = eukarya.children[0];
    expect(toggleTaxonomy(t.engine, c, human)).toBe(true);
    expect(toggleTaxonomy(t.engine, c, archaea)).toBe(true);
    expect(toggleTaxonomy(t.engine, c, bacteria)).toBe(false);
    expect(t.saved()[0]).toMatchObject({ value: { taxonomy: [['Eukarya', 'Human'], ['Archaea']] }, type: 'taxonomy' });
    expect(isTaxonomySelected(t.engine, c, human)).toBe(true);
    toggleTaxonomy(t.engine, c, human);
    expect(t.saved()[0].value).toEqual({ taxonomy: [['Archaea']] });
    t.engine.undo();
    expect(t.saved()[0].value).toEqual({ taxonomy: [['Eukarya', 'Human'], ['Archaea']] });
    t.engine.redo();
    expect(t.saved()[0].value).toEqual({ taxonomy: [['Archaea']] });
  });

  it('allows leaves only with leafsOnly', () => {
    const t = new TestEngine(CONFIG.replace('maxUsages="2"', 'leafsOnly="true"'), { text: 'x' });
    const c = t.engine.control('taxonomy');
    if (!c) throw new Error('no control');
    expect(isSelectable(c, c.items[2])).toBe(false);
    expect(toggleTaxonomy(t.engine, c, c.items[2])).toBe(false);
  });

  it('round-trips a Label Studio taxonomy result', () => {
    const result = [
      {
        value: { taxonomy: [['Eukarya', 'Oppossum'], ['Bacteria']] },
        id: 'Tx8q1pLm3n',
        from_name: 'taxonomy',
        to_name: 'text',
        type: 'taxonomy',
        origin: 'manual',
      },
    ];
    const t = new TestEngine(CONFIG, { text: 'x' });
    const saved = t.roundTrip(result);
    expect(saved).toEqual(result);
    expect(keyOrders(saved)).toEqual(keyOrders(result));
  });
});

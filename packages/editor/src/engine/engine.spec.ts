import { describe, expect, it } from 'vitest';
import { TestEngine } from '../testing/test-engine';

const NER = `<View>
  <Labels name="label" toName="text"><Label value="PER"/><Label value="ORG"/></Labels>
  <Text name="text" value="$text"/>
  <View visibleWhen="region-selected" whenLabelValue="PER">
    <Header value="Person details"/>
  </View>
  <View visibleWhen="no-region-selected"><Header value="Select a span"/></View>
  <Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices>
</View>`;

describe('EditorEngine: interface', () => {
  it('resolves task data and explains missing fields in place of the tag', () => {
    const t = new TestEngine(
      `<View><Header value="$title"/><Text name="text" value="$text"/><Text name="other" value="$missing"/></View>`,
      {
        text: 'hello',
        title: 'A title',
      },
    );
    expect(t.engine.object('text')?.value).toBe('hello');
    expect(t.engine.object('other')?.error).toBe('Task data has no "missing" field, which <Text name="other"> needs.');
    const header = t.engine.ui.root.children[0];
    expect(header.value).toBe('A title');
  });

  it('reads nested references, plain data and base64 text', () => {
    const t = new TestEngine(
      `<View><Text name="a" value="$meta.body"/><Text name="b" value="$enc" encoding="base64"/><Header value="Item $meta.id"/></View>`,
      { meta: { body: 'nested', id: 7 }, enc: btoa('decoded') },
    );
    expect(t.engine.object('a')?.value).toBe('nested');
    expect(t.engine.object('b')?.value).toBe('decoded');
    expect(t.engine.ui.root.children[2].value).toBe('Item 7');
    const plain = new TestEngine(`<View><Text name="a" value="$text"/></View>`, { $undefined$: 'plain' });
    expect(plain.engine.object('a')?.value).toBe('plain');
  });

  it('expands Repeaters into one set of controls per item', () => {
    const t = new TestEngine(
      `<View><Repeater on="$pages" indexFlag="{{idx}}">
        <Text name="page_{{idx}}" value="$pages[{{idx}}].text"/>
        <Choices name="ok_{{idx}}" toName="page_{{idx}}"><Choice value="Good"/><Choice value="Bad"/></Choices>
      </Repeater></View>`,
      { pages: [{ text: 'one' }, { text: 'two' }] },
    );
    expect(t.engine.ui.objects.map((o) => `${o.name}=${String(o.value)}`)).toEqual(['page_0=one', 'page_1=two']);
    expect(t.engine.ui.controls.map((c) => c.name)).toEqual(['ok_0', 'ok_1']);
    // Choices in each copy are numbered on.
    expect(t.engine.hotkeys.items.map((h) => h.key)).toEqual(['1', '2', '3', '4']);
    t.press('4');
    expect(t.saved()).toMatchObject([{ from_name: 'ok_1', to_name: 'page_1', value: { choices: ['Bad'] } }]);
  });

  it('rejects an invalid config with a readable error', () => {
    expect(() => new TestEngine('<View><Nope/></View>')).toThrow(/Unknown tag <Nope>/);
  });
});

describe('EditorEngine: conditional display', () => {
  it('shows region-selected and no-region-selected Views as the selection changes', () => {
    const t = new TestEngine(NER, { text: 'Ada met IBM' });
    const [, , personView, idleView] = t.engine.ui.root.children;
    expect(t.engine.isVisible(personView)).toBe(false);
    expect(t.engine.isVisible(idleView)).toBe(true);
    t.selectText('text', 0, 3);
    t.press('1');
    t.selectText('text', 8, 11);
    t.press('2');
    const [ada, ibm] = t.engine.regions();
    t.engine.select(ada.id);
    expect(t.engine.isVisible(personView)).toBe(true);
    expect(t.engine.isVisible(personView.children[0])).toBe(true);
    expect(t.engine.isVisible(idleView)).toBe(false);
    t.engine.select(ibm.id);
    expect(t.engine.isVisible(personView)).toBe(false);
    t.press('escape');
    expect(t.engine.session.selectedRegionId).toBeUndefined();
    expect(t.engine.isVisible(idleView)).toBe(true);
  });

  it('honours whenTagName for region-selected and choice-unselected', () => {
    const config = `<View>
      <Labels name="a" toName="text"><Label value="A"/></Labels>
      <Labels name="b" toName="text"><Label value="B"/></Labels>
      <Text name="text" value="$text"/>
      <View visibleWhen="region-selected" whenTagName="b"><Header value="b selected"/></View>
      <Choices name="flag" toName="text"><Choice value="Spam"/></Choices>
      <View visibleWhen="choice-unselected" whenTagName="flag" whenChoiceValue="Spam"><Header value="not spam"/></View>
    </View>`;
    const t = new TestEngine(config, { text: 'one two' });
    const views = t.engine.ui.root.children.filter((n) => n.tag === 'View');
    t.selectText('text', 0, 3);
    t.press('1');
    t.selectText('text', 4, 7);
    t.press('2');
    const [r1, r2] = t.engine.regions();
    t.engine.select(r1.id);
    expect(t.engine.isVisible(views[0])).toBe(false);
    t.engine.select(r2.id);
    expect(t.engine.isVisible(views[0])).toBe(true);
    expect(t.engine.isVisible(views[1])).toBe(true);
    t.engine.select(undefined);
    t.press('3');
    expect(t.engine.isVisible(views[1])).toBe(false);
  });
});

describe('EditorEngine: loading', () => {
  it('reports malformed prediction items, skips them and loads the rest', () => {
    const t = new TestEngine(NER, { text: 'Ada met IBM' });
    const problems = t.engine.load(
      [
        'not an object',
        { id: 'x1', from_name: 'nope', to_name: 'text', type: 'labels', value: { start: 0, end: 3, labels: ['PER'] } },
        { id: 'x2', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 0, end: 3, labels: 'PER' } },
        { id: 'ok', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 0, end: 3, labels: ['PER'] } },
      ],
      'prediction',
    );
    expect(problems.filter((p) => p.skipped).map((p) => p.index)).toEqual([0, 1, 2]);
    expect(t.saved().map((r) => r.id)).toEqual(['ok']);
    expect(t.engine.load({ not: 'a list' })[0]).toEqual({ index: -1, message: 'result must be a list', skipped: true });
  });

  it('reports and skips every kind of item that does not fit the config, and loads the rest', () => {
    const config = `<View>
      <Labels name="label" toName="text"><Label value="PER"/><Label value="Company" alias="ORG"/></Labels>
      <Text name="text" value="$text"/><Text name="other" value="$other"/>
      <Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices>
      <HyperTextLabels name="hl" toName="html"><Label value="Q"/></HyperTextLabels><HyperText name="html" value="$html"/>
      <ParagraphLabels name="pl" toName="dialogue"><Label value="Hi"/></ParagraphLabels><Paragraphs name="dialogue" value="$dialogue"/>
    </View>`;
    const t = new TestEngine(config, {
      text: 'Ada met IBM',
      other: 'x',
      html: '<p>q</p>',
      dialogue: [{ author: 'A', text: 'Hello' }],
    });
    let n = 0;
    const span = (value: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
      id: `s${(n += 1)}`,
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      value,
      ...extra,
    });
    const items = [
      span({ start: 0, end: 3, labels: ['CITY'] }), // 0: label not in the config
      span({ start: 0, end: 3, labels: ['PER'] }, { to_name: 'nowhere' }), // 1: unknown to_name
      span({ start: 0, end: 3, labels: ['PER'] }, { to_name: 'other' }), // 2: an object the control does not label
      span({ start: 0, end: 3, labels: ['PER'] }, { type: 'choices' }), // 3: wrong type
      span({ start: '0', end: 3, labels: ['PER'] }), // 4: offsets that are not numbers
      span({ start: 5, end: 2, labels: ['PER'] }), // 5: start after end
      span({ start: 4, end: 400, labels: ['PER'] }), // 6: past the end of the text
      { id: 'c1', from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['Meh'] } }, // 7: unknown choice
      {
        id: 'h1',
        from_name: 'hl',
        to_name: 'html',
        type: 'hypertextlabels',
        value: { start: 3, end: '/p[1]', startOffset: 0, endOffset: 1, hypertextlabels: ['Q'] },
      }, // 8
      {
        id: 'p1',
        from_name: 'pl',
        to_name: 'dialogue',
        type: 'paragraphlabels',
        value: { start: '0', end: '4', startOffset: 0, endOffset: 2, paragraphlabels: ['Hi'] },
      }, // 9
      { id: 'ok1', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 8, end: 11, labels: ['ORG'] } }, // alias: fine
      { id: 'ok2', from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['Positive'] } },
      {
        id: 'ok3',
        from_name: 'pl',
        to_name: 'dialogue',
        type: 'paragraphlabels',
        value: { start: '0', end: '0', startOffset: 0, endOffset: 5, paragraphlabels: ['Hi'] },
      },
    ];
    const problems = t.engine.load(items, 'prediction');
    expect(problems.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(problems.every((p) => p.skipped)).toBe(true);
    const messages = problems.map((p) => p.message);
    expect(messages[0]).toBe('"CITY" is not an option of "label" in this config');
    expect(messages[1]).toBe('no object named "nowhere" in this config');
    expect(messages[2]).toBe('"label" does not label "other" (its toName is "text")');
    expect(messages[3]).toMatch(/type "choices" does not fit "label"/);
    expect(messages[4]).toMatch(/start and end must be character offsets/);
    expect(messages[5]).toMatch(/start \(5\) is after end \(2\)/);
    expect(messages[6]).toMatch(/end \(400\) is past the end of the text \(11 characters\)/);
    expect(messages[7]).toBe('"Meh" is not an option of "sentiment" in this config');
    expect(messages[8]).toMatch(/xpaths/);
    expect(messages[9]).toMatch(/paragraph 4 does not exist/);
    expect(t.saved().map((r) => r.id)).toEqual(['ok1', 'ok2', 'ok3']);
  });

  it("takes text loaded from a URL as the object's value, so spans are offsets over it", () => {
    const t = new TestEngine(
      NER.replace('<Text name="text" value="$text"/>', '<Text name="text" value="$text" valueType="url"/>'),
      {
        text: '/data/upload/1/a.txt',
      },
    );
    // Before the text arrives, offsets past the URL's length still load: the text is not known yet.
    expect(
      t.engine.load([
        { id: 'r1', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 30, end: 33, labels: ['PER'] } },
      ]),
    ).toEqual([]);
    t.engine.setObjectValue('text', 'The text that was fetched: Ada');
    expect(t.engine.object('text')?.value).toBe('The text that was fetched: Ada');
    t.selectText('text', 4, 8);
    t.press('2');
    expect(t.saved().map((r) => r.value)).toEqual([
      { start: 30, end: 33, labels: ['PER'] },
      { start: 4, end: 8, text: 'text', labels: ['ORG'] },
    ]);
  });

  it('clears history on load and gives ids to results that lack them', () => {
    const t = new TestEngine(NER, { text: 'Ada met IBM' });
    t.press('1');
    t.engine.load([{ from_name: 'sentiment', to_name: 'text', type: 'choices', value: { choices: ['Positive'] } }]);
    expect(t.engine.canUndo).toBe(false);
    expect(t.saved()[0].id).toMatch(/^[\w-]{10}$/);
  });

  it('notifies subscribers of every change', () => {
    const t = new TestEngine(NER, { text: 'Ada met IBM' });
    let calls = 0;
    const off = t.engine.subscribe(() => (calls += 1));
    t.press('3');
    t.press('mod+z');
    off();
    t.press('mod+shift+z');
    expect(calls).toBe(2);
  });

  it('hands patch listeners the records each load, edit, undo and redo changed', () => {
    const t = new TestEngine(NER, { text: 'Ada met IBM' });
    const seen: { ids: string[]; removed: string[] }[] = [];
    t.engine.subscribePatches((patches) =>
      seen.push({
        ids: patches.filter((p) => p.typeName === 'region').map((p) => p.id),
        removed: patches.filter((p) => p.typeName === 'region' && p.after === undefined).map((p) => p.id),
      }),
    );
    t.engine.load([
      { id: 'r1', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 0, end: 3, labels: ['PER'] } },
    ]);
    expect(seen).toEqual([{ ids: ['r1'], removed: [] }]);
    t.press('2');
    const id = t.selectText('text', 8, 11)!;
    expect(seen.at(-1)).toEqual({ ids: [id], removed: [] });
    t.press('mod+z');
    expect(seen.at(-1)).toEqual({ ids: [id], removed: [id] });
    t.press('mod+shift+z');
    expect(seen.at(-1)).toEqual({ ids: [id], removed: [] });
    expect(seen).toHaveLength(4);
  });

  it('opens 2,000 spans on a 100,000-character text and adds one more at the end (timings: bench/editor-text)', () => {
    const text = 'lorem ipsum '.repeat(8334).slice(0, 100_000);
    const result = Array.from({ length: 2000 }, (_, i) => ({
      value: { start: i * 50, end: i * 50 + 5, text: text.slice(i * 50, i * 50 + 5), labels: ['PER'] },
      id: `r${i}`,
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      origin: 'manual',
    }));
    const t = new TestEngine(NER, { text });
    t.engine.load(result);
    expect(t.engine.regions()).toHaveLength(2000);
    t.selectText('text', 99_990, 99_995);
    t.press('2');
    expect(t.engine.regions()).toHaveLength(2001);
  });
});

describe('EditorEngine: defaults', () => {
  it('starts a new annotation with pre-selected choices and default values, not undoable', () => {
    const t = new TestEngine(
      `<View><Text name="t" value="$text"/>
        <Choices name="c" toName="t" choice="multiple"><Choice value="A" selected="true"/><Choice value="B"/><Choice value="C" selected="true"/></Choices>
        <TextArea name="ta" toName="t" value="prefilled"/>
        <Rating name="r" toName="t" defaultValue="3"/>
        <Number name="n" toName="t" defaultValue="0"/>
      </View>`,
      { text: 'x' },
    );
    t.engine.applyDefaults();
    expect(t.saved().map((r) => [r.from_name, r.value])).toEqual([
      ['c', { choices: ['A', 'C'] }],
      ['ta', { text: ['prefilled'] }],
      ['r', { rating: 3 }],
      ['n', { number: 0 }],
    ]);
    expect(t.engine.canUndo).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { keyOrders, TestEngine } from '../../testing/test-engine';

const NER = `<View>
  <Labels name="label" toName="text">
    <Label value="PER" background="red"/>
    <Label value="ORG" background="darkorange"/>
    <Label value="LOC" background="orange" maxUsages="1"/>
    <Label value="MISC" alias="M"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>`;
const TEXT = 'Barack Obama visited Microsoft in Redmond on Tuesday.';

/** An annotation as Label Studio exports it. */
const LS_RESULT = [
  {
    value: { start: 0, end: 12, text: 'Barack Obama', labels: ['PER'] },
    id: 'wK3n_1QcvA',
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    origin: 'manual',
  },
  {
    value: { start: 21, end: 30, text: 'Microsoft', labels: ['ORG'] },
    id: 'Tq9Vx3LbE1',
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    origin: 'manual',
  },
];

describe('Labels on Text', () => {
  it('creates a span from a selection and the label hotkey, with undo and redo', () => {
    const t = new TestEngine(NER, { text: TEXT });
    t.selectText('text', 0, 12);
    expect(t.engine.session.pending).toBeDefined();
    expect(t.press('1').handled).toBe(true);
    expect(t.engine.session.pending).toBeUndefined();
    const saved = t.saved();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      value: { start: 0, end: 12, text: 'Barack Obama', labels: ['PER'] },
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      origin: 'manual',
    });
    expect(Object.keys(saved[0])).toEqual(['value', 'id', 'from_name', 'to_name', 'type', 'origin']);
    expect(Object.keys(saved[0].value as object)).toEqual(['start', 'end', 'text', 'labels']);
    expect(String(saved[0].id)).toMatch(/^[\w-]{10}$/);

    t.press('mod+z');
    expect(t.saved()).toEqual([]);
    t.press('mod+shift+z');
    expect(t.saved()).toEqual(saved);
  });

  it('labels the next selection with the active label', () => {
    const t = new TestEngine(NER, { text: TEXT });
    t.press('2');
    expect(t.engine.session.activeLabels.label).toEqual(['ORG']);
    const id = t.selectText('text', 21, 30);
    expect(id).toBeDefined();
    expect(t.saved()[0].value).toEqual({ start: 21, end: 30, text: 'Microsoft', labels: ['ORG'] });
  });

  it('starts with <Label selected="true"> active', () => {
    const t = new TestEngine(
      NER.replace('<Label value="ORG" background="darkorange"/>', '<Label value="ORG" background="darkorange" selected="true"/>'),
      { text: TEXT },
    );
    expect(t.engine.session.activeLabels).toEqual({ label: ['ORG'] });
    t.selectText('text', 21, 30);
    expect(t.saved()[0].value).toEqual({ start: 21, end: 30, text: 'Microsoft', labels: ['ORG'] });
  });

  it('keeps overlapping spans apart and writes aliases', () => {
    const t = new TestEngine(NER, { text: TEXT });
    t.selectText('text', 0, 12);
    t.press('1');
    t.selectText('text', 7, 30);
    t.press('4');
    const saved = t.saved();
    expect(saved.map((r) => r.value)).toEqual([
      { start: 0, end: 12, text: 'Barack Obama', labels: ['PER'] },
      { start: 7, end: 30, text: 'Obama visited Microsoft', labels: ['M'] },
    ]);
    expect(saved[0].id).not.toEqual(saved[1].id);
  });

  it('changes the label of the selected span and deletes it with Backspace', () => {
    const t = new TestEngine(NER, { text: TEXT });
    t.engine.load(LS_RESULT);
    t.engine.select('wK3n_1QcvA');
    t.press('2');
    expect(t.saved()[0].value).toEqual({ start: 0, end: 12, text: 'Barack Obama', labels: ['ORG'] });
    t.press('backspace');
    expect(t.saved().map((r) => r.id)).toEqual(['Tq9Vx3LbE1']);
    expect(t.engine.session.selectedRegionId).toBeUndefined();
    t.press('mod+z');
    expect(t.saved().map((r) => r.id)).toEqual(['wK3n_1QcvA', 'Tq9Vx3LbE1']);
    t.press('mod+z');
    expect(t.saved()).toEqual(LS_RESULT);
  });

  it('respects Label maxUsages', () => {
    const t = new TestEngine(NER, { text: TEXT });
    t.selectText('text', 34, 41);
    t.press('3');
    t.selectText('text', 45, 52);
    t.press('3');
    expect(t.saved()).toHaveLength(1);
    expect(t.engine.session.pending).toBeDefined();
  });

  it('respects Labels maxUsages', () => {
    const t = new TestEngine(NER.replace('<Labels name="label"', '<Labels name="label" maxUsages="1"'), { text: TEXT });
    t.selectText('text', 0, 6);
    t.press('1');
    t.selectText('text', 7, 12);
    t.press('1');
    expect(t.saved()).toHaveLength(1);
  });

  it('snaps to whole words with granularity="word"', () => {
    const t = new TestEngine(NER.replace('value="$text"/>', 'value="$text" granularity="word"/>'), { text: TEXT });
    t.selectText('text', 9, 16);
    t.press('1');
    expect(t.saved()[0].value).toEqual({ start: 7, end: 20, text: 'Obama visited', labels: ['PER'] });
  });

  it('leaves text out with saveTextResult="no"', () => {
    const t = new TestEngine(NER.replace('value="$text"/>', 'value="$text" saveTextResult="no"/>'), { text: TEXT });
    t.selectText('text', 0, 6);
    t.press('1');
    expect(t.saved()[0].value).toEqual({ start: 0, end: 6, labels: ['PER'] });
  });

  it('round-trips a Label Studio annotation exactly, key order included', () => {
    const t = new TestEngine(NER, { text: TEXT });
    const saved = t.roundTrip(LS_RESULT);
    expect(saved).toEqual(LS_RESULT);
    expect(keyOrders(saved)).toEqual(keyOrders(LS_RESULT));
    expect(t.engine.problems).toEqual([]);
  });

  it('round-trips a prediction with scores and marks edited regions prediction-changed', () => {
    const prediction = [
      {
        id: 'p1',
        from_name: 'label',
        to_name: 'text',
        type: 'labels',
        value: { start: 0, end: 12, labels: ['PER'] },
        score: 0.91,
      },
      {
        id: 'p2',
        from_name: 'label',
        to_name: 'text',
        type: 'labels',
        value: { start: 34, end: 41, labels: ['LOC'] },
        score: 0.62,
        readonly: true,
      },
    ];
    const t = new TestEngine(NER, { text: TEXT });
    const saved = t.roundTrip(prediction, 'prediction');
    expect(saved).toEqual(prediction);
    expect(keyOrders(saved)).toEqual(keyOrders(prediction));

    t.engine.select('p1');
    t.press('2');
    expect(t.saved()[0]).toEqual({
      id: 'p1',
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      value: { start: 0, end: 12, labels: ['ORG'] },
      score: 0.91,
      origin: 'prediction-changed',
    });
    // Undo brings the untouched prediction back, origin included.
    t.press('mod+z');
    expect(t.saved()[0]).toEqual(prediction[0]);
    t.press('mod+shift+z');
    expect(t.saved()[0].origin).toBe('prediction-changed');
    // Readonly pre-annotations cannot be changed or deleted.
    t.engine.select('p2');
    t.press('1');
    t.press('delete');
    expect(t.saved()[1]).toEqual(prediction[1]);
  });

  it('keeps hidden and origin:prediction flags of annotation results', () => {
    const result = [{ ...LS_RESULT[0], origin: 'prediction', hidden: true }];
    const t = new TestEngine(NER, { text: TEXT });
    expect(t.roundTrip(result)).toEqual(result);
    t.engine.select('wK3n_1QcvA');
    t.press('2');
    expect(t.saved()[0]).toMatchObject({ origin: 'prediction-changed', hidden: true, value: { labels: ['ORG'] } });
  });

  it('escape drops a pending selection', () => {
    const t = new TestEngine(NER, { text: TEXT });
    t.selectText('text', 0, 6);
    expect(t.press('escape').handled).toBe(true);
    expect(t.engine.session.pending).toBeUndefined();
    t.press('1');
    expect(t.saved()).toEqual([]);
    expect(t.engine.session.activeLabels.label).toEqual(['PER']);
  });
});

describe('Labels on HyperText', () => {
  const CONFIG = `<View>
  <Labels name="ner" toName="html"><Label value="PER"/><Label value="ORG"/></Labels>
  <HyperText name="html" value="$html"/>
</View>`;
  const RESULT = [
    {
      value: {
        start: '/p[1]/text()[1]',
        end: '/p[1]/text()[1]',
        startOffset: 0,
        endOffset: 12,
        globalOffsets: { start: 0, end: 12 },
        text: 'Barack Obama',
        labels: ['PER'],
      },
      id: 'h1',
      from_name: 'ner',
      to_name: 'html',
      type: 'labels',
      origin: 'manual',
    },
  ];

  it('round-trips xpath spans and creates new ones from view geometry', () => {
    const t = new TestEngine(CONFIG, { html: `<p>${TEXT}</p>` });
    expect(t.roundTrip(RESULT)).toEqual(RESULT);
    t.selectGeometry('html', {
      start: '/p[1]/text()[1]',
      end: '/p[1]/text()[1]',
      startOffset: 21,
      endOffset: 30,
      globalOffsets: { start: 21, end: 30 },
      text: 'Microsoft',
    });
    t.press('2');
    expect(t.saved()[1].value).toEqual({
      start: '/p[1]/text()[1]',
      end: '/p[1]/text()[1]',
      startOffset: 21,
      endOffset: 30,
      globalOffsets: { start: 21, end: 30 },
      text: 'Microsoft',
      labels: ['ORG'],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { keyOrders, TestEngine } from '../../testing/test-engine';
import { isChoiceSelected, toggleChoice } from './choices.tag';

const CONFIG = `<View>
  <Text name="text" value="$text"/>
  <Choices name="sentiment" toName="text" choice="single" required="true" requiredMessage="Pick a sentiment">
    <Choice value="Positive"/>
    <Choice value="Negative"/>
    <Choice value="Neutral" hotkey="n"/>
  </Choices>
  <Choices name="reason" toName="text" choice="multiple" visibleWhen="choice-selected" whenTagName="sentiment" whenChoiceValue="Negative">
    <Choice value="Price"/>
    <Choice value="Quality"/>
  </Choices>
</View>`;
const DATA = { text: 'The product broke after two days.' };

const LS_RESULT = [
  {
    value: { choices: ['Negative'] },
    id: 'c7bXgq0pQm',
    from_name: 'sentiment',
    to_name: 'text',
    type: 'choices',
    origin: 'manual',
  },
  {
    value: { choices: ['Price', 'Quality'] },
    id: 'r2Mx8Zk1aa',
    from_name: 'reason',
    to_name: 'text',
    type: 'choices',
    origin: 'manual',
  },
];

describe('Choices', () => {
  it('numbers options 1–9 and keeps explicit hotkeys', () => {
    const t = new TestEngine(CONFIG, DATA);
    expect(t.engine.hotkeys.items.map((h) => `${h.value}:${h.key}`)).toEqual([
      'Positive:1',
      'Negative:2',
      'Neutral:n',
      'Price:3',
      'Quality:4',
    ]);
  });

  it('selects a single choice by hotkey, replaces it, clears it, with undo and redo', () => {
    const t = new TestEngine(CONFIG, DATA);
    t.press('1');
    expect(t.saved()).toMatchObject([
      { value: { choices: ['Positive'] }, from_name: 'sentiment', to_name: 'text', type: 'choices', origin: 'manual' },
    ]);
    t.press('n');
    expect(t.saved()[0].value).toEqual({ choices: ['Neutral'] });
    t.press('n');
    expect(t.saved()).toEqual([]);
    t.press('mod+z');
    expect(t.saved()[0].value).toEqual({ choices: ['Neutral'] });
    t.press('mod+z');
    expect(t.saved()[0].value).toEqual({ choices: ['Positive'] });
    t.press('mod+z');
    expect(t.saved()).toEqual([]);
    t.press('mod+shift+z');
    expect(t.saved()[0].value).toEqual({ choices: ['Positive'] });
  });

  it('shows dependent choices only while the condition holds, and saves them only then', () => {
    const t = new TestEngine(CONFIG, DATA);
    expect(t.engine.isControlVisible('reason')).toBe(false);
    // Hotkeys of hidden controls do nothing.
    expect(t.press('3').handled).toBe(false);
    t.press('2');
    expect(t.engine.isControlVisible('reason')).toBe(true);
    t.press('3');
    t.press('4');
    expect(t.saved().map((r) => r.value)).toEqual([{ choices: ['Negative'] }, { choices: ['Price', 'Quality'] }]);
    t.press('1');
    expect(t.engine.isControlVisible('reason')).toBe(false);
    expect(t.saved().map((r) => r.value)).toEqual([{ choices: ['Positive'] }]);
  });

  it('reports required controls with their message', () => {
    const t = new TestEngine(CONFIG, DATA);
    expect(t.engine.validate()).toEqual([{ control: 'sentiment', message: 'Pick a sentiment' }]);
    t.press('1');
    expect(t.engine.validate()).toEqual([]);
  });

  it('uses the default required message', () => {
    const t = new TestEngine(CONFIG.replace(' requiredMessage="Pick a sentiment"', ''), DATA);
    expect(t.engine.validate()[0].message).toBe('Checkbox "sentiment" is required.');
  });

  it('keeps a single-radio choice selected when pressed again', () => {
    const t = new TestEngine(CONFIG.replace('choice="single"', 'choice="single-radio"'), DATA);
    t.press('1');
    t.press('1');
    expect(t.saved()[0].value).toEqual({ choices: ['Positive'] });
  });

  it('writes nested choices as paths with allowNested', () => {
    const config = `<View><Text name="t" value="$text"/>
      <Choices name="topic" toName="t" choice="multiple" allowNested="true">
        <Choice value="Sports"><Choice value="Football"/><Choice value="Tennis"/></Choice>
        <Choice value="Politics"/>
      </Choices></View>`;
    const t = new TestEngine(config, DATA);
    const control = t.engine.control('topic');
    if (!control) throw new Error('no control');
    const [sports, politics] = control.items;
    const football = sports.children[0];
    toggleChoice(t.engine, control, sports);
    toggleChoice(t.engine, control, football);
    toggleChoice(t.engine, control, politics);
    expect(t.saved()[0].value).toEqual({ choices: [['Sports'], ['Sports', 'Football'], ['Politics']] });
    expect(isChoiceSelected(t.engine, control, football)).toBe(true);
    // Unselecting a parent unselects its children.
    toggleChoice(t.engine, control, sports);
    expect(t.saved()[0].value).toEqual({ choices: [['Politics']] });
    const loaded = [
      {
        value: { choices: [['Sports', 'Tennis']] },
        id: 'n1',
        from_name: 'topic',
        to_name: 't',
        type: 'choices',
        origin: 'manual',
      },
    ];
    expect(t.roundTrip(loaded)).toEqual(loaded);
  });

  it('classifies the selected region with perRegion, sharing its id', () => {
    const config = `<View>
      <Labels name="label" toName="text"><Label value="PER"/></Labels>
      <Text name="text" value="$text"/>
      <Choices name="gender" toName="text" perRegion="true" whenLabelValue="PER"><Choice value="Male" hotkey="m"/><Choice value="Female" hotkey="f"/></Choices>
    </View>`;
    const t = new TestEngine(config, { text: 'Ada Lovelace wrote the first program.' });
    expect(t.engine.isControlVisible('gender')).toBe(false);
    t.selectText('text', 0, 12);
    t.press('1');
    const regionId = t.engine.regions()[0].id;
    t.press('f');
    expect(t.saved()).toHaveLength(1);
    t.engine.select(regionId);
    expect(t.engine.isControlVisible('gender')).toBe(true);
    t.press('f');
    const saved = t.saved();
    expect(saved).toHaveLength(2);
    expect(saved[1]).toEqual({
      value: { start: 0, end: 12, text: 'Ada Lovelace', choices: ['Female'] },
      id: regionId,
      from_name: 'gender',
      to_name: 'text',
      type: 'choices',
      origin: 'manual',
    });
    expect(t.roundTrip(saved)).toEqual(saved);
    // Deleting the region takes its per-region results along; undo brings both back.
    t.engine.select(regionId);
    t.press('backspace');
    expect(t.saved()).toEqual([]);
    t.press('mod+z');
    expect(t.saved()).toEqual(saved);
  });

  it('round-trips Label Studio choices results exactly', () => {
    const t = new TestEngine(CONFIG, DATA);
    const saved = t.roundTrip(LS_RESULT);
    expect(saved).toEqual(LS_RESULT);
    expect(keyOrders(saved)).toEqual(keyOrders(LS_RESULT));
  });

  it('reads options from task data with value="$options"', () => {
    const config = `<View><Text name="t" value="$text"/><Choices name="c" toName="t" value="$options"/></View>`;
    const t = new TestEngine(config, { text: 'x', options: [{ value: 'A' }, { value: 'B', alias: 'b' }] });
    expect(t.engine.control('c')?.items.map((i) => i.value)).toEqual(['A', 'B']);
    t.press('2');
    expect(t.saved()[0].value).toEqual({ choices: ['b'] });
  });
});

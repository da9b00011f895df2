import { describe, expect, it } from 'vitest';
import { keyOrders, TestEngine } from '../../testing/test-engine';
import { addText, editText, removeText, texts } from './textarea.tag';

const CONFIG = `<View>
  <Text name="text" value="$text"/>
  <TextArea name="summary" toName="text" rows="3" required="true" maxSubmissions="2" skipDuplicates="true"/>
</View>`;
const DATA = { text: 'A long article about rivers.' };

describe('TextArea', () => {
  it('adds, edits and removes texts, with undo and redo', () => {
    const t = new TestEngine(CONFIG, DATA);
    const control = t.engine.control('summary');
    if (!control) throw new Error('no control');
    expect(t.engine.validate()).toEqual([{ control: 'summary', message: 'Input "summary" is required.' }]);
    expect(addText(t.engine, control, 'About rivers')).toBe(true);
    expect(addText(t.engine, control, 'About rivers')).toBe(false);
    expect(addText(t.engine, control, 'Second')).toBe(true);
    expect(addText(t.engine, control, 'Third')).toBe(false);
    expect(t.saved()).toEqual([
      {
        value: { text: ['About rivers', 'Second'] },
        id: expect.any(String),
        from_name: 'summary',
        to_name: 'text',
        type: 'textarea',
        origin: 'manual',
      },
    ]);
    editText(t.engine, control, 1, 'Edited');
    expect(texts(t.engine, control)).toEqual(['About rivers', 'Edited']);
    removeText(t.engine, control, 0);
    removeText(t.engine, control, 0);
    expect(t.saved()).toEqual([]);
    t.engine.undo();
    expect(texts(t.engine, control)).toEqual(['Edited']);
    t.engine.undo();
    t.engine.undo();
    expect(texts(t.engine, control)).toEqual(['About rivers', 'Second']);
    t.engine.redo();
    expect(texts(t.engine, control)).toEqual(['About rivers', 'Edited']);
    expect(t.engine.validate()).toEqual([]);
  });

  it('round-trips a Label Studio textarea result', () => {
    const result = [
      {
        value: { text: ['About rivers'] },
        id: 'S1kq2b3C4d',
        from_name: 'summary',
        to_name: 'text',
        type: 'textarea',
        origin: 'manual',
      },
    ];
    const t = new TestEngine(CONFIG, DATA);
    const saved = t.roundTrip(result);
    expect(saved).toEqual(result);
    expect(keyOrders(saved)).toEqual(keyOrders(result));
  });

  it('transcribes regions per region, sharing the region id and geometry', () => {
    const config = `<View>
      <Labels name="label" toName="text"><Label value="Speech"/><Label value="Noise"/></Labels>
      <Text name="text" value="$text"/>
      <TextArea name="transcription" toName="text" perRegion="true" whenLabelValue="Speech" required="true" requiredMessage="Transcribe every speech span"/>
    </View>`;
    const t = new TestEngine(config, { text: 'hello there general kenobi' });
    const control = t.engine.control('transcription');
    if (!control) throw new Error('no control');
    t.selectText('text', 0, 11);
    t.press('1');
    t.selectText('text', 12, 26);
    t.press('2');
    const [speech, noise] = t.engine.regions();
    expect(t.engine.validate()).toEqual([
      { control: 'transcription', message: 'Transcribe every speech span', regionId: speech.id },
    ]);
    // Nothing to write into without a selected region.
    expect(addText(t.engine, control, 'ignored')).toBe(false);
    t.engine.select(noise.id);
    expect(t.engine.isControlVisible('transcription')).toBe(false);
    t.engine.select(speech.id);
    expect(t.engine.isControlVisible('transcription')).toBe(true);
    addText(t.engine, control, 'Hello there!');
    expect(t.engine.validate()).toEqual([]);
    const saved = t.saved();
    expect(saved[2]).toEqual({
      value: { start: 0, end: 11, text: ['Hello there!'] },
      id: speech.id,
      from_name: 'transcription',
      to_name: 'text',
      type: 'textarea',
      origin: 'manual',
    });
    expect(t.roundTrip(saved)).toEqual(saved);
    t.engine.undo();
    expect(t.saved()).toEqual(saved);
  });
});

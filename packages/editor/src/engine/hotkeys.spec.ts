import { describe, expect, it } from 'vitest';
import { TestEngine } from '../testing/test-engine';
import { comboOf, normalizeCombo, overridesFromCustomHotkeys } from './hotkeys';

const many = (n: number) => Array.from({ length: n }, (_, i) => `<Label value="L${i}"/>`).join('');

describe('hotkeys', () => {
  it('numbers labels 1–9, 0, then letters, skipping explicit keys (Label Studio defaults)', () => {
    const t = new TestEngine(
      `<View><Labels name="l" toName="t">${many(12)}<Label value="X" hotkey="q"/></Labels><Text name="t" value="$t"/></View>`,
      { t: 'x' },
    );
    expect(t.engine.hotkeys.items.map((h) => h.key)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'w', 'e', 'q']);
  });

  it('continues numbering across controls in config order', () => {
    const t = new TestEngine(
      `<View><Labels name="l" toName="t"><Label value="A"/><Label value="B"/></Labels><Text name="t" value="$t"/>
        <Choices name="c" toName="t"><Choice value="Yes"/><Choice value="No"/></Choices></View>`,
      { t: 'x' },
    );
    expect(t.engine.hotkeys.items.map((h) => `${h.control}.${h.value}=${h.key}`)).toEqual([
      'l.A=1',
      'l.B=2',
      'c.Yes=3',
      'c.No=4',
    ]);
  });

  it('can be rebound per user, for actions and options', () => {
    const config = `<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="Yes"/><Choice value="No"/></Choices></View>`;
    const rebound = new TestEngine(config, { t: 'x' }, { 'annotation:undo': 'alt+u', 'c:No': 'n' });
    expect(rebound.engine.hotkeys.items.map((h) => h.key)).toEqual(['1', 'n']);
    expect(rebound.engine.hotkeys.actions.find((a) => a.action === 'annotation:undo')?.keys).toEqual(['alt+u']);
    rebound.press('n');
    expect(rebound.saved()[0].value).toEqual({ choices: ['No'] });
    rebound.press('alt+u');
    expect(rebound.saved()).toEqual([]);
  });

  it('lists every binding for the help overlay', () => {
    const t = new TestEngine(
      `<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="Yes"/></Choices></View>`,
      { t: 'x' },
    );
    const help = t.engine.hotkeyHelp();
    expect(help).toContainEqual({ keys: ['mod+enter'], description: 'Submit or update the annotation', group: 'Editor' });
    expect(help).toContainEqual({ keys: ['mod+z'], description: 'Undo', group: 'Editor' });
    expect(help).toContainEqual({ keys: ['mod+shift+z'], description: 'Redo', group: 'Editor' });
    expect(help).toContainEqual({ keys: ['1'], description: 'Yes', group: 'c' });
  });

  it('turns key events into combos', () => {
    expect(comboOf({ key: 'Z', ctrlKey: true, shiftKey: true })).toBe('mod+shift+z');
    expect(comboOf({ key: 'z', metaKey: true })).toBe('mod+z');
    expect(comboOf({ key: 'Enter', metaKey: true })).toBe('mod+enter');
    expect(comboOf({ key: ' ', ctrlKey: true })).toBe('mod+space');
    expect(comboOf({ key: '®', altKey: true, code: 'KeyR' })).toBe('alt+r');
    expect(comboOf({ key: 'Escape' })).toBe('escape');
    expect(normalizeCombo('Ctrl+Shift+Z')).toBe('mod+shift+z');
  });

  it('submits and skips through the page', () => {
    const t = new TestEngine(`<View><Text name="t" value="$t"/></View>`, { t: 'x' });
    expect(t.press('mod+enter')).toEqual({ handled: true, action: 'annotation:submit' });
    expect(t.press('mod+space')).toEqual({ handled: true, action: 'annotation:skip' });
    expect(t.press('x')).toEqual({ handled: false });
  });

  it("applies a user's stored custom_hotkeys: the rebound key acts, the default no longer does", () => {
    const config = `<View><Text name="t" value="$t"/><Choices name="c" toName="t"><Choice value="Yes"/></Choices></View>`;
    const stored = {
      'annotation:submit': { key: 'alt+s', active: true },
      'annotation:undo': { key: 'ctrl+u' },
      'annotation:skip': { key: 'x', active: false },
    };
    const overrides = overridesFromCustomHotkeys(stored);
    expect(overrides).toEqual({ 'annotation:submit': 'alt+s', 'annotation:undo': 'mod+u', 'annotation:skip': [] });
    const t = new TestEngine(config, { t: 'x' }, overrides);
    expect(t.press('mod+enter')).toEqual({ handled: false });
    expect(t.press('alt+s')).toEqual({ handled: true, action: 'annotation:submit' });
    expect(t.press('mod+space')).toEqual({ handled: false });
    t.press('1');
    expect(t.saved()).toHaveLength(1);
    t.press('mod+z');
    expect(t.saved()).toHaveLength(1);
    t.press('mod+u');
    expect(t.saved()).toEqual([]);
    expect(t.engine.hotkeyHelp()).toContainEqual({
      keys: ['alt+s'],
      description: 'Submit or update the annotation',
      group: 'Editor',
    });
    expect(overridesFromCustomHotkeys('nonsense')).toEqual({});
  });

  it('spells arrow keys the same from events and from stored combos', () => {
    expect(comboOf({ key: 'ArrowLeft', altKey: true })).toBe('alt+left');
    expect(normalizeCombo('alt+ArrowLeft')).toBe('alt+left');
  });
});

import { DEFAULT_KEYMAP, normalizeCombo } from '@groundwork/editor/headless';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOTKEY_ACTIONS } from '../src/modules/users/user-hotkeys';
import { createTestApp, describeEachDb, type TestApp } from './harness';

describe('hotkey actions', () => {
  it('are the editor keymap, with the same default keys', () => {
    const editor = Object.fromEntries(DEFAULT_KEYMAP.map((b) => [b.action, [...b.keys]]));
    const server = Object.fromEntries(Object.entries(HOTKEY_ACTIONS).map(([a, keys]) => [a, keys.map(normalizeCombo)]));
    expect(server).toEqual(editor);
  });
});

describeEachDb('per-user editor hotkeys', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('starts empty, stores a rebinding normalized, and shows it on the current user', async () => {
    const first = await t.call('GET', '/api/current-user/hotkeys/');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ custom_hotkeys: {} });

    const saved = await t.call('PATCH', '/api/current-user/hotkeys/', {
      body: {
        custom_hotkeys: {
          'annotation:submit': { key: 'Shift+Cmd+S', active: true },
          'region:unselect': { key: 'u', active: false },
        },
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.custom_hotkeys).toEqual({
      'annotation:submit': { key: 'ctrl+shift+s', active: true },
      'region:unselect': { key: 'u', active: false },
    });
    const who = await t.call('GET', '/api/current-user/whoami');
    expect(who.body.custom_hotkeys).toEqual(saved.body.custom_hotkeys);
    const again = await t.call('GET', '/api/current-user/hotkeys');
    expect(again.body).toEqual(saved.body);
  });

  it('keeps hotkeys per user', async () => {
    const other = await t.addUser(`hk-${dialect}@example.com`, 'annotator');
    await t.call('PATCH', '/api/current-user/hotkeys', {
      token: other.token,
      body: { custom_hotkeys: { 'annotation:undo': { key: 'alt+z' } } },
    });
    const mine = await t.call('GET', '/api/current-user/hotkeys');
    const theirs = await t.call('GET', '/api/current-user/hotkeys', { token: other.token });
    expect(theirs.body.custom_hotkeys).toEqual({ 'annotation:undo': { key: 'alt+z' } });
    expect(mine.body.custom_hotkeys).not.toHaveProperty('annotation:undo');
  });

  it('replaces the whole map, so an empty map resets every action', async () => {
    const reset = await t.call('PATCH', '/api/current-user/hotkeys', { body: { custom_hotkeys: {} } });
    expect(reset.status).toBe(200);
    expect((await t.call('GET', '/api/current-user/hotkeys')).body.custom_hotkeys).toEqual({});
  });

  it('refuses unknown actions, naming them', async () => {
    const res = await t.call('PATCH', '/api/current-user/hotkeys', {
      body: { custom_hotkeys: { 'annotation:explode': { key: 'x' } } },
    });
    expect(res.status).toBe(400);
    expect(res.body.validation_errors).toHaveProperty(['custom_hotkeys.annotation:explode']);
    expect(res.body.detail).toMatch(/Unknown hotkey action "annotation:explode"/);
  });

  it('refuses malformed key combinations', async () => {
    for (const key of ['ctrl+', 'ctrl+alt', 'a+b', 'ctrl+ctrl+s', 'hyper+s']) {
      const res = await t.call('PATCH', '/api/current-user/hotkeys', {
        body: { custom_hotkeys: { 'annotation:submit': { key } } },
      });
      expect(res.status, key).toBe(400);
      expect(res.body.validation_errors, key).toHaveProperty(['custom_hotkeys.annotation:submit.key']);
    }
    const shape = await t.call('PATCH', '/api/current-user/hotkeys', {
      body: { custom_hotkeys: { 'annotation:submit': 'ctrl+s' } },
    });
    expect(shape.status).toBe(400);
  });

  it('refuses two actions on one combination, naming both', async () => {
    // "u" is region:unselect's default.
    const withDefault = await t.call('PATCH', '/api/current-user/hotkeys', {
      body: { custom_hotkeys: { 'annotation:undo': { key: 'U' } } },
    });
    expect(withDefault.status).toBe(400);
    expect(withDefault.body.detail).toBe('"u" for "annotation:undo" is already used by "region:unselect".');
    expect(withDefault.body.validation_errors).toHaveProperty(['custom_hotkeys.annotation:undo.key']);

    const twoCustom = await t.call('PATCH', '/api/current-user/hotkeys', {
      body: { custom_hotkeys: { 'annotation:submit': { key: 'alt+s' }, 'annotation:skip': { key: 'option+s' } } },
    });
    expect(twoCustom.status).toBe(400);
    expect(twoCustom.body.detail).toMatch(
      /"alt\+s" for "annotation:(submit|skip)" is already used by "annotation:(submit|skip)"/,
    );

    // Turning the default owner off frees its key.
    const freed = await t.call('PATCH', '/api/current-user/hotkeys', {
      body: { custom_hotkeys: { 'annotation:undo': { key: 'u' }, 'region:unselect': { key: 'u', active: false } } },
    });
    expect(freed.status).toBe(200);
  });

  it('validates custom_hotkeys given through PATCH /api/current-user too', async () => {
    const bad = await t.call('PATCH', '/api/current-user', {
      body: { custom_hotkeys: { 'annotation:submit': { key: 'escape' } } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/already used by "region:exit"/);
    const good = await t.call('PATCH', '/api/current-user', {
      body: { custom_hotkeys: { 'annotation:submit': { key: 'ctrl+s' } } },
    });
    expect(good.status).toBe(200);
    expect(good.body.custom_hotkeys).toEqual({ 'annotation:submit': { key: 'ctrl+s' } });
  });

  it('needs a login', async () => {
    expect((await t.call('GET', '/api/current-user/hotkeys', { token: null })).status).toBe(401);
  });
});

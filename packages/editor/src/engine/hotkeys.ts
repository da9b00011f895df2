import type { ControlModel, ItemModel } from './interface-model';

/** Keys handed out, in order, to labels and choices that have no `hotkey` (LSF `Hotkey.makeComb`). */
export const AUTO_HOTKEY_KEYS = '1234567890qwetasdfgzxcvbyiopjklnm';

export type EditorAction =
  | 'annotation:submit'
  | 'annotation:skip'
  | 'annotation:undo'
  | 'annotation:redo'
  | 'region:delete'
  | 'region:delete-all'
  | 'region:exit'
  | 'region:unselect'
  | 'region:relation';

export interface ActionBinding {
  readonly action: EditorAction;
  /** Key combos; `mod` is Ctrl, or Cmd on a Mac. */
  readonly keys: readonly string[];
  readonly description: string;
}

/** Label Studio's default keymap for the actions this editor has (COMPAT §8). */
export const DEFAULT_KEYMAP: readonly ActionBinding[] = [
  { action: 'annotation:submit', keys: ['mod+enter'], description: 'Submit or update the annotation' },
  { action: 'annotation:skip', keys: ['mod+space', 'alt+enter'], description: 'Skip the task' },
  { action: 'annotation:undo', keys: ['mod+z'], description: 'Undo' },
  { action: 'annotation:redo', keys: ['mod+shift+z'], description: 'Redo' },
  { action: 'region:delete', keys: ['backspace', 'delete'], description: 'Delete the selected region' },
  { action: 'region:delete-all', keys: ['mod+backspace'], description: 'Delete all regions' },
  { action: 'region:exit', keys: ['escape'], description: 'Clear the selection' },
  { action: 'region:unselect', keys: ['u'], description: 'Unselect the region' },
  { action: 'region:relation', keys: ['alt+r'], description: 'Link the selected region to another one' },
];

/** Per-user rebinding: an action name, or `<control name>:<option value>`, to a key combo. */
export type HotkeyOverrides = Readonly<Record<string, string | readonly string[]>>;

export interface ItemHotkey {
  readonly control: string;
  readonly itemKey: string;
  readonly value: string;
  readonly key: string;
}

export interface HotkeyMap {
  readonly actions: readonly ActionBinding[];
  readonly items: readonly ItemHotkey[];
  /** Item hotkey by item key, for showing the key next to its label. */
  readonly byItem: ReadonlyMap<string, string>;
}

export interface HotkeyHelpEntry {
  readonly keys: readonly string[];
  readonly description: string;
  readonly group: string;
}

/**
 * Hotkeys of the whole interface: explicit `hotkey` attributes are kept, then labels and
 * choices without one get the first free key of {@link AUTO_HOTKEY_KEYS} in config order;
 * overrides win over both.
 *
 * @example
 * assignHotkeys(controls, ['Labels', 'Choices']).items.map((h) => h.key) // ['1', '2', '3', …]
 */
export function assignHotkeys(
  controls: readonly ControlModel[],
  itemHotkeyTags: ReadonlySet<string>,
  overrides: HotkeyOverrides = {},
): HotkeyMap {
  const actions = DEFAULT_KEYMAP.map((b) => {
    const o = overrides[b.action];
    return o === undefined ? b : { ...b, keys: (typeof o === 'string' ? [o] : [...o]).map(normalizeCombo) };
  });
  const candidates: { control: ControlModel; item: ItemModel }[] = [];
  for (const control of controls) {
    if (!itemHotkeyTags.has(control.tag)) continue;
    // Nested options are reached through their parents, so only the top level gets keys.
    for (const item of control.items) candidates.push({ control, item });
  }
  const used = new Set<string>(actions.flatMap((a) => a.keys));
  const chosen = new Map<string, string>();
  for (const { control, item } of candidates) {
    const override = overrides[`${control.name}:${item.value}`];
    const key = typeof override === 'string' ? override : (override?.[0] ?? item.hotkey);
    if (key) {
      chosen.set(item.key, normalizeCombo(key));
      used.add(normalizeCombo(key));
    }
  }
  let next = 0;
  for (const { item } of candidates) {
    if (chosen.has(item.key)) continue;
    while (next < AUTO_HOTKEY_KEYS.length && used.has(AUTO_HOTKEY_KEYS[next])) next += 1;
    if (next >= AUTO_HOTKEY_KEYS.length) break;
    chosen.set(item.key, AUTO_HOTKEY_KEYS[next]);
    used.add(AUTO_HOTKEY_KEYS[next]);
  }
  const items = candidates
    .filter(({ item }) => chosen.has(item.key))
    .map(({ control, item }) => ({
      control: control.name,
      itemKey: item.key,
      value: item.value,
      key: chosen.get(item.key) as string,
    }));
  return { actions, items, byItem: new Map(items.map((h) => [h.itemKey, h.key])) };
}

/** The list a help overlay shows: editor actions first, then each control's options. */
export function hotkeyHelp(map: HotkeyMap): HotkeyHelpEntry[] {
  return [
    ...map.actions.map((a) => ({ keys: a.keys, description: a.description, group: 'Editor' })),
    ...map.items.map((h) => ({ keys: [h.key], description: h.value, group: h.control })),
  ];
}

/**
 * A user's stored hotkeys, in Label Studio's `custom_hotkeys` shape
 * (`{"annotation:submit": {"key": "ctrl+s", "active": true}}`), as editor overrides. An entry
 * with `active: false` leaves its action without keys; anything malformed is ignored.
 *
 * @example
 * overridesFromCustomHotkeys({ 'annotation:submit': { key: 'ctrl+s' } }) // { 'annotation:submit': 'mod+s' }
 */
export function overridesFromCustomHotkeys(custom: unknown): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (typeof custom !== 'object' || custom === null || Array.isArray(custom)) return out;
  for (const [action, entry] of Object.entries(custom as Record<string, unknown>)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { key, active } = entry as { key?: unknown; active?: unknown };
    if (active === false) out[action] = [];
    else if (typeof key === 'string' && key !== '') out[action] = normalizeCombo(key);
  }
  return out;
}

/** Lower-case combo with modifiers in a fixed order: `mod+alt+shift+<key>`. */
export function normalizeCombo(combo: string): string {
  const parts = combo
    .toLowerCase()
    .split('+')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const key = parts.filter((p) => !MODIFIERS.includes(p)).join('+');
  const mods = MODIFIERS.filter((m) => parts.includes(m)).map((m) =>
    m === 'ctrl' || m === 'cmd' || m === 'command' || m === 'meta' ? 'mod' : m,
  );
  return [...new Set(mods), KEY_ALIASES[key] ?? key].join('+');
}

const MODIFIERS = ['mod', 'ctrl', 'cmd', 'command', 'meta', 'alt', 'shift'];
const KEY_ALIASES: Record<string, string> = {
  ' ': 'space',
  esc: 'escape',
  del: 'delete',
  return: 'enter',
  arrowup: 'up',
  arrowdown: 'down',
  arrowleft: 'left',
  arrowright: 'right',
};

/** The fields of a KeyboardEvent the editor reads. */
export interface KeyInput {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  readonly shiftKey?: boolean;
}

/** The combo a key press stands for, in {@link normalizeCombo}'s form. */
export function comboOf(input: KeyInput): string {
  let key = input.key.toLowerCase();
  // With Alt or Shift held, `key` is the shifted glyph (Alt+R → ®); the physical key is meant.
  if ((input.altKey || input.shiftKey) && input.code) {
    const m = /^(?:Key([A-Z])|Digit(\d))$/.exec(input.code);
    if (m) key = (m[1] ?? m[2]).toLowerCase();
  }
  const mods: string[] = [];
  if (input.ctrlKey || input.metaKey) mods.push('mod');
  if (input.altKey) mods.push('alt');
  if (input.shiftKey && key.length > 1) mods.push('shift');
  else if (input.shiftKey && (input.ctrlKey || input.metaKey || input.altKey)) mods.push('shift');
  return [...mods, KEY_ALIASES[key] ?? key].join('+');
}

import { AppError } from '../../platform/errors';

/**
 * A user's editor hotkeys, as Label Studio stores them on the user (`custom_hotkeys`):
 * `{"annotation:submit": {"key": "ctrl+s", "active": true}}`. `active: false` turns an action's
 * keys off; actions not listed keep their defaults.
 */
export type CustomHotkeys = Record<string, { key: string; active?: boolean }>;

/**
 * The editor actions that can be rebound, with Label Studio's default keys (COMPAT §8). This is
 * the list `@groundwork/editor`'s `DEFAULT_KEYMAP` has; `user-hotkeys.spec.ts` checks the two agree.
 */
export const HOTKEY_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  'annotation:submit': ['ctrl+enter'],
  'annotation:skip': ['ctrl+space', 'alt+enter'],
  'annotation:undo': ['ctrl+z'],
  'annotation:redo': ['ctrl+shift+z'],
  'region:delete': ['backspace', 'delete'],
  'region:delete-all': ['ctrl+backspace'],
  'region:exit': ['escape'],
  'region:unselect': ['u'],
  'region:relation': ['alt+r'],
};

// Ctrl and Cmd are one modifier in the editor (Cmd on a Mac, Ctrl elsewhere).
const MODIFIER_ALIASES: Record<string, string> = {
  ctrl: 'ctrl',
  control: 'ctrl',
  cmd: 'ctrl',
  command: 'ctrl',
  meta: 'ctrl',
  mod: 'ctrl',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
};
const MODIFIER_ORDER = ['ctrl', 'alt', 'shift'];
const NAMED_KEYS = new Set([
  'enter',
  'space',
  'escape',
  'backspace',
  'delete',
  'tab',
  'up',
  'down',
  'left',
  'right',
  'home',
  'end',
  'pageup',
  'pagedown',
  'insert',
  ...Array.from({ length: 12 }, (_, i) => `f${i + 1}`),
]);
const KEY_ALIASES: Record<string, string> = {
  esc: 'escape',
  return: 'enter',
  del: 'delete',
  arrowup: 'up',
  arrowdown: 'down',
  arrowleft: 'left',
  arrowright: 'right',
};

/**
 * A key combination in one spelling (`ctrl+alt+shift+<key>`, lower case), or undefined when it
 * is not one: exactly one key that is a printable character or a named key, plus modifiers.
 *
 * @example
 * normalizeHotkey('Shift+Cmd+S') // 'ctrl+shift+s'
 * normalizeHotkey('ctrl+') // undefined
 */
export function normalizeHotkey(combo: string): string | undefined {
  if (combo.length > 64) return undefined;
  const raw = combo.toLowerCase().trim();
  // `+` itself may be the key: `ctrl++`.
  const parts = raw.endsWith('++') ? [...raw.slice(0, -2).split('+'), '+'] : raw.split('+');
  const mods = new Set<string>();
  const keys: string[] = [];
  for (const part of parts.map((p) => p.trim())) {
    if (part === '') return undefined;
    const mod = MODIFIER_ALIASES[part];
    if (mod) {
      if (mods.has(mod)) return undefined;
      mods.add(mod);
    } else keys.push(KEY_ALIASES[part] ?? part);
  }
  if (keys.length !== 1) return undefined;
  const key = keys[0];
  if (!(NAMED_KEYS.has(key) || [...key].length === 1)) return undefined;
  return [...MODIFIER_ORDER.filter((m) => mods.has(m)), key].join('+');
}

/**
 * Checks a `custom_hotkeys` map and returns it with every key combination normalized. Throws a
 * 400 naming the entry for an unknown action, a malformed combination, or two actions on one
 * combination (counting the defaults of the actions left unchanged).
 */
export function validateCustomHotkeys(input: Record<string, unknown>): CustomHotkeys {
  const fail = (field: string, message: string): never => {
    throw new AppError(400, 'validation_error', message, { [field]: [message] });
  };
  const out: CustomHotkeys = {};
  for (const [action, entry] of Object.entries(input)) {
    const field = `custom_hotkeys.${action}`;
    if (!(action in HOTKEY_ACTIONS)) {
      fail(field, `Unknown hotkey action "${action}"; known actions: ${Object.keys(HOTKEY_ACTIONS).join(', ')}.`);
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      fail(field, `"${action}" must be an object like {"key": "ctrl+enter", "active": true}.`);
    }
    const { key, active, ...extra } = entry as Record<string, unknown>;
    if (Object.keys(extra).length > 0) fail(field, `"${action}" has unknown fields: ${Object.keys(extra).join(', ')}.`);
    if (active !== undefined && typeof active !== 'boolean')
      fail(`${field}.active`, `"active" of "${action}" must be true or false.`);
    if (typeof key !== 'string') fail(`${field}.key`, `"key" of "${action}" must be a key combination such as "ctrl+enter".`);
    const normalized = normalizeHotkey(key as string);
    if (!normalized) {
      fail(
        `${field}.key`,
        `"${String(key)}" (for "${action}") is not a key combination: use modifiers (ctrl, alt, shift) and one key, such as "ctrl+shift+s".`,
      );
    }
    out[action] = active === undefined ? { key: normalized as string } : { key: normalized as string, active: active as boolean };
  }
  const owner = new Map<string, string>();
  for (const [action, defaults] of Object.entries(HOTKEY_ACTIONS)) {
    const custom = out[action];
    const keys = custom ? (custom.active === false ? [] : [custom.key]) : defaults;
    for (const key of keys) {
      const other = owner.get(key);
      if (other !== undefined) {
        const rebound = out[action] ? action : other;
        const holder = rebound === action ? other : action;
        fail(`custom_hotkeys.${rebound}.key`, `"${key}" for "${rebound}" is already used by "${holder}".`);
      }
      owner.set(key, action);
    }
  }
  return out;
}

import type { CSSProperties } from 'react';
import type { AttrValue } from '@groundwork/label-config';

/**
 * Turns a config's `style="margin-top: 1em; color: red"` into a React style object. Values
 * with `url(` or `expression(` are dropped: configs style layout, they don't load resources.
 */
export function parseInlineStyle(style: AttrValue | undefined): CSSProperties {
  const out: Record<string, string> = {};
  if (typeof style !== 'string') return out;
  for (const declaration of style.split(';')) {
    const i = declaration.indexOf(':');
    if (i < 0) continue;
    const property = declaration.slice(0, i).trim();
    const value = declaration.slice(i + 1).trim();
    if (!property || !value || /url\(|expression\(/i.test(value)) continue;
    const camel = property.startsWith('--')
      ? property
      : property.toLowerCase().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    out[camel] = value;
  }
  return out as CSSProperties;
}

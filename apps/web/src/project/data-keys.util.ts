import type { Project } from '../lib/api.types';

/**
 * The task fields a project's config reads (`value="$text"` → `text`). The server's `data_types`
 * is preferred; the config itself is the fallback, since any `$name` attribute names a field.
 */
export function dataKeysOf(project: Pick<Project, 'data_types' | 'label_config'>): string[] {
  const declared = Object.keys(project.data_types ?? {});
  if (declared.length) return declared;
  const keys = new Set<string>();
  for (const match of project.label_config.matchAll(/=\s*"\$([A-Za-z_][\w.]*)"/g)) keys.add(match[1]);
  return [...keys];
}

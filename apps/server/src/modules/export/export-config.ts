import { exportConfigFromTree, type ExportConfig } from '@groundwork/formats';
import { analyzeConfig } from '../projects';

const cache = new Map<string, ExportConfig>();

/**
 * The export writers' view of a project's labeling config (see `exportConfigFromTree`), cached by
 * its XML; empty for a config that doesn't parse.
 */
export function exportConfig(xml: string): ExportConfig {
  const hit = cache.get(xml);
  if (hit) return hit;
  const root = analyzeConfig(xml).config?.root;
  const config = root ? exportConfigFromTree(root) : { controls: [], objects: [] };
  cache.set(xml, config);
  if (cache.size > 256) cache.delete(cache.keys().next().value as string);
  return config;
}

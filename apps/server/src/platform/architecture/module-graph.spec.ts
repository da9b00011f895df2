import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importEdges, internalReaches, platformReaches, twoWayModulePairs, type ImportEdge } from './module-graph';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const edges = importEdges(src);
const show = (es: ImportEdge[]) => es.map((e) => `${e.from} → ${e.to}`);

describe('server module graph', () => {
  it('reads the imports of the whole server', () => {
    // A sanity floor, so that a broken reader cannot pass the checks below by finding nothing.
    expect(edges.length).toBeGreaterThan(300);
    expect(edges.some((e) => e.from === 'app.ts' && e.to === 'modules/tasks/index.ts')).toBe(true);
  });

  it('has no two modules that import each other', () => {
    expect(twoWayModulePairs(edges)).toEqual([]);
  });

  it('reaches other modules only through their index.ts', () => {
    expect(show(internalReaches(edges))).toEqual([]);
  });

  it('keeps the platform free of features', () => {
    expect(show(platformReaches(edges))).toEqual([]);
  });

  it('finds a two-way pair and an internal reach when there is one', () => {
    const planted: ImportEdge[] = [
      { from: 'modules/a/a.service.ts', to: 'modules/b/index.ts', typeOnly: false },
      { from: 'modules/b/b.service.ts', to: 'modules/a/a.repository.ts', typeOnly: true },
      { from: 'platform/http/x.ts', to: 'modules/a/index.ts', typeOnly: false },
    ];
    expect(twoWayModulePairs(planted)).toEqual([['a', 'b']]);
    expect(show(internalReaches(planted))).toEqual(['modules/b/b.service.ts → modules/a/a.repository.ts']);
    expect(show(platformReaches(planted))).toEqual(['platform/http/x.ts → modules/a/index.ts']);
  });
});

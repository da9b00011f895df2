import fs from 'node:fs';
import path from 'node:path';

/** One import from a file under `src/` to another, both resolved to paths relative to `src/`. */
export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
}

const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function resolve(dir: string, spec: string): string | undefined {
  const base = path.resolve(dir, spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return undefined;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every relative import of every source file under `srcDir` (specs included). */
export function importEdges(srcDir: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = fs.readFileSync(file, 'utf8');
    const add = (spec: string, typeOnly: boolean) => {
      const target = resolve(path.dirname(file), spec);
      if (target?.startsWith(srcDir))
        edges.push({ from: path.relative(srcDir, file), to: path.relative(srcDir, target), typeOnly });
    };
    for (const m of text.matchAll(IMPORT)) add(m[2], Boolean(m[1]));
    for (const m of text.matchAll(DYNAMIC)) add(m[1], false);
  }
  return edges;
}

/** `modules/<name>/…` → name; anything else (platform, the composition root) → undefined. */
export function moduleOf(file: string): string | undefined {
  return /^modules\/([^/]+)\//.exec(file.split(path.sep).join('/'))?.[1];
}

/** Pairs of modules that import each other, each pair once, sorted. */
export function twoWayModulePairs(edges: ImportEdge[]): [string, string][] {
  const uses = new Set<string>();
  for (const e of edges) {
    const a = moduleOf(e.from);
    const b = moduleOf(e.to);
    if (a && b && a !== b) uses.add(`${a}→${b}`);
  }
  const pairs: [string, string][] = [];
  for (const u of uses) {
    const [a, b] = u.split('→');
    if (a < b && uses.has(`${b}→${a}`)) pairs.push([a, b]);
  }
  return pairs.sort();
}

/** Imports that reach into another module's files instead of its `index.ts`. */
export function internalReaches(edges: ImportEdge[]): ImportEdge[] {
  return edges.filter((e) => {
    const a = moduleOf(e.from);
    const b = moduleOf(e.to);
    return b !== undefined && a !== b && !/^modules\/[^/]+\/index\.ts$/.test(e.to.split(path.sep).join('/'));
  });
}

/** Imports from platform/ into modules/: the platform knows no feature. */
export function platformReaches(edges: ImportEdge[]): ImportEdge[] {
  return edges.filter((e) => e.from.startsWith('platform') && moduleOf(e.to) !== undefined);
}

#!/usr/bin/env node
// `npm run bench -- <name>` runs bench/<name>/index.ts and prints its figures.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const names = fs.readdirSync(path.join(root, 'bench')).filter((n) => fs.existsSync(path.join(root, 'bench', n, 'index.ts')));
const name = process.argv[2];
if (!name || !names.includes(name)) {
  console.error(`Usage: npm run bench -- <name> [args]\nBenchmarks: ${names.join(', ')}`);
  process.exit(2);
}
register();
const mod = await import(path.join(root, 'bench', name, 'index.ts'));
await mod.main(process.argv.slice(3));

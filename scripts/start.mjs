#!/usr/bin/env node
// `npm start`: builds the web app when its sources are newer than the build, then starts the server.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'apps/web');
const built = path.join(web, 'dist/index.html');

function newest(dir) {
  let max = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return max;
}

if (fs.existsSync(path.join(web, 'index.html'))) {
  const stale = !fs.existsSync(built) || fs.statSync(built).mtimeMs < Math.max(newest(web), newest(path.join(root, 'packages')));
  if (stale) {
    console.log('Building the web app…');
    const r = spawnSync('npm', ['run', 'build', '-w', '@groundwork/web'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
const r = spawnSync(process.execPath, [path.join(root, 'apps/server/bin/groundwork.mjs'), 'start', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 0);

#!/usr/bin/env node
// `npm test`: every check and every test suite, in order, with one summary line at the end.
//   generated files fresh → typecheck → lint → formatting (prettier --check) → vitest, all three
//   projects (unit; server routes on SQLite and PostgreSQL; oracle comparisons with Label Studio's
//   Python code) → web app in real Chromium (Playwright) → Label Studio SDK compatibility (pytest)
// GW_TEST_SKIP=web,compat skips stages (for quick local runs; CI runs everything).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = path.join(root, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const skip = new Set((process.env.GW_TEST_SKIP || '').split(',').filter(Boolean));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const tee = (stream, target) =>
      stream.on('data', (d) => {
        out += d;
        target.write(d);
      });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on('close', (code) => {
      if (code !== 0) failures.push(name);
      resolve({ code, out });
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

await run('generated files', process.execPath, ['scripts/generate.mjs', '--check']);
await run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
await run('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
await run('formatting', 'npx', ['prettier', '--check', '.']);

const vitestJson = path.join(tmp, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
// No --project: every project of vitest.config.ts (unit, server, oracle), counted together.
await run('vitest: unit, server (SQLite + PostgreSQL), oracle (Label Studio in Python)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const v = readJson(vitestJson);
if (v) {
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}

if (!skip.has('web') && fs.existsSync(path.join(root, 'e2e/web/playwright.config.ts'))) {
  if (!fs.existsSync('/usr/bin/chromium') && process.getuid?.() === 0) {
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], {
      stdio: 'inherit',
    });
  }
  const build = await run('web build', 'npm', ['run', 'build', '-w', '@groundwork/web']);
  if (build.code === 0) {
    const pwJson = path.join(tmp, 'playwright.json');
    fs.rmSync(pwJson, { force: true });
    await run(
      'web app in Chromium (Playwright)',
      'npx',
      ['playwright', 'test', '-c', 'e2e/web/playwright.config.ts', '--reporter=list,json'],
      {
        PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
      },
    );
    const p = readJson(pwJson);
    if (p?.stats) {
      totals.passed += p.stats.expected + (p.stats.flaky ?? 0);
      totals.failed += p.stats.unexpected;
      totals.skipped += p.stats.skipped;
    }
  }
}

if (!skip.has('compat') && fs.existsSync(path.join(root, 'e2e/compat/run.mjs'))) {
  const r = await run('Label Studio SDK compatibility (pytest, SQLite + PostgreSQL)', process.execPath, ['e2e/compat/run.mjs']);
  // pytest's closing line, with or without its ===== frame: "10 passed, 1 skipped in 2.35s".
  for (const m of r.out.matchAll(/^=*\s*(\d+ (?:passed|failed|skipped|errors?)[^\n]*?) in [\d.]+s/gm)) {
    const line = m[1];
    totals.passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
    totals.failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0) + Number(/(\d+) error/.exec(line)?.[1] ?? 0);
    totals.skipped += Number(/(\d+) skipped/.exec(line)?.[1] ?? 0);
  }
}

console.log('');
if (failures.length) console.log(`Failed stages: ${failures.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length || totals.failed ? 1 : 0);

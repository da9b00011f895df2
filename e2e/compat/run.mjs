#!/usr/bin/env node
// Label Studio SDK compatibility suite: pytest with the official `label-studio-sdk` as the client,
// against a live Groundwork server on SQLite and then on PostgreSQL.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, freePort, startPostgres } from '../../scripts/pg.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const venv = path.join(here, '.venv');
const python = path.join(venv, 'bin', 'python');
const cli = path.join(root, 'apps/server/bin/groundwork.mjs');

function ensureVenv() {
  if (!fs.existsSync(python)) {
    console.log('[compat] creating virtualenv e2e/compat/.venv');
    execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
  }
  // Latest SDK from PyPI each run: compatibility is judged against what users install today.
  execFileSync(python, ['-m', 'pip', 'install', '-q', '--upgrade', '-r', path.join(here, 'requirements.txt')], { stdio: 'inherit' });
  const version = execFileSync(python, ['-c', 'import importlib.metadata as m; print(m.version("label-studio-sdk"))']).toString().trim();
  console.log(`[compat] label-studio-sdk ${version}`);
}

async function waitForHealth(url, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become healthy in 60 s');
}

async function runAgainst(name, databaseUrl) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `gw-compat-${name}-`));
  const port = await freePort();
  const env = { ...process.env, GROUNDWORK_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'warn' };
  const server = spawn(process.execPath, [cli, 'start'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url, server);
    const token = execFileSync(process.execPath, [cli, 'user', 'create', '--email', 'compat@example.com', '--password', 'password123'], {
      env,
    })
      .toString()
      .trim();
    console.log(`\n[compat] ${name}: running pytest against ${url}`);
    const r = spawnSync(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', here], {
      cwd: here,
      env: { ...env, LABEL_STUDIO_URL: url, LABEL_STUDIO_API_KEY: token, GW_DB: name, GW_ADMIN_EMAIL: 'compat@example.com' },
      stdio: 'inherit',
    });
    return r.status === 0;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

ensureVenv();
const pg = await startPostgres();
let ok = true;
try {
  ok = (await runAgainst('sqlite', '')) && ok;
  ok = (await runAgainst('postgres', await createDatabase(pg.url, 'compat'))) && ok;
} finally {
  pg.stop();
}
process.exit(ok ? 0 : 1);

#!/usr/bin/env node
// Label Studio SDK compatibility suite: pytest, with Label Studio's official `label-studio-sdk` as the
// client, against live Groundwork servers on SQLite and on PostgreSQL (both at once, each with a fresh
// data directory and database).
//
//   node e2e/compat/run.mjs                      both databases
//   node e2e/compat/run.mjs sqlite               one of them
//   node e2e/compat/run.mjs -- -k export -x      extra pytest arguments after `--`
//
// Exits non-zero when any run fails. Servers, PostgreSQL and temporary directories are removed on
// every exit path, Ctrl-C included.
import { spawn, spawnSync } from 'node:child_process';
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
const ADMIN_EMAIL = 'compat-owner@example.com';
const HEALTH_TIMEOUT_MS = 90_000;
const PYTEST_TIMEOUT_MS = 5 * 60_000;

const argv = process.argv.slice(2);
const dashdash = argv.indexOf('--');
const pytestArgs = dashdash >= 0 ? argv.slice(dashdash + 1) : [];
const picked = (dashdash >= 0 ? argv.slice(0, dashdash) : argv).filter((a) => a === 'sqlite' || a === 'postgres');
const databases = picked.length ? picked : ['sqlite', 'postgres'];

const log = (msg) => console.log(`[compat] ${msg}`);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

// ---- cleanup: every resource registers how to release it; released in reverse order, once ----------

const cleanups = [];
let cleaningUp = null;
function onCleanup(fn) {
  cleanups.push(fn);
}
function cleanup() {
  cleaningUp ??= (async () => {
    while (cleanups.length) {
      try {
        await cleanups.pop()();
      } catch (e) {
        console.error(`[compat] cleanup: ${e.message}`);
      }
    }
  })();
  return cleaningUp;
}
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.once(signal, () => {
    console.error(`\n[compat] ${signal}: stopping servers and PostgreSQL…`);
    cleanup().finally(() => process.exit(code));
  });
}
// Last resort if the process dies some other way: children must not outlive us.
const children = new Set();
let pg = null;
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  pg?.stop(); // idempotent and synchronous
});

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Stops a child process: SIGTERM, then SIGKILL after a grace period. */
function stop(child, graceMs = 5000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs a command to completion, collecting its output; rejects on a non-zero exit. */
function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = track(spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] }));
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${path.basename(cmd)} ${args.join(' ')} exited with ${code ?? signal}\n${out.trim()}`)),
    );
  });
}

// ---- Python side -------------------------------------------------------------------------------

function ensureVenv() {
  if (fs.existsSync(python)) return;
  log('creating virtualenv e2e/compat/.venv');
  const r = spawnSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('python3 -m venv failed (is python3-venv installed?)');
}

/** The latest SDK from PyPI on every run: compatibility is judged against what users install today. */
function installRequirements() {
  return run(python, [
    '-m',
    'pip',
    'install',
    '-q',
    '--disable-pip-version-check',
    '--upgrade',
    '-r',
    path.join(here, 'requirements.txt'),
  ]);
}

// ---- Groundwork servers ------------------------------------------------------------------------

async function waitForHealth(url, server) {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null)
      throw new Error(`the server exited with ${server.child.exitCode}:\n${server.output().trim()}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok && (await res.json()).status === 'UP') return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server was not healthy after ${HEALTH_TIMEOUT_MS / 1000} s:\n${server.output().trim()}`);
}

/** Starts Groundwork on a free port with a fresh data directory, and creates its owner. */
async function startServer(name, databaseUrl) {
  const dataDir = tempDir(`gw-compat-${name}-`);
  const port = await freePort();
  const env = { ...process.env, GROUNDWORK_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const child = track(spawn(process.execPath, [cli, 'start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] }));
  let output = '';
  const keep = (d) => (output = (output + d).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const server = { name, child, url: `http://127.0.0.1:${port}`, output: () => output };
  onCleanup(() => stop(child));
  await waitForHealth(server.url, server);
  const printed = await run(
    process.execPath,
    [cli, 'user', 'create', '--email', ADMIN_EMAIL, '--password', 'compat-password-1'],
    { cwd: root, env },
  );
  server.token = printed.trim().split('\n').pop().trim();
  if (!/^\w{20,}$/.test(server.token)) throw new Error(`could not read the API token from "groundwork user create":\n${printed}`);
  log(`${name}: Groundwork is up at ${server.url} (${elapsed()})`);
  return server;
}

// ---- pytest ------------------------------------------------------------------------------------

/** Runs the suite against one server; resolves with its output and exit status. */
function pytest(server) {
  const basetemp = tempDir(`gw-compat-pytest-${server.name}-`);
  const env = {
    ...process.env,
    LABEL_STUDIO_URL: server.url,
    LABEL_STUDIO_API_KEY: server.token,
    GW_DB: server.name,
    GW_ADMIN_EMAIL: ADMIN_EMAIL,
    PYTHONDONTWRITEBYTECODE: '1',
  };
  const args = ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--basetemp=${basetemp}`, here, ...pytestArgs];
  return new Promise((resolve) => {
    const child = track(spawn(python, args, { cwd: here, env, stdio: ['ignore', 'pipe', 'pipe'] }));
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      out += `\n[compat] pytest ran past ${PYTEST_TIMEOUT_MS / 1000} s and was stopped\n`;
      child.kill('SIGKILL');
    }, PYTEST_TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ name: server.name, ok: code === 0, status: code ?? signal, out });
    });
  });
}

/** pytest's closing line, e.g. "27 passed, 1 skipped in 4.21s". */
function summaryOf(out) {
  const lines = out
    .trim()
    .split('\n')
    .map((l) => l.replace(/^=+\s*|\s*=+$/g, ''));
  return (
    lines.reverse().find((l) => /\d+ (passed|failed|skipped|errors?|deselected)\b.* in [\d.]+s/.test(l)) ?? 'no pytest summary'
  );
}

// ---- main --------------------------------------------------------------------------------------

async function main() {
  ensureVenv();
  const pip = installRequirements();
  pip.catch(() => {}); // awaited below; avoid an unhandled rejection while the servers start

  const servers = [];
  const launch = (name, url) => {
    const p = startServer(name, url);
    p.catch(() => {}); // awaited below
    servers.push(p);
  };
  if (databases.includes('sqlite')) launch('sqlite', null);
  if (databases.includes('postgres')) {
    pg = await startPostgres(); // blocks for initdb; pip and the SQLite server carry on meanwhile
    onCleanup(() => pg.stop());
    launch('postgres', await createDatabase(pg.url, `compat_${process.pid}_${Date.now().toString(36)}`));
  }
  const ready = await Promise.all(servers);
  await pip;
  const sdk = (await run(python, ['-c', 'import importlib.metadata as m; print(m.version("label-studio-sdk"))'])).trim();
  log(`label-studio-sdk ${sdk}; running pytest against ${ready.map((s) => s.name).join(' and ')} (${elapsed()})`);

  const results = await Promise.all(
    ready.map((server) =>
      pytest(server).then((r) => {
        console.log(`\n[compat] ── ${r.name} ${'─'.repeat(60)}`);
        process.stdout.write(r.out.endsWith('\n') ? r.out : `${r.out}\n`);
        if (!r.ok)
          console.log(`[compat] ${r.name}: last server output:\n${server.output().trim().split('\n').slice(-40).join('\n')}`);
        return r;
      }),
    ),
  );

  console.log('');
  log(`label-studio-sdk ${sdk}`);
  for (const r of results) log(`${r.name}: ${summaryOf(r.out)}${r.ok ? '' : `  ← FAILED (exit ${r.status})`}`);
  log(`done in ${elapsed()}`);
  return results.every((r) => r.ok);
}

let ok = false;
try {
  ok = await main();
} catch (e) {
  console.error(`[compat] ${e.stack ?? e}`);
} finally {
  await cleanup();
}
process.exit(ok ? 0 : 1);

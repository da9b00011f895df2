/**
 * Runs Label Studio's own converter (label-studio-sdk, Python) as the reference for our writers.
 * The virtualenv lives in packages/formats/.venv and is (re)built when missing or when
 * test-oracle/requirements.txt changes. No Python, no test: failures here fail the suite.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const oracleDir = path.join(packageDir, 'test-oracle');
const venv = path.join(packageDir, '.venv');
const python = path.join(venv, 'bin', 'python');
const stamp = path.join(venv, '.groundwork-requirements');

/**
 * Runs a program without blocking the event loop: a test worker blocked for the minutes pip
 * takes misses vitest's heartbeats. Resolves with stdout; rejects with stderr on failure.
 */
function run(file: string, args: string[], options: { cwd?: string; input?: string } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(new Error(`${file} could not be started: ${e.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`${file} ${args.join(' ')} exited with ${code}:\n${Buffer.concat(err).toString('utf8')}`));
    });
    child.stdin.end(options.input ?? '');
  });
}

/** Creates or refreshes the oracle's virtualenv; rejects if python3 or pip fails. */
export async function ensureOracleVenv(): Promise<void> {
  const requirements = readFileSync(path.join(oracleDir, 'requirements.txt'), 'utf8');
  if (existsSync(python) && existsSync(stamp) && readFileSync(stamp, 'utf8') === requirements) return;
  if (!existsSync(python)) await run('python3', ['-m', 'venv', venv]);
  await run(python, [
    '-m',
    'pip',
    'install',
    '--disable-pip-version-check',
    '-q',
    '-r',
    path.join(oracleDir, 'requirements.txt'),
  ]);
  writeFileSync(stamp, requirements);
}

export interface OracleJob {
  name: string;
  format: string;
  config: string;
  tasks: unknown[];
  /** POSIX seconds the converter's clock is frozen at. */
  now?: number;
  downloadResources?: boolean;
  /** Files served as /data/upload/<path>. */
  uploads?: Record<string, Uint8Array>;
}

export interface OracleResult {
  files: Record<string, Buffer>;
  dirs: string[];
  error?: string;
}

/** Converts every job with one Python process (its start-up dominates a single conversion). */
export async function runOracle(jobs: OracleJob[]): Promise<Record<string, OracleResult>> {
  const work = mkdtempSync(path.join(tmpdir(), 'gw-oracle-'));
  try {
    const input = path.join(work, 'jobs.json');
    const serializable = jobs.map((j) => ({
      ...j,
      uploads: Object.fromEntries(Object.entries(j.uploads ?? {}).map(([k, v]) => [k, Buffer.from(v).toString('base64')])),
    }));
    writeFileSync(input, JSON.stringify(serializable));
    const stdout = await run(python, [path.join(oracleDir, 'convert.py'), input], { cwd: work });
    const raw = JSON.parse(stdout.toString('utf8')) as Record<
      string,
      { files?: Record<string, string>; dirs?: string[]; error?: string; trace?: string }
    >;
    const out: Record<string, OracleResult> = {};
    for (const [name, r] of Object.entries(raw)) {
      out[name] = {
        files: Object.fromEntries(Object.entries(r.files ?? {}).map(([p, b64]) => [p, Buffer.from(b64, 'base64')])),
        dirs: r.dirs ?? [],
        error: r.error ? `${r.error}\n${r.trace ?? ''}` : undefined,
      };
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Label Studio's `supported_formats` for each config. */
export async function oracleSupportedFormats(configs: string[]): Promise<string[][]> {
  const stdout = await run(python, [path.join(oracleDir, 'supported.py')], { input: JSON.stringify(configs) });
  return JSON.parse(stdout.toString('utf8')) as string[][];
}

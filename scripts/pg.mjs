// Starts a throwaway PostgreSQL server for tests and benchmarks: initdb into a temporary
// directory, pg_ctl on a free port, stopped and removed afterwards. Installs Debian's
// `postgresql` package first when the server binaries are missing and we are root.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const isRoot = process.getuid?.() === 0;

function findBinDir() {
  const fromPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (fromPath) return path.dirname(fs.realpathSync(fromPath));
  const base = '/usr/lib/postgresql';
  if (fs.existsSync(base)) {
    const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')));
    versions.sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(base, versions[0], 'bin');
  }
  return null;
}

function ensureBinaries() {
  let bin = findBinDir();
  if (bin) return bin;
  if (!isRoot) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found; install the postgresql package.');
  console.error('[pg] installing Debian package postgresql…');
  execFileSync(
    'sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null'],
    {
      stdio: 'inherit',
    },
  );
  bin = findBinDir();
  if (!bin) throw new Error('postgresql was installed but initdb is still missing');
  return bin;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** initdb refuses to run as root: run the server as the `postgres` user, creating it if needed. */
function asPostgres(cmd, args) {
  if (!isRoot) return execFileSync(cmd, args, { stdio: 'pipe' });
  if (spawnSync('id', ['-u', 'postgres']).status !== 0) execFileSync('useradd', ['--system', '--no-create-home', 'postgres']);
  return execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' });
}

/**
 * @returns {Promise<{url: string, port: number, stop: () => void}>}
 */
export async function startPostgres() {
  const bin = ensureBinaries();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-pg-'));
  fs.chmodSync(dir, 0o700);
  if (isRoot) execFileSync('chown', ['postgres', dir], { stdio: 'pipe' });
  const data = path.join(dir, 'data');
  const port = await freePort();
  asPostgres(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Already gone.
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop };
}

/** Creates an empty database on the server and returns its URL. */
export async function createDatabase(serverUrl, name) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`create database "${name}"`);
  await client.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

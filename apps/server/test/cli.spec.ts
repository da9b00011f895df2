import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../src/platform/db/database';

const run = promisify(execFile);
const bin = path.resolve(__dirname, '../bin/groundwork.mjs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-cli-'));
const env = { GROUNDWORK_DATA_DIR: dataDir, DATABASE_URL: '' };

/** The real CLI: bin/groundwork.mjs in its own node process, through tsx. Rejects on a non-zero exit. */
const spawnCli = (...args: string[]) => run(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });

/**
 * The `main()` bin/groundwork.mjs calls, run in this process with the same environment: resolves
 * with what it printed, or rejects as execFile does ({ code, stdout, stderr }) when it exits
 * non-zero. Each spawn pays tsx loading the whole server again (about 3 s on 2 cores: nine of
 * them took this file to 27 s of its 30 s timeout in a full run), so only two commands below run
 * as real processes, side by side.
 * process.exit() is stopped with an exception; what is printed after it is dropped, as the
 * process would have ended there.
 */
let main: (argv: string[]) => Promise<void>;
class Exited extends Error {}
async function cli(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  let code: number | undefined;
  const stdout: string[] = [];
  const stderr: string[] = [];
  function print(into: string[]) {
    return (...line: unknown[]) => {
      if (code === undefined) into.push(`${format(...line)}\n`);
    };
  }
  const spies = [
    vi.spyOn(console, 'log').mockImplementation(print(stdout)),
    vi.spyOn(console, 'error').mockImplementation(print(stderr)),
    vi.spyOn(process, 'exit').mockImplementation((c) => {
      code ??= Number(c ?? 0);
      throw new Exited(`process.exit(${code})`);
    }),
  ];
  try {
    await main(args);
  } catch (e) {
    if (!(e instanceof Exited)) throw e;
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  const out = { stdout: stdout.join(''), stderr: stderr.join('') };
  if (code) throw Object.assign(new Error(`groundwork ${args.join(' ')} exited with ${code}\n${out.stderr}`), { code, ...out });
  return out;
}

const settled = <T>(p: Promise<T>) => p.catch((e: unknown) => e);

describe('groundwork CLI (SQLite)', () => {
  let spawnedMigrate: Promise<{ stdout: string; stderr: string }>;
  let spawnedUnknown: Promise<unknown>;
  beforeAll(async () => {
    // The two real processes start together, while this process loads the same modules.
    spawnedMigrate = spawnCli('migrate');
    spawnedMigrate.catch(() => {}); // not unhandled meanwhile: the first test awaits it and fails with it
    spawnedUnknown = settled(spawnCli('frobnicate'));
    for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
    ({ main } = await import('../src/cli'));
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrates, creates users with roles, prints and keeps tokens, resets passwords', async () => {
    expect((await spawnedMigrate).stdout).toMatch(/Applied: 0001-initial|up to date/);
    const owner = (await cli('user', 'create', '--email', 'boss@example.com', '--password', 'password123')).stdout.trim();
    expect(owner).toMatch(/^[0-9a-f]{40}$/);
    const again = (await cli('user', 'token', '--email', 'boss@example.com')).stdout.trim();
    expect(again).toBe(owner);
    const ann = (
      await cli('user', 'create', '--email', 'ann@example.com', '--password', 'password123', '--role', 'reviewer')
    ).stdout.trim();
    expect(ann).not.toBe(owner);
    await expect(
      cli('user', 'create', '--email', 'x@example.com', '--password', 'password123', '--role', 'king'),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('--role must be one of'),
    });
    expect((await cli('user', 'reset-password', '--email', 'ann@example.com', '--password', 'newpassword1')).stdout).toContain(
      'Password updated',
    );

    const db = openDatabase({ url: path.join(dataDir, 'groundwork.sqlite3') });
    const rows = await db.kysely
      .selectFrom('users')
      .innerJoin('memberships', 'memberships.user_id', 'users.id')
      .select(['users.email', 'memberships.role', 'users.password_hash'])
      .orderBy('users.id')
      .execute();
    await db.destroy();
    expect(rows.map((r) => [r.email, r.role])).toEqual([
      ['boss@example.com', 'owner'],
      ['ann@example.com', 'reviewer'],
    ]);
    expect(rows[1].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses to start a worker without PostgreSQL', async () => {
    await expect(cli('worker')).rejects.toMatchObject({ stderr: expect.stringContaining('needs DATABASE_URL') });
  });

  it('explains unknown commands', async () => {
    // The real process: fail() exits with 2 and the message on stderr.
    expect(await spawnedUnknown).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown command') });
    await expect(cli('frobnicate')).rejects.toMatchObject({ stderr: expect.stringContaining('Unknown command') });
    expect((await cli('--help')).stdout).toContain('user create');
  });
});

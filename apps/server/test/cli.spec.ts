import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/platform/db/database';

const run = promisify(execFile);
const bin = path.resolve(__dirname, '../bin/groundwork.mjs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gw-cli-'));
const env = { ...process.env, GROUNDWORK_DATA_DIR: dataDir, DATABASE_URL: '' };
const cli = (...args: string[]) => run(process.execPath, [bin, ...args], { env });

describe('groundwork CLI (SQLite)', () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('migrates, creates users with roles, prints and keeps tokens, resets passwords', async () => {
    expect((await cli('migrate')).stdout).toMatch(/Applied: 0001-initial|up to date/);
    const owner = (await cli('user', 'create', '--email', 'boss@example.com', '--password', 'password123')).stdout.trim();
    expect(owner).toMatch(/^[0-9a-f]{40}$/);
    const again = (await cli('user', 'token', '--email', 'boss@example.com')).stdout.trim();
    expect(again).toBe(owner);
    const ann = (await cli('user', 'create', '--email', 'ann@example.com', '--password', 'password123', '--role', 'reviewer')).stdout.trim();
    expect(ann).not.toBe(owner);
    await expect(cli('user', 'create', '--email', 'x@example.com', '--password', 'password123', '--role', 'king')).rejects.toMatchObject({
      stderr: expect.stringContaining('--role must be one of'),
    });
    expect((await cli('user', 'reset-password', '--email', 'ann@example.com', '--password', 'newpassword1')).stdout).toContain('Password updated');

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
    await expect(cli('frobnicate')).rejects.toMatchObject({ stderr: expect.stringContaining('Unknown command') });
    expect((await cli('--help')).stdout).toContain('user create');
  });
});

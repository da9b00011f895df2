import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The secret API tokens are derived from. Several processes sharing one PostgreSQL must
 * share it through GROUNDWORK_SECRET_KEY; the embedded default keeps it in the data dir.
 */
export function loadSecret(dataDir: string, configured?: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, 'secret.key');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(dataDir, { recursive: true });
    const secret = crypto.randomBytes(32).toString('hex');
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      // Another process created it first.
      return fs.readFileSync(file, 'utf8').trim();
    }
  }
}

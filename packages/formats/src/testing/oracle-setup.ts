import { ensureOracleVenv } from './oracle';

/**
 * Global setup of the `oracle` project (vitest.config.ts): builds the virtualenv with Label
 * Studio's converter (packages/formats/.venv, from PyPI; needs python3) once, before any oracle
 * spec runs, so the oracle specs of several packages never race to create it. A failure here
 * (no python3, no network for pip) fails the run: oracle specs are never skipped.
 */
export default async function setup() {
  await ensureOracleVenv();
}

import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// Chosen once in the runner and inherited by the workers through the environment, so all agree on it.
process.env.GROUNDWORK_E2E_PORT ??= String(20_000 + Math.floor(Math.random() * 20_000));
const port = Number(process.env.GROUNDWORK_E2E_PORT);
const baseURL = `http://localhost:${port}`;

/**
 * End-to-end tests of the web app against the real server (SQLite, fresh data dir) in Debian's Chromium.
 * Build the app first: `npm run build -w @groundwork/web`; the server serves apps/web/dist.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: './test-results',
  // One server, one database: the sign-up of the first user must come before everything else.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1360, height: 900 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage'],
    },
  },
  projects: [
    { name: 'first-user', testMatch: 'auth.spec.ts' },
    { name: 'app', testIgnore: 'auth.spec.ts', dependencies: ['first-user'] },
  ],
  webServer: {
    command:
      // GROUNDWORK_WEB_DIST (read by the server too) points at another build, e.g. `vite build --outDir /tmp/x`.
      'test -f "${GROUNDWORK_WEB_DIST:-apps/web/dist}/index.html" || { echo "Build the web app first: npm run build -w @groundwork/web" >&2; exit 1; }; ' +
      `GROUNDWORK_DATA_DIR=$(mktemp -d) PORT=${port} LOG_LEVEL=warn node apps/server/bin/groundwork.mjs start`,
    cwd: repoRoot,
    url: `${baseURL}/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

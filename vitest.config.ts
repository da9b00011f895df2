import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Three tiers (docs/testing.md). `npx vitest run` runs them all; `--project unit` (npm run
 * test:unit) only the pure specs. A project's global setup runs only when some of its files are
 * selected, so PostgreSQL and the Python virtualenv are built only for the tiers that need them.
 */
const shared = {
  pool: 'forks',
  testTimeout: 30_000,
  hookTimeout: 120_000,
} as const;

/** Specs that compare our output with Label Studio's Python code, by file name. */
const ORACLE = '**/*.oracle.spec.ts';

export default defineConfig({
  test: {
    ...shared,
    projects: [
      {
        // Pure code: no database server, no Python. `npm run test:unit` adds --no-isolate: its
        // files share worker processes (a fresh process per file takes this tier from 8 s to 28 s
        // on 2 cores; isolation is the pool's, not a project's, so the full run keeps it), and a
        // unit spec must undo what it changes outside its own modules (globals, env, mocks).
        test: {
          ...shared,
          name: 'unit',
          include: ['apps/*/src/**/*.spec.ts', 'packages/*/src/**/*.spec.ts'],
          exclude: [...configDefaults.exclude, ORACLE],
        },
      },
      {
        // The server through app.inject() and its CLI, on SQLite and on a throwaway PostgreSQL.
        test: {
          ...shared,
          name: 'server',
          include: ['apps/*/test/**/*.spec.ts'],
          exclude: [...configDefaults.exclude, ORACLE],
          globalSetup: ['apps/server/test/global-setup.ts'],
        },
      },
      {
        // Against Label Studio's converter in packages/formats/.venv; PostgreSQL too, for the
        // server's export comparison (apps/server/test/export.oracle.spec.ts runs on both databases).
        test: {
          ...shared,
          name: 'oracle',
          include: [`{apps,packages}/*/{src,test}/${ORACLE}`],
          globalSetup: ['packages/formats/src/testing/oracle-setup.ts', 'apps/server/test/global-setup.ts'],
        },
      },
    ],
  },
});

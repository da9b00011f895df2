import { defineConfig } from 'vitest/config';

// Lets this pure package's tests run alone (`npx vitest run --root packages/label-config`)
// without the root config's database setup.
export default defineConfig({
  test: { include: ['src/**/*.spec.ts'] },
});

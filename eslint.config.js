import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import serverLayers from './eslint/server-layers.js';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'packages/sdk/src/schema.ts',
      '**/.venv/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        // Each TS file is typed by its nearest tsconfig.json (apps/web/tsconfig.json for the web app, the root one for the
        // rest); the two package vitest configs are in no tsconfig and get the default project.
        projectService: { allowDefaultProject: ['packages/*/vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // The server's layers and modules (docs/ARCHITECTURE.md, "Layers inside a module").
    files: ['apps/server/src/**/*.ts'],
    plugins: { groundwork: serverLayers },
    rules: { 'groundwork/server-layers': 'error' },
  },
  {
    // Plain JavaScript (scripts, the server's bin, postcss config) is not in a tsconfig: lint it without type information.
    files: ['**/*.{js,mjs,cjs,jsx}'],
    ...tseslint.configs.disableTypeChecked,
  },
);

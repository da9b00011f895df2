import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const server = (rel: string) => path.join(root, 'apps/server/src', rel);

/**
 * The layering rules run by `npm run lint` (the repository's own eslint.config.js), checked on
 * deliberately misplaced imports: each must be reported, and each allowed import must not be.
 */
describe('the lint config enforces the server layers', () => {
  let eslint: ESLint;
  beforeAll(() => {
    // The repository's config as it is, without type information (this rule needs none, and a
    // type-aware parse of each snippet would take seconds).
    eslint = new ESLint({
      cwd: root,
      overrideConfig: tseslint.configs.disableTypeChecked,
      ruleFilter: ({ ruleId }) => ruleId === 'groundwork/server-layers',
    });
  });

  const messages = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: server(file) });
    return result.messages.map((m) => m.messageId ?? m.message);
  };

  it.each([
    ['modules/tasks/task.service.ts', "import { sql } from 'kysely';\nexport const q = sql`select 1`;", 'sql'],
    [
      'modules/tasks/task.routes.ts',
      "import { TaskRepository } from './task.repository';\nexport const R = TaskRepository;",
      'routeData',
    ],
    [
      'modules/tasks/task.routes.ts',
      "import { openDatabase } from '../../platform/db/database';\nexport const o = openDatabase;",
      'routeData',
    ],
    [
      'modules/tasks/task.service.ts',
      "import type { FastifyRequest } from 'fastify';\nexport type R = FastifyRequest;",
      'serviceHttp',
    ],
    [
      'modules/tasks/task.service.ts',
      "import { presentTask } from './task.presenter';\nexport const p = presentTask;",
      'serviceHttp',
    ],
    [
      'modules/export/export.service.ts',
      "import { TaskRepository } from '../tasks/task.repository';\nexport const R = TaskRepository;",
      'internal',
    ],
    ['platform/http/http.ts', "import { TaskService } from '../../modules/tasks';\nexport const S = TaskService;", 'platform'],
    [
      'modules/tasks/task.service.ts',
      "import { createServices } from '../../services';\nexport const c = createServices;",
      'root',
    ],
  ])('%s: %s → %s', async (file, code, expected) => {
    expect(await messages(file, code)).toEqual([expected]);
  });

  it.each([
    ['modules/tasks/task.repository.ts', "import { sql } from 'kysely';\nexport const q = sql`select 1`;"],
    ['modules/export/export.service.ts', "import { TaskService } from '../tasks';\nexport const S = TaskService;"],
    ['modules/tasks/task.routes.ts', "import type { TaskRow } from '../../platform/db/schema';\nexport type T = TaskRow;"],
    ['modules/tasks/task.service.ts', "import type { Repositories } from '../../repositories';\nexport type R = Repositories;"],
  ])('%s allows: %s', async (file, code) => {
    expect(await messages(file, code)).toEqual([]);
  });
});

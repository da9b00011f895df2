#!/usr/bin/env node
// Regenerates openapi.json (from the route schemas) and packages/sdk/src/schema.ts (from openapi.json).
// `--check` fails when either committed file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import openapiTS, { astToString } from 'openapi-typescript';

register();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const { buildApp, loadConfig, openDatabase, migrate } = await import('../apps/server/src/index.ts');
const db = openDatabase({ url: ':memory:' });
await migrate(db);
const app = await buildApp({ db, config: { ...loadConfig({}), webDistDir: '/nonexistent' }, secret: 'generate' });
await app.ready();
const spec = JSON.stringify(app.swagger(), null, 2) + '\n';
await app.close();
await db.destroy();

const ast = await openapiTS(JSON.parse(spec));
const header = '// Generated from openapi.json by `npm run generate`. Do not edit.\n';
const types = header + astToString(ast);

const outputs = [
  [path.join(root, 'openapi.json'), spec],
  [path.join(root, 'packages/sdk/src/schema.ts'), types],
];
let stale = false;
for (const [file, content] of outputs) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current === content) continue;
  if (check) {
    console.error(`${path.relative(root, file)} is stale: run \`npm run generate\` and commit the result.`);
    stale = true;
  } else {
    fs.writeFileSync(file, content);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
if (stale) process.exit(1);
if (check) console.log('openapi.json and the SDK are up to date.');

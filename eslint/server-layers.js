// The server's layering rules (docs/ARCHITECTURE.md, "Layers"), checked on every import of every
// file under apps/server/src. A rule in the docs is a rule here, or it is not a rule.
import fs from 'node:fs';
import path from 'node:path';

const SQL_PACKAGES = new Set(['kysely', 'pg', 'pg-cursor', 'pg-boss', 'better-sqlite3']);
const ROOT_FILES = new Set(['app.ts', 'main.ts', 'cli.ts', 'services.ts', 'dev-server.ts', 'index.ts']);

function resolve(fromDir, spec) {
  const base = path.resolve(fromDir, spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    try {
      if (fs.statSync(c).isFile()) return c;
    } catch {
      // not this candidate
    }
  }
  return `${base}.ts`;
}

const moduleOf = (rel) => /^modules\/([^/]+)\//.exec(rel)?.[1];
const isQueryLayer = (rel) =>
  /\.(repository|query)(\.spec)?\.ts$/.test(rel) || rel.startsWith('platform/db/') || rel.startsWith('platform/jobs/');

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: "Keeps the server's layers and modules apart (docs/ARCHITECTURE.md)" },
    schema: [{ type: 'object', properties: { srcDir: { type: 'string' } }, additionalProperties: false }],
    messages: {
      sql: 'Only repositories (*.repository.ts), queries (*.query.ts) and platform/db may import "{{name}}": put the SQL there.',
      routeData: 'Routes never import repositories, queries or the database ({{name}}): call a service.',
      serviceHttp: 'Services know no HTTP and no presenting ({{name}}): return data; the route presents it.',
      internal: 'Module "{{from}}" reaches into module "{{to}}" ({{name}}): import from "{{to}}"\'s index.ts.',
      platform: 'The platform knows no feature ({{name}}): platform/ never imports modules/ or the composition root.',
      root: 'Modules never import the composition root ({{name}}) except the type of the repositories binder.',
    },
  },
  create(context) {
    const srcDir = path.resolve(context.options[0]?.srcDir ?? 'apps/server/src');
    const file = context.filename;
    const rel = path.relative(srcDir, file).split(path.sep).join('/');
    if (rel.startsWith('..')) return {};
    const from = moduleOf(rel);
    const isRoutes = rel.endsWith('.routes.ts');
    const isService = rel.endsWith('.service.ts');

    function check(node, spec, typeOnly) {
      if (typeof spec !== 'string') return;
      const report = (messageId, data = {}) => context.report({ node, messageId, data: { name: spec, ...data } });
      if (!spec.startsWith('.')) {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
        if (SQL_PACKAGES.has(pkg) && !isQueryLayer(rel)) report('sql');
        if (isService && (pkg === 'fastify' || pkg.startsWith('@fastify/'))) report('serviceHttp');
        return;
      }
      const target = path
        .relative(srcDir, resolve(path.dirname(file), spec))
        .split(path.sep)
        .join('/');
      const to = moduleOf(target);
      if (isRoutes && (/\.(repository|query)\.ts$/.test(target) || target === 'repositories.ts')) report('routeData');
      if (isRoutes && target.startsWith('platform/db/') && !(typeOnly && target === 'platform/db/schema.ts')) report('routeData');
      if (isService && /\.(presenter|routes)\.ts$/.test(target)) report('serviceHttp');
      if (to && from !== to && target !== `modules/${to}/index.ts`) report('internal', { from: from ?? rel, to });
      if (rel.startsWith('platform/') && (to || ROOT_FILES.has(target) || target === 'repositories.ts')) report('platform');
      if (from && ROOT_FILES.has(target)) report('root');
      if (from && target === 'repositories.ts' && !typeOnly) report('root');
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value, node.importKind === 'type'),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
    };
  },
};

export default { rules: { 'server-layers': rule } };

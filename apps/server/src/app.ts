import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyRequest, type RouteOptions } from 'fastify';
import type { AppConfig } from './config';
import type { Db } from './platform/db/dialect';
import { registerErrorHandler } from './platform/http/errors.plugin';
import { denyByDefault, SESSION_COOKIE, type RequestAuth } from './platform/http/http';
import { annotationsModule } from './modules/annotations';
import { authModule } from './modules/auth';
import { dataManagerModule } from './modules/data-manager';
import { exportModule } from './modules/export';
import { healthModule } from './modules/health';
import { importModule } from './modules/import';
import { projectsModule } from './modules/projects';
import { startSearchIndexer, tasksModule } from './modules/tasks';
import { usersModule } from './modules/users';
import { createServices, type Services } from './services';
import { ErrorEnvelope } from './platform/http/common.schema';
import { VERSION } from './version';

export interface AppDeps {
  db: Db;
  config: AppConfig;
  /** Secret API tokens are derived from. */
  secret: string;
  /** Fastify's logger: off in tests. */
  logger?: boolean | { level: string };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_WEB_DIST = path.resolve(here, '../../web/dist');

/** Registers plugins whose routes need no credentials (routes that plugins add declare nothing themselves). */
async function registerPublic(app: FastifyInstance, register: (scope: FastifyInstance) => Promise<unknown>): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: 'public' };
    });
    await register(scope);
  });
}

/** Builds the HTTP application; never listens (main.ts does, tests use `inject`). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance & { services: Services }> {
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: deps.config.bodyLimit,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    trustProxy: process.env.GROUNDWORK_TRUST_PROXY === 'true',
    ajv: {
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const services = createServices(deps.db, deps.config, deps.secret);
  // The services registered their job handlers; the queue runs until the app closes.
  await services.jobs.start({ work: deps.config.runJobs });
  app.addHook('onClose', () => services.jobs.stop());
  // SQLite's search index follows new tasks in the background (modules/tasks/selection/task-search.query.ts).
  if (deps.config.runJobs) {
    const stopIndexer = startSearchIndexer(deps.db, (err) => app.log.error({ err }, 'search index update failed'));
    app.addHook('onClose', stopIndexer);
  }
  app.decorate('services', services);
  app.decorateRequest('auth', null);

  registerErrorHandler(app);
  app.addSchema(ErrorEnvelope);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Groundwork API',
        version: VERSION,
        description: "Groundwork's REST API, compatible with Label Studio's. Authenticate with `Authorization: Token <key>`.",
      },
      components: {
        securitySchemes: {
          Token: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'Token <your API token>' },
        },
      },
      security: [{ Token: [] }],
    },
  });
  // The API documentation is public; its routes come from the plugin, so they are declared here.
  await registerPublic(app, async (docs) => {
    await docs.register(swaggerUi, { routePrefix: '/api/docs' });
  });

  // Credentials: `Authorization: Token <key>` for API clients, a session cookie for the web app.
  const authenticate = async (request: FastifyRequest): Promise<RequestAuth | null> => {
    const header = request.headers.authorization;
    if (header) {
      const [scheme, key] = header.split(/\s+/, 2);
      if (!key || !/^(token|bearer)$/i.test(scheme)) return null;
      const auth = await services.auth.fromToken(key);
      return auth ? { ...auth, via: 'token' } : null;
    }
    const sid = request.cookies[SESSION_COOKIE];
    const auth = sid ? await services.auth.fromSession(sid) : null;
    return auth ? { user: auth.user, actor: auth.actor, via: 'session', csrfToken: auth.csrfToken } : null;
  };
  const routes = denyByDefault(app, authenticate);
  app.decorate('routeList', routes);

  // Python clients send booleans in query strings as "True"/"False" or "1"/"0"; Ajv only coerces
  // "true"/"false". Normalize every query parameter the route declares as boolean.
  app.addHook('preValidation', async (request) => {
    const props = (request.routeOptions.schema?.querystring as { properties?: Record<string, { type?: string }> } | undefined)
      ?.properties;
    const query = request.query as Record<string, unknown> | undefined;
    if (!props || !query) return;
    for (const [key, value] of Object.entries(query)) {
      if (props[key]?.type !== 'boolean' || typeof value !== 'string') continue;
      if (/^(true|1|yes|on)$/i.test(value)) query[key] = 'true';
      else if (/^(false|0|no|off)$/i.test(value)) query[key] = 'false';
    }
  });

  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
  });

  // Each feature module is a plugin; it takes the services it uses from the composition root.
  await app.register(healthModule);
  await app.register(authModule, services);
  await app.register(usersModule, services);
  await app.register(projectsModule, services);
  await app.register(importModule, services);
  await app.register(dataManagerModule, services);
  await app.register(tasksModule, services);
  await app.register(annotationsModule, services);
  await app.register(exportModule, services);

  const webDist = deps.config.webDistDir ?? DEFAULT_WEB_DIST;
  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    const indexHtml = fs.readFileSync(path.join(webDist, 'index.html'));
    // The web app's files are public (the app asks for credentials itself); the static plugin's
    // routes are declared so by their scope.
    await registerPublic(app, async (web) => {
      await web.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
      // The web app routes on the client: every non-API page gets index.html.
      web.get('/*', { schema: { hide: true } }, async (request, reply) => {
        const url = request.url.split('?')[0];
        if (url.startsWith('/api/') || url.startsWith('/data/')) {
          return reply.status(404).send({ status_code: 404, detail: `Not found: ${url}` });
        }
        const file = path.join(webDist, path.normalize(url).replace(/^(\.\.[/\\])+/, ''));
        if (url !== '/' && file.startsWith(webDist) && fs.existsSync(file) && fs.statSync(file).isFile()) {
          return reply.sendFile(path.relative(webDist, file));
        }
        return reply.type('text/html').send(indexHtml);
      });
    });
  }

  return app as unknown as FastifyInstance & { services: Services };
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
    /** Every route registered, with the access it declares (see platform/http/http.ts). */
    routeList: RouteOptions[];
  }
}

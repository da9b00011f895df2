import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { AppError, forbidden, unauthorized } from '../errors';
import type { Guard } from '../access/access.service';
import { authorize, scopeOf, type Action, type Actor } from '../access/policy';
import type { UserRow } from '../db/schema';

export const SESSION_COOKIE = 'gw_session';
export const CSRF_COOKIE = 'gw_csrftoken';
export const CSRF_HEADER = 'x-csrftoken';

export interface RequestAuth {
  user: UserRow;
  actor: Actor;
  via: 'token' | 'session';
  csrfToken?: string;
}

/**
 * What a route declares in `config.access`: `public` (no credentials needed; the handler may still
 * look at `request.auth`), or the action it performs, which needs an authenticated actor allowed to.
 */
export type RouteAccess = 'public' | Action;

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The authenticated actor; 401 without valid credentials, 403 on a cookie write without its CSRF token. */
export function requireActor(request: FastifyRequest): Actor {
  const auth = request.auth;
  if (!auth) throw unauthorized();
  if (auth.via === 'session' && !SAFE.has(request.method) && request.headers[CSRF_HEADER] !== auth.csrfToken)
    throw forbidden('CSRF token missing or incorrect.');
  return auth.actor;
}

/** The actor of a non-public route and the action the route declared, for the access service. */
export function guard(request: FastifyRequest): Guard {
  const access = request.routeOptions.config.access;
  if (!access || access === 'public') throw new Error(`${request.routeOptions.url} is public: it has no actor`);
  return { actor: requireActor(request), action: access };
}

/** The authenticated user of a non-public route. */
export function requireUser(request: FastifyRequest): { user: UserRow; actor: Actor } {
  const actor = guard(request).actor;
  return { user: request.auth!.user, actor };
}

/**
 * Deny by default: every route must declare `config.access` (one that doesn't answers 500 to every
 * request, and test/route-access.spec.ts lists it), and every request to a non-public route needs
 * an authenticated actor; organization-wide actions are
 * checked against its role here, before the body is read. Resource actions are checked by the
 * access service when the handler loads the resource. `authenticate` resolves the credentials.
 * Returns the routes registered, for the test that checks their declarations.
 */
export function denyByDefault(
  app: FastifyInstance,
  authenticate: (request: FastifyRequest) => Promise<RequestAuth | null>,
): RouteOptions[] {
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  app.addHook('onRequest', async (request) => {
    request.auth = await authenticate(request);
    if (!request.routeOptions.url) return; // no route: the 404 handler answers
    const access = request.routeOptions.config.access;
    if (access === undefined)
      throw new AppError(500, 'access_undeclared', `${request.method} ${request.routeOptions.url} declares no access.`);
    if (access === 'public') return;
    const actor = requireActor(request);
    if (scopeOf(access) === 'organization') authorize(actor, access);
  });
  return routes;
}

/** Page-number pagination links in Django REST framework's style. */
export function pageLinks(request: FastifyRequest, page: number, pageSize: number, count: number) {
  const base = new URL(request.url, `${request.protocol}://${request.host}`);
  const link = (p: number) => {
    const u = new URL(base);
    u.searchParams.set('page', String(p));
    u.searchParams.set('page_size', String(pageSize));
    return u.toString();
  };
  return {
    next: page * pageSize < count ? link(page + 1) : null,
    previous: page > 1 ? link(page - 1) : null,
  };
}

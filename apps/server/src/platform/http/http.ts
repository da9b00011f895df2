import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, forbidden, unauthorized } from '../errors';
import type { Actor } from '../access/policy';
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

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
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

export function requireUser(request: FastifyRequest): { user: UserRow; actor: Actor } {
  const actor = requireActor(request);
  return { user: request.auth!.user, actor };
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

export function sendError(reply: FastifyReply, error: AppError) {
  return reply.status(error.statusCode).send(error);
}

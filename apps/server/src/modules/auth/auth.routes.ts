import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { unauthorized } from '../../platform/errors';
import { CSRF_COOKIE, SESSION_COOKIE, requireActor } from '../../platform/http/http';
import { presentWhoami } from '../users/user.presenter';
import type { Services } from '../../services';
import { errorResponses } from '../../platform/http/common.schema';
import { Credentials, Session, Signup } from '../users/user.schema';

export const authRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const cookieOptions = (expires: Date) => ({
    path: '/',
    sameSite: 'lax' as const,
    secure: services.config.secureCookies,
    expires,
  });

  async function openSession(reply: import('fastify').FastifyReply, userId: number) {
    const s = await services.auth.startSession(userId);
    reply.setCookie(SESSION_COOKIE, s.sessionId, { ...cookieOptions(s.expiresAt), httpOnly: true });
    reply.setCookie(CSRF_COOKIE, s.csrfToken, { ...cookieOptions(s.expiresAt), httpOnly: false });
    return s.csrfToken;
  }

  async function session(userId: number, csrfToken: string) {
    const p = await services.auth.profile(userId);
    return { user: presentWhoami(p.user, p.role, p.organizationTitle), csrf_token: csrfToken };
  }

  app.post(
    '/api/auth/signup',
    { schema: { tags: ['auth'], summary: 'Create an account and log in', body: Signup, response: { 201: Session, ...errorResponses } } },
    async (request, reply) => {
      const user = await services.auth.createUser(request.body);
      const csrf = await openSession(reply, user.id);
      return reply.status(201).send(await session(user.id, csrf));
    },
  );

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password (cookie session)',
        body: Credentials,
        response: { 200: Session, ...errorResponses, 429: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const user = await services.auth.login(request.body.email, request.body.password, request.ip);
      const csrf = await openSession(reply, user.id);
      return session(user.id, csrf);
    },
  );

  app.get(
    '/api/auth/session',
    { schema: { tags: ['auth'], summary: 'The current cookie session', response: { 200: Session, ...errorResponses } } },
    async (request) => {
      requireActor(request);
      if (request.auth!.via !== 'session') throw unauthorized('No browser session; API tokens have no session.');
      return session(request.auth!.user.id, request.auth!.csrfToken!);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'End the cookie session', response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const sid = request.cookies[SESSION_COOKIE];
      if (request.auth?.via === 'session') requireActor(request);
      if (sid) await services.auth.endSession(sid);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      reply.clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
};

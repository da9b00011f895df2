import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { unauthorized } from '../../platform/errors';
import { CSRF_COOKIE, SESSION_COOKIE, requireActor } from '../../platform/http/http';
import { presentWhoami } from '../users';
import type { AuthService } from './auth.service';
import type { UserService } from '../users';
import type { AppConfig } from '../../config';
import { errorResponses } from '../../platform/http/common.schema';
import { Credentials, Session, Signup } from './auth.schema';

export interface AuthRoutesDeps {
  auth: AuthService;
  users: UserService;
  config: AppConfig;
}

export const authRoutes: FastifyPluginAsyncTypebox<AuthRoutesDeps> = async (app, { auth, users, config }) => {
  const cookieOptions = (expires: Date) => ({
    path: '/',
    sameSite: 'lax' as const,
    secure: config.secureCookies,
    expires,
  });

  async function openSession(reply: import('fastify').FastifyReply, userId: number) {
    const s = await auth.startSession(userId);
    reply.setCookie(SESSION_COOKIE, s.sessionId, { ...cookieOptions(s.expiresAt), httpOnly: true });
    reply.setCookie(CSRF_COOKIE, s.csrfToken, { ...cookieOptions(s.expiresAt), httpOnly: false });
    return s.csrfToken;
  }

  async function session(userId: number, csrfToken: string) {
    const p = await users.profile(userId);
    return { user: presentWhoami(p.user, p.role, p.organizationTitle), csrf_token: csrfToken };
  }

  app.post(
    '/api/auth/signup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Create an account and log in',
        body: Signup,
        response: { 201: Session, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = await users.createUser(request.body);
      const csrf = await openSession(reply, user.id);
      return reply.status(201).send(await session(user.id, csrf));
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password (cookie session)',
        body: Credentials,
        response: { 200: Session, ...errorResponses, 429: errorResponses[400] },
      },
    },
    async (request, reply) => {
      const user = await auth.login(request.body.email, request.body.password, request.ip);
      const csrf = await openSession(reply, user.id);
      return session(user.id, csrf);
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { access: 'account.use' },
      schema: { tags: ['auth'], summary: 'The current cookie session', response: { 200: Session, ...errorResponses } },
    },
    async (request) => {
      if (request.auth!.via !== 'session') throw unauthorized('No browser session; API tokens have no session.');
      return session(request.auth!.user.id, request.auth!.csrfToken!);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'End the cookie session', response: { 204: Type.Null(), ...errorResponses } },
    },
    async (request, reply) => {
      const sid = request.cookies[SESSION_COOKIE];
      if (request.auth?.via === 'session') requireActor(request);
      if (sid) await auth.endSession(sid);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      reply.clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
};

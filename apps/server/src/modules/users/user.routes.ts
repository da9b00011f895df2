import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { guard, requireUser } from '../../platform/http/http';
import { presentMember, presentWhoami } from './user.presenter';
import type { AccessService } from '../../platform/access/access.service';
import type { UserService } from './user.service';
import { errorResponses, IdParams } from '../../platform/http/common.schema';
import { HotkeysBody, HotkeysResponse, TokenResponse, User, UserCreate, UserPatch, Whoami } from './user.schema';

export interface UserRoutesDeps {
  access: AccessService;
  users: UserService;
}

export const userRoutes: FastifyPluginAsyncTypebox<UserRoutesDeps> = async (app, { access, users }) => {
  const whoami = async (userId: number) => {
    const p = await users.profile(userId);
    return presentWhoami(p.user, p.role, p.organizationTitle);
  };

  app.get(
    '/api/current-user/whoami',
    {
      config: { access: 'account.use' },
      schema: { tags: ['users'], summary: 'The authenticated user', response: { 200: Whoami, ...errorResponses } },
    },
    async (request) => whoami(guard(request).actor.userId),
  );

  app.get(
    '/api/current-user',
    {
      config: { access: 'account.use' },
      schema: { tags: ['users'], summary: 'The authenticated user', response: { 200: Whoami, ...errorResponses } },
    },
    async (request) => whoami(guard(request).actor.userId),
  );

  app.patch(
    '/api/current-user',
    {
      config: { access: 'account.use' },
      schema: { tags: ['users'], summary: 'Update your profile', body: UserPatch, response: { 200: Whoami, ...errorResponses } },
    },
    async (request) => {
      const g = guard(request);
      const { role: _role, is_active: _active, ...own } = request.body;
      await users.update(g.actor, g.actor.userId, own);
      return whoami(g.actor.userId);
    },
  );

  app.get(
    '/api/current-user/hotkeys',
    {
      config: { access: 'account.use' },
      schema: {
        tags: ['users'],
        summary: 'Your editor hotkeys',
        description:
          "Label Studio's `custom_hotkeys`: editor action → `{key, active}`; actions not listed keep their default keys.",
        response: { 200: HotkeysResponse, ...errorResponses },
      },
    },
    async (request) => ({ custom_hotkeys: await users.hotkeys(guard(request).actor) }),
  );

  app.patch(
    '/api/current-user/hotkeys',
    {
      config: { access: 'account.use' },
      schema: {
        tags: ['users'],
        summary: 'Replace your editor hotkeys',
        description:
          'Known actions only, valid key combinations (modifiers ctrl/alt/shift and one key), and no two actions on one combination (defaults of the actions left out count); a 400 names the entry at fault.',
        body: HotkeysBody,
        response: { 200: HotkeysResponse, ...errorResponses },
      },
    },
    async (request) => ({ custom_hotkeys: await users.setHotkeys(guard(request).actor, request.body.custom_hotkeys) }),
  );

  app.get(
    '/api/current-user/token',
    {
      config: { access: 'account.use' },
      schema: { tags: ['users'], summary: 'Your API token (legacy token)', response: { 200: TokenResponse, ...errorResponses } },
    },
    async (request) => ({ token: users.tokenOf(requireUser(request).user) }),
  );

  app.post(
    '/api/current-user/reset-token',
    {
      config: { access: 'account.use' },
      schema: {
        tags: ['users'],
        summary: 'Replace your API token',
        response: { 201: TokenResponse, 200: TokenResponse, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send({ token: await users.resetToken(guard(request).actor.userId) }),
  );

  app.get(
    '/api/users',
    {
      config: { access: 'users.view' },
      schema: { tags: ['users'], summary: 'Users of your organization', response: { 200: Type.Array(User), ...errorResponses } },
    },
    async (request) => (await users.list(guard(request).actor)).map(presentMember),
  );

  app.post(
    '/api/users',
    {
      config: { access: 'users.create' },
      schema: {
        tags: ['users'],
        summary: 'Create a user in your organization',
        body: UserCreate,
        response: { 201: User, ...errorResponses },
      },
    },
    async (request, reply) => {
      const g = guard(request);
      const { avatar: _avatar, allow_newsletters, ...rest } = request.body;
      access.grantRole(g, rest.role ?? 'annotator');
      const u = await users.create(g.actor, { ...rest, allow_newsletters: allow_newsletters ?? false });
      return reply.status(201).send(presentMember(u));
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { access: 'users.view' },
      schema: { tags: ['users'], summary: 'One user', params: IdParams, response: { 200: User, ...errorResponses } },
    },
    async (request) => {
      return presentMember(await users.get(guard(request).actor, request.params.id));
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: 'users.update' },
      schema: {
        tags: ['users'],
        summary: 'Update a user',
        params: IdParams,
        body: UserPatch,
        response: { 200: User, ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      access.user(g, request.params.id);
      if (request.body.role !== undefined) access.grantRole(g, request.body.role);
      if (request.body.is_active !== undefined) access.grantRole(g, 'annotator');
      return presentMember(await users.update(g.actor, request.params.id, request.body));
    },
  );
};

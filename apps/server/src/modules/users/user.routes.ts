import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { requireActor, requireUser } from '../../platform/http/http';
import { authorizeManageUsers } from '../../platform/access/policy';
import { presentUser, presentWhoami } from './user.presenter';
import type { Services } from '../../services';
import { errorResponses, IdParams } from '../../platform/http/common.schema';
import { HotkeysBody, HotkeysResponse, TokenResponse, User, UserCreate, UserPatch, Whoami } from './user.schema';

export const userRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const whoami = async (userId: number) => {
    const p = await services.auth.profile(userId);
    return presentWhoami(p.user, p.role, p.organizationTitle);
  };

  app.get(
    '/api/current-user/whoami',
    { schema: { tags: ['users'], summary: 'The authenticated user', response: { 200: Whoami, ...errorResponses } } },
    async (request) => whoami(requireActor(request).userId),
  );

  app.get(
    '/api/current-user',
    { schema: { tags: ['users'], summary: 'The authenticated user', response: { 200: Whoami, ...errorResponses } } },
    async (request) => whoami(requireActor(request).userId),
  );

  app.patch(
    '/api/current-user',
    {
      schema: { tags: ['users'], summary: 'Update your profile', body: UserPatch, response: { 200: Whoami, ...errorResponses } },
    },
    async (request) => {
      const actor = requireActor(request);
      const { role: _role, is_active: _active, ...own } = request.body;
      await services.users.update(actor, actor.userId, own);
      return whoami(actor.userId);
    },
  );

  app.get(
    '/api/current-user/hotkeys',
    {
      schema: {
        tags: ['users'],
        summary: 'Your editor hotkeys',
        description:
          "Label Studio's `custom_hotkeys`: editor action → `{key, active}`; actions not listed keep their default keys.",
        response: { 200: HotkeysResponse, ...errorResponses },
      },
    },
    async (request) => ({ custom_hotkeys: await services.users.hotkeys(requireActor(request)) }),
  );

  app.patch(
    '/api/current-user/hotkeys',
    {
      schema: {
        tags: ['users'],
        summary: 'Replace your editor hotkeys',
        description:
          'Known actions only, valid key combinations (modifiers ctrl/alt/shift and one key), and no two actions on one combination (defaults of the actions left out count); a 400 names the entry at fault.',
        body: HotkeysBody,
        response: { 200: HotkeysResponse, ...errorResponses },
      },
    },
    async (request) => ({ custom_hotkeys: await services.users.setHotkeys(requireActor(request), request.body.custom_hotkeys) }),
  );

  app.get(
    '/api/current-user/token',
    {
      schema: { tags: ['users'], summary: 'Your API token (legacy token)', response: { 200: TokenResponse, ...errorResponses } },
    },
    async (request) => ({ token: services.auth.tokenOf(requireUser(request).user) }),
  );

  app.post(
    '/api/current-user/reset-token',
    {
      schema: {
        tags: ['users'],
        summary: 'Replace your API token',
        response: { 201: TokenResponse, 200: TokenResponse, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send({ token: await services.auth.resetToken(requireActor(request).userId) }),
  );

  app.get(
    '/api/users',
    {
      schema: { tags: ['users'], summary: 'Users of your organization', response: { 200: Type.Array(User), ...errorResponses } },
    },
    async (request) => (await services.users.list(requireActor(request))).map((u) => ({ ...presentUser(u), role: u.role })),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create a user in your organization',
        body: UserCreate,
        response: { 201: User, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      authorizeManageUsers(actor);
      const { avatar: _avatar, allow_newsletters, ...rest } = request.body;
      const u = await services.users.create(actor, { ...rest, allow_newsletters: allow_newsletters ?? false });
      return reply.status(201).send({ ...presentUser(u), role: u.role });
    },
  );

  app.get(
    '/api/users/:id',
    { schema: { tags: ['users'], summary: 'One user', params: IdParams, response: { 200: User, ...errorResponses } } },
    async (request) => {
      const u = await services.users.get(requireActor(request), request.params.id);
      return { ...presentUser(u), role: u.role };
    },
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Update a user',
        params: IdParams,
        body: UserPatch,
        response: { 200: User, ...errorResponses },
      },
    },
    async (request) => {
      const u = await services.users.update(requireActor(request), request.params.id, request.body);
      return { ...presentUser(u), role: u.role };
    },
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { VERSION } from '../../version';

const Health = Type.Object({ status: Type.String() });

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const url of ['/health', '/api/health']) {
    app.get(
      url,
      { config: { access: 'public' }, schema: { tags: ['system'], summary: 'Liveness check', response: { 200: Health } } },
      async () => ({ status: 'UP' }),
    );
  }
  app.get(
    '/api/version',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Versions of the server components',
        response: { 200: Type.Record(Type.String(), Type.Unknown()) },
      },
    },
    async () => ({
      release: VERSION,
      edition: 'Community',
      backend: { name: 'groundwork', version: VERSION },
      'label-studio-os-package': { version: VERSION, short_version: VERSION, latest_version_from_pypi: VERSION },
      'label-studio-os-backend': { message: 'groundwork', commit: '' },
      'label-studio-frontend': { message: 'groundwork', commit: '' },
      'label-studio-converter': { version: VERSION },
      dm2: { message: 'groundwork', commit: '' },
      lsf: { message: 'groundwork', commit: '' },
    }),
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { resultJsonSchema, sampleTask, templatesForApi } from '@groundwork/label-config';
import { guard } from '../../platform/http/http';
import type { AccessService } from '../../platform/access/access.service';
import { assertLabelConfig } from './label-config';
import { errorResponses, IdParams } from '../../platform/http/common.schema';

const Template = Type.Object(
  {
    id: Type.String(),
    title: Type.String(),
    type: Type.String(),
    group: Type.String(),
    order: Type.Integer(),
    details: Type.String(),
    config: Type.String(),
  },
  { additionalProperties: true },
);

const SampleTaskBody = Type.Object(
  { label_config: Type.Optional(Type.String({ description: "Config to sample for; the project's own when absent" })) },
  { additionalProperties: true },
);

const SampleTask = Type.Object({
  sample_task: Type.Object(
    {
      id: Type.Integer(),
      data: Type.Record(Type.String(), Type.Unknown()),
      annotations: Type.Array(Type.Record(Type.String(), Type.Unknown())),
      predictions: Type.Array(Type.Record(Type.String(), Type.Unknown())),
    },
    { additionalProperties: true },
  ),
});

const SchemaQuery = Type.Object(
  { strict: Type.Optional(Type.Boolean({ description: 'Closed objects and required keys, as LLM structured outputs want' })) },
  { additionalProperties: false },
);

/** The config language as a service: the template gallery, sample tasks and result schemas. */
export interface LabelConfigRoutesDeps {
  access: AccessService;
}

export const labelConfigRoutes: FastifyPluginAsyncTypebox<LabelConfigRoutesDeps> = async (app, { access }) => {
  app.get(
    '/api/templates',
    {
      config: { access: 'templates.view' },
      schema: {
        tags: ['projects'],
        summary: 'The labeling-config template gallery',
        response: { 200: Type.Object({ templates: Type.Array(Template), groups: Type.Array(Type.String()) }), ...errorResponses },
      },
    },
    async () => templatesForApi(),
  );

  app.post(
    '/api/projects/:id/sample-task',
    {
      config: { access: 'project.view' },
      schema: {
        tags: ['projects'],
        summary: 'A task (with one annotation) that fits the given or the project config, for previews',
        params: IdParams,
        body: Type.Optional(SampleTaskBody),
        response: { 200: SampleTask, ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      const config = assertLabelConfig(request.body?.label_config ?? project.label_config);
      const sample = sampleTask(config, { withAnnotation: true });
      const at = new Date().toISOString();
      return {
        sample_task: {
          id: 1,
          data: sample.data,
          annotations: (sample.annotations ?? []).map((a, i) => ({
            id: i + 1,
            result: a.result,
            was_cancelled: false,
            ground_truth: false,
            created_at: at,
            updated_at: at,
            task: 1,
          })),
          predictions: [],
        },
      };
    },
  );

  app.get(
    '/api/projects/:id/result-schema',
    {
      config: { access: 'project.view' },
      schema: {
        tags: ['projects'],
        summary: "JSON Schema of a result list for the project's config",
        params: IdParams,
        querystring: SchemaQuery,
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errorResponses },
      },
    },
    async (request) => {
      const g = guard(request);
      const project = await access.project(g, request.params.id);
      return resultJsonSchema(assertLabelConfig(project.label_config), { strict: request.query.strict === true });
    },
  );
};

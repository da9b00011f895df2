import crypto from 'node:crypto';
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../errors';
import { VERSION } from '../../version';

interface AjvError {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** Turns an Ajv error list into `{field: [messages]}`, naming the field at fault. */
function fieldErrors(errors: AjvError[], context: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of errors) {
    let field = (e.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      field = [field, String(e.params?.additionalProperty)].filter(Boolean).join('.');
      message = 'Unknown field.';
    } else if (e.keyword === 'required') {
      field = [field, String(e.params?.missingProperty)].filter(Boolean).join('.');
      message = 'This field is required.';
    }
    const key = field || (context === 'body' ? 'non_field_errors' : context);
    const list = (out[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}

/** Every 4xx/5xx in Label Studio's envelope; never a stack trace. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    let status = 500;
    let detail = 'A server error occurred.';
    let validation: Record<string, string[]> | null = null;
    if (error instanceof AppError) {
      status = error.statusCode;
      detail = error.message;
      validation = error.validationErrors ?? null;
    } else if ((error as FastifyError).validation) {
      status = 400;
      detail = 'Validation error';
      validation = fieldErrors(
        (error as FastifyError).validation as AjvError[],
        (error as FastifyError).validationContext ?? 'body',
      );
    } else if ((error as FastifyError).statusCode && (error as FastifyError).statusCode! < 500) {
      status = (error as FastifyError).statusCode!;
      const code = (error as FastifyError).code;
      detail =
        code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
          ? `JSON parse error - ${error.message}`
          : code === 'FST_ERR_CTP_BODY_TOO_LARGE'
            ? 'Request body is too large.'
            : error.message;
    } else if ((error as { code?: string }).code === '2201B') {
      // PostgreSQL refused a regular expression that JavaScript accepted (a Data Manager `regex` filter).
      status = 400;
      detail = `Invalid regular expression: ${error.message}`;
    }
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    return reply.status(status).send({
      id: crypto.randomUUID(),
      status_code: status,
      version: VERSION,
      detail,
      exc_info: null,
      validation_errors: validation,
    });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      id: crypto.randomUUID(),
      status_code: 404,
      version: VERSION,
      detail: `Not found: ${request.method} ${request.url.split('?')[0]}`,
      exc_info: null,
      validation_errors: null,
    }),
  );
}

import createFetchClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths };

export interface GroundworkClientOptions {
  /** Server origin, e.g. `http://localhost:8080`; empty for the same origin (the web app). */
  baseUrl?: string;
  /** An API token: sent as `Authorization: Token <key>`. Without it the browser's session cookie is used. */
  token?: string;
  fetch?: typeof fetch;
}

export type GroundworkClient = Client<paths>;

function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const match = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : undefined;
}

/**
 * A typed client for Groundwork's REST API, generated from openapi.json.
 *
 * @example
 * const gw = createClient({ baseUrl: 'http://localhost:8080', token: process.env.GROUNDWORK_TOKEN });
 * const { data } = await gw.GET('/api/projects', { params: { query: { page: 1 } } });
 */
export function createClient(options: GroundworkClientOptions = {}): GroundworkClient {
  const client = createFetchClient<paths>({
    baseUrl: options.baseUrl ?? '',
    fetch: options.fetch,
    credentials: options.token ? 'omit' : 'same-origin',
  });
  const auth: Middleware = {
    onRequest({ request }) {
      if (options.token) {
        request.headers.set('Authorization', `Token ${options.token}`);
      } else if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
        // Cookie sessions must echo the CSRF cookie on writes.
        const csrf = readCookie('gw_csrftoken');
        if (csrf) request.headers.set('X-CSRFToken', csrf);
      }
      return request;
    },
  };
  client.use(auth);
  return client;
}

/** The error envelope every 4xx/5xx carries. */
export type ApiError = components['schemas'] extends { ErrorEnvelope: infer E }
  ? E
  : {
      status_code: number;
      detail: string;
      validation_errors: Record<string, string[]> | null;
    };

import { createClient } from '@groundwork/sdk';

/** The one API client of the web app: the session cookie authenticates, the SDK adds CSRF on writes. */
export const api = createClient();

/** Label Studio's error envelope, thrown by `unwrap` so pages can show `detail` and field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface Envelope {
  detail?: unknown;
  validation_errors?: Record<string, string[]> | null;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Turns an openapi-fetch result into its data, or throws the server's error as an `ApiError`.
 *
 * @example
 * const project = await unwrap(api.GET('/api/projects/{id}', { params: { path: { id } } }));
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const envelope = isEnvelope(error) ? error : {};
  const fields = envelope.validation_errors ?? {};
  const detail = typeof envelope.detail === 'string' ? envelope.detail : '';
  // "Validation error" says nothing the field messages don't; prefer the first field message then.
  const first = Object.entries(fields)[0];
  const message =
    detail && detail !== 'Validation error'
      ? detail
      : first
        ? `${first[0]}: ${first[1][0]}`
        : detail || `Request failed (${response.status} ${response.statusText})`;
  throw new ApiError(response.status, message, fields);
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Field errors of a failed call, one message per field, ready for Mantine's `form.setErrors`. */
export function fieldErrorsOf(e: unknown): Record<string, string> {
  if (!(e instanceof ApiError)) return {};
  return Object.fromEntries(Object.entries(e.fieldErrors).map(([field, messages]) => [field, messages.join(' ')]));
}

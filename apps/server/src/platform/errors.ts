/**
 * The one error type of the server. The error handler turns it into Label Studio's
 * envelope: `{id, status_code, version, detail, exc_info, validation_errors}`.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly validationErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, validationErrors?: Record<string, string[]>) =>
  new AppError(400, 'bad_request', message, validationErrors);

/** A 400 about one field, named the way Label Studio names it in `validation_errors`. */
export const invalidField = (field: string, message: string) =>
  new AppError(400, 'validation_error', 'Validation error', { [field]: [message] });

export const unauthorized = (message = 'Authentication credentials were not provided.') =>
  new AppError(401, 'unauthorized', message);

export const forbidden = (message = 'You do not have permission to perform this action.') =>
  new AppError(403, 'forbidden', message);

export const notFound = (what = 'Not found.') => new AppError(404, 'not_found', what);

export const conflict = (message: string) => new AppError(409, 'conflict', message);

export const tooManyRequests = (message: string) => new AppError(429, 'rate_limited', message);

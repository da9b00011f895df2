import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** Objects in responses may carry more fields than documented; requests may not. */
export const Open = <T extends Parameters<typeof Type.Object>[0]>(props: T, id?: string) =>
  Type.Object(props, { additionalProperties: true, ...(id ? { $id: id } : {}) });

export const Strict = <T extends Parameters<typeof Type.Object>[0]>(props: T) =>
  Type.Object(props, { additionalProperties: false });

/**
 * A value or null. A schema of one type becomes `type: [T, "null"]` rather than `anyOf`: Ajv's type
 * coercion (on, for query strings) turns a null into the first branch of an `anyOf` that fits, so a
 * body's `"score": null` was stored as 0 and a null string as ""; a type list leaves a value that
 * already has one of its types alone. Constants and enums keep the union (their `const`/`enum`
 * would reject null whatever the type says).
 */
export const Nullable = <T extends TSchema>(s: T) =>
  typeof s.type === 'string' && !('const' in s) && !('enum' in s)
    ? Type.Unsafe<Static<T> | null>({ ...s, type: [s.type, 'null'] })
    : Type.Union([s, Type.Null()]);

export const AnyObject = Type.Record(Type.String(), Type.Unknown());

export const IdParams = Strict({ id: Type.Integer({ minimum: 1 }) });

/** Label Studio's error envelope; registered once as a shared component and referenced by every route. */
export const ErrorEnvelope = Open(
  {
    id: Type.String(),
    status_code: Type.Integer(),
    version: Type.String(),
    detail: Type.String(),
    exc_info: Type.Null(),
    validation_errors: Nullable(Type.Record(Type.String(), Type.Array(Type.String()))),
  },
  'ErrorEnvelope',
);

const ErrorRef = Type.Unsafe<Static<typeof ErrorEnvelope>>(Type.Ref('ErrorEnvelope'));

export const errorResponses = {
  400: ErrorRef,
  401: ErrorRef,
  403: ErrorRef,
  404: ErrorRef,
};

export const ResultList = Type.Array(AnyObject, { description: 'Label Studio result items' });

export const Paginated = <T extends TSchema>(item: T) =>
  Open({ count: Type.Integer(), next: Nullable(Type.String()), previous: Nullable(Type.String()), results: Type.Array(item) });

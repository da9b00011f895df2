import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** Objects in responses may carry more fields than documented; requests may not. */
export const Open = <T extends Parameters<typeof Type.Object>[0]>(props: T, id?: string) =>
  Type.Object(props, { additionalProperties: true, ...(id ? { $id: id } : {}) });

export const Strict = <T extends Parameters<typeof Type.Object>[0]>(props: T) => Type.Object(props, { additionalProperties: false });

export const Nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);

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

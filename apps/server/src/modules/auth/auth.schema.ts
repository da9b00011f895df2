import { Type } from '@sinclair/typebox';
import { Open, Strict } from '../../platform/http/common.schema';
import { Whoami } from '../users';

export const Credentials = Strict({
  email: Type.String({ minLength: 1, maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
});

export const Signup = Strict({
  email: Type.String({ minLength: 3, maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
  first_name: Type.Optional(Type.String({ maxLength: 150 })),
  last_name: Type.Optional(Type.String({ maxLength: 150 })),
  allow_newsletters: Type.Optional(Type.Boolean()),
});

export const Session = Open({ user: Whoami, csrf_token: Type.String() });

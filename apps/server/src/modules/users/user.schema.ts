import { Type } from '@sinclair/typebox';
import { AnyObject, Nullable, Open, Strict } from '../../platform/http/common.schema';

export const RoleSchema = Type.Union([
  Type.Literal('owner'),
  Type.Literal('administrator'),
  Type.Literal('manager'),
  Type.Literal('reviewer'),
  Type.Literal('annotator'),
]);

export const User = Open({
  id: Type.Integer(),
  username: Type.String(),
  email: Type.String(),
  first_name: Type.String(),
  last_name: Type.String(),
  avatar: Nullable(Type.String()),
  initials: Type.String(),
  phone: Type.String(),
  active_organization: Nullable(Type.Integer()),
  allow_newsletters: Type.Boolean(),
  date_joined: Type.String(),
  last_activity: Type.String(),
  custom_hotkeys: AnyObject,
  role: Type.Optional(RoleSchema),
});

export const Whoami = Open({
  ...User.properties,
  active_organization_meta: Nullable(AnyObject),
  org_membership: Type.Array(AnyObject),
  organization_membership: Nullable(AnyObject),
  role: Nullable(RoleSchema),
  permissions: Type.Array(Type.String()),
});

export const UserCreate = Strict({
  email: Type.String({ minLength: 3, maxLength: 254 }),
  password: Type.Optional(Type.String({ minLength: 1, maxLength: 1024 })),
  username: Type.Optional(Type.String({ maxLength: 150 })),
  first_name: Type.Optional(Type.String({ maxLength: 150 })),
  last_name: Type.Optional(Type.String({ maxLength: 150 })),
  phone: Type.Optional(Type.String({ maxLength: 64 })),
  allow_newsletters: Type.Optional(Nullable(Type.Boolean())),
  avatar: Type.Optional(Nullable(Type.String())),
  role: Type.Optional(RoleSchema),
});

export const UserPatch = Strict({
  username: Type.Optional(Type.String({ maxLength: 150 })),
  first_name: Type.Optional(Type.String({ maxLength: 150 })),
  last_name: Type.Optional(Type.String({ maxLength: 150 })),
  phone: Type.Optional(Type.String({ maxLength: 64 })),
  allow_newsletters: Type.Optional(Nullable(Type.Boolean())),
  custom_hotkeys: Type.Optional(AnyObject),
  role: Type.Optional(RoleSchema),
  is_active: Type.Optional(Type.Boolean()),
});

/** One rebound editor action: `{"key": "ctrl+s", "active": true}` (`active: false` turns it off). */
export const CustomHotkey = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 64, description: 'Key combination, e.g. "ctrl+shift+s"' }),
  active: Type.Optional(Type.Boolean()),
});

/** Label Studio's `custom_hotkeys`: editor action (`annotation:submit`, `region:delete`…) → binding. */
export const CustomHotkeys = Type.Record(Type.String(), CustomHotkey, { maxProperties: 200 });

export const HotkeysBody = Strict({ custom_hotkeys: CustomHotkeys });
export const HotkeysResponse = Open({ custom_hotkeys: CustomHotkeys });

export const TokenResponse = Open({ token: Type.String() });

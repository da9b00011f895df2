import { flag, now, parseJson, toJson } from '../../platform/db/dialect';
import type { Role, UserRow } from '../../platform/db/schema';
import { notFound } from '../../platform/errors';
import { authorizeEditUser, authorizeGrantRole, type Actor } from '../../platform/access/policy';
import type { Repositories } from '../../repositories';
import type { AuthService, NewUser } from '../auth/auth.service';
import { validateCustomHotkeys, type CustomHotkeys } from './user-hotkeys';

export interface UserPatch {
  username?: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  allow_newsletters?: boolean | null;
  custom_hotkeys?: Record<string, unknown>;
  role?: Role;
  is_active?: boolean;
}

export class UserService {
  constructor(
    private readonly repos: Repositories,
    private readonly auth: AuthService,
  ) {}

  list(actor: Actor): Promise<(UserRow & { role: Role })[]> {
    return this.repos.users.listInOrganization(actor.organizationId);
  }

  /** A user of the actor's organization, or 404. */
  async get(actor: Actor, id: number): Promise<UserRow & { role: Role }> {
    const user = await this.repos.users.findById(id);
    const m = user ? await this.repos.users.membership(actor.organizationId, id) : undefined;
    if (!user || !m) throw notFound();
    return { ...user, role: m.role };
  }

  async create(actor: Actor, input: NewUser): Promise<UserRow & { role: Role }> {
    authorizeGrantRole(actor, input.role ?? 'annotator');
    const user = await this.auth.createUser({ ...input, role: input.role ?? 'annotator' });
    return this.get(actor, user.id);
  }

  /** The actor's own editor hotkeys (Label Studio's `custom_hotkeys`). */
  async hotkeys(actor: Actor): Promise<CustomHotkeys> {
    const user = await this.repos.users.findById(actor.userId);
    if (!user) throw notFound();
    return (parseJson<CustomHotkeys>(user.custom_hotkeys) ?? {}) as CustomHotkeys;
  }

  /** Replaces the actor's editor hotkeys; see {@link validateCustomHotkeys} for what is refused. */
  async setHotkeys(actor: Actor, custom: Record<string, unknown>): Promise<CustomHotkeys> {
    const hotkeys = validateCustomHotkeys(custom);
    await this.repos.users.update(actor.userId, { custom_hotkeys: toJson(hotkeys) });
    return hotkeys;
  }

  async update(actor: Actor, id: number, patch: UserPatch): Promise<UserRow & { role: Role }> {
    authorizeEditUser(actor, id);
    const { role, is_active, allow_newsletters, custom_hotkeys, ...names } = patch;
    if (role !== undefined) authorizeGrantRole(actor, role);
    if (is_active !== undefined) authorizeGrantRole(actor, 'annotator');
    const hotkeys = custom_hotkeys !== undefined ? validateCustomHotkeys(custom_hotkeys) : undefined;
    await this.get(actor, id);
    await this.repos.transaction(async (r) => {
      await r.users.update(id, {
        ...names,
        ...(allow_newsletters !== undefined ? { allow_newsletters: flag(allow_newsletters) } : {}),
        ...(hotkeys !== undefined ? { custom_hotkeys: toJson(hotkeys) } : {}),
        ...(is_active !== undefined ? { is_active: flag(is_active) } : {}),
        last_activity: now(),
      });
      if (role !== undefined) await r.users.setRole(actor.organizationId, id, role);
    });
    return this.get(actor, id);
  }
}

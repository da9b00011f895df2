import { TokenKeeper, randomToken } from '../../platform/security/tokens';
import { hashPassword } from '../../platform/security/passwords';
import { flag, now, parseJson, toJson } from '../../platform/db/dialect';
import type { Role, UserRow } from '../../platform/db/schema';
import { badRequest, conflict, invalidField, notFound, unauthorized } from '../../platform/errors';
import type { Actor } from '../../platform/access/policy';
import type { Repositories } from '../../repositories';
import { validateCustomHotkeys, type CustomHotkeys } from './user-hotkeys';

export interface NewUser {
  email: string;
  password?: string;
  username?: string;
  first_name?: string;
  last_name?: string;
  phone?: string;
  allow_newsletters?: boolean;
  role?: Role;
}

const MIN_PASSWORD = 8;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

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
    private readonly tokens: TokenKeeper,
  ) {}

  tokenOf(user: UserRow): string {
    return this.tokens.tokenFor(user.id, user.token_salt);
  }

  /**
   * Creates a user in the organization. The very first user creates the organization
   * and becomes its Owner; later ones join it with the given role (annotator by default).
   */
  async createUser(input: NewUser): Promise<UserRow> {
    const email = input.email.trim();
    if (!EMAIL.test(email)) throw invalidField('email', 'Enter a valid email address.');
    if (input.password !== undefined && input.password.length < MIN_PASSWORD)
      throw invalidField('password', `Password must be at least ${MIN_PASSWORD} characters.`);
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    return this.repos.transaction(async (r) => {
      if (await r.users.findByEmail(email)) throw conflict(`A user with email ${email} already exists.`);
      let org = await r.organizations.first();
      const firstUser = !org;
      if (!org) org = await r.organizations.create('Groundwork', null);
      const at = now();
      const salt = this.tokens.newSalt();
      // The token depends on the id, so the row is written with a placeholder hash first.
      const placeholder = `pending:${randomToken(12)}`;
      const user = await r.users.insert({
        email,
        username: input.username?.trim() || email.split('@')[0],
        first_name: input.first_name ?? '',
        last_name: input.last_name ?? '',
        phone: input.phone ?? '',
        password_hash: passwordHash,
        token_salt: salt,
        token_hash: placeholder,
        active_organization_id: org.id,
        is_active: 1,
        allow_newsletters: flag(input.allow_newsletters),
        custom_hotkeys: toJson({}),
        date_joined: at,
        last_activity: at,
      });
      const tokenHash = TokenKeeper.hash(this.tokens.tokenFor(user.id, salt));
      const role: Role = firstUser ? 'owner' : (input.role ?? 'annotator');
      await r.users.addMembership({ organization_id: org.id, user_id: user.id, role, created_at: at });
      if (firstUser) await r.organizations.setCreator(org.id, user.id);
      return (await r.users.update(user.id, { token_hash: tokenHash }))!;
    });
  }

  /** The user with their role and organization, for `whoami` and the web app's session. */
  async profile(userId: number): Promise<{ user: UserRow; role: Role | null; organizationTitle: string | null }> {
    const user = await this.repos.users.findById(userId);
    if (!user) throw unauthorized();
    const actor = await this.actorFor(user);
    const org = user.active_organization_id ? await this.repos.organizations.findById(user.active_organization_id) : undefined;
    return { user, role: actor?.role ?? null, organizationTitle: org?.title ?? null };
  }

  async actorFor(user: UserRow): Promise<Actor | null> {
    if (!user.is_active || !user.active_organization_id) return null;
    const m = await this.repos.users.membership(user.active_organization_id, user.id);
    if (!m) return null;
    return { userId: user.id, organizationId: m.organization_id, role: m.role };
  }

  /** A new API token; the old one stops working at once. */
  async resetToken(userId: number): Promise<string> {
    const salt = this.tokens.newSalt();
    const token = this.tokens.tokenFor(userId, salt);
    await this.repos.users.update(userId, { token_salt: salt, token_hash: TokenKeeper.hash(token) });
    return token;
  }

  async setPassword(userId: number, password: string): Promise<void> {
    if (password.length < MIN_PASSWORD) throw badRequest(`Password must be at least ${MIN_PASSWORD} characters.`);
    await this.repos.users.update(userId, { password_hash: await hashPassword(password) });
    await this.repos.sessions.deleteForUser(userId);
  }

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
    const user = await this.createUser({ ...input, role: input.role ?? 'annotator' });
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
    const { role, is_active, allow_newsletters, custom_hotkeys, ...names } = patch;
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

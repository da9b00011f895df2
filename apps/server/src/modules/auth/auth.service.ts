import { TokenKeeper, randomToken, sha256 } from '../../platform/security/tokens';
import { hashPassword, verifyPassword } from '../../platform/security/passwords';
import { now, toJson, flag } from '../../platform/db/dialect';
import type { Role, UserRow } from '../../platform/db/schema';
import { badRequest, conflict, invalidField, tooManyRequests, unauthorized } from '../../platform/errors';
import type { Actor } from '../../platform/access/policy';
import type { Repositories } from '../../repositories';

export interface AuthSettings {
  loginRateLimit: number;
  loginRateWindowSeconds: number;
  sessionDays: number;
}

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

export interface Authenticated {
  user: UserRow;
  actor: Actor;
}

const MIN_PASSWORD = 8;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class AuthService {
  constructor(
    private readonly repos: Repositories,
    private readonly tokens: TokenKeeper,
    private readonly settings: AuthSettings,
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

  private async authenticated(user: UserRow | undefined): Promise<Authenticated | null> {
    if (!user) return null;
    const actor = await this.actorFor(user);
    return actor ? { user, actor } : null;
  }

  async fromToken(token: string): Promise<Authenticated | null> {
    return this.authenticated(await this.repos.users.findByTokenHash(TokenKeeper.hash(token)));
  }

  async fromSession(sessionId: string): Promise<(Authenticated & { csrfToken: string }) | null> {
    const session = await this.repos.sessions.find(sha256(sessionId), now());
    if (!session) return null;
    const auth = await this.authenticated(await this.repos.users.findById(session.user_id));
    return auth ? { ...auth, csrfToken: session.csrf_token } : null;
  }

  /**
   * Checks a password with a rate limit per email and per client address, counted in the
   * database so that every server process shares it.
   */
  async login(email: string, password: string, clientAddress: string): Promise<UserRow> {
    const windowStart = new Date(Date.now() - this.settings.loginRateWindowSeconds * 1000).toISOString();
    const keys = [`email:${email.trim().toLowerCase()}`, `ip:${clientAddress}`];
    for (const key of keys) {
      if ((await this.repos.sessions.countAttempts(key, windowStart)) >= this.settings.loginRateLimit)
        throw tooManyRequests('Too many failed login attempts. Try again later.');
    }
    const user = await this.repos.users.findByEmail(email.trim());
    const ok = user && user.is_active ? await verifyPassword(user.password_hash, password) : false;
    if (!ok || !user) {
      const at = now();
      for (const key of keys) await this.repos.sessions.recordAttempt(key, at);
      await this.repos.sessions.pruneAttempts(windowStart);
      throw unauthorized('The email or password is incorrect.');
    }
    await this.repos.sessions.clearAttempts(keys[0]);
    await this.repos.users.update(user.id, { last_activity: now() });
    return user;
  }

  async startSession(userId: number): Promise<{ sessionId: string; csrfToken: string; expiresAt: Date }> {
    const sessionId = randomToken();
    const csrfToken = randomToken(24);
    const expiresAt = new Date(Date.now() + this.settings.sessionDays * 86_400_000);
    await this.repos.sessions.create({
      id_hash: sha256(sessionId),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now(),
      expires_at: expiresAt.toISOString(),
    });
    return { sessionId, csrfToken, expiresAt };
  }

  async endSession(sessionId: string): Promise<void> {
    await this.repos.sessions.delete(sha256(sessionId));
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
}

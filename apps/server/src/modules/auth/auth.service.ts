import { TokenKeeper, randomToken, sha256 } from '../../platform/security/tokens';
import { verifyPassword } from '../../platform/security/passwords';
import { now } from '../../platform/db/dialect';
import type { UserRow } from '../../platform/db/schema';
import { tooManyRequests, unauthorized } from '../../platform/errors';
import type { Actor } from '../../platform/access/policy';
import type { Repositories } from '../../repositories';
import type { UserService } from '../users';

export interface AuthSettings {
  loginRateLimit: number;
  loginRateWindowSeconds: number;
  sessionDays: number;
}

export interface Authenticated {
  user: UserRow;
  actor: Actor;
}

export class AuthService {
  constructor(
    private readonly repos: Repositories,
    private readonly users: UserService,
    private readonly settings: AuthSettings,
  ) {}

  private async authenticated(user: UserRow | undefined): Promise<Authenticated | null> {
    if (!user) return null;
    const actor = await this.users.actorFor(user);
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
}

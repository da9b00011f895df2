import crypto from 'node:crypto';

/**
 * API tokens are derived, not stored: token = HMAC(secret, user id + salt). The database
 * keeps only the salt and sha256(token), so a leaked database yields no usable token,
 * while the server (which holds the secret) can still show a user their token, as
 * Label Studio's `GET /api/current-user/token` requires. Resetting replaces the salt.
 */
export class TokenKeeper {
  constructor(private readonly secret: string) {}

  newSalt(): string {
    return crypto.randomBytes(16).toString('hex');
  }

  tokenFor(userId: number, salt: string): string {
    return crypto.createHmac('sha256', this.secret).update(`${userId}:${salt}`).digest('hex').slice(0, 40);
  }

  static hash(token: string): string {
    return crypto.createHash('sha256').update(token).digest('hex');
  }
}

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

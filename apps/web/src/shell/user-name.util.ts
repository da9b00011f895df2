import type { SessionUser } from '../lib/api.types';

/** The user's full name, or their email when they gave none. */
export function displayName(user: SessionUser): string {
  const name = `${user.first_name} ${user.last_name}`.trim();
  return name || user.email;
}

export function initialsOf(user: SessionUser): string {
  const fromName = `${user.first_name.charAt(0)}${user.last_name.charAt(0)}`.trim();
  return (fromName || user.email.charAt(0)).toUpperCase();
}

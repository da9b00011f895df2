import { parseJson } from '../../platform/db/dialect';
import type { Role, UserRow } from '../../platform/db/schema';

export function initials(u: Pick<UserRow, 'first_name' | 'last_name' | 'email'>): string {
  const fromNames = `${u.first_name.slice(0, 1)}${u.last_name.slice(0, 1)}`;
  return (fromNames || u.email.slice(0, 2)).toUpperCase();
}

/** Label Studio's user shape. */
export function presentUser(u: UserRow) {
  return {
    id: u.id,
    username: u.username,
    email: u.email,
    first_name: u.first_name,
    last_name: u.last_name,
    avatar: null,
    initials: initials(u),
    phone: u.phone,
    active_organization: u.active_organization_id,
    allow_newsletters: !!u.allow_newsletters,
    date_joined: u.date_joined,
    last_activity: u.last_activity,
    custom_hotkeys: parseJson<Record<string, unknown>>(u.custom_hotkeys) ?? {},
  };
}

/** `/api/current-user/whoami`: the user plus their organization membership and role. */
export function presentWhoami(u: UserRow, role: Role | null, organizationTitle: string | null) {
  return {
    ...presentUser(u),
    active_organization_meta: u.active_organization_id ? { title: organizationTitle ?? '', email: u.email } : null,
    org_membership: u.active_organization_id ? [{ role, active: true, organization_id: u.active_organization_id }] : [],
    organization_membership: u.active_organization_id ? { role, organization_id: u.active_organization_id } : null,
    role,
    permissions: [],
    lse_fields: null,
    pause: null,
  };
}

/** A member of the organization: the user with their role in it. */
export function presentMember(u: UserRow & { role: Role }) {
  return { ...presentUser(u), role: u.role };
}

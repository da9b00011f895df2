// Going "back" to these after logging in would loop or undo the log-in.
const NOT_A_DESTINATION = /^\/user\/(login|signup|logout)(\/|\?|$)/;

/**
 * Where to go after logging in: the `next` parameter when it is a page of this site, else /projects.
 * Anything else (`//evil.example`, `https://…`) would make the login page an open redirect.
 */
export function nextPath(search: URLSearchParams): string {
  const next = search.get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/projects';
  return NOT_A_DESTINATION.test(next) ? '/projects' : next;
}

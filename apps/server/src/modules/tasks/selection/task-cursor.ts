import { invalidField } from '../../../platform/errors';
import type { Keyset, Ordering } from './task-filter.query';

/**
 * Keyset cursors for `GET /api/tasks?cursor=` (a Groundwork addition). A cursor names the last task a
 * page ended on and its value of the ordering column, so the next page starts there with an index seek
 * instead of skipping over every earlier task: iterating a million tasks costs the same per page at
 * the end as at the start. It is opaque to clients (base64url JSON) and bound to the project and the
 * ordering it was made for; the filters are the request's own, as with `page`.
 */
interface CursorBody {
  /** Project id. */
  p: number;
  /** Ordering, `column` or `-column`; `id` by default. */
  o: string;
  /** Last task id. */
  i: number;
  /** Its value of the ordering column (absent in id order). */
  v?: unknown;
}

const orderingName = (ordering: Ordering | undefined) => (ordering ? `${ordering.desc ? '-' : ''}${ordering.column}` : 'id');

export function encodeCursor(projectId: number, ordering: Ordering | undefined, key: Keyset): string {
  const body: CursorBody = { p: projectId, o: orderingName(ordering), i: key.id };
  if (key.value !== undefined) body.v = key.value;
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/** The keyset a cursor resumes from; 400 naming `cursor` when it is malformed or made for another list. */
export function decodeCursor(cursor: string, projectId: number, ordering: Ordering | undefined): Keyset {
  let body: CursorBody;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidField('cursor', 'is not a cursor this server made: pass the next_cursor of a previous page');
  }
  if (
    !body ||
    typeof body !== 'object' ||
    !Number.isSafeInteger(body.i) ||
    typeof body.o !== 'string' ||
    typeof body.p !== 'number'
  )
    throw invalidField('cursor', 'is not a cursor this server made: pass the next_cursor of a previous page');
  if (body.p !== projectId) throw invalidField('cursor', `was made for project ${body.p}, not project ${projectId}`);
  const expected = orderingName(ordering);
  if (body.o !== expected)
    throw invalidField(
      'cursor',
      `was made for ordering "${body.o}", but this list is ordered by "${expected}": start again without a cursor`,
    );
  if (!ordering || ordering.column === 'id') return { id: body.i };
  const value = body.v ?? null;
  if (value !== null && typeof value !== 'string' && typeof value !== 'number')
    throw invalidField('cursor', 'is not a cursor this server made: pass the next_cursor of a previous page');
  return { id: body.i, value };
}

import { parseJson } from '../../platform/db/dialect';
import type { ConvertedFormat } from './export-snapshot.service';
import { initials } from '../users';
import type { ExportRow, UserRow } from '../../platform/db/schema';

/** Label Studio's `UserSimple`, as snapshots name their creator. */
function presentCreator(u: UserRow | undefined) {
  if (!u) return null;
  return {
    id: u.id,
    username: u.username,
    first_name: u.first_name,
    last_name: u.last_name,
    email: u.email,
    avatar: null,
    initials: initials(u),
  };
}

/** Label Studio's export snapshot (`ExportSerializer`), with the options it was made with. */
export function presentExport(row: ExportRow, creators: Map<number, UserRow>) {
  return {
    id: row.id,
    title: row.title,
    created_by: row.created_by === null ? null : presentCreator(creators.get(row.created_by)),
    created_at: row.created_at,
    finished_at: row.finished_at,
    status: row.status,
    md5: row.md5,
    counters: parseJson<Record<string, number>>(row.counters) ?? {},
    converted_formats: (parseJson<ConvertedFormat[]>(row.converted_formats) ?? []).map((f) => ({
      id: f.id,
      status: f.status,
      export_type: f.export_type,
      traceback: f.traceback,
    })),
    task_filter_options: parseJson<Record<string, unknown>>(row.task_filter_options) ?? {},
    annotation_filter_options: parseJson<Record<string, unknown>>(row.annotation_filter_options) ?? {},
    serialization_options: parseJson<Record<string, unknown>>(row.serialization_options) ?? {},
  };
}

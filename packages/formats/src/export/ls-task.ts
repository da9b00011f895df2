/**
 * The task shape of Label Studio's JSON export (`GET /api/projects/{id}/export?exportType=JSON`),
 * which every writer consumes. Only the fields the converter reads are typed; the rest pass through.
 */

/** One element of `annotation.result` (see COMPAT.md §1.2). */
export interface LsResult {
  id?: string;
  type?: string;
  from_name?: string;
  to_name?: string;
  value?: Record<string, unknown> | null;
  original_width?: number;
  original_height?: number;
  original_length?: number;
  parentID?: string | null;
  [key: string]: unknown;
}

/** An annotation (or the deprecated "completion") of a task. */
export interface LsAnnotation {
  id?: number | null;
  result?: LsResult[] | null;
  was_cancelled?: boolean;
  skipped?: boolean;
  /** A user id, or an object with `email` in exports made with user details. */
  completed_by?: unknown;
  created_at?: string | number | null;
  updated_at?: string | null;
  lead_time?: number | null;
  history?: unknown;
  [key: string]: unknown;
}

export interface LsTask {
  id: number;
  data: Record<string, unknown>;
  annotations?: LsAnnotation[];
  /** Label Studio's pre-1.0 name for annotations; the converter still reads it. */
  completions?: LsAnnotation[];
  predictions?: unknown[];
  agreement?: unknown;
  [key: string]: unknown;
}

import type { Selectable, Updateable } from 'kysely';
import type { ColumnType, Generated } from 'kysely';

/**
 * Table types shared by both dialects. Portable storage choices (see dialect.ts):
 * booleans are 0/1 integers, timestamps are ISO-8601 text, JSON is text on SQLite
 * and jsonb on PostgreSQL (read back through `parseJson`).
 */
type Json = ColumnType<unknown, string, string>;
type Flag = number;
type Timestamp = string;

export interface OrganizationTable {
  id: Generated<number>;
  title: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  username: string;
  first_name: string;
  last_name: string;
  phone: string;
  password_hash: string | null;
  /** Random salt the API token is derived from; a reset replaces it. */
  token_salt: string;
  /** sha256 of the current API token, for lookup without storing the token. */
  token_hash: string;
  active_organization_id: number | null;
  is_active: Flag;
  allow_newsletters: Flag;
  custom_hotkeys: Json;
  date_joined: Timestamp;
  last_activity: Timestamp;
}

export type Role = 'owner' | 'administrator' | 'manager' | 'reviewer' | 'annotator';

export interface MembershipTable {
  organization_id: number;
  user_id: number;
  role: Role;
  created_at: Timestamp;
}

export interface SessionTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  key: string;
  created_at: Timestamp;
}

export interface ProjectTable {
  id: Generated<number>;
  organization_id: number;
  title: string;
  description: string;
  label_config: string;
  expert_instruction: string;
  show_instruction: Flag;
  show_skip_button: Flag;
  enable_empty_annotation: Flag;
  show_annotation_history: Flag;
  color: string;
  maximum_annotations: number;
  is_published: Flag;
  model_version: string;
  is_draft: Flag;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  min_annotations_to_start_training: number;
  start_training_on_annotation_update: Flag;
  show_collab_predictions: Flag;
  sampling: string;
  show_ground_truth_first: Flag;
  show_overlap_first: Flag;
  overlap_cohort_percentage: number;
  task_data_login: string | null;
  task_data_password: string | null;
  control_weights: Json;
  evaluate_predictions_automatically: Flag;
  skip_queue: string;
  reveal_preannotations_interactively: Flag;
  pinned_at: Timestamp | null;
  /** Next value of tasks.inner_id; reserved in blocks by imports. */
  next_inner_id: number;
  // Counters kept in the same transaction as the writes that change them.
  task_number: number;
  total_annotations_number: number;
  skipped_annotations_number: number;
  total_predictions_number: number;
  num_tasks_with_annotations: number;
  finished_task_number: number;
}

export interface TaskTable {
  id: Generated<number>;
  project_id: number;
  inner_id: number;
  data: Json;
  meta: Json;
  is_labeled: Flag;
  overlap: number;
  total_annotations: number;
  cancelled_annotations: number;
  total_predictions: number;
  /** The average score of the task's predictions (null without scored predictions); refreshTaskCounters keeps it. */
  predictions_score: ColumnType<number | null, number | null | undefined, number | null>;
  updated_by: number | null;
  file_upload_id: number | null;
  /** The import job that created the task; a failed or cancelled job removes its tasks. */
  import_job_id: number | null;
  /** Whether annotators may skip this task (Label Studio's `allow_skip`). */
  allow_skip: ColumnType<Flag, Flag | undefined, Flag>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AnnotationTable {
  id: Generated<number>;
  task_id: number;
  project_id: number;
  result: Json;
  was_cancelled: Flag;
  ground_truth: Flag;
  lead_time: number | null;
  completed_by: number | null;
  updated_by: number | null;
  parent_prediction_id: number | null;
  parent_annotation_id: number | null;
  last_action: string | null;
  import_id: number | null;
  unique_id: string;
  draft_created_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PredictionTable {
  id: Generated<number>;
  task_id: number;
  project_id: number;
  result: Json;
  score: number | null;
  model_version: string;
  cluster: number | null;
  neighbors: Json | null;
  mislabeling: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DraftTable {
  id: Generated<number>;
  task_id: number;
  project_id: number;
  annotation_id: number | null;
  user_id: number;
  result: Json;
  lead_time: number | null;
  was_postponed: Flag;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A Data Manager tab: its filters, ordering and column layout (`data`), as Label Studio stores it. */
export interface ViewTable {
  id: Generated<number>;
  project_id: number;
  user_id: number | null;
  /** Position among the project's tabs (`order` in the API). */
  position: number;
  data: Json;
  selected_items: Json | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FileUploadTable {
  id: Generated<number>;
  project_id: number;
  user_id: number | null;
  /** Path under the upload root: `<projectId>/<prefix>-<name>`. */
  file: string;
  original_name: string;
  size: number;
  created_at: Timestamp;
}

export type ImportStatus = 'created' | 'in_progress' | 'cancelling' | 'completed' | 'failed' | 'cancelled';

export interface ImportJobTable {
  id: Generated<number>;
  project_id: number;
  user_id: number | null;
  status: ImportStatus;
  commit_to_project: Flag;
  return_task_ids: Flag;
  preannotated_from_fields: Json;
  file_upload_ids: Json;
  found_formats: Json;
  data_columns: Json;
  tasks_read: number;
  task_count: number;
  annotation_count: number;
  prediction_count: number;
  failed: number;
  error: string | null;
  duration: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  finished_at: Timestamp | null;
}

export type ExportStatus = 'created' | 'in_progress' | 'completed' | 'failed';

/** An export snapshot: its options, its progress, and where its JSON lies in the file store. */
export interface ExportTable {
  id: Generated<number>;
  project_id: number;
  created_by: number | null;
  title: string;
  status: ExportStatus;
  md5: string;
  counters: Json;
  /** `[{id, export_type, status, traceback, file, file_name, content_type}]`: conversions of the snapshot. */
  converted_formats: Json;
  task_filter_options: Json;
  annotation_filter_options: Json;
  serialization_options: Json;
  /** Path under `<dataDir>/export/`. */
  file: string | null;
  error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  finished_at: Timestamp | null;
}

/** A per-project index on a `data.<field>` expression, built when a Data Manager query first needs it. */
export interface DmFieldIndexTable {
  id: Generated<number>;
  project_id: number;
  field: string;
  /** `text`, `number`, `sort` or (PostgreSQL with pg_trgm) `trigram`. */
  kind: string;
  index_name: string;
  /** `building`, `ready` or `failed`. */
  status: string;
  error: string | null;
  build_ms: number | null;
  created_at: string;
  built_at: string | null;
}

export interface Database {
  organizations: OrganizationTable;
  users: UserTable;
  memberships: MembershipTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  projects: ProjectTable;
  tasks: TaskTable;
  annotations: AnnotationTable;
  predictions: PredictionTable;
  drafts: DraftTable;
  views: ViewTable;
  file_uploads: FileUploadTable;
  import_jobs: ImportJobTable;
  exports: ExportTable;
  dm_field_indexes: DmFieldIndexTable;
}

/** Rows as read from each table. */
export type AnnotationRow = Selectable<AnnotationTable>;
export type PredictionRow = Selectable<PredictionTable>;
export type DraftRow = Selectable<DraftTable>;
export type SessionRow = Selectable<SessionTable>;
export type ViewRow = Selectable<ViewTable>;
export type ExportRow = Selectable<ExportTable>;
export type ImportJobRow = Selectable<ImportJobTable>;
export type FileUploadRow = Selectable<FileUploadTable>;
export type OrganizationRow = Selectable<OrganizationTable>;
export type ProjectRow = Selectable<ProjectTable>;
export type TaskRow = Selectable<TaskTable>;
export type UserRow = Selectable<UserTable>;
export type MembershipRow = Selectable<MembershipTable>;

/** The columns a project update may set. */
export type ProjectUpdate = Updateable<ProjectTable>;

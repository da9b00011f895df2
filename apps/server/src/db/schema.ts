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
  updated_by: number | null;
  file_upload_id: number | null;
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
}

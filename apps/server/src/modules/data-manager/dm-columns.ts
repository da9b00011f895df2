import { MEDIA_TYPES } from '@groundwork/label-config';
/**
 * The Data Manager's columns in Label Studio's shape (`GET /api/dm/columns?project=`): one child of
 * the `data` root per data key, then the task columns.
 */
export interface DmColumn {
  id: string;
  title: string;
  type: string;
  target: 'tasks';
  parent?: string;
  children?: string[];
  help?: string;
  visibility_defaults?: { explore: boolean; labeling: boolean };
  project_defined: boolean;
  schema?: { items: (string | number)[]; multiple?: boolean };
}

/** Label Studio's name for the data of a config that reads the whole task (`$undefined$`). */
const UNDEFINED = '$undefined$';

const task = (id: string, title: string, type: string, help: string, explore = false, labeling = false): DmColumn => ({
  id,
  title,
  type,
  help,
  target: 'tasks',
  visibility_defaults: { explore, labeling },
  project_defined: false,
});

export interface ColumnSources {
  /** Data key → object tag reading it, from the label config. */
  configTypes: Record<string, string>;
  /** Data keys seen in imported tasks. */
  dataKeys: string[];
  memberIds: number[];
  modelVersions: string[];
}

export function dmColumns(src: ColumnSources): DmColumn[] {
  const types: Record<string, string> = { ...src.configTypes };
  for (const key of [...src.dataKeys].sort()) if (!(key in types)) types[key] = 'Unknown';
  if (Object.keys(src.configTypes).length) delete types[UNDEFINED];
  const dataColumns: DmColumn[] = Object.entries(types).map(([key, tag]) => ({
    id: key,
    title: key === UNDEFINED ? 'data' : key,
    type: MEDIA_TYPES.has(tag) || tag === 'Unknown' ? tag : 'String',
    target: 'tasks',
    parent: 'data',
    visibility_defaults: { explore: true, labeling: key in src.configTypes || key === UNDEFINED },
    project_defined: true,
  }));
  return [
    ...dataColumns,
    task('id', 'ID', 'Number', 'Task ID', true),
    task('inner_id', 'Inner ID', 'Number', 'Internal task ID starting from 1 for the current project'),
    task('completed_at', 'Completed', 'Datetime', 'Last annotation date', true),
    task('total_annotations', 'Annotations', 'Number', 'Total annotations per task', true, true),
    task('cancelled_annotations', 'Cancelled', 'Number', 'Total cancelled (skipped) annotations', true),
    task('total_predictions', 'Predictions', 'Number', 'Total predictions per task', true),
    { ...task('annotators', 'Annotated by', 'List', 'All users who completed the task', true), schema: { items: src.memberIds } },
    task('annotations_results', 'Annotation results', 'String', 'Annotation results stacked over all annotations'),
    task('annotations_ids', 'Annotation IDs', 'String', 'Annotation IDs stacked over all annotations'),
    task('predictions_score', 'Prediction score', 'Number', 'Average prediction score over all task predictions'),
    {
      ...task(
        'predictions_model_versions',
        'Prediction model versions',
        'List',
        'Model versions aggregated over all predictions',
      ),
      schema: { items: src.modelVersions, multiple: true },
    },
    task('predictions_results', 'Prediction results', 'String', 'Prediction results stacked over all predictions'),
    task('file_upload', 'Upload filename', 'String', 'Filename of uploaded file'),
    task('storage_filename', 'Storage filename', 'String', 'Filename from import storage'),
    task('created_at', 'Created at', 'Datetime', 'Task creation time'),
    task('updated_at', 'Updated at', 'Datetime', 'Task update time'),
    { ...task('updated_by', 'Updated by', 'List', 'User who did the last task update'), schema: { items: src.memberIds } },
    task('avg_lead_time', 'Lead Time', 'Number', 'Average lead time over all annotations (seconds)'),
    task('draft_exists', 'Drafts', 'Boolean', 'True if at least one draft exists for the task'),
    task('ground_truth', 'Ground truth', 'Boolean', 'Ground truth status of the tasks'),
    {
      id: 'data',
      title: 'data',
      type: 'List',
      target: 'tasks',
      children: dataColumns.map((c) => c.id),
      project_defined: false,
    },
  ];
}

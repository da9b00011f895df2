import type { ProjectAction } from '../../platform/access/policy';

/** Data Manager actions (COMPAT §6.4): Label Studio's ids, titles, order and dialogs. */
export type ActionId =
  | 'predictions_to_annotations'
  | 'remove_duplicates'
  | 'delete_tasks'
  | 'delete_tasks_annotations'
  | 'delete_tasks_predictions'
  | 'add_data_field';

export interface ActionDialog {
  title?: string;
  text: string;
  type: 'confirm';
  form?: unknown[];
}

export interface ActionDef {
  id: ActionId;
  title: string;
  order: number;
  /** Label Studio's permission name, reported to clients. */
  permission: string;
  /** What the policy layer must allow on the project. */
  requires: ProjectAction;
  experimental: boolean;
  reload?: boolean;
  dialog: ActionDialog;
}

export function actionDefs(modelVersions: string[]): ActionDef[] {
  return [
    {
      id: 'predictions_to_annotations',
      title: 'Create Annotations From Predictions',
      order: 91,
      permission: 'tasks.change',
      requires: 'project.manage_tasks',
      experimental: false,
      dialog: {
        text: 'Create annotations from predictions using selected predictions set for each selected task. Your account will be assigned as an owner to those annotations.',
        type: 'confirm',
        form: [{ type: 'select', name: 'model_version', label: 'Choose predictions', options: modelVersions }],
      },
    },
    {
      id: 'remove_duplicates',
      title: 'Remove Duplicated Tasks',
      order: 95,
      permission: 'projects.change',
      requires: 'project.update',
      experimental: false,
      reload: true,
      dialog: {
        text: 'Confirm that you want to remove duplicated tasks with the same data fields. Duplicated tasks will be deleted and their annotations, predictions and drafts moved to the task that stays.',
        type: 'confirm',
      },
    },
    {
      id: 'delete_tasks',
      title: 'Delete Tasks',
      order: 100,
      permission: 'tasks.delete',
      requires: 'project.manage_tasks',
      experimental: false,
      reload: true,
      dialog: {
        title: 'Delete selected tasks',
        text: 'You are going to delete the selected tasks. Please confirm your action.',
        type: 'confirm',
      },
    },
    {
      id: 'delete_tasks_annotations',
      title: 'Delete Annotations',
      order: 101,
      permission: 'tasks.change',
      requires: 'project.manage_tasks',
      experimental: false,
      dialog: {
        title: 'Delete annotations',
        text: 'You are going to delete all annotations from the selected tasks. Please confirm your action.',
        type: 'confirm',
      },
    },
    {
      id: 'delete_tasks_predictions',
      title: 'Delete Predictions',
      order: 102,
      permission: 'predictions_any',
      requires: 'project.manage_predictions',
      experimental: false,
      dialog: {
        title: 'Delete predictions',
        text: 'You are going to delete all predictions from the selected tasks. Please confirm your action.',
        type: 'confirm',
      },
    },
    {
      id: 'add_data_field',
      title: 'Add Or Modify Data Field',
      order: 1,
      permission: 'projects.change',
      requires: 'project.update',
      experimental: true,
      dialog: {
        text: 'Confirm that you want to add a new field to the data of the selected tasks. An existing field with that name is overwritten.',
        type: 'confirm',
        form: [
          { type: 'input', name: 'value_name', label: 'Name' },
          { type: 'select', name: 'value_type', label: 'Type', options: ['String', 'Number', 'Boolean'] },
          { type: 'input', name: 'value', label: 'Value' },
        ],
      },
    },
  ];
}

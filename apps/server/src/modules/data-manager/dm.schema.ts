import { Type, type Static } from '@sinclair/typebox';
import { AnyObject, Nullable, Open, Strict } from '../../platform/http/common.schema';
import { Task } from '../tasks';

export const ViewData = Open({
  title: Type.Optional(Type.String()),
  type: Type.Optional(Type.String({ description: '"list" or "grid"' })),
  target: Type.Optional(Type.String()),
  filters: Type.Optional(
    Nullable(
      Open({
        conjunction: Type.Optional(Type.String({ description: '"and" or "or"' })),
        items: Type.Optional(Type.Array(AnyObject, { description: '{filter: "filter:tasks:<column>", operator, type, value}' })),
      }),
    ),
  ),
  ordering: Type.Optional(Nullable(Type.Array(Type.String(), { description: 'One "tasks:<column>" or "-tasks:<column>"' }))),
  hiddenColumns: Type.Optional(Nullable(AnyObject)),
  columnsWidth: Type.Optional(Nullable(AnyObject)),
  columnsDisplayType: Type.Optional(Nullable(AnyObject)),
  gridWidth: Type.Optional(Nullable(Type.Number())),
});

export const View = Open({
  id: Type.Integer(),
  project: Type.Integer(),
  user: Nullable(Type.Integer()),
  order: Nullable(Type.Integer()),
  data: ViewData,
  ordering: Type.Array(Type.Unknown()),
  selected_items: Nullable(Type.Unknown()),
  filter_group: Type.Null(),
  is_locked: Type.Boolean(),
  locked_by: Type.Null(),
  locked_at: Type.Null(),
});

const SelectedItems = Type.Unknown({ description: '{"all": false, "included": [ids]} or {"all": true, "excluded": [ids]}' });

export const ViewCreate = Open({
  project: Type.Integer({ minimum: 1 }),
  data: Type.Optional(ViewData),
  order: Type.Optional(Nullable(Type.Integer())),
  selected_items: Type.Optional(Nullable(SelectedItems)),
});

export const ViewPatch = Open({
  project: Type.Optional(Type.Integer()),
  data: Type.Optional(ViewData),
  order: Type.Optional(Nullable(Type.Integer())),
  selected_items: Type.Optional(Nullable(SelectedItems)),
});

export const ViewListQuery = Strict({ project: Type.Optional(Type.Integer({ minimum: 1 })) });

export const ProjectParamQuery = Strict({ project: Type.Optional(Type.Integer({ minimum: 1 })) });

export const ViewOrder = Open({
  project: Type.Integer({ minimum: 1 }),
  ids: Type.Array(Type.Integer()),
});

export const DmColumn = Open({
  id: Type.String(),
  title: Type.String(),
  type: Type.String(),
  target: Type.String(),
  parent: Type.Optional(Type.String()),
  children: Type.Optional(Type.Array(Type.String())),
  help: Type.Optional(Type.String()),
  visibility_defaults: Type.Optional(Open({ explore: Type.Boolean(), labeling: Type.Boolean() })),
  project_defined: Type.Boolean(),
  schema: Type.Optional(
    Open({ items: Type.Array(Type.Union([Type.String(), Type.Integer()])), multiple: Type.Optional(Type.Boolean()) }),
  ),
});

export const DmColumns = Open({ columns: Type.Array(DmColumn) });

export const DmAction = Open({
  id: Type.String(),
  title: Type.String(),
  order: Type.Integer(),
  permission: Type.String(),
  experimental: Type.Boolean(),
  reload: Type.Optional(Type.Boolean()),
  dialog: Open({
    title: Type.Optional(Type.String()),
    text: Type.String(),
    type: Type.String(),
    form: Type.Optional(Type.Array(Type.Unknown())),
  }),
});

export const ActionQuery = Strict({
  project: Type.Integer({ minimum: 1 }),
  id: Type.String({
    description:
      'The action: delete_tasks, delete_tasks_annotations, delete_tasks_predictions, predictions_to_annotations, remove_duplicates, add_data_field',
  }),
  view: Type.Optional(Type.Integer()),
});

export const ActionListQuery = Strict({ project: Type.Integer({ minimum: 1 }) });

export const ActionBody = Open({
  selectedItems: Type.Optional(SelectedItems),
  filters: Type.Optional(Type.Unknown()),
  ordering: Type.Optional(Type.Unknown()),
  model_version: Type.Optional(Nullable(Type.Union([Type.String(), Type.Array(Type.String())]))),
  annotator: Type.Optional(Nullable(Type.Integer())),
  value_name: Type.Optional(Type.String()),
  value_type: Type.Optional(Type.String()),
  value: Type.Optional(Type.Unknown()),
});

export const ActionResult = Open({
  processed_items: Type.Integer(),
  detail: Type.String(),
  reload: Type.Optional(Type.Boolean()),
});

/** `GET /api/tasks`: the task list is the Data Manager's, as in Label Studio. */
export const TaskList = Open({
  tasks: Type.Array(Task),
  total: Type.Integer(),
  total_annotations: Type.Integer(),
  total_predictions: Type.Integer(),
  next_cursor: Type.Optional(
    Nullable(
      Type.String({
        description:
          'Groundwork addition: pass as `cursor` to get the page after this one (null on the last page). Keyset pagination: every page costs the same, however deep.',
      }),
    ),
  ),
});

export const TaskListQuery = Type.Object(
  {
    project: Type.Optional(Type.Integer({ minimum: 1 })),
    view: Type.Optional(Type.Integer()),
    page: Type.Optional(Type.Integer({ minimum: 1 })),
    page_size: Type.Optional(Type.Integer({ minimum: 1 })),
    cursor: Type.Optional(
      Type.String({
        maxLength: 4000,
        description:
          'Groundwork addition: the `next_cursor` of the previous page. The page starts after the task it names, in the same ordering and project; use it instead of `page` to walk a large project.',
      }),
    ),
    fields: Type.Optional(Type.Union([Type.Literal('all'), Type.Literal('task_only')])),
    include: Type.Optional(Type.String()),
    query: Type.Optional(Type.String()),
    resolve_uri: Type.Optional(Type.Boolean()),
    review: Type.Optional(Type.Boolean()),
    only_annotated: Type.Optional(Type.Boolean()),
    selectedItems: Type.Optional(
      Type.String({ description: 'JSON: {"all": false, "included": [ids]} or {"all": true, "excluded": [ids]}' }),
    ),
    search: Type.Optional(
      Type.String({
        maxLength: 500,
        description:
          'Groundwork addition: full-text search over task data. Tasks containing every word match, the last word as a prefix; combined with the view or query filters.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type TaskListQueryType = Static<typeof TaskListQuery>;

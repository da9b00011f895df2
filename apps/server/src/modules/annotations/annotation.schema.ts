import { Type } from '@sinclair/typebox';
import { Nullable, Open, ResultList, Strict } from '../../platform/http/common.schema';

export const Annotation = Open({
  id: Type.Integer(),
  result: ResultList,
  was_cancelled: Type.Boolean(),
  ground_truth: Type.Boolean(),
  created_at: Type.String(),
  updated_at: Type.String(),
  draft_created_at: Nullable(Type.String()),
  lead_time: Nullable(Type.Number()),
  result_count: Type.Integer(),
  unique_id: Type.String(),
  last_action: Nullable(Type.String()),
  task: Type.Integer(),
  project: Type.Integer(),
  completed_by: Nullable(Type.Integer()),
  updated_by: Nullable(Type.Integer()),
  parent_prediction: Nullable(Type.Integer()),
  parent_annotation: Nullable(Type.Integer()),
});

export const Prediction = Open({
  id: Type.Integer(),
  task: Type.Integer(),
  project: Type.Integer(),
  result: ResultList,
  score: Nullable(Type.Number()),
  model_version: Type.String(),
  created_at: Type.String(),
  updated_at: Type.String(),
});

export const Draft = Open({
  id: Type.Integer(),
  result: ResultList,
  lead_time: Nullable(Type.Number()),
  task: Type.Integer(),
  annotation: Nullable(Type.Integer()),
  user: Type.Integer(),
  was_postponed: Type.Boolean(),
  created_at: Type.String(),
  updated_at: Type.String(),
});

export const AnnotationInput = Strict({
  result: Type.Optional(ResultList),
  was_cancelled: Type.Optional(Type.Boolean()),
  ground_truth: Type.Optional(Type.Boolean()),
  lead_time: Type.Optional(Nullable(Type.Number())),
  completed_by: Type.Optional(Nullable(Type.Integer())),
  updated_by: Type.Optional(Nullable(Type.Integer())),
  parent_prediction: Type.Optional(Nullable(Type.Integer())),
  parent_annotation: Type.Optional(Nullable(Type.Integer())),
  draft_id: Type.Optional(Nullable(Type.Integer())),
  import_id: Type.Optional(Nullable(Type.Integer())),
  task: Type.Optional(Type.Integer()),
  project: Type.Optional(Type.Integer()),
  unique_id: Type.Optional(Type.String()),
  last_action: Type.Optional(Nullable(Type.String())),
  bulk_created: Type.Optional(Nullable(Type.Boolean())),
  result_count: Type.Optional(Type.Integer()),
  draft_created_at: Type.Optional(Nullable(Type.String())),
  last_created_by: Type.Optional(Nullable(Type.Integer())),
});

export const PredictionCreate = Strict({
  task: Type.Integer({ minimum: 1 }),
  // Untyped so that Ajv coerces nothing: besides a list of result items, Label Studio takes a value
  // object ({"choices": ["Cat"]}) or a bare label ("Cat") and expands it from the labeling config.
  result: Type.Optional(
    Type.Unknown({
      description: 'A list of result items; or a value object such as {"choices": ["Cat"]}; or a bare label or integer',
    }),
  ),
  score: Type.Optional(Nullable(Type.Number())),
  model_version: Type.Optional(Nullable(Type.String())),
  cluster: Type.Optional(Nullable(Type.Integer())),
  neighbors: Type.Optional(Nullable(Type.Unknown())),
  mislabeling: Type.Optional(Type.Number()),
  project: Type.Optional(Type.Integer()),
  model: Type.Optional(Nullable(Type.Integer())),
  model_run: Type.Optional(Nullable(Type.Integer())),
});

export const PredictionPatch = Strict({
  ...PredictionCreate.properties,
  task: Type.Optional(Type.Integer({ minimum: 1 })),
});

export const PredictionListQuery = Strict({
  project: Type.Optional(Type.Integer({ minimum: 1 })),
  task: Type.Optional(Type.Integer({ minimum: 1 })),
  task__project: Type.Optional(Type.Integer({ minimum: 1 })),
});

export const DraftInput = Strict({
  result: Type.Optional(ResultList),
  lead_time: Type.Optional(Nullable(Type.Number())),
  was_postponed: Type.Optional(Type.Boolean()),
  annotation: Type.Optional(Nullable(Type.Integer())),
  task: Type.Optional(Type.Integer()),
  draft_id: Type.Optional(Nullable(Type.Integer())),
  created_at: Type.Optional(Type.String()),
  started_at: Type.Optional(Type.String()),
});

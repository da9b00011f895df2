import { Type } from '@sinclair/typebox';
import { AnyObject, Nullable, Open, Strict } from '../../platform/http/common.schema';
import { Annotation, Draft, Prediction } from '../annotations';

export const Task = Open({
  id: Type.Integer(),
  data: AnyObject,
  meta: AnyObject,
  created_at: Type.String(),
  updated_at: Type.String(),
  is_labeled: Type.Boolean(),
  overlap: Type.Integer(),
  inner_id: Type.Integer(),
  total_annotations: Type.Integer(),
  cancelled_annotations: Type.Integer(),
  total_predictions: Type.Integer(),
  project: Type.Integer(),
  annotations: Type.Array(Annotation),
  predictions: Type.Array(Prediction),
  drafts: Type.Array(Draft),
});

export const NextTask = Open({ ...Task.properties, queue: Type.String() });

export const TaskCreate = Strict({
  project: Type.Integer({ minimum: 1 }),
  data: AnyObject,
  allow_skip: Type.Optional(Nullable(Type.Boolean())),
  meta: Type.Optional(Nullable(AnyObject)),
  is_labeled: Type.Optional(Type.Boolean()),
  overlap: Type.Optional(Type.Integer()),
  file_upload: Type.Optional(Nullable(Type.Integer())),
  inner_id: Type.Optional(Nullable(Type.Integer())),
  total_annotations: Type.Optional(Type.Integer()),
  cancelled_annotations: Type.Optional(Type.Integer()),
  total_predictions: Type.Optional(Type.Integer()),
  comment_count: Type.Optional(Type.Integer()),
  unresolved_comment_count: Type.Optional(Type.Integer()),
  last_comment_updated_at: Type.Optional(Nullable(Type.String())),
  updated_by: Type.Optional(Nullable(Type.Integer())),
  comment_authors: Type.Optional(Type.Array(Type.Integer())),
});

export const TaskPatch = Strict({
  data: Type.Optional(AnyObject),
  allow_skip: Type.Optional(Nullable(Type.Boolean())),
  meta: Type.Optional(Nullable(AnyObject)),
  project: Type.Optional(Type.Integer()),
  is_labeled: Type.Optional(Type.Boolean()),
  overlap: Type.Optional(Type.Integer()),
  file_upload: Type.Optional(Nullable(Type.Integer())),
  inner_id: Type.Optional(Nullable(Type.Integer())),
  total_annotations: Type.Optional(Type.Integer()),
  cancelled_annotations: Type.Optional(Type.Integer()),
  total_predictions: Type.Optional(Type.Integer()),
  comment_count: Type.Optional(Type.Integer()),
  unresolved_comment_count: Type.Optional(Type.Integer()),
  last_comment_updated_at: Type.Optional(Nullable(Type.String())),
  updated_by: Type.Optional(Nullable(Type.Integer())),
  comment_authors: Type.Optional(Type.Array(Type.Integer())),
});

/** Tasks: one at a time, their selection (filters, ordering, cursors, search, data-field indexes) and their presenting. */
export { assertDataKeys, predictionRow, type ImportedAnnotation, type ImportedPrediction, type ImportedTask } from './new-task';
export { FieldIndexes } from './selection/field-index.repository';
export { dmConstrains, dmWhere, isSafeDataKey, parseFilters, parseOrdering, type DmQuery } from './selection/task-filter.query';
export { parseJsonParam, parseQuery, parseSelectedItems, type Selection } from './selection/task-query';
export { SearchIndexRepository, parseSearch, startSearchIndexer } from './selection/task-search.query';
export { presentTask } from './task.presenter';
export { TaskRepository } from './task.repository';
export { taskRoutes as tasksModule, type TaskRoutesDeps } from './task.routes';
export { Task } from './task.schema';
export { TaskService, type TaskRelations, type TaskSelection } from './task.service';

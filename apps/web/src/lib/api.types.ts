import type { paths } from '@groundwork/sdk';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

export type SessionUser = JsonOf<paths['/api/auth/session']['get']['responses'][200]>['user'];
export type Project = JsonOf<paths['/api/projects/{id}']['get']['responses'][200]>;
export type ProjectPage = JsonOf<paths['/api/projects']['get']['responses'][200]>;
export type TaskPage = JsonOf<paths['/api/tasks']['get']['responses'][200]>;
export type Task = TaskPage['tasks'][number];
export type ImportResult = JsonOf<paths['/api/projects/{id}/import']['post']['responses'][201]>;
export type ProjectUpdate = NonNullable<paths['/api/projects/{id}']['patch']['requestBody']>['content']['application/json'];
export type TaskDetail = JsonOf<paths['/api/tasks/{id}']['get']['responses'][200]>;
export type DmView = JsonOf<paths['/api/dm/views']['get']['responses'][200]>[number];
export type DmColumn = JsonOf<paths['/api/dm/columns']['get']['responses'][200]>['columns'][number];
export type DmAction = JsonOf<paths['/api/dm/actions']['get']['responses'][200]>[number];

import type { Exec } from '../db/dialect';
import type { AnnotationRow, DraftRow, PredictionRow, ProjectRow, TaskRow, ViewRow } from '../db/schema';

/** The kinds of object that belong to a project, and the table each lives in. */
export type ProjectObject = 'project' | 'task' | 'annotation' | 'prediction' | 'draft' | 'view';

const TABLE = {
  task: 'tasks',
  annotation: 'annotations',
  prediction: 'predictions',
  draft: 'drafts',
  view: 'views',
} as const;

/** What the access layer reads to decide: each object with the project and organization it belongs to. */
export class AccessRepository {
  constructor(private readonly db: Exec) {}

  project(id: number): Promise<ProjectRow | undefined> {
    return this.db.kysely.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  }

  task(id: number): Promise<TaskRow | undefined> {
    return this.db.kysely.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
  }

  annotation(id: number): Promise<AnnotationRow | undefined> {
    return this.db.kysely.selectFrom('annotations').selectAll().where('id', '=', id).executeTakeFirst();
  }

  prediction(id: number): Promise<PredictionRow | undefined> {
    return this.db.kysely.selectFrom('predictions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  draft(id: number): Promise<DraftRow | undefined> {
    return this.db.kysely.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
  }

  view(id: number): Promise<ViewRow | undefined> {
    return this.db.kysely.selectFrom('views').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The organization of each of these objects that exists, one query for the whole list. */
  async organizationsOf(kind: ProjectObject, ids: number[]): Promise<Map<number, number>> {
    if (!ids.length) return new Map();
    const k = this.db.kysely;
    const rows =
      kind === 'project'
        ? await k.selectFrom('projects').select(['id', 'organization_id']).where('id', 'in', ids).execute()
        : await k
            .selectFrom(`${TABLE[kind]} as o` as 'tasks as o')
            .innerJoin('projects as p', 'p.id', 'o.project_id')
            .select(['o.id as id', 'p.organization_id as organization_id'])
            .where('o.id', 'in', ids)
            .execute();
    return new Map(rows.map((r) => [r.id, r.organization_id]));
  }
}

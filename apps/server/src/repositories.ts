import type { Db, Exec } from './platform/db/dialect';
import { AnnotationRepository, DraftRepository, PredictionRepository } from './modules/annotations';
import { DmActionRepository } from './modules/data-manager';
import { ExportRepository } from './modules/export';
import { FileUploadRepository, ImportJobRepository } from './modules/import';
import { TaskCounterRepository } from './modules/counters';
import { FieldIndexes } from './modules/tasks';
import { SearchIndexRepository } from './modules/tasks';
import { OrganizationRepository } from './modules/organizations';
import { ProjectRepository } from './modules/projects';
import { SessionRepository } from './modules/auth';
import { TaskRepository } from './modules/tasks';
import { UserRepository } from './modules/users';
import { ViewRepository } from './modules/data-manager';

/** Every repository, bound to one executor: the database or an open transaction. */
export class Repositories {
  readonly users: UserRepository;
  readonly organizations: OrganizationRepository;
  readonly sessions: SessionRepository;
  readonly projects: ProjectRepository;
  readonly tasks: TaskRepository;
  readonly taskCounters: TaskCounterRepository;
  /** Indexes on data fields, built on first use (one per project, field and kind). */
  readonly fieldIndexes: FieldIndexes;
  readonly searchIndex: SearchIndexRepository;
  readonly annotations: AnnotationRepository;
  readonly predictions: PredictionRepository;
  readonly drafts: DraftRepository;
  readonly views: ViewRepository;
  readonly dmActions: DmActionRepository;
  readonly importJobs: ImportJobRepository;
  readonly fileUploads: FileUploadRepository;
  readonly exports: ExportRepository;

  constructor(readonly exec: Exec) {
    this.users = new UserRepository(exec);
    this.organizations = new OrganizationRepository(exec);
    this.sessions = new SessionRepository(exec);
    this.projects = new ProjectRepository(exec);
    this.tasks = new TaskRepository(exec);
    this.taskCounters = new TaskCounterRepository(exec);
    this.fieldIndexes = new FieldIndexes(exec);
    this.searchIndex = new SearchIndexRepository(exec);
    this.annotations = new AnnotationRepository(exec);
    this.predictions = new PredictionRepository(exec);
    this.drafts = new DraftRepository(exec);
    this.views = new ViewRepository(exec);
    this.dmActions = new DmActionRepository(exec);
    this.importJobs = new ImportJobRepository(exec);
    this.fileUploads = new FileUploadRepository(exec);
    this.exports = new ExportRepository(exec);
  }

  /** Runs `fn` in one transaction: everything it writes commits together or not at all. */
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T> {
    return this.exec.kysely.transaction().execute((trx) => fn(new Repositories({ kysely: trx, dialect: this.exec.dialect })));
  }

  static of(db: Db): Repositories {
    return new Repositories({ kysely: db.kysely, dialect: db.dialect });
  }
}

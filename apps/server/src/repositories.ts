import type { Db, Exec } from './platform/db/dialect';
import { AnnotationRepository, DraftRepository, PredictionRepository } from './modules/annotations/annotation.repository';
import { DmActionRepository } from './modules/data-manager/dm-action.repository';
import { ExportRepository } from './modules/export/export.repository';
import { FileUploadRepository, ImportJobRepository } from './modules/import/import.repository';
import { TaskCounterRepository } from './modules/counters';
import { OrganizationRepository } from './modules/organizations/organization.repository';
import { ProjectRepository } from './modules/projects/project.repository';
import { SessionRepository } from './modules/auth/session.repository';
import { TaskRepository } from './modules/tasks/task.repository';
import { UserRepository } from './modules/users/user.repository';
import { ViewRepository } from './modules/data-manager/view.repository';

/** Every repository, bound to one executor: the database or an open transaction. */
export class Repositories {
  readonly users: UserRepository;
  readonly organizations: OrganizationRepository;
  readonly sessions: SessionRepository;
  readonly projects: ProjectRepository;
  readonly tasks: TaskRepository;
  readonly taskCounters: TaskCounterRepository;
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

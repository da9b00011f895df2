import path from 'node:path';
import type { AppConfig } from './config';
import { AnnotationService } from './modules/annotations';
import { AuthService } from './modules/auth';
import { DmService } from './modules/data-manager';
import { ExportService, ExportSnapshotService } from './modules/export';
import { ImportService } from './modules/import';
import { ProjectService } from './modules/projects';
import { TaskService } from './modules/tasks';
import { UserService } from './modules/users';
import { AccessService } from './platform/access/access.service';
import type { Db } from './platform/db/dialect';
import { InProcessQueue, PgBossQueue, type JobQueue } from './platform/jobs/job-queue';
import { TokenKeeper } from './platform/security/tokens';
import { FileStore } from './platform/storage/file-store';
import { Repositories } from './repositories';

/** Every service of the application, wired once here (the composition root). */
export interface Services {
  config: AppConfig;
  access: AccessService;
  auth: AuthService;
  users: UserService;
  projects: ProjectService;
  tasks: TaskService;
  annotations: AnnotationService;
  exports: ExportService;
  exportSnapshots: ExportSnapshotService;
  dm: DmService;
  imports: ImportService;
  /** Background jobs: in this process, or through pg-boss on PostgreSQL. */
  jobs: JobQueue;
}

export function createServices(db: Db, config: AppConfig, secret: string): Services {
  const repos = Repositories.of(db);
  const jobs: JobQueue = db.dialect === 'postgres' ? new PgBossQueue(db) : new InProcessQueue();
  // Uploaded files: written by imports, read by exports and served to the editor.
  const uploads = new FileStore(path.join(config.dataDir, 'media', 'upload'));
  const users = new UserService(repos, new TokenKeeper(secret));
  const tasks = new TaskService(repos);
  const dm = new DmService(repos, tasks);
  const exports = new ExportService(repos, tasks, uploads);
  const exportSnapshots = new ExportSnapshotService(repos, exports, dm, config.dataDir, jobs);
  const imports = new ImportService(repos, tasks, config, uploads, jobs);
  jobs.register({
    import: ({ id }) => imports.run(id),
    'export-snapshot': ({ id }) => exportSnapshots.run(id),
    'export-convert': ({ id }) => exportSnapshots.runConversions(id),
  });
  return {
    config,
    access: new AccessService(db),
    auth: new AuthService(repos, users, config),
    users,
    projects: new ProjectService(repos),
    tasks,
    annotations: new AnnotationService(repos),
    exports,
    exportSnapshots,
    dm,
    imports,
    jobs,
  };
}

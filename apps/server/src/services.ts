import path from 'node:path';
import type { AppConfig } from './config';
import type { Db } from './platform/db/dialect';
import { TokenKeeper } from './platform/security/tokens';
import { Repositories } from './repositories';
import { AccessService } from './platform/access/access.service';
import { AnnotationService } from './modules/annotations/annotation.service';
import { AuthService } from './modules/auth/auth.service';
import { DmService } from './modules/data-manager/dm.service';
import { ExportService } from './modules/export/export.service';
import { ExportSnapshotService } from './modules/export/export-snapshot.service';
import { FileStore } from './platform/storage/file-store';
import { ImportService } from './modules/import/import.service';
import { InProcessQueue, PgBossQueue, type JobQueue } from './platform/jobs/job-queue';
import { ProjectService } from './modules/projects/project.service';
import { TaskService } from './modules/tasks/task.service';
import { UserService } from './modules/users/user.service';

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
  const auth = new AuthService(repos, new TokenKeeper(secret), config);
  const tasks = new TaskService(repos);
  const jobs: JobQueue = db.dialect === 'postgres' ? new PgBossQueue(db) : new InProcessQueue();
  const exports = new ExportService(repos, new FileStore(path.join(config.dataDir, 'media', 'upload')));
  const dm = new DmService(repos);
  return {
    config,
    access: new AccessService(repos),
    auth,
    users: new UserService(repos, auth),
    projects: new ProjectService(repos),
    tasks,
    annotations: new AnnotationService(repos),
    exports,
    exportSnapshots: new ExportSnapshotService(repos, exports, dm, config.dataDir, jobs),
    dm,
    imports: new ImportService(repos, tasks, config, path.join(config.dataDir, 'media', 'upload'), jobs),
    jobs,
  };
}

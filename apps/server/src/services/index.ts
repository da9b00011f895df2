import type { AppConfig } from '../config';
import type { Db } from '../db/dialect';
import { TokenKeeper } from '../auth/tokens';
import { Repositories } from '../repositories';
import { AccessService } from './access.service';
import { AnnotationService } from './annotation.service';
import { AuthService } from './auth.service';
import { ExportService } from './export.service';
import { ProjectService } from './project.service';
import { TaskService } from './task.service';
import { UserService } from './user.service';

export interface Services {
  config: AppConfig;
  access: AccessService;
  auth: AuthService;
  users: UserService;
  projects: ProjectService;
  tasks: TaskService;
  annotations: AnnotationService;
  exports: ExportService;
}

export function createServices(db: Db, config: AppConfig, secret: string): Services {
  const repos = Repositories.of(db);
  const auth = new AuthService(repos, new TokenKeeper(secret), config);
  return {
    config,
    access: new AccessService(repos),
    auth,
    users: new UserService(repos, auth),
    projects: new ProjectService(repos),
    tasks: new TaskService(repos),
    annotations: new AnnotationService(repos),
    exports: new ExportService(repos),
  };
}

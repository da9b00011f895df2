/** Projects and their labeling configs. */
export {
  analyzeConfig,
  assertResult,
  configDataKeys,
  dataTypes,
  problemMessages,
  resultProblems,
  usableConfig,
} from './label-config';
export { ProjectRepository } from './project.repository';
export { projectsModule } from './projects.module';
export { ProjectService } from './project.service';

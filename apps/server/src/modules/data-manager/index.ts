/** The Data Manager: views (tabs), columns, the task list and bulk actions. */
export { dataManagerModule } from './data-manager.module';
export { DmActionRepository } from './dm-action.repository';
export { DmService } from './dm.service';
export { ViewRepository } from './view.repository';

/** Importing tasks: JSON bodies, files and URLs, as jobs with progress, cancel and undo. */
export { FileUploadRepository, ImportJobRepository } from './import.repository';
export { importRoutes as importModule, type ImportRoutesDeps } from './import.routes';
export { ImportService } from './import.service';

/** Exports: every format streamed on request, and export snapshots as background jobs. */
export { ExportSnapshotService } from './export-snapshot.service';
export { ExportRepository } from './export.repository';
export { exportRoutes as exportModule, type ExportRoutesDeps } from './export.routes';
export { ExportService } from './export.service';

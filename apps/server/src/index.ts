export { buildApp, type AppDeps } from './app';
export { loadConfig, type AppConfig } from './config';
export { openDatabase } from './platform/db/database';
export { migrate } from './platform/db/migrator';

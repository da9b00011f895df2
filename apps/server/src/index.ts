export { buildApp, type AppDeps } from './app';
export { loadConfig, type AppConfig } from './config';
export { openDatabase } from './db/database';
export { migrate } from './db/migrator';

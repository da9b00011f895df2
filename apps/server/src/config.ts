import path from 'node:path';

/** Runtime configuration, read once from the environment at start-up. */
export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  /** `postgres://…` selects PostgreSQL; empty means SQLite in `dataDir`. */
  databaseUrl: string;
  /** Secret that API tokens are derived from; generated into the data dir when unset. */
  secretKey?: string;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Whether this process runs background jobs (imports, exports); `false` leaves them to `groundwork worker`. */
  runJobs: boolean;
  /** Largest uploaded file, in bytes (there is no limit on the number of files or tasks). */
  uploadMaxBytes: number;
  /** Let URL imports fetch loopback and private-network addresses (tests, development); off by default. */
  allowPrivateUrls: boolean;
  /** Time limit for fetching one URL import, body included. */
  urlImportTimeoutSeconds: number;
  /** Login attempts allowed per email and per client address in the window below. */
  loginRateLimit: number;
  loginRateWindowSeconds: number;
  /** Secure cookies when served over HTTPS. */
  secureCookies: boolean;
  sessionDays: number;
  /** Largest page size accepted by `/api/tasks`. */
  taskPageSizeMax: number;
  logLevel: string;
  webDistDir?: string;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`Expected a number, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = path.resolve(env.GROUNDWORK_DATA_DIR || './data');
  return {
    port: int(env.PORT, 8080),
    host: env.HOST || '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL || '',
    secretKey: env.GROUNDWORK_SECRET_KEY || undefined,
    bodyLimit: int(env.GROUNDWORK_BODY_LIMIT_MB, 200) * 1024 * 1024,
    runJobs: env.GROUNDWORK_RUN_JOBS !== 'false',
    uploadMaxBytes: int(env.GROUNDWORK_UPLOAD_MAX_MB, 100 * 1024) * 1024 * 1024,
    allowPrivateUrls: env.GROUNDWORK_ALLOW_PRIVATE_URLS === 'true',
    urlImportTimeoutSeconds: int(env.GROUNDWORK_URL_IMPORT_TIMEOUT, 600),
    loginRateLimit: int(env.GROUNDWORK_LOGIN_RATE_LIMIT, 10),
    loginRateWindowSeconds: int(env.GROUNDWORK_LOGIN_RATE_WINDOW, 900),
    secureCookies: env.GROUNDWORK_SECURE_COOKIES === 'true',
    sessionDays: int(env.GROUNDWORK_SESSION_DAYS, 14),
    taskPageSizeMax: int(env.GROUNDWORK_TASK_PAGE_SIZE_MAX, 10_000),
    logLevel: env.LOG_LEVEL || 'info',
    webDistDir: env.GROUNDWORK_WEB_DIST || undefined,
  };
}

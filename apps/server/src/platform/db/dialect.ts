import type { Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * The few places where SQLite and PostgreSQL differ live here, so repositories
 * stay dialect-free.
 */
export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  destroy(): Promise<void>;
}

/** JSON columns come back as text on SQLite and as parsed values (jsonb) on PostgreSQL. */
export function parseJson<T = unknown>(value: unknown): T {
  if (typeof value === 'string') return JSON.parse(value) as T;
  return value as T;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Timestamps are stored as ISO-8601 UTC text on both dialects; it sorts and compares correctly. */
export function now(): string {
  return new Date().toISOString();
}

export function flag(value: boolean | undefined | null): number {
  return value ? 1 : 0;
}

/** PostgreSQL returns bigint aggregates as strings. */
export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}

/** What repositories run their queries on: the database itself or an open transaction. */
export interface Exec {
  kysely: Kysely<Database>;
  dialect: DialectName;
}

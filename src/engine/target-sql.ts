/**
 * Running DDL in the target: one transaction per object, with errors that point at the
 * line and column of the statement that failed.
 */
import type pg from 'pg';
import { messageOf } from '../core/errors.js';

export function positionOf(sql: string, position: number | undefined): string {
  if (!position) return '';
  const before = sql.slice(0, position - 1).split('\n');
  return ` (at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/** The message of a PostgreSQL error with its SQLSTATE, detail, hint and position in `sql`. */
export function describePgError(error: unknown, sql?: string): string {
  const e = error as { code?: string; detail?: string; hint?: string; position?: string };
  let text = messageOf(error);
  if (sql !== undefined) text += positionOf(sql, e.position ? Number(e.position) : undefined);
  if (e.code && /^[0-9A-Z]{5}$/.test(e.code)) text += ` [SQLSTATE ${e.code}]`;
  if (e.detail) text += `; ${e.detail}`;
  if (e.hint) text += `; hint: ${e.hint}`;
  return text;
}

/** Runs `sql` in one transaction; returns null on success or the error text. */
export async function applyDdl(
  client: pg.ClientBase,
  sql: string,
  settings: string[] = [],
): Promise<string | null> {
  try {
    await client.query('BEGIN');
    for (const setting of settings) await client.query(setting);
    await client.query(sql);
    await client.query('COMMIT');
    return null;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    return describePgError(error, sql);
  }
}

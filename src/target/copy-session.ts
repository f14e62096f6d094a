/**
 * A target connection set up for loading: replica mode (no triggers or FK checks fire),
 * no synchronous commit. Also the COPY FROM statement for one table.
 */
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Writable } from 'node:stream';
import { connect } from '../core/pg/connect.js';
import { qualified, quoteIdent } from '../core/sql/ident.js';
import type { TableDetails } from '../sources/source.js';

export interface CopySession {
  client: pg.Client;
  /** False when the user may not set session_replication_role (not a superuser). */
  replicaMode: boolean;
}

export async function openCopySession(url: string, name: string): Promise<CopySession> {
  const client = await connect(url, 'target', name);
  await client.query(
    `SET synchronous_commit = off; SET datestyle = 'ISO, YMD'; SET intervalstyle = 'postgres'; SET timezone = 'UTC'; SET lc_monetary = 'C'; SET extra_float_digits = 3`,
  );
  let replicaMode = true;
  try {
    await client.query(`SET session_replication_role = replica`);
  } catch {
    replicaMode = false;
  }
  return { client, replicaMode };
}

/**
 * VACUUM (ANALYZE) of a table just copied: sets the hint bits and the visibility map of
 * every page and gives the planner statistics. Rows fresh from COPY carry no hint bits, so
 * otherwise the first reader (the first index build on the table) sets them and writes every
 * page a second time. Not in a transaction block (VACUUM refuses one).
 */
export async function vacuumAnalyze(target: pg.Pool | pg.ClientBase, details: TableDetails): Promise<void> {
  await target.query(`VACUUM (ANALYZE) ${qualified(details.targetSchema, details.targetName)}`);
}

export function copyInSql(details: TableDetails): string {
  const columns = details.columns.filter((c) => c.copied).map((c) => quoteIdent(c.name));
  return `COPY ${qualified(details.targetSchema, details.targetName)} (${columns.join(', ')}) FROM STDIN (FORMAT ${details.copyFormat})`;
}

export function startCopyIn(client: pg.Client, details: TableDetails): Writable & { rowCount: number } {
  return client.query(copyFrom(copyInSql(details)));
}

/** Empties the target table before a fresh copy; falls back to DELETE when foreign keys forbid TRUNCATE. */
export async function emptyTable(client: pg.ClientBase, details: TableDetails): Promise<void> {
  const relation = qualified(details.targetSchema, details.targetName);
  await client.query('SAVEPOINT before_truncate');
  try {
    await client.query(`TRUNCATE ONLY ${relation}`);
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT before_truncate');
    // Rows referencing this table stay: they are copied again to the same keys.
    try {
      await client.query(`SET LOCAL session_replication_role = replica`);
    } catch {
      await client.query('ROLLBACK TO SAVEPOINT before_truncate');
    }
    await client.query(`DELETE FROM ONLY ${relation}`);
  }
}

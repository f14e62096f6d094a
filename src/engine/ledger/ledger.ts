/**
 * The ledger: Decant's tracking tables in the target. This module installs and erases
 * them and hands out the per-family accessors; it holds no migration logic.
 */
import type pg from 'pg';
import { DecantError } from '../../core/errors.js';
import { quoteIdent } from '../../core/sql/ident.js';
import { LEDGER_SQL, LEDGER_VERSION } from './migrations/001-ledger.js';
import { createObjects, type Objects } from './objects.js';
import { createChunks, type Chunks } from './chunks.js';
import { createOperations, type Operations } from './operations.js';
import { createWorkers, type Workers } from './workers.js';

export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.Client, 'query'>;

export interface Ledger {
  readonly schema: string;
  /** `schema.table`, quoted, for SQL text. */
  table(name: string): string;
  readonly objects: Objects;
  readonly chunks: Chunks;
  readonly operations: Operations;
  readonly workers: Workers;
  /** A query on the ledger's connection pool (for reports that join ledger tables). */
  query(text: string, params?: unknown[]): Promise<pg.QueryResult>;
  exists(): Promise<boolean>;
  install(): Promise<void>;
  /** Fails with LEDGER_MISSING unless init has created the ledger. */
  requireInstalled(): Promise<void>;
}

export function createLedger(db: pg.Pool, schema: string): Ledger {
  const table = (name: string): string => `${quoteIdent(schema)}.${quoteIdent(name)}`;
  const ledger: Ledger = {
    schema,
    table,
    objects: createObjects(db, table),
    chunks: createChunks(db, table),
    operations: createOperations(db, table),
    workers: createWorkers(db, table),
    query: (text, params) => db.query(text, params),
    async exists() {
      const { rows } = await db.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [
        `${quoteIdent(schema)}.migration_objects`,
      ]);
      return rows[0].present as boolean;
    },
    async install() {
      const client = await db.connect();
      try {
        await client.query('BEGIN');
        // Two processes starting init at once must not both create the tables.
        await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`decant ledger ${schema}`]);
        await client.query(LEDGER_SQL.replaceAll('{{ledger}}', quoteIdent(schema)));
        await client.query(
          `INSERT INTO ${table('ledger_info')} (key, value) VALUES ('version', $1) ON CONFLICT (key) DO NOTHING`,
          [String(LEDGER_VERSION)],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async requireInstalled() {
      if (!(await ledger.exists())) {
        throw new DecantError('LEDGER_MISSING', `The target has no Decant ledger in schema "${schema}"`, {
          hint: 'Run "decant init" first (or "decant migrate" for every step)',
        });
      }
      const { rows } = await db.query(`SELECT value FROM ${table('ledger_info')} WHERE key = 'version'`);
      const version = Number(rows[0]?.value);
      if (version !== LEDGER_VERSION) {
        throw new DecantError(
          'LEDGER_VERSION',
          `The ledger in "${schema}" has version ${version}, this Decant uses ${LEDGER_VERSION}`,
          {
            hint: 'Finish the migration with the Decant version that started it, or start again with --erase',
          },
        );
      }
    },
  };
  return ledger;
}

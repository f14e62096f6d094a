/**
 * The statements the gateway could not translate, counted by text: the assessment of an
 * application's SQL. Sessions record in memory (no I/O on the statement path); a flush every
 * few seconds adds the counts to a table in the target's ledger schema, so that several
 * gateways add up and `decant gateway report` reads them from anywhere.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { quoteIdent } from '../core/sql/ident.js';
import type { Untranslatable } from './statements.js';

export interface UntranslatedStatement {
  readonly sql: string;
  readonly code: string;
  readonly message: string;
  readonly count: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
}

interface Pending {
  sql: string;
  code: string;
  message: string;
  count: number;
  first: Date;
  last: Date;
}

const TABLE = 'gateway_untranslated';

export function reportTableSql(schema: string): string {
  const table = `${quoteIdent(schema)}.${TABLE}`;
  return `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)};
CREATE TABLE IF NOT EXISTS ${table} (
  sql_hash text PRIMARY KEY,
  sql text NOT NULL,
  code text NOT NULL,
  message text NOT NULL,
  count bigint NOT NULL,
  first_seen timestamptz NOT NULL,
  last_seen timestamptz NOT NULL
)`;
}

export class UntranslatedRecorder {
  private pending = new Map<string, Pending>();
  private ready = false;

  constructor(
    private readonly target: pg.ClientBase,
    private readonly schema: string,
  ) {}

  record(sql: string, outcome: Untranslatable): void {
    const now = new Date();
    const seen = this.pending.get(sql);
    if (seen) {
      seen.count++;
      seen.last = now;
      return;
    }
    this.pending.set(sql, {
      sql,
      code: outcome.code,
      message: outcome.message,
      count: 1,
      first: now,
      last: now,
    });
  }

  /** Adds what was recorded since the last flush to the table; keeps it for the next try on failure. */
  async flush(): Promise<number> {
    if (this.pending.size === 0) return 0;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    try {
      if (!this.ready) {
        await this.target.query(reportTableSql(this.schema));
        this.ready = true;
      }
      await this.target.query(
        `INSERT INTO ${quoteIdent(this.schema)}.${TABLE} AS t
           (sql_hash, sql, code, message, count, first_seen, last_seen)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::timestamptz[], $7::timestamptz[])
         ON CONFLICT (sql_hash) DO UPDATE SET
           count = t.count + EXCLUDED.count, last_seen = EXCLUDED.last_seen,
           code = EXCLUDED.code, message = EXCLUDED.message`,
        [
          batch.map((b) => hash(b.sql)),
          batch.map((b) => b.sql),
          batch.map((b) => b.code),
          batch.map((b) => b.message),
          batch.map((b) => b.count),
          batch.map((b) => b.first),
          batch.map((b) => b.last),
        ],
      );
      return batch.length;
    } catch (error) {
      for (const b of batch) {
        const again = this.pending.get(b.sql);
        if (again) {
          again.count += b.count;
          again.first = b.first;
        } else this.pending.set(b.sql, b);
      }
      throw error;
    }
  }
}

/** The recorded statements, most frequent first. */
export async function readUntranslated(
  target: pg.ClientBase,
  schema: string,
): Promise<UntranslatedStatement[]> {
  const exists = await target.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [
    `${quoteIdent(schema)}.${TABLE}`,
  ]);
  if (!exists.rows[0]?.t) return [];
  const { rows } = await target.query<UntranslatedStatement>(
    `SELECT sql, code, message, count::int AS count,
            to_char(first_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "firstSeen",
            to_char(last_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "lastSeen"
       FROM ${quoteIdent(schema)}.${TABLE} ORDER BY count DESC, sql`,
  );
  return rows;
}

function hash(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/**
 * A RowSource over a PostgreSQL connection, for the 'canonical' check method: the target
 * always, and a PostgreSQL source when check is told to hash canonically. Rows stream
 * through a cursor, a batch per FETCH, so memory does not grow with the table. Each copied
 * column comes as its text under HASH_SESSION_SETTINGS (ISO dates, UTC, shortest floats,
 * postgres intervals), bytea as a Buffer: the forms engine/check/canonical.ts reads.
 */
import type pg from 'pg';
import { quoteIdent } from '../core/sql/ident.js';
import { keyRangePredicate } from '../core/sql/key-range.js';
import { HASH_SESSION_SETTINGS, medianKey } from '../core/sql/row-hash.js';
import type { RowSource, SourceRow, TableToCopy } from '../sources/source.js';
import type { HasherOptions } from './row-hasher.js';

/** Rows per FETCH: large enough that round trips do not dominate, small enough for wide rows. */
const FETCH_ROWS = 2000;
const BYTEA_OID = 17;
const CURSOR = quoteIdent('decant_check_rows');

/** bytea arrives as hex ('\x...', bytea_output = hex); every other column is cast to text. */
const readAsSent = {
  getTypeParser: (oid: number) =>
    oid === BYTEA_OID ? (text: string) => Buffer.from(text.slice(2), 'hex') : (text: string) => text,
} as unknown as pg.CustomTypesConfig;

function selectList(table: TableToCopy): string {
  return table.details.columns
    .filter((column) => column.copied)
    .map((column) => (column.type === 'bytea' ? quoteIdent(column.name) : `${quoteIdent(column.name)}::text`))
    .join(', ');
}

/**
 * Rows of the relation `side` names; one read at a time per connection (the cursor has one
 * name). The connection is set to HASH_SESSION_SETTINGS on first use.
 */
export function createPostgresRowSource(client: pg.Client, side: HasherOptions): RowSource {
  let settings: Promise<unknown> | undefined;
  const prepare = () => (settings ??= client.query(HASH_SESSION_SETTINGS.join('; ')));
  const relation = (table: TableToCopy) => `ONLY ${side.relation(table)}`;
  return {
    async *rows(table, chunk) {
      await prepare();
      const select = `SELECT ${selectList(table)} FROM ${relation(table)} WHERE ${side.predicate(table.details, chunk)}`;
      await client.query('BEGIN READ ONLY');
      let finished = false;
      try {
        await client.query(`DECLARE ${CURSOR} NO SCROLL CURSOR FOR ${select}`);
        for (;;) {
          const { rows } = await client.query({
            text: `FETCH FORWARD ${FETCH_ROWS} FROM ${CURSOR}`,
            rowMode: 'array',
            types: readAsSent,
          });
          if (rows.length === 0) break;
          yield rows as SourceRow[];
        }
        await client.query('COMMIT');
        finished = true;
      } finally {
        // Reached early when the reader stops or a query fails: the cursor goes with the transaction.
        if (!finished) await client.query('ROLLBACK').catch(() => undefined);
      }
    },
    async splitPoint(table, lower, upper, rows) {
      await prepare();
      const key = table.details.key ?? [];
      return medianKey(client, relation(table), key, keyRangePredicate(key, lower, upper), rows);
    },
    close: () => client.end().catch(() => undefined),
  };
}

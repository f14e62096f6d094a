/**
 * The values the target's identity columns continue from. SQLite has no sequences: a
 * rowid alias (INTEGER PRIMARY KEY) takes max(rowid) + 1, and with AUTOINCREMENT the
 * largest rowid ever used, which sqlite_sequence keeps even after deletes
 * (https://www.sqlite.org/autoinc.html). The last value is reported as owned by the
 * alias column, in each schema the ledger names, for the constraints step to set.
 */
import { quoteIdent } from '../../core/sql/ident.js';
import type { SequenceValue } from '../source.js';
import type { SqliteDatabase } from './connect.js';
import { rowidAliasOf } from './rowid-alias.js';

export function sqliteSequenceValues(db: SqliteDatabase, schemas: readonly string[]): SequenceValue[] {
  const tables = db
    .prepare(
      `SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  const aliases = tables.flatMap((name) => {
    const column = rowidAliasOf(db, name);
    return column ? [{ name, column }] : [];
  });
  const hasSequenceTable =
    db.prepare(`SELECT 1 FROM main.sqlite_schema WHERE type = 'table' AND name = 'sqlite_sequence'`).get() !==
    undefined;
  const used = hasSequenceTable
    ? db.prepare(`SELECT seq FROM main.sqlite_sequence WHERE name = ?`).pluck()
    : null;
  const values: SequenceValue[] = [];
  for (const alias of aliases) {
    const max = db
      .prepare(`SELECT max(${quoteIdent(alias.column)}) FROM main.${quoteIdent(alias.name)}`)
      .pluck()
      .get() as bigint | null;
    const seq = (used?.get(alias.name) as bigint | undefined) ?? null;
    const last = seq !== null && (max === null || seq > max) ? seq : max;
    for (const schema of schemas) {
      values.push({
        schema,
        name: `${alias.name}_${alias.column}_seq`,
        lastValue: last === null ? null : last.toString(),
        ownedBy: { schema, table: alias.name, column: alias.column },
      });
    }
  }
  return values;
}

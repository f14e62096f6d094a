/**
 * The rowid alias of a table: a column declared exactly INTEGER PRIMARY KEY in a rowid
 * table is the rowid itself (https://www.sqlite.org/lang_createtable.html#rowid); INT
 * PRIMARY KEY, a key of several columns, or a WITHOUT ROWID table has none. The target
 * makes it an identity column; the catalog, the scan and the sequence values ask here.
 */
import type { SqliteDatabase } from './connect.js';

export function rowidAliasOf(db: SqliteDatabase, table: string): string | null {
  const row = db
    .prepare(
      // An INTEGER PRIMARY KEY DESC is not an alias: SQLite then builds an index of origin 'pk'.
      `SELECT c.name FROM pragma_table_list l JOIN pragma_table_info(l.name, 'main') c ON c.pk = 1
       WHERE l.schema = 'main' AND l.name = ? AND l.type = 'table' AND l.wr = 0 AND upper(trim(c.type)) = 'INTEGER'
         AND (SELECT count(*) FROM pragma_table_info(l.name, 'main') k WHERE k.pk > 0) = 1
         AND NOT EXISTS (SELECT 1 FROM pragma_index_list(l.name, 'main') i WHERE i.origin = 'pk')`,
    )
    .pluck()
    .get(table) as string | undefined;
  return row ?? null;
}

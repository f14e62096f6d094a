/**
 * INDEX objects: the indexes a CREATE INDEX made (not those behind PRIMARY KEY and UNIQUE,
 * which are constraints in the table's ddl2). Key columns come from PRAGMA index_xinfo;
 * expressions and the WHERE of a partial index from the CREATE INDEX text, translated
 * when they mean the same in PostgreSQL, else the index is reported (stage r) with
 * SQLite's statement in ddl1 for the operator to rewrite.
 */
import { qualified, quoteIdent } from '../../../core/sql/ident.js';
import type { ObjectRef } from '../../source.js';
import { joinDdl, type CatalogContext } from './context.js';
import { translateExpression } from './expressions.js';
import { parseCreateIndex } from './schema-text.js';

interface IndexRow {
  name: string;
  unique: number;
  sql: string | null;
}

interface IndexColumnRow {
  cid: number;
  name: string | null;
  desc: number;
  coll: string;
}

export function discoverIndexes(
  ctx: CatalogContext,
  table: string,
  columns: ReadonlyMap<string, string>,
  sizes: ReadonlyMap<string, number>,
): void {
  const rows = ctx.db
    .prepare(
      `SELECT l.name, l."unique", s.sql FROM pragma_index_list(?, 'main') l
       JOIN main.sqlite_schema s ON s.type = 'index' AND s.name = l.name
       WHERE l.origin = 'c' ORDER BY l.name`,
    )
    .safeIntegers(false)
    .all(table) as IndexRow[];
  for (const row of rows) {
    const parent: ObjectRef = { owner: ctx.schema, name: table, type: 'TABLE' };
    const built = createIndex(ctx, table, row, columns);
    ctx.found.push({
      owner: ctx.schema,
      name: row.name,
      type: 'INDEX',
      ddl1: 'sql' in built ? built.sql : (row.sql ?? ''),
      ddl2: '',
      dataSize: sizes.get(row.name) ?? 0,
      rowEstimate: 0,
      parent,
      dependsOn: [parent],
      details: { kind: 'index' },
      ...('notes' in built && built.notes.length > 0 ? { notes: built.notes } : {}),
      ...('unsupported' in built
        ? {
            error: `needs translation: the SQLite index uses ${built.unsupported}; rewrite ddl1 for PostgreSQL`,
          }
        : {}),
    });
  }
}

function createIndex(
  ctx: CatalogContext,
  table: string,
  row: IndexRow,
  columns: ReadonlyMap<string, string>,
): { sql: string; notes: string[] } | { unsupported: string } {
  const keyColumns = ctx.db
    .prepare(`SELECT cid, name, "desc", coll FROM pragma_index_xinfo(?, 'main') WHERE key = 1 ORDER BY seqno`)
    .safeIntegers(false)
    .all(row.name) as IndexColumnRow[];
  const text = parseCreateIndex(row.sql ?? '');
  const notes: string[] = [];
  const items: string[] = [];
  for (const [i, column] of keyColumns.entries()) {
    let item: string;
    if (column.cid >= 0 && column.name !== null) {
      item = quoteIdent(column.name);
    } else if (column.cid === -2 && text.items[i]) {
      const translated = translateExpression(text.items[i]!.expression, columns, table);
      if ('unsupported' in translated) return translated;
      item = `(${translated.sql})`;
    } else {
      return { unsupported: 'the rowid as a key column' };
    }
    if (column.coll.toUpperCase() !== 'BINARY') {
      notes.push(`${item}: SQLite compares it with COLLATE ${column.coll}; PostgreSQL compares exactly`);
    }
    items.push(column.desc ? `${item} DESC` : item);
  }
  let where = '';
  if (text.where) {
    const translated = translateExpression(text.where, columns, table);
    if ('unsupported' in translated) return translated;
    where = ` WHERE ${translated.sql}`;
  }
  const head = `CREATE ${row.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(row.name)} ON ${qualified(ctx.schema, table)}`;
  return { sql: joinDdl([`${head} (${items.join(', ')})${where}`], notes), notes };
}

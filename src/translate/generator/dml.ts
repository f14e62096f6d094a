/** PostgreSQL text for INSERT, UPDATE, DELETE and MERGE. */
import type {
  Assignment,
  Delete,
  Insert,
  Merge,
  Name,
  Returning,
  TableRef,
  Update,
  MultiInsert,
} from '../ast/node.js';
import { unsupported } from '../diagnostics.js';
import { generateExpression } from './expression.js';
import { ident, qualified } from './names.js';
import { generateFromItem, generateQuery, generateWith } from './query.js';

function target(table: TableRef, as: boolean): string {
  const name = qualified(table.name);
  if (!table.alias) return name;
  return `${name}${as ? ' AS' : ''} ${ident(table.alias, 'relation')}`;
}

const columnList = (columns: readonly Name[]): string =>
  columns.length ? ` (${columns.map((c) => ident(c)).join(', ')})` : '';

function returning(r: Returning | undefined): string {
  return r ? ` RETURNING ${r.items.map(generateExpression).join(', ')}` : '';
}

function assignments(set: readonly Assignment[]): string {
  return set
    .map((a) =>
      a.columns.length === 1
        ? `${ident(a.columns[0]!)} = ${generateExpression(a.value)}`
        : `(${a.columns.map((c) => ident(c)).join(', ')}) = ${generateExpression(a.value)}`,
    )
    .join(', ');
}

export function generateInsert(s: Insert): string {
  let sql = `${s.with ? generateWith(s.with) : ''}INSERT INTO ${target(s.table, true)}${columnList(s.columns)}`;
  if (s.values)
    sql += ` VALUES ${s.values.map((row) => `(${row.map(generateExpression).join(', ')})`).join(', ')}`;
  else if (s.query) sql += ` ${generateQuery(s.query)}`;
  return sql + returning(s.returning);
}

export function generateUpdate(s: Update): string {
  let sql = `UPDATE ${target(s.table, false)} SET ${assignments(s.set)}`;
  if (s.where) sql += ` WHERE ${generateExpression(s.where)}`;
  return sql + returning(s.returning);
}

export function generateDelete(s: Delete): string {
  let sql = `DELETE FROM ${target(s.table, false)}`;
  if (s.where) sql += ` WHERE ${generateExpression(s.where)}`;
  return sql + returning(s.returning);
}

export function generateMerge(s: Merge): string {
  let sql = `MERGE INTO ${target(s.target, false)} USING ${generateFromItem(s.source)} ON ${generateExpression(s.on)}`;
  if (s.delete) {
    sql += ` WHEN MATCHED${s.delete.where ? ` AND ${generateExpression(s.delete.where)}` : ''} THEN DELETE`;
  }
  if (s.update) {
    if (s.update.deleteWhere) {
      throw unsupported(
        s.at,
        'MERGE ... DELETE WHERE',
        'it needs the MERGE rule to order the DELETE before the UPDATE',
      );
    }
    const when = s.update.where ? ` AND ${generateExpression(s.update.where)}` : '';
    sql += ` WHEN MATCHED${when} THEN UPDATE SET ${assignments(s.update.set)}`;
  }
  if (s.insert) {
    const when = s.insert.where ? ` AND ${generateExpression(s.insert.where)}` : '';
    sql += ` WHEN NOT MATCHED${when} THEN INSERT${columnList(s.insert.columns)} VALUES (${s.insert.values.map(generateExpression).join(', ')})`;
  }
  return sql;
}

export function generateMultiInsert(s: MultiInsert): never {
  throw unsupported(s.at, `INSERT ${s.mode}`, 'it needs the multi-table insert rule');
}

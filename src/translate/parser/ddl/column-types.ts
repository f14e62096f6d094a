/**
 * The Oracle column types a CREATE TABLE declares, in the shape TranslateOptions.columnTypes
 * takes: PostgreSQL table name → PostgreSQL column name → Oracle type name ('DATE', 'NUMBER',
 * 'TIMESTAMP WITH TIME ZONE', ...). A later statement's rules use it to know, for example,
 * that `hiredate + 1` adds days to a date.
 *
 *   columnTypesOf(parseStatement('CREATE TABLE emp (id NUMBER(4), hired DATE)'))
 *   // Map { 'emp' => Map { 'id' => 'NUMBER', 'hired' => 'DATE' } }
 *
 * Statements other than CREATE TABLE (and columns without a declared type) give nothing.
 * Tables are keyed by their own name, without schema, as queries usually name them.
 */
import type { Statement } from '../../ast/node.js';
import { postgresName } from '../../names.js';

/**
 * A table's columns after `statement` declared `columns` of it: ALTER TABLE ADD/MODIFY changes
 * those and keeps the others (in a new map, `known` untouched); a CREATE TABLE (again) replaces them.
 */
export function columnsAfter(
  statement: Statement,
  known: ReadonlyMap<string, string> | undefined,
  columns: Map<string, string>,
): Map<string, string> {
  return known && statement.kind === 'alter-table' ? new Map([...known, ...columns]) : columns;
}

export function columnTypesOf(statement: Statement): Map<string, Map<string, string>> {
  const tables = new Map<string, Map<string, string>>();
  const add = (tableName: string, column: string, type: string): void => {
    const columns = tables.get(tableName) ?? new Map<string, string>();
    columns.set(column, type);
    tables.set(tableName, columns);
  };
  if (statement.kind === 'create-table') {
    const table = postgresName(statement.name[statement.name.length - 1]!).name;
    for (const column of statement.columns) {
      if (column.type) add(table, postgresName(column.name, 'column').name, column.type.name);
    }
  }
  if (statement.kind === 'alter-table') {
    const table = postgresName(statement.name[statement.name.length - 1]!).name;
    for (const action of statement.actions) {
      if ((action.action === 'add-column' || action.action === 'modify-column') && action.column.type) {
        add(table, postgresName(action.column.name, 'column').name, action.column.type.name);
      }
    }
  }
  return tables;
}

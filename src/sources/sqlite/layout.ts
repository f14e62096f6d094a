/**
 * What discovery records in a SQLite table's details for the data step to read it back:
 * how its rows are addressed (rowid or the primary key of a WITHOUT ROWID table), which
 * columns are written as text, and each column's target kind. It travels in the ledger
 * as part of TableDetails (JSON), beside the engine-neutral fields.
 */
import { DecantError } from '../../core/errors.js';
import type { TableDetails } from '../source.js';
import type { TargetKind } from './types.js';

export interface SqliteLayout {
  withoutRowid: boolean;
  /** The name that reads the rowid (rowid, _rowid_ or oid: a column may take a name); null without one. */
  rowidName: string | null;
  /** The primary key's columns, in key order (also for rowid tables with a non-alias key). */
  primaryKey: string[];
  /** Per copied column, in order: its declared type and target kind. */
  columns: { declared: string; kind: TargetKind; asText: boolean }[];
}

export type SqliteTableDetails = TableDetails & { sqlite: SqliteLayout };

export function layoutOf(details: TableDetails, table: string): SqliteLayout {
  const layout = (details as Partial<SqliteTableDetails>).sqlite;
  if (!layout) {
    throw new DecantError('INTERNAL', `The ledger's details of table ${table} hold no SQLite layout`, {
      hint: 'Run init again with --erase: the ledger was not made from this SQLite source',
      context: { object: table },
    });
  }
  return layout;
}

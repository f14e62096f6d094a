/** Statements other than queries, DML, DDL and PL/SQL units: transaction control and the like. */
import type { Name, NodeBase } from './common.js';
import type { TableRef } from './query.js';

/** COMMIT, ROLLBACK [TO SAVEPOINT s], SAVEPOINT s. */
export interface TransactionControl extends NodeBase {
  readonly kind: 'transaction';
  readonly action: 'COMMIT' | 'ROLLBACK' | 'SAVEPOINT' | 'SET TRANSACTION';
  readonly savepoint?: Name;
  /** SET TRANSACTION's words, already PostgreSQL's: 'READ ONLY', 'ISOLATION LEVEL SERIALIZABLE'. */
  readonly mode?: string;
}

export interface Truncate extends NodeBase {
  readonly kind: 'truncate';
  readonly table: TableRef;
}

export interface LockTable extends NodeBase {
  readonly kind: 'lock-table';
  readonly tables: readonly TableRef[];
  /** PostgreSQL's lock mode words: 'ROW EXCLUSIVE', 'SHARE', 'EXCLUSIVE'. */
  readonly mode: string;
  readonly noWait: boolean;
}

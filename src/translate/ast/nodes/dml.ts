/** DML nodes: INSERT (one table, ALL, FIRST), UPDATE, DELETE, MERGE. */
import type { Name, NodeBase } from './common.js';
import type { Expression } from './expression.js';
import type { Query, TableRef, FromItem, WithClause } from './query.js';

export interface Returning {
  readonly items: readonly Expression[];
  /** INTO targets in PL/SQL / bind variables: PostgreSQL returns rows instead. */
  readonly into: readonly Expression[];
}

export interface Insert extends NodeBase {
  readonly kind: 'insert';
  /** PostgreSQL only: what the multi-table insert rule puts in front (the source, the other inserts). */
  readonly with?: WithClause;
  readonly table: TableRef;
  readonly columns: readonly Name[];
  /** VALUES rows, or a query. */
  readonly values?: readonly (readonly Expression[])[];
  readonly query?: Query;
  readonly returning?: Returning;
}

export interface InsertInto {
  readonly table: TableRef;
  readonly columns: readonly Name[];
  /** Defaults to the subquery's columns when absent. */
  readonly values?: readonly Expression[];
}

/** INSERT ALL / INSERT FIRST: several targets fed by one subquery. */
export interface MultiInsert extends NodeBase {
  readonly kind: 'multi-insert';
  readonly mode: 'ALL' | 'FIRST';
  /** Unconditional targets have no `when`; ELSE targets have when = 'ELSE'. */
  readonly branches: readonly { readonly when?: Expression | 'ELSE'; readonly into: readonly InsertInto[] }[];
  readonly query: Query;
}

export interface Assignment {
  readonly columns: readonly Name[];
  /** A value for one column; for (a, b) = (SELECT ...), a subquery. */
  readonly value: Expression;
}

export interface Update extends NodeBase {
  readonly kind: 'update';
  readonly table: TableRef;
  readonly set: readonly Assignment[];
  readonly where?: Expression;
  readonly returning?: Returning;
}

export interface Delete extends NodeBase {
  readonly kind: 'delete';
  readonly table: TableRef;
  readonly where?: Expression;
  readonly returning?: Returning;
}

export interface MergeUpdate {
  readonly set: readonly Assignment[];
  readonly where?: Expression;
  readonly deleteWhere?: Expression;
}

export interface MergeInsert {
  readonly columns: readonly Name[];
  readonly values: readonly Expression[];
  readonly where?: Expression;
}

export interface Merge extends NodeBase {
  readonly kind: 'merge';
  readonly target: TableRef;
  readonly source: FromItem;
  readonly on: Expression;
  readonly update?: MergeUpdate;
  readonly insert?: MergeInsert;
  /** PostgreSQL only: WHEN MATCHED [AND where] THEN DELETE, ahead of the update (the MERGE rule builds it). */
  readonly delete?: { readonly where?: Expression };
}

/** Query nodes: SELECT and what it is made of. */
import type { Name, NodeBase } from './common.js';
import type { Expression, OrderItem } from './expression.js';
import type { Insert } from './dml.js';

export type Query = Select | SetOperation;

export interface CommonTableExpression extends NodeBase {
  readonly kind: 'cte';
  readonly name: Name;
  readonly columns: readonly Name[];
  /** An INSERT only in PostgreSQL's data-modifying WITH, which rules build. */
  readonly query: Query | Insert;
  /** PostgreSQL's AS MATERIALIZED: evaluate once. */
  readonly materialized?: boolean;
}

export interface WithClause {
  readonly recursive: boolean;
  readonly ctes: readonly CommonTableExpression[];
}

export interface SelectItem extends NodeBase {
  readonly kind: 'select-item';
  readonly expression: Expression;
  readonly alias?: Name;
}

/** CONNECT BY [NOCYCLE] cond [START WITH cond], in either order. */
export interface Hierarchy {
  readonly connectBy: Expression;
  readonly startWith?: Expression;
  readonly noCycle: boolean;
}

export interface GroupingSets extends NodeBase {
  readonly kind: 'grouping-sets';
  readonly type: 'GROUPING SETS' | 'ROLLUP' | 'CUBE';
  readonly sets: readonly Expression[];
}

export type GroupItem = Expression | GroupingSets;

export interface Fetch {
  readonly count: Expression;
  readonly percent: boolean;
  readonly withTies: boolean;
}

export interface ForUpdate {
  readonly of: readonly Expression[];
  readonly wait?: 'NOWAIT' | 'SKIP LOCKED' | string;
}

export interface Select extends NodeBase {
  readonly kind: 'select';
  readonly with?: WithClause;
  readonly hints?: readonly string[];
  readonly distinct: boolean;
  readonly items: readonly SelectItem[];
  /** Empty for PostgreSQL's FROM-less SELECT (after the DUAL rule). */
  readonly from: readonly FromItem[];
  readonly where?: Expression;
  readonly hierarchy?: Hierarchy;
  readonly groupBy: readonly GroupItem[];
  readonly having?: Expression;
  readonly orderBy: readonly OrderItem[];
  /** ORDER SIBLINGS BY. */
  readonly siblings?: boolean;
  readonly offset?: Expression;
  readonly fetch?: Fetch;
  /** PostgreSQL's LIMIT (rules produce it). */
  readonly limit?: Expression;
  readonly forUpdate?: ForUpdate;
  /** SELECT ... INTO in PL/SQL: refused outside it. */
  readonly into?: readonly Expression[];
}

export interface SetOperation extends NodeBase {
  readonly kind: 'set-operation';
  readonly with?: WithClause;
  readonly op: 'UNION' | 'UNION ALL' | 'INTERSECT' | 'MINUS' | 'EXCEPT';
  readonly left: Query;
  readonly right: Query;
  readonly orderBy: readonly OrderItem[];
  readonly offset?: Expression;
  readonly fetch?: Fetch;
  readonly limit?: Expression;
}

export type FromItem = TableRef | DerivedTable | TableFunction | Join;

/** AS OF / VERSIONS BETWEEN: flashback, which PostgreSQL cannot answer. */
export interface Flashback {
  readonly at: NodeBase['at'];
  readonly text: string;
}

export interface TableRef extends NodeBase {
  readonly kind: 'table';
  readonly name: readonly Name[];
  readonly alias?: Name;
  /** @dblink. */
  readonly dbLink?: string;
  readonly flashback?: Flashback;
  readonly partition?: Name;
  readonly sample?: { readonly percent: Expression; readonly seed?: Expression; readonly block: boolean };
  readonly pivot?: Pivot | Unpivot;
}

export interface DerivedTable extends NodeBase {
  readonly kind: 'derived';
  readonly query: Query;
  readonly alias?: Name;
  readonly columnAliases?: readonly Name[];
  readonly lateral: boolean;
  readonly pivot?: Pivot | Unpivot;
}

/** TABLE(collection_expression) or a set-returning function in FROM. */
export interface TableFunction extends NodeBase {
  readonly kind: 'table-function';
  readonly call: Expression;
  readonly alias?: Name;
  readonly columnAliases?: readonly Name[];
  /** Oracle's TABLE( ... ) wrapper was written. */
  readonly tableWrapper: boolean;
}

export interface Join extends NodeBase {
  readonly kind: 'join';
  readonly type: 'INNER' | 'LEFT' | 'RIGHT' | 'FULL' | 'CROSS' | 'CROSS APPLY' | 'OUTER APPLY';
  readonly natural: boolean;
  readonly left: FromItem;
  readonly right: FromItem;
  readonly on?: Expression;
  readonly using?: readonly Name[];
}

export interface PivotAggregate {
  readonly call: Expression;
  readonly alias?: Name;
}

export interface PivotValue {
  readonly values: readonly Expression[];
  readonly alias?: Name;
}

export interface Pivot extends NodeBase {
  readonly kind: 'pivot';
  readonly aggregates: readonly PivotAggregate[];
  readonly for: readonly Name[];
  readonly in: readonly PivotValue[];
  readonly alias?: Name;
}

export interface Unpivot extends NodeBase {
  readonly kind: 'unpivot';
  readonly includeNulls: boolean;
  /** The new value column(s). */
  readonly valueColumns: readonly Name[];
  /** The new name column(s). */
  readonly forColumns: readonly Name[];
  readonly in: readonly { readonly columns: readonly Name[]; readonly labels?: readonly Expression[] }[];
  readonly alias?: Name;
}

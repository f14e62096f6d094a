/**
 * The syntax tree: every node kind in one union. Nodes are plain readonly objects with a
 * `kind` literal; the parser builds Oracle's tree, rules turn it into PostgreSQL's, the
 * generator prints it. Families live in nodes/<family>.ts.
 */
import type { Expression, OrderItem, WindowSpec } from './nodes/expression.js';
import type {
  Query,
  SelectItem,
  CommonTableExpression,
  FromItem,
  GroupingSets,
  Pivot,
  Unpivot,
} from './nodes/query.js';
import type { Insert, MultiInsert, Update, Delete, Merge } from './nodes/dml.js';
import type { DdlStatement, DdlNode } from './nodes/ddl.js';
import type { PlsqlUnit } from './nodes/plsql.js';
import type { TransactionControl, Truncate, LockTable } from './nodes/statement.js';
import type { SessionStatement } from './nodes/session.js';
import type { DataType } from './nodes/types.js';

export type * from './nodes/common.js';
export type * from './nodes/expression.js';
export type * from './nodes/query.js';
export type * from './nodes/dml.js';
export type * from './nodes/ddl.js';
export type * from './nodes/plsql.js';
export type * from './nodes/statement.js';
export type * from './nodes/session.js';
export type * from './nodes/types.js';
export { pgName, oracleName, nameIs } from './nodes/common.js';

export type Statement =
  | Query
  | Insert
  | MultiInsert
  | Update
  | Delete
  | Merge
  | DdlStatement
  | PlsqlUnit
  | TransactionControl
  | Truncate
  | LockTable
  | SessionStatement;

export type Node =
  | Statement
  | Expression
  | OrderItem
  | WindowSpec
  | SelectItem
  | CommonTableExpression
  | FromItem
  | GroupingSets
  | Pivot
  | Unpivot
  | DataType
  | DdlNode;

export type NodeKind = Node['kind'];

/** The node of one kind: `NodeOf<'select'>`. */
export type NodeOf<K extends NodeKind> = Extract<Node, { kind: K }>;

/**
 * DDL nodes: CREATE TABLE (columns, constraints, partitioning), INDEX, SEQUENCE, VIEW,
 * MATERIALIZED VIEW, SYNONYM, COMMENT ON, GRANT/REVOKE, ALTER TABLE, DROP. Storage and
 * other physical clauses are not modelled: the parser drops them. Expressions inside
 * (defaults, CHECK conditions, virtual columns, partition bounds, view queries) are nodes
 * of the tree, so the expression and query rules rewrite them like any other.
 */
import type { Name, NodeBase } from './common.js';
import type { Expression, OrderItem } from './expression.js';
import type { Query } from './query.js';
import type { DataType } from './types.js';
import type { Position } from '../../tokens/token.js';

/** ENABLE/DISABLE, VALIDATE/NOVALIDATE, DEFERRABLE, INITIALLY, RELY as written. */
export interface ConstraintState {
  readonly deferrable?: boolean;
  readonly initially?: 'DEFERRED' | 'IMMEDIATE';
  /** DISABLE: false. */
  readonly enabled?: boolean;
  /** NOVALIDATE: false; VALIDATE: true. */
  readonly validated?: boolean;
  /** Where the state words start, for notes and refusals. */
  readonly at?: Position;
}

export interface ForeignKeyTarget {
  readonly table: readonly Name[];
  readonly columns: readonly Name[];
  readonly onDelete?: 'CASCADE' | 'SET NULL';
}

/** A constraint, inline (on a column: no `columns`) or out of line. */
export interface Constraint extends NodeBase {
  readonly kind: 'constraint';
  readonly name?: Name;
  readonly type: 'primary-key' | 'unique' | 'check' | 'foreign-key' | 'not-null' | 'null';
  readonly columns: readonly Name[];
  readonly check?: Expression;
  readonly references?: ForeignKeyTarget;
  readonly state: ConstraintState;
}

/** Sequence options, for CREATE SEQUENCE and identity columns; numbers as written. */
export interface SequenceOptions {
  readonly startWith?: string;
  readonly incrementBy?: string;
  /** A number, or null for NOMINVALUE. */
  readonly minValue?: string | null;
  readonly maxValue?: string | null;
  readonly cycle?: boolean;
  /** 1 for NOCACHE. */
  readonly cache?: string;
}

export interface Identity {
  readonly always: boolean;
  /** BY DEFAULT ON NULL. */
  readonly onNull: boolean;
  readonly options: SequenceOptions;
}

export interface ColumnDefinition extends NodeBase {
  readonly kind: 'column-definition';
  readonly name: Name;
  /** Absent for a virtual column whose type Oracle derives, and in CREATE TABLE ... AS. */
  readonly type?: DataType;
  readonly default?: Expression;
  /** Where DEFAULT ON NULL was written. */
  readonly defaultOnNull?: Position;
  readonly identity?: Identity;
  /** A virtual column's expression. */
  readonly virtual?: Expression;
  readonly constraints: readonly Constraint[];
}

/** One partition or subpartition. */
export interface PartitionDefinition extends NodeBase {
  readonly kind: 'partition';
  /** Generated when Oracle would name it (PARTITIONS n). */
  readonly name: Name;
  /** RANGE: the VALUES LESS THAN list; MAXVALUE is a column named MAXVALUE. */
  readonly lessThan?: readonly Expression[];
  /** LIST: the values; DEFAULT is `default: true`. */
  readonly values?: readonly Expression[];
  readonly isDefault?: boolean;
  readonly subpartitions?: readonly PartitionDefinition[];
}

export interface Partitioning {
  readonly at: Position;
  readonly method: 'RANGE' | 'LIST' | 'HASH';
  readonly columns: readonly Name[];
  /** INTERVAL (...): where it was written (the interval itself is dropped). */
  readonly interval?: Position;
  readonly partitions: readonly PartitionDefinition[];
  /** Composite partitioning: how each partition is subpartitioned. */
  readonly sub?: Omit<Partitioning, 'partitions' | 'sub' | 'interval'>;
}

export interface CreateTable extends NodeBase {
  readonly kind: 'create-table';
  readonly name: readonly Name[];
  readonly columns: readonly ColumnDefinition[];
  readonly constraints: readonly Constraint[];
  /** GLOBAL TEMPORARY ... ON COMMIT DELETE|PRESERVE ROWS; PRIVATE TEMPORARY ... DROP DEFINITION is 'DROP'. */
  readonly temporary?: { readonly at: Position; readonly onCommit: 'DELETE ROWS' | 'PRESERVE ROWS' | 'DROP' };
  /** ORGANIZATION INDEX. */
  readonly indexOrganized?: Position;
  readonly partitioning?: Partitioning;
  /** CREATE TABLE ... AS query. */
  readonly asQuery?: Query;
}

export interface CreateIndex extends NodeBase {
  readonly kind: 'create-index';
  readonly name: readonly Name[];
  readonly table: readonly Name[];
  readonly unique: boolean;
  /** BITMAP. */
  readonly bitmap?: Position;
  readonly items: readonly OrderItem[];
}

export interface CreateSequence extends NodeBase {
  readonly kind: 'create-sequence';
  readonly name: readonly Name[];
  readonly options: SequenceOptions;
}

export interface CreateView extends NodeBase {
  readonly kind: 'create-view';
  readonly orReplace: boolean;
  /** FORCE. */
  readonly force?: Position;
  readonly name: readonly Name[];
  readonly columns: readonly Name[];
  readonly query: Query;
  /** WITH READ ONLY. */
  readonly readOnly?: Position;
  readonly checkOption: boolean;
  /** MySQL's SQL SECURITY INVOKER: the view runs with its user's privileges, not its owner's. */
  readonly securityInvoker?: Position;
}

export interface CreateMaterializedView extends NodeBase {
  readonly kind: 'create-materialized-view';
  readonly name: readonly Name[];
  readonly columns: readonly Name[];
  readonly query: Query;
  /** BUILD DEFERRED: created empty. */
  readonly deferred: boolean;
  /** REFRESH options PostgreSQL does not have (FAST, ON COMMIT, START WITH, NEXT), for a note. */
  readonly refresh?: { readonly at: Position; readonly words: string };
}

export interface CommentOn extends NodeBase {
  readonly kind: 'comment-on';
  /** VIEW only from a rule: Oracle writes COMMENT ON TABLE for views too. */
  readonly target: 'TABLE' | 'VIEW' | 'COLUMN' | 'MATERIALIZED VIEW';
  /** Table (or view) name; for COLUMN the last part is the column. */
  readonly name: readonly Name[];
  readonly text: string;
}

/** CREATE SYNONYM: becomes a view (see docs/translate/oracle-ddl.md). */
export interface CreateSynonym extends NodeBase {
  readonly kind: 'create-synonym';
  readonly orReplace: boolean;
  readonly isPublic: boolean;
  readonly name: readonly Name[];
  readonly target: readonly Name[];
}

export interface Grant extends NodeBase {
  readonly kind: 'grant';
  readonly revoke: boolean;
  /** PostgreSQL privilege words: SELECT, INSERT, UPDATE (a, b), EXECUTE, ALL. */
  readonly privileges: readonly { readonly name: string; readonly columns: readonly Name[] }[];
  readonly object: readonly Name[];
  /** EXECUTE: the object is a routine. */
  readonly routine: boolean;
  /** PUBLIC is a name `PUBLIC` unquoted. */
  readonly grantees: readonly Name[];
  readonly withGrantOption: boolean;
}

export type AlterTableAction =
  | { readonly action: 'add-constraint'; readonly constraint: Constraint }
  | { readonly action: 'add-column'; readonly column: ColumnDefinition }
  | {
      readonly action: 'modify-column';
      readonly column: ColumnDefinition;
      /** MODIFY c NULL / NOT NULL. */
      readonly nullable?: boolean;
    }
  | { readonly action: 'drop-column'; readonly column: Name }
  | {
      readonly action: 'drop-constraint';
      readonly name: Name;
      readonly cascade: boolean;
      /** KEEP INDEX: where it was written. */
      readonly keepIndex?: Position;
    }
  | {
      /** DROP PRIMARY KEY / DROP UNIQUE (columns): PostgreSQL drops a constraint by name only. */
      readonly action: 'drop-key';
      readonly at: Position;
      readonly key: 'primary-key' | 'unique';
      /** UNIQUE's columns; empty for PRIMARY KEY. */
      readonly columns: readonly Name[];
      readonly cascade: boolean;
      readonly keepIndex?: Position;
    }
  | { readonly action: 'rename-column'; readonly from: Name; readonly to: Name }
  | { readonly action: 'rename-table'; readonly to: Name };

export interface AlterTable extends NodeBase {
  readonly kind: 'alter-table';
  readonly name: readonly Name[];
  readonly actions: readonly AlterTableAction[];
}

export interface DropObject extends NodeBase {
  readonly kind: 'drop';
  /** PostgreSQL's object word: TABLE, INDEX, SEQUENCE, VIEW, MATERIALIZED VIEW. */
  readonly object: 'TABLE' | 'INDEX' | 'SEQUENCE' | 'VIEW' | 'MATERIALIZED VIEW';
  readonly name: readonly Name[];
  /** CASCADE CONSTRAINTS. */
  readonly cascade?: Position;
}

export type DdlStatement =
  | CreateTable
  | CreateIndex
  | CreateSequence
  | CreateView
  | CreateMaterializedView
  | CommentOn
  | CreateSynonym
  | Grant
  | AlterTable
  | DropObject;

/** Parts of DDL statements that are nodes of their own. */
export type DdlNode = ColumnDefinition | Constraint | PartitionDefinition;

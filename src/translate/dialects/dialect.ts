/**
 * What a source dialect gives the translator: how it writes SQL (its Syntax, for the
 * tokenizer and the parser) and its rewrite rules, in order. A rule is pure and small: it
 * receives a node of one of its kinds (children already rewritten) and returns the node or
 * its replacement, or throws an unsupported() error naming the construct.
 */
import type { Node, NodeKind, NodeOf } from '../ast/node.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Syntax } from '../syntax.js';
import type { Position } from '../tokens/token.js';

export interface TranslateOptions {
  /** NUMBER without precision: numeric (exact, the default) or double precision (fast). */
  readonly numberWithoutPrecision?: 'numeric' | 'double precision';
  /** Schema holding Decant's Oracle compatibility functions. */
  readonly compatSchema?: string;
  /** Known column types (lower-case table → column → Oracle type name), for date arithmetic. */
  readonly columnTypes?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /**
   * Overrides of the Oracle → PostgreSQL type map (dialects/oracle/types.ts), for columns and
   * CAST: `{ 'NUMBER(1)': 'boolean', DATE: 'timestamp' }`. A key with parentheses matches that
   * exact spelling, a key without matches the type whatever its arguments; case and spaces do
   * not count. The value is PostgreSQL type text, written out as given.
   */
  readonly typeMap?: Readonly<Record<string, string>>;
  /** Per-column overrides, before typeMap: `{ 'emp.empno': 'integer' }` (PostgreSQL names, lower case). */
  readonly columnTypeMap?: Readonly<Record<string, string>>;
  /**
   * Tables and views known to exist (lower-case PostgreSQL name without schema → what it is),
   * for statements whose PostgreSQL form depends on it: COMMENT ON TABLE of a view, DROP
   * PRIMARY KEY. translateScript fills it from the script's earlier statements.
   */
  readonly relations?: Readonly<Record<string, KnownRelation>>;
  /**
   * The session's NLS_DATE_FORMAT (an Oracle format model): how a DATE and a string convert
   * implicitly (TO_CHAR and TO_DATE without a format, a date compared with a string, `||` with
   * a date). Default Oracle's DD-MON-RR. The gateway passes what ALTER SESSION set.
   */
  readonly nlsDateFormat?: string;
  /** NLS_TIMESTAMP_FORMAT likewise, for TIMESTAMP values. Default DD-MON-RR HH.MI.SSXFF AM. */
  readonly nlsTimestampFormat?: string;
}

export interface KnownRelation {
  readonly kind: 'table' | 'view' | 'materialized view';
  /** The PostgreSQL name of the table's primary key constraint. */
  readonly primaryKey?: string;
  /** Named unique constraints: PostgreSQL names of the constraint and its columns, in order. */
  readonly unique?: readonly { readonly name: string; readonly columns: readonly string[] }[];
}

export interface RuleContext {
  readonly options: Required<Pick<TranslateOptions, 'compatSchema' | 'numberWithoutPrecision'>> &
    TranslateOptions;
  /** Notes a difference a person should review; the statement still counts as translated. */
  review(at: Position, construct: string, message: string): void;
  /** A name unused so far in this statement: `prefix_1`, `prefix_2`, ... */
  freshName(prefix: string): string;
  /** Bind variables in order of first appearance; a name met again gets its first number. */
  bindNumber(name: string, at: Position): number;
  /** A PostgreSQL `$n` parameter kept as it is: refused beside Oracle bind variables. */
  keepPositional(at: Position): void;
  readonly diagnostics: Diagnostic[];
}

export interface Rule<K extends NodeKind = NodeKind> {
  readonly name: string;
  /** The source's documentation of the construct. */
  readonly docUrl?: string;
  readonly kinds: readonly K[];
  rewrite(node: NodeOf<K>, ctx: RuleContext): Node;
}

/** Builds a rule with its node type checked against its kinds. */
export function rule<K extends NodeKind>(definition: Rule<K>): Rule {
  return definition as unknown as Rule;
}

export interface Dialect {
  readonly name: string;
  readonly syntax: Syntax;
  readonly rules: readonly Rule[];
}

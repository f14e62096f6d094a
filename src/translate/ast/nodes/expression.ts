/** Expression nodes: what can stand where a value can. */
import type { Name, NodeBase } from './common.js';
import type { Query } from './query.js';
import type { DataType } from './types.js';

export type Expression =
  | Literal
  | TypedLiteral
  | IntervalLiteral
  | IntervalExpression
  | ColumnRef
  | Star
  | BindVariable
  | Unary
  | Binary
  | Like
  | Between
  | InList
  | InQuery
  | IsNull
  | IsTruth
  | Exists
  | Quantified
  | FunctionCall
  | Case
  | Cast
  | Extract
  | Trim
  | SubqueryExpression
  | Tuple
  | Paren
  | AtTimeZone
  | ArrayLiteral;

export interface Literal extends NodeBase {
  readonly kind: 'literal';
  readonly type: 'string' | 'number' | 'null' | 'boolean';
  /** The string's content, the number as written, 'TRUE'/'FALSE'. */
  readonly value: string;
  readonly national?: boolean;
}

/** DATE '2024-01-31', TIMESTAMP '2024-01-31 10:00:00'. */
export interface TypedLiteral extends NodeBase {
  readonly kind: 'typed-literal';
  readonly type: 'DATE' | 'TIMESTAMP' | 'TIMESTAMP WITH TIME ZONE';
  readonly value: string;
}

/** INTERVAL '5' DAY, INTERVAL '1-6' YEAR TO MONTH, INTERVAL '10' MINUTE(3). */
export interface IntervalLiteral extends NodeBase {
  readonly kind: 'interval-literal';
  readonly value: string;
  /** The qualifier as text: 'DAY', 'YEAR TO MONTH', 'DAY TO SECOND'. */
  readonly qualifier: string;
}

/**
 * MySQL's INTERVAL expr unit (`d + INTERVAL 1 DAY`, DATE_ADD(d, INTERVAL n MONTH)): no
 * PostgreSQL text of its own; the dialect's rules turn the arithmetic it is part of into PostgreSQL's.
 */
export interface IntervalExpression extends NodeBase {
  readonly kind: 'interval';
  readonly value: Expression;
  /** Upper case: 'DAY', 'MONTH', 'HOUR_MINUTE'. */
  readonly unit: string;
}

/** A column, a pseudo-column (ROWNUM, LEVEL, SYSDATE, seq.NEXTVAL) or any dotted name. */
export interface ColumnRef extends NodeBase {
  readonly kind: 'column';
  readonly parts: readonly Name[];
  /** Written with Oracle's outer-join marker: `d.id (+)`. */
  readonly outerJoin?: boolean;
}

/** `*` or `t.*`. */
export interface Star extends NodeBase {
  readonly kind: 'star';
  readonly qualifier?: readonly Name[];
}

export interface BindVariable extends NodeBase {
  readonly kind: 'bind';
  /** Without the colon: `1`, `NAME`, `new.col`. PostgreSQL positions are `$n` with name = 'n' and positional. */
  readonly name: string;
  readonly positional?: boolean;
}

export interface Unary extends NodeBase {
  readonly kind: 'unary';
  readonly op: '-' | '+' | 'NOT' | 'PRIOR' | 'CONNECT_BY_ROOT';
  readonly operand: Expression;
}

export type BinaryOperator =
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '||'
  | '='
  | '<>'
  | '<'
  | '>'
  | '<='
  | '>='
  | 'AND'
  | 'OR'
  | 'IS DISTINCT FROM'
  | 'IS NOT DISTINCT FROM'
  /** MySQL's integer division and logical XOR: rules rewrite them, PostgreSQL has neither. */
  | 'DIV'
  | 'XOR';

export interface Binary extends NodeBase {
  readonly kind: 'binary';
  readonly op: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}

export interface Like extends NodeBase {
  readonly kind: 'like';
  readonly not: boolean;
  /** PostgreSQL's ILIKE. */
  readonly caseInsensitive?: boolean;
  readonly expression: Expression;
  readonly pattern: Expression;
  readonly escape?: Expression;
}

export interface Between extends NodeBase {
  readonly kind: 'between';
  readonly not: boolean;
  readonly expression: Expression;
  readonly low: Expression;
  readonly high: Expression;
}

export interface InList extends NodeBase {
  readonly kind: 'in-list';
  readonly not: boolean;
  readonly expression: Expression;
  readonly list: readonly Expression[];
}

export interface InQuery extends NodeBase {
  readonly kind: 'in-query';
  readonly not: boolean;
  readonly expression: Expression;
  readonly query: Query;
}

export interface IsNull extends NodeBase {
  readonly kind: 'is-null';
  readonly not: boolean;
  readonly expression: Expression;
}

/** `x IS [NOT] TRUE`, `x IS [NOT] FALSE`: a NULL x is neither. */
export interface IsTruth extends NodeBase {
  readonly kind: 'is-truth';
  readonly not: boolean;
  readonly value: 'TRUE' | 'FALSE';
  readonly expression: Expression;
}

export interface Exists extends NodeBase {
  readonly kind: 'exists';
  readonly query: Query;
}

/** `x > ANY (SELECT ...)`, `x = ALL (1, 2)`. */
export interface Quantified extends NodeBase {
  readonly kind: 'quantified';
  readonly op: BinaryOperator;
  readonly quantifier: 'ANY' | 'ALL';
  readonly left: Expression;
  readonly right: Query | readonly Expression[];
}

export interface OrderItem extends NodeBase {
  readonly kind: 'order-item';
  readonly expression: Expression;
  readonly descending: boolean;
  readonly nulls?: 'FIRST' | 'LAST';
}

export interface WindowFrame {
  readonly unit: 'ROWS' | 'RANGE';
  readonly start: FrameBound;
  readonly end?: FrameBound;
}

export interface FrameBound {
  readonly type: 'UNBOUNDED PRECEDING' | 'UNBOUNDED FOLLOWING' | 'CURRENT ROW' | 'PRECEDING' | 'FOLLOWING';
  readonly offset?: Expression;
}

export interface WindowSpec extends NodeBase {
  readonly kind: 'window';
  readonly partitionBy: readonly Expression[];
  readonly orderBy: readonly OrderItem[];
  readonly frame?: WindowFrame;
}

/** KEEP (DENSE_RANK FIRST|LAST ORDER BY ...). */
export interface KeepClause {
  readonly which: 'FIRST' | 'LAST';
  readonly orderBy: readonly OrderItem[];
}

export interface FunctionCall extends NodeBase {
  readonly kind: 'call';
  /** Qualified: `pkg.fn`, `schema.pkg.fn`. */
  readonly name: readonly Name[];
  readonly args: readonly Expression[];
  /** Named arguments `p => v`, by position in args. */
  readonly argNames?: readonly (Name | undefined)[];
  readonly distinct?: boolean;
  /** COUNT(*). */
  readonly star?: boolean;
  readonly withinGroup?: readonly OrderItem[];
  readonly keep?: KeepClause;
  readonly over?: WindowSpec;
  readonly filter?: Expression;
  /** PostgreSQL's ORDER BY inside an aggregate's parentheses: STRING_AGG(x, ',' ORDER BY y). */
  readonly argumentOrder?: readonly OrderItem[];
  /** An element of the call's array result: (ARRAY_AGG(x ORDER BY y))[1]. */
  readonly element?: number;
  /** LISTAGG's ON OVERFLOW, RESPECT/IGNORE NULLS: kept as words the rules decide on. */
  readonly options?: readonly string[];
  /** The rule that built this call, when a later rule needs to recognise its work. */
  readonly origin?: string;
  /** A call that needs no parentheses in PostgreSQL: CURRENT_DATE, LOCALTIMESTAMP(0) has them. */
  readonly bare?: boolean;
}

export interface WhenThen {
  readonly when: Expression;
  readonly then: Expression;
}

export interface Case extends NodeBase {
  readonly kind: 'case';
  readonly operand?: Expression;
  readonly whens: readonly WhenThen[];
  readonly else?: Expression;
}

export interface Cast extends NodeBase {
  readonly kind: 'cast';
  readonly expression: Expression;
  readonly type: DataType;
  /** Written `x::type` rather than CAST(x AS type): rules use the short form. */
  readonly short?: boolean;
}

export interface Extract extends NodeBase {
  readonly kind: 'extract';
  readonly field: string;
  readonly from: Expression;
}

export interface Trim extends NodeBase {
  readonly kind: 'trim';
  readonly side: 'BOTH' | 'LEADING' | 'TRAILING';
  readonly characters?: Expression;
  readonly from: Expression;
}

/** A scalar subquery. */
export interface SubqueryExpression extends NodeBase {
  readonly kind: 'subquery';
  readonly query: Query;
}

/** `(a, b)` in `(a, b) IN (...)` or `(a, b) = (SELECT ...)`. */
export interface Tuple extends NodeBase {
  readonly kind: 'tuple';
  readonly items: readonly Expression[];
}

/** Parentheses as written; kept so that output reads like input. */
export interface Paren extends NodeBase {
  readonly kind: 'paren';
  readonly expression: Expression;
}

export interface AtTimeZone extends NodeBase {
  readonly kind: 'at-time-zone';
  readonly expression: Expression;
  /** LOCAL, or a zone expression. */
  readonly zone: Expression | 'LOCAL';
}

/** PostgreSQL's ARRAY[...]: rules build it (e.g. for DECODE's pairs). */
export interface ArrayLiteral extends NodeBase {
  readonly kind: 'array';
  readonly items: readonly Expression[];
}

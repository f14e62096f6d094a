/**
 * Small builders for the nodes rules create, so that a rule reads like the SQL it writes.
 * Every built node takes the position of the source node it stands for. Shared by the
 * dialects' rules.
 */
import { oracleName, pgName } from '../ast/node.js';
import type { BinaryOperator, DataType, Expression, FunctionCall, Name } from '../ast/node.js';
import type { Position } from '../tokens/token.js';
import type { RuleContext } from './dialect.js';

/** A call to a PostgreSQL built-in: `call(at, 'COALESCE', a, b)`. */
export function call(at: Position, name: string, ...args: Expression[]): FunctionCall {
  return { kind: 'call', at, name: [oracleName(name)], args };
}

/** A function PostgreSQL writes as a keyword, without parentheses: `keyword(at, 'LOCALTIMESTAMP')`. */
export const keyword = (at: Position, name: string): FunctionCall => ({ ...call(at, name), bare: true });

/** The time now in UTC, without a zone: CURRENT_TIMESTAMP AT TIME ZONE 'UTC'. */
export const utcNow = (at: Position): Expression => ({
  kind: 'at-time-zone',
  at,
  expression: keyword(at, 'CURRENT_TIMESTAMP'),
  zone: { kind: 'literal', at, type: 'string', value: 'UTC' },
});

/** A call to a function of Decant's compatibility schema. */
export function compatCall(
  ctx: RuleContext,
  at: Position,
  name: string,
  ...args: Expression[]
): FunctionCall {
  return { kind: 'call', at, name: [pgName(ctx.options.compatSchema), pgName(name.toLowerCase())], args };
}

export const binary = (
  at: Position,
  op: BinaryOperator,
  left: Expression,
  right: Expression,
): Expression => ({
  kind: 'binary',
  at,
  op,
  left,
  right,
});

export const number = (at: Position, value: number | string): Expression => ({
  kind: 'literal',
  at,
  type: 'number',
  value: String(value),
});

export const string = (at: Position, value: string): Expression => ({
  kind: 'literal',
  at,
  type: 'string',
  value,
});

export const nullLiteral = (at: Position): Expression => ({
  kind: 'literal',
  at,
  type: 'null',
  value: 'NULL',
});

export const isNull = (at: Position, expression: Expression, not = false): Expression => ({
  kind: 'is-null',
  at,
  not,
  expression,
});

export const paren = (expression: Expression): Expression =>
  expression.kind === 'paren' ? expression : { kind: 'paren', at: expression.at, expression };

export const pgType = (at: Position, name: string, ...args: (string | number)[]): DataType => ({
  kind: 'data-type',
  at,
  name,
  args: args.map(String),
  postgres: true,
});

/** `expr::type`. */
export const cast = (expression: Expression, type: DataType): Expression => ({
  kind: 'cast',
  at: expression.at,
  expression,
  type,
  short: true,
});

export const column = (at: Position, ...parts: Name[]): Expression => ({ kind: 'column', at, parts });

export const caseWhen = (
  at: Position,
  whens: { when: Expression; then: Expression }[],
  otherwise?: Expression,
): Expression => ({ kind: 'case', at, whens, ...(otherwise ? { else: otherwise } : {}) });

/** The string literal's value, if the expression is one. */
export function stringValue(e: Expression | undefined): string | undefined {
  return e?.kind === 'literal' && e.type === 'string' ? e.value : undefined;
}

/** The number literal's value, if the expression is one (a signed literal too). */
export function numberValue(e: Expression | undefined): number | undefined {
  if (e?.kind === 'literal' && e.type === 'number') return Number(e.value);
  if (e?.kind === 'unary' && e.op === '-' && e.operand.kind === 'literal' && e.operand.type === 'number') {
    return -Number(e.operand.value);
  }
  if (e?.kind === 'paren') return numberValue(e.expression);
  return undefined;
}

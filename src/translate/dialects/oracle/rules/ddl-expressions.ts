/**
 * `||` where PostgreSQL wants an immutable expression: a generated (virtual) column and an
 * index expression. The concatenation rule writes Oracle's `||` as CONCAT(...), which skips
 * NULLs as Oracle does but is only STABLE (it converts any type through its output function),
 * so PostgreSQL refuses it there ("generation expression is not immutable"). Here each
 * CONCAT(...) becomes a chain of `||` over text operands that are NULL-safe one by one:
 *   string        COALESCE(x, '')
 *   CHAR(n)       COALESCE(RPAD(x, n), '')       char to text drops the padding Oracle keeps
 *   CHAR (n unknown) COALESCE(TEXTIN(BPCHAROUT(x)), '')   the same, through char's own output
 *   number        COALESCE(decant_oracle.to_char(x), '')  TO_CHAR's text (1.5, not 1.50)
 * All of these are immutable (pg_proc.provolatile = 'i'); the rule's NULLIF(..., '') around
 * the chain, where it has one, stays. Refused: dates, timestamps and intervals (Oracle formats
 * them through NLS settings, PostgreSQL through DateStyle: no immutable form gives Oracle's
 * text), floating-point columns and other types. An operand of unknown type is taken as a
 * string, with a review note. Oracle partitions by columns only, so a partition key has no
 * expression to rewrite (ddl-tables refuses a virtual column in the key).
 * Types come from the CREATE TABLE itself (PostgreSQL types, after ddl-types) or from
 * TranslateOptions.columnTypes (Oracle type names) for an index or ALTER TABLE ADD.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Concatenation-Operator.html
 * https://www.postgresql.org/docs/15/ddl-generated-columns.html
 */
import type { ColumnDefinition, Expression, FunctionCall, Name, Node } from '../../../ast/node.js';
import { transform } from '../../../ast/transform.js';
import { unsupported } from '../../../diagnostics.js';
import { generateExpression } from '../../../generator/expression.js';
import { postgresName } from '../../../names.js';
import type { RuleContext } from '../../dialect.js';
import { binary, call, compatCall, number, string } from '../../build.js';
import { inferType, RETURNS, typeOfTypeName, type ValueType } from '../infer-type.js';

/** How an operand of `||` becomes text without a STABLE conversion. */
export type TextForm =
  | { readonly as: 'text' }
  | { readonly as: 'char'; readonly length?: string }
  | { readonly as: 'number' }
  | { readonly as: 'refused'; readonly type: string; readonly why: string };

/** The form of a column reference (its name parts), or undefined when its type is not known. */
export type ColumnForms = (parts: readonly Name[]) => TextForm | undefined;

const DATETIME = 'date or time';
const DATETIME_WHY =
  "Oracle turns a date or time into text through NLS_DATE_FORMAT and PostgreSQL through DateStyle, so no immutable form gives Oracle's text";
const FLOAT_WHY =
  'Oracle prints floating-point values in its own way (BINARY_DOUBLE as 1.5E+000) and PostgreSQL has no immutable conversion giving that text';
const OTHER_WHY = "Decant knows no immutable conversion of it to Oracle's text";

const refused = (type: string, why: string): TextForm => ({ as: 'refused', type, why });

const base = (name: string): string => name.replace(/\(.*$/s, '').trim().toLowerCase();
const lengthIn = (name: string): string | undefined => /\(\s*(\d+)/.exec(name)?.[1];

const PG_TEXT = new Set(['text', 'varchar', 'character varying', 'citext']);
const PG_CHAR = new Set(['char', 'character', 'bpchar', 'nchar']);
const PG_NUMBER = new Set([
  'smallint',
  'integer',
  'int',
  'int2',
  'int4',
  'int8',
  'bigint',
  'numeric',
  'decimal',
]);
const PG_FLOAT = new Set(['real', 'double precision', 'float', 'float4', 'float8']);

/** The form of a PostgreSQL column type, as ddl-types (or a typeMap override) wrote it. */
function formOfPgType(name: string, args: readonly string[]): TextForm {
  const t = base(name);
  if (PG_TEXT.has(t)) return { as: 'text' };
  if (PG_CHAR.has(t)) {
    const length = args[0] ?? lengthIn(name);
    return length ? { as: 'char', length } : { as: 'char' };
  }
  if (PG_NUMBER.has(t)) return { as: 'number' };
  if (PG_FLOAT.has(t)) return refused(t, FLOAT_WHY);
  if (/^(date|time|interval)/.test(t)) return refused(DATETIME, DATETIME_WHY);
  return refused(t, OTHER_WHY);
}

const ORACLE_CHAR = new Set(['CHAR', 'NCHAR', 'CHARACTER', 'NATIONAL CHAR', 'NATIONAL CHARACTER']);
const ORACLE_FLOAT = new Set(['FLOAT', 'REAL', 'DOUBLE PRECISION', 'BINARY_FLOAT', 'BINARY_DOUBLE']);

/** The form of an Oracle type name as TranslateOptions.columnTypes gives it ('VARCHAR2', 'CHAR(3)'). */
function formOfOracleType(name: string): TextForm {
  const t = base(name).toUpperCase();
  if (ORACLE_CHAR.has(t)) {
    const length = lengthIn(name);
    return length ? { as: 'char', length } : { as: 'char' };
  }
  if (ORACLE_FLOAT.has(t)) return refused(t, FLOAT_WHY);
  return formOfValueType(typeOfTypeName(name)) ?? refused(t, OTHER_WHY);
}

/** Strings and numbers have an immutable text form; date and time values do not. */
function formOfValueType(type: ValueType | undefined): TextForm | undefined {
  switch (type) {
    case 'string':
      return { as: 'text' };
    case 'number':
      return { as: 'number' };
    case 'date':
    case 'timestamp':
    case 'interval':
      return refused(DATETIME, DATETIME_WHY);
    default:
      return undefined;
  }
}

const tableName = (name: readonly Name[]): string => postgresName(name[name.length - 1]!).name;

/** Looks up a column written bare or qualified by the table's own name. */
function columnForms(table: string, formOf: (column: string) => TextForm | undefined): ColumnForms {
  return (parts) => {
    if (parts.length > 2 || (parts.length === 2 && postgresName(parts[0]!).name !== table)) return undefined;
    return formOf(postgresName(parts[parts.length - 1]!, 'column').name);
  };
}

/** The columns of a CREATE TABLE, by their PostgreSQL types (ddl-types has mapped them). */
export function tableColumnForms(table: readonly Name[], columns: readonly ColumnDefinition[]): ColumnForms {
  const forms = new Map<string, TextForm>();
  for (const c of columns)
    if (c.type) forms.set(postgresName(c.name, 'column').name, formOfPgType(c.type.name, c.type.args));
  return columnForms(tableName(table), (column) => forms.get(column));
}

/** The columns of a table TranslateOptions.columnTypes knows (a script's earlier CREATE TABLE). */
export function knownColumnForms(ctx: RuleContext, table: readonly Name[]): ColumnForms {
  const name = tableName(table);
  const columns = ctx.options.columnTypes?.get(name);
  return columnForms(name, (column) => {
    const type = columns?.get(column);
    return type === undefined ? undefined : formOfOracleType(type);
  });
}

const isConcat = (e: Node): e is FunctionCall =>
  e.kind === 'call' && e.name.length === 1 && !e.name[0]!.quoted && e.name[0]!.value === 'CONCAT';

/** asText's TO_CHAR(x): x is judged again here, by the column types this statement knows. */
function implicitToChar(e: Expression, ctx: RuleContext): Expression {
  if (
    e.kind === 'call' &&
    e.args.length === 1 &&
    e.name.length === 2 &&
    e.name[0]!.value === ctx.options.compatSchema &&
    e.name[1]!.value === 'to_char'
  ) {
    return e.args[0]!;
  }
  return e;
}

function formOf(e: Expression, forms: ColumnForms, ctx: RuleContext): TextForm | undefined {
  // Only the table's own types: a same-named column of another table proves nothing.
  if (e.kind === 'column') return forms(e.parts);
  if (e.kind === 'binary' && e.op === '||') return { as: 'text' };
  return formOfValueType(inferType(e, ctx));
}

interface Pass {
  readonly forms: ColumnForms;
  /** 'a generated column', 'an index': where PostgreSQL wants the expression immutable. */
  readonly where: string;
  readonly ctx: RuleContext;
  readonly unknown: Expression[];
}

const isEmptyString = (e: Expression | undefined): boolean =>
  e?.kind === 'literal' && e.type === 'string' && e.value === '';

/** NULLIF(x, '') inside COALESCE(..., '') changes nothing: x alone. */
const withoutNullIfEmpty = (e: Expression): Expression =>
  e.kind === 'call' &&
  e.name.length === 1 &&
  e.name[0]!.value === 'NULLIF' &&
  e.args.length === 2 &&
  isEmptyString(e.args[1])
    ? e.args[0]!
    : e;

/** One CONCAT argument as NULL-safe immutable text; undefined for NULL or '' (nothing to add). */
function piece(arg: Expression, pass: Pass): Expression | undefined {
  const { ctx } = pass;
  const e = implicitToChar(arg, ctx);
  if (e.kind === 'literal') {
    if (e.type === 'null' || isEmptyString(e)) return undefined;
    if (e.type === 'string') return e;
  }
  const form = formOf(e, pass.forms, ctx);
  const at = e.at;
  const orEmpty = (x: Expression): Expression => call(at, 'COALESCE', withoutNullIfEmpty(x), string(at, ''));
  if (!form) {
    pass.unknown.push(e);
    return orEmpty(e);
  }
  switch (form.as) {
    case 'text':
      return orEmpty(e);
    case 'char':
      return orEmpty(
        form.length
          ? call(at, 'RPAD', e, number(at, form.length))
          : call(at, 'TEXTIN', call(at, 'BPCHAROUT', e)),
      );
    case 'number':
      return orEmpty({ ...compatCall(ctx, at, 'to_char', e), origin: RETURNS.string });
    case 'refused':
      throw unsupported(
        at,
        `a ${form.type} operand of || in ${pass.where}`,
        `PostgreSQL accepts only immutable expressions in ${pass.where}, and ${form.why}`,
        'concatenate in a view or a trigger instead, or convert the value with an explicit TO_CHAR in a plain column',
      );
  }
}

function chain(concat: FunctionCall, pass: Pass): Expression {
  const pieces = concat.args.map((a) => piece(a, pass)).filter((p): p is Expression => p !== undefined);
  // CONCAT of nothing but NULLs is ''; a NULLIF around it (the rule's) makes that NULL.
  if (!pieces.length) return string(concat.at, '');
  return pieces.reduce((left, right) => binary(concat.at, '||', left, right));
}

/**
 * `expression` with every CONCAT(...) written as an immutable `||` chain; unchanged (the same
 * object) when it has none. Throws for an operand that has no immutable text form.
 */
export function immutableConcatenation(
  expression: Expression,
  forms: ColumnForms,
  where: string,
  ctx: RuleContext,
): Expression {
  const pass: Pass = { forms, where, ctx, unknown: [] };
  const result = transform(expression, (node) => (isConcat(node) ? chain(node, pass) : node));
  const first = pass.unknown[0];
  if (first) {
    ctx.review(
      first.at,
      '|| on an operand of unknown type',
      `${pass.unknown.map(generateExpression).join(', ')} taken as strings in ${pass.where}: a CHAR column would lose its trailing blanks, and PostgreSQL refuses a number or a date there; give the table's column types (an earlier CREATE TABLE in the script, or the columnTypes option)`,
    );
  }
  return result;
}

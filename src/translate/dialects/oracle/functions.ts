/**
 * Oracle built-in functions by name: how each becomes PostgreSQL. A plain rename or a call
 * into the compatibility schema is a table entry; a function whose translation is a small
 * expression gets a builder. A function not listed is kept as written (user functions,
 * and built-ins that mean the same in both).
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Single-Row-Functions.html
 */
import type { Expression, FunctionCall } from '../../ast/node.js';
import { unsupported } from '../../diagnostics.js';
import type { RuleContext } from '../dialect.js';
import { call, caseWhen, compatCall, isNull } from './build.js';

export type FunctionTranslation = (call: FunctionCall, ctx: RuleContext) => Expression;

/** Same meaning in PostgreSQL under another name. */
const rename =
  (name: string): FunctionTranslation =>
  (f) => ({ ...f, name: [{ value: name, quoted: false }] });

/** Same meaning only through a function of the compatibility schema. */
const compat =
  (name: string): FunctionTranslation =>
  (f, ctx) => ({ ...compatCall(ctx, f.at, name, ...f.args) });

/** Refused: no PostgreSQL counterpart. */
const refuse =
  (why: string): FunctionTranslation =>
  (f) => {
    throw unsupported(f.at, `${f.name.map((n) => n.value).join('.')}()`, why);
  };

function arity(f: FunctionCall, min: number, max = min): void {
  if (f.args.length < min || f.args.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    throw unsupported(
      f.at,
      `${f.name.map((n) => n.value).join('.')}()`,
      `it takes ${expected} arguments, not ${f.args.length}`,
    );
  }
}

/** DECODE(x, s1, r1, ..., [default]): NULL matches NULL, unlike CASE x WHEN. */
const decode: FunctionTranslation = (f) => {
  if (f.args.length < 3) arity(f, 3, Infinity);
  const [subject, ...rest] = f.args as [Expression, ...Expression[]];
  const whens: { when: Expression; then: Expression }[] = [];
  let i = 0;
  for (; i + 1 < rest.length; i += 2) {
    const search = rest[i]!;
    const result = rest[i + 1]!;
    const when: Expression =
      search.kind === 'literal' && search.type === 'null'
        ? isNull(search.at, subject)
        : search.kind === 'literal'
          ? { kind: 'binary', at: search.at, op: '=', left: subject, right: search }
          : { kind: 'binary', at: search.at, op: 'IS NOT DISTINCT FROM', left: subject, right: search };
    whens.push({ when, then: result });
  }
  return caseWhen(f.at, whens, i < rest.length ? rest[i] : undefined);
};

export const FUNCTIONS: Record<string, FunctionTranslation> = {
  NVL: (f) => (arity(f, 2), call(f.at, 'COALESCE', ...f.args)),
  NVL2: (f) => {
    arity(f, 3);
    const [test, ifNotNull, ifNull] = f.args as [Expression, Expression, Expression];
    return caseWhen(f.at, [{ when: isNull(test.at, test, true), then: ifNotNull }], ifNull);
  },
  DECODE: decode,
  LENGTHB: rename('OCTET_LENGTH'),
  CEIL: rename('CEIL'),
  EMPTY_CLOB: (f) => (arity(f, 0), { kind: 'literal', at: f.at, type: 'string', value: '' }),
  SYS_GUID: compat('sys_guid'),
  ADD_MONTHS: compat('add_months'),
  MONTHS_BETWEEN: compat('months_between'),
  LAST_DAY: compat('last_day'),
  NEXT_DAY: compat('next_day'),
  SUBSTR: compat('substr'),
  INSTR: compat('instr'),
  XMLTYPE: refuse('not translated yet'),
};

/**
 * NULL-handling functions (NVL, NVL2, DECODE), environment functions (SYS_GUID, SYS_CONTEXT),
 * empty LOBs, and the aggregate and analytic functions whose PostgreSQL form differs
 * (RESPECT/IGNORE NULLS are in ignore-nulls.ts).
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/NVL.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/SYS_CONTEXT.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Aggregate-Functions.html
 */
import type { Expression, FunctionCall } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import { binary, call, cast, caseWhen, isNull, number, pgType, string, stringValue } from '../../build.js';
import { inferType } from '../infer-type.js';
import { arity, canonicalNumber, compat, fnName, returning, type FunctionTranslation } from './helpers.js';
import { numericLiteral } from './conversion.js';
import { nullsOption } from './ignore-nulls.js';

/** NVL converts the second argument to the first one's type: a literal is converted now. */
const nvl: FunctionTranslation = (f, ctx) => {
  arity(f, 2);
  const [first, second] = f.args as [Expression, Expression];
  const type = inferType(first, ctx);
  let other = second;
  if (type === 'string' && second.kind === 'literal' && second.type === 'number') {
    other = string(second.at, canonicalNumber(second.value));
  } else if (type === 'number' && stringValue(second) !== undefined) {
    other = numericLiteral(second) ?? second;
  }
  const built = call(f.at, 'COALESCE', first, other);
  return type && type !== 'interval' ? returning(type, built) : built;
};

/** DECODE(x, s1, r1, ..., [default]): NULL matches NULL, unlike CASE x WHEN. */
const decode: FunctionTranslation = (f) => {
  arity(f, 3, Infinity);
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
          ? binary(search.at, '=', subject, search)
          : binary(search.at, 'IS NOT DISTINCT FROM', subject, search);
    whens.push({ when, then: result });
  }
  return caseWhen(f.at, whens, i < rest.length ? rest[i] : undefined);
};

/** SYS_CONTEXT('USERENV', ...): the parameters PostgreSQL can answer; the others by name. */
const USERENV: Record<string, (at: FunctionCall['at']) => Expression> = {
  // Oracle's names are upper case; roles and schemas from a migration are lower case.
  SESSION_USER: (at) => call(at, 'UPPER', { ...call(at, 'SESSION_USER'), bare: true }),
  CURRENT_USER: (at) => call(at, 'UPPER', { ...call(at, 'CURRENT_USER'), bare: true }),
  CURRENT_SCHEMA: (at) => call(at, 'UPPER', { ...call(at, 'CURRENT_SCHEMA'), bare: true }),
  DB_NAME: (at) => call(at, 'CURRENT_DATABASE'),
  IP_ADDRESS: (at) => call(at, 'HOST', call(at, 'INET_CLIENT_ADDR')),
  SID: (at) => cast(call(at, 'PG_BACKEND_PID'), pgType(at, 'text')),
};

const sysContext: FunctionTranslation = (f) => {
  arity(f, 2, 3);
  const namespace = stringValue(f.args[0])?.toUpperCase();
  const parameter = stringValue(f.args[1])?.toUpperCase();
  if (namespace !== 'USERENV' || parameter === undefined) {
    throw unsupported(f.at, fnName(f), "Decant translates SYS_CONTEXT('USERENV', 'literal') only");
  }
  const answer = USERENV[parameter];
  if (!answer) {
    throw unsupported(
      f.args[1]!.at,
      `SYS_CONTEXT('USERENV', '${parameter}')`,
      'PostgreSQL has no counterpart for this parameter',
    );
  }
  return returning('string', answer(f.at));
};

/** STDDEV and VARIANCE are 0 for a single row in Oracle; PostgreSQL's sample forms give NULL. */
const oneRowZero =
  (name: string): FunctionTranslation =>
  (f) => {
    arity(f, 1);
    if (f.keep) return f;
    const count: FunctionCall = { ...f, name: [{ value: 'COUNT', quoted: false }] };
    const built: FunctionCall = { ...f, name: [{ value: name, quoted: false }] };
    return caseWhen(
      f.at,
      [{ when: binary(f.at, '=', count, number(f.at, 1)), then: number(f.at, 0) }],
      built,
    );
  };

const median: FunctionTranslation = (f) => {
  arity(f, 1);
  if (f.over || f.distinct) {
    throw unsupported(
      f.at,
      'MEDIAN() with OVER or DISTINCT',
      'PostgreSQL has no ordered-set aggregate as a window function',
    );
  }
  return {
    ...call(f.at, 'PERCENTILE_CONT', number(f.at, 0.5)),
    withinGroup: [{ kind: 'order-item', at: f.at, expression: f.args[0]!, descending: false }],
  };
};

/** RATIO_TO_REPORT(x) OVER (PARTITION BY p) is x / SUM(x) OVER (PARTITION BY p). */
const ratioToReport: FunctionTranslation = (f) => {
  arity(f, 1);
  if (!f.over || f.over.orderBy.length) {
    throw unsupported(f.at, 'RATIO_TO_REPORT()', 'it needs OVER with at most a PARTITION BY');
  }
  const sum: FunctionCall = { ...call(f.at, 'SUM', f.args[0]!), over: f.over };
  return returning('number', binary(f.at, '/', f.args[0]!, sum));
};

export const MISC_FUNCTIONS: Record<string, FunctionTranslation> = {
  NVL: nvl,
  NVL2: (f) => {
    arity(f, 3);
    const [test, ifNotNull, ifNull] = f.args as [Expression, Expression, Expression];
    return caseWhen(f.at, [{ when: isNull(test.at, test, true), then: ifNotNull }], ifNull);
  },
  DECODE: decode,
  SYS_GUID: compat('sys_guid', undefined, 0, 0),
  SYS_CONTEXT: sysContext,
  // An empty LOB is not NULL in Oracle; nor is '' in a PostgreSQL text or bytea column.
  EMPTY_CLOB: (f) => (arity(f, 0), string(f.at, '')),
  EMPTY_BLOB: (f) => (arity(f, 0), cast(string(f.at, ''), pgType(f.at, 'bytea'))),
  STDDEV: oneRowZero('STDDEV'),
  VARIANCE: oneRowZero('VARIANCE'),
  MEDIAN: median,
  FIRST_VALUE: nullsOption,
  LAST_VALUE: nullsOption,
  NTH_VALUE: nullsOption,
  LAG: nullsOption,
  LEAD: nullsOption,
  RATIO_TO_REPORT: ratioToReport,
  XMLTYPE: (f) => {
    throw unsupported(f.at, fnName(f), 'not translated yet');
  },
};

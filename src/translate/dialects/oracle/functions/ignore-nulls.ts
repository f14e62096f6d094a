/**
 * FIRST_VALUE, LAST_VALUE, NTH_VALUE, LAG and LEAD with IGNORE NULLS, which PostgreSQL 15 does
 * not have. Each reads the n-th non-NULL value of a frame, from its start or from its end:
 *
 * - FIRST_VALUE, LAST_VALUE, NTH_VALUE(x, n): the frame written, or the default one (the same
 *   in both: with ORDER BY, RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), kept as it is.
 * - LAG(x, k, d): the k-th non-NULL value from the end of ROWS BETWEEN UNBOUNDED PRECEDING AND
 *   1 PRECEDING, else d; LEAD the k-th from the start of ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED
 *   FOLLOWING.
 *
 * The first or last one is decant_oracle.first_non_null(x) / last_non_null(x), window aggregates
 * that keep one value; the n-th is an element of ARRAY_AGG(x) FILTER (WHERE x IS NOT NULL).
 * A frame that runs to the partition's end but starts past its start (LEAD's, or CURRENT ROW AND
 * UNBOUNDED FOLLOWING) would make PostgreSQL restart the aggregate at every row, a quadratic
 * cost; it is read backwards instead (order reversed, frame mirrored, start and end swapped),
 * so that the frame starts at the partition's start and rows are only ever added. Reversing the
 * order may order rows that tie on it differently, which Oracle leaves undefined as well.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/FIRST_VALUE.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/NTH_VALUE.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/LAG.html
 */
import type { Expression, FunctionCall, WindowSpec } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import type { RuleContext } from '../../dialect.js';
import { call, compatCall, isNull, number, numberValue } from '../../build.js';
import { mirrored, reversed } from '../window.js';
import { arity, fnName, type FunctionTranslation } from './helpers.js';

/** The n-th non-NULL value of a window's frame, counted from its start or from its end. */
function nthNonNull(
  ctx: RuleContext,
  f: FunctionCall,
  value: Expression,
  n: number,
  fromEnd: boolean,
  window: WindowSpec,
): Expression {
  const frame = window.frame;
  if (
    window.orderBy.length &&
    frame?.end?.type === 'UNBOUNDED FOLLOWING' &&
    frame.start.type !== 'UNBOUNDED PRECEDING'
  ) {
    const backwards = { ...window, orderBy: window.orderBy.map(reversed), frame: mirrored(frame) };
    return nthNonNull(ctx, f, value, n, !fromEnd, backwards);
  }
  const at = f.at;
  if (n === 1)
    return { ...compatCall(ctx, at, fromEnd ? 'last_non_null' : 'first_non_null', value), over: window };
  const values: FunctionCall = {
    ...call(at, 'ARRAY_AGG', value),
    filter: isNull(at, value, true),
    over: window,
  };
  return fromEnd ? compatCall(ctx, at, 'nth_last', values, number(at, n)) : { ...values, element: n };
}

/** A position or offset Decant can index with: a positive whole number written as such. */
function position(f: FunctionCall, e: Expression | undefined, what: string, fallback?: number): number {
  const n = e === undefined ? fallback : numberValue(e);
  if (n === undefined || !Number.isInteger(n) || n < 1) {
    throw unsupported(
      e?.at ?? f.at,
      `${fnName(f)} IGNORE NULLS with this ${what}`,
      `Decant translates the ${what} only when written as a whole number from 1 up`,
      `write the ${what} as a number, or compute the value in a subquery`,
    );
  }
  return n;
}

function windowOf(f: FunctionCall): WindowSpec {
  if (!f.over) {
    throw unsupported(
      f.at,
      `${fnName(f)} IGNORE NULLS`,
      'it is an analytic function and needs an OVER clause',
      'add the OVER clause Oracle requires',
    );
  }
  return f.over;
}

/** LAG and LEAD: Oracle requires ORDER BY and takes no frame; the translation writes its own. */
function offsetWindow(f: FunctionCall, before: boolean): WindowSpec {
  const window = windowOf(f);
  if (!window.orderBy.length || window.frame) {
    throw unsupported(
      window.at,
      `${fnName(f)} IGNORE NULLS`,
      'its OVER clause needs an ORDER BY and no window frame',
      'order the window, as Oracle requires, and leave the frame out',
    );
  }
  return {
    ...window,
    frame: before
      ? {
          unit: 'ROWS',
          start: { type: 'UNBOUNDED PRECEDING' },
          end: { type: 'PRECEDING', offset: number(f.at, 1) },
        }
      : {
          unit: 'ROWS',
          start: { type: 'FOLLOWING', offset: number(f.at, 1) },
          end: { type: 'UNBOUNDED FOLLOWING' },
        },
  };
}

const offsetValue =
  (before: boolean): FunctionTranslation =>
  (f, ctx) => {
    arity(f, 1, 3);
    const [value, offset, otherwise] = f.args as [Expression, Expression | undefined, Expression | undefined];
    const k = position(f, offset, 'offset', 1);
    const found = nthNonNull(ctx, f, value, k, before, offsetWindow(f, before));
    // The value found is never NULL, so COALESCE stands for "none found".
    return otherwise ? call(f.at, 'COALESCE', found, otherwise) : found;
  };

const IGNORING: Record<string, FunctionTranslation> = {
  FIRST_VALUE: (f, ctx) => (arity(f, 1), nthNonNull(ctx, f, f.args[0]!, 1, false, windowOf(f))),
  LAST_VALUE: (f, ctx) => (arity(f, 1), nthNonNull(ctx, f, f.args[0]!, 1, true, windowOf(f))),
  NTH_VALUE: (f, ctx) => {
    arity(f, 2);
    return nthNonNull(ctx, f, f.args[0]!, position(f, f.args[1], 'position'), false, windowOf(f));
  },
  LAG: offsetValue(true),
  LEAD: offsetValue(false),
};

/** The analytic functions that take RESPECT NULLS (the default, dropped) or IGNORE NULLS. */
export const nullsOption: FunctionTranslation = (f, ctx) => {
  const options = f.options?.filter((o) => o !== 'RESPECT NULLS' && o !== 'IGNORE NULLS');
  const { options: _dropped, ...rest } = f;
  const plain: FunctionCall = options?.length ? { ...rest, options } : rest;
  if (!f.options?.includes('IGNORE NULLS')) return plain;
  const translation = IGNORING[f.name[0]!.value];
  if (!translation) throw unsupported(f.at, `${fnName(f)} IGNORE NULLS`, 'Oracle has no such option here');
  return translation(plain, ctx);
};

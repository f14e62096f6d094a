/**
 * agg(x) KEEP (DENSE_RANK FIRST|LAST ORDER BY k1, k2, ...) [OVER (PARTITION BY ...)]: the
 * aggregate of x over the rows ranked first (or last) by the keys. LAST is FIRST over the
 * reversed order, so only FIRST is built.
 *
 * - MIN and MAX: sorting by the keys and then by x (descending for MAX, NULLs last) puts the
 *   answer first, so (ARRAY_AGG(x ORDER BY k, x))[1] is exact, NULLs included; the analytic
 *   form is FIRST_VALUE over the same order.
 * - SUM, AVG, COUNT, VARIANCE, STDDEV (DISTINCT too): sorted by the keys, the first rank is the
 *   leading rows; their number is the least, over the keys, of decant_oracle.leading_ties(k)
 *   (how many leading rows tie with the first on k), so
 *   decant_oracle.array_sum(decant_oracle.array_head(ARRAY_AGG(x ORDER BY k), n)) is exact.
 *   The analytic form takes the same aggregates as window functions over the partition in key
 *   order (PostgreSQL has no ORDER BY inside a window aggregate), whole partition as frame.
 *   An empty input gives an empty head: SUM is NULL, COUNT 0, as in Oracle.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/FIRST.html
 */
import type { Expression, FunctionCall, OrderItem, WindowSpec } from '../../../ast/node.js';
import type { Position } from '../../../tokens/token.js';
import { unsupported } from '../../../diagnostics.js';
import { rule, type RuleContext } from '../../dialect.js';
import { call, compatCall } from '../../build.js';
import { reversed, WHOLE_PARTITION } from '../window.js';

/** Oracle's aggregates that take KEEP, but MIN and MAX: the compatibility function over an array. */
const OVER_ARRAY: Record<string, string> = {
  SUM: 'array_sum',
  AVG: 'array_avg',
  COUNT: 'array_count',
  VARIANCE: 'array_variance',
  STDDEV: 'array_stddev',
};

/** An aggregate over the rows in key order: ordered (grouped form) or over the key-ordered partition. */
type InKeyOrder = (aggregate: FunctionCall) => FunctionCall;

export default rule({
  name: 'keep',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/FIRST.html',
  kinds: ['call'],
  rewrite: (node, ctx): Expression => {
    if (!node.keep) return node;
    const at = node.at;
    const name = node.name.length === 1 && !node.name[0]!.quoted ? node.name[0]!.value : '';
    if (name !== 'MIN' && name !== 'MAX' && !(name in OVER_ARRAY)) {
      throw unsupported(
        at,
        `${name || 'this function'} ... KEEP (DENSE_RANK ...)`,
        'Oracle takes KEEP only on MIN, MAX, SUM, AVG, COUNT, VARIANCE and STDDEV',
        'compute the rank in a subquery (DENSE_RANK() OVER ...) and aggregate the rows whose rank is 1',
      );
    }
    if (node.over && (node.over.orderBy.length || node.over.frame)) {
      throw unsupported(
        node.over.at,
        `${name} ... KEEP ... OVER (ORDER BY ...)`,
        'Oracle allows only PARTITION BY in the OVER clause of KEEP',
        "drop the ORDER BY and the frame: KEEP's own ORDER BY ranks the rows",
      );
    }
    if (!(node.star && name === 'COUNT') && node.args.length !== 1)
      throw unsupported(at, `${name} ... KEEP`, 'it takes one argument', 'aggregate one expression');
    const keys = node.keep.which === 'FIRST' ? node.keep.orderBy : node.keep.orderBy.map(reversed);
    if (name === 'MIN' || name === 'MAX') return minMax(at, name, node.args[0]!, keys, node.over);
    const window: WindowSpec | undefined = node.over && {
      ...node.over,
      orderBy: keys,
      frame: WHOLE_PARTITION,
    };
    const inKeyOrder: InKeyOrder = (aggregate) =>
      window ? { ...aggregate, over: window } : { ...aggregate, argumentOrder: keys };
    const size = firstRankSize(ctx, at, keys, inKeyOrder);
    if (node.star) return size;
    let rows: Expression = compatCall(
      ctx,
      at,
      'array_head',
      inKeyOrder(call(at, 'ARRAY_AGG', node.args[0]!)),
      size,
    );
    if (node.distinct) rows = compatCall(ctx, at, 'array_distinct', rows);
    return compatCall(ctx, at, OVER_ARRAY[name]!, rows);
  },
});

/**
 * How many rows the first rank holds: the least over the keys of the leading rows tying with
 * the first row on that key. Rows sorted by every key tie with the first on all keys exactly as
 * long as they tie on each, and the first row past the rank differs on some key, whose count
 * therefore stops there.
 */
function firstRankSize(
  ctx: RuleContext,
  at: Position,
  keys: readonly OrderItem[],
  inKeyOrder: InKeyOrder,
): Expression {
  const ties = keys.map((key) => inKeyOrder(compatCall(ctx, at, 'leading_ties', key.expression)));
  return ties.length === 1 ? ties[0]! : call(at, 'LEAST', ...ties);
}

/** MIN/MAX: the answer sorts first once x follows the keys (descending for MAX), NULLs last. */
function minMax(
  at: Position,
  name: 'MIN' | 'MAX',
  value: Expression,
  keys: readonly OrderItem[],
  over: WindowSpec | undefined,
): Expression {
  // DISTINCT changes neither the smallest nor the largest value: it is dropped. NULLs sort
  // last ascending by default; descending, they must be sent there.
  const byValue: OrderItem =
    name === 'MAX'
      ? { kind: 'order-item', at, expression: value, descending: true, nulls: 'LAST' }
      : { kind: 'order-item', at, expression: value, descending: false };
  const order = [...keys, byValue];
  if (over)
    return { ...call(at, 'FIRST_VALUE', value), over: { ...over, orderBy: order, frame: WHOLE_PARTITION } };
  return { ...call(at, 'ARRAY_AGG', value), argumentOrder: order, element: 1 };
}

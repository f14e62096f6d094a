/**
 * The row generator idiom `SELECT LEVEL FROM dual CONNECT BY LEVEL <= n` (or ROWNUM <= n):
 * DUAL's one row is its own child until the bound fails, so LEVEL (and ROWNUM) run from 1
 * to n. Oracle always returns the root row, so a bound below 1 still gives one row.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Hierarchical-Queries.html
 */
import { nameIs } from '../../../../ast/node.js';
import type { Expression, Select } from '../../../../ast/node.js';
import { some, transform } from '../../../../ast/transform.js';
import { unsupported } from '../../../../diagnostics.js';
import type { RuleContext } from '../../../dialect.js';
import { binary, call, number, numberValue } from '../../../build.js';
import { isWord, ref, word } from './nodes.js';

const FLIPPED: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

export function isDual(node: Select): boolean {
  const [only] = node.from;
  if (node.from.length !== 1 || only?.kind !== 'table') return false;
  const name = only.name;
  return nameIs(name.at(-1), 'DUAL') && (name.length === 1 || (name.length === 2 && nameIs(name[0], 'SYS')));
}

const isCounter = (e: Expression): boolean => isWord(e, 'LEVEL') || isWord(e, 'ROWNUM');

/** The last LEVEL of `LEVEL <= n` / `LEVEL < n` (ROWNUM alike), or undefined for another condition. */
function lastLevel(condition: Expression): Expression | undefined {
  if (condition.kind !== 'binary') return undefined;
  let op: string = condition.op;
  let bound: Expression;
  if (isCounter(condition.left)) bound = condition.right;
  else if (isCounter(condition.right)) {
    bound = condition.left;
    op = FLIPPED[op] ?? op;
  } else return undefined;
  if (some(bound, (n) => n.kind === 'column' && isCounter(n))) return undefined;
  const value = numberValue(bound);
  const at = bound.at;
  if (op === '<=') {
    if (value !== undefined) return number(at, Math.max(1, Math.floor(value)));
    return call(at, 'GREATEST', call(at, 'FLOOR', bound), number(at, 1));
  }
  if (op === '<') {
    if (value !== undefined) return number(at, Math.max(1, Math.ceil(value) - 1));
    return call(at, 'GREATEST', binary(at, '-', call(at, 'CEIL', bound), number(at, 1)), number(at, 1));
  }
  return undefined;
}

/** The generator as generate_series, or undefined when the query is not one. */
export function rowGenerator(node: Select, ctx: RuleContext): Select | undefined {
  const hierarchy = node.hierarchy!;
  if (!isDual(node) || hierarchy.startWith) return undefined;
  const last = lastLevel(hierarchy.connectBy);
  if (!last) return undefined;
  const alias = word(ctx.freshName('generator').toUpperCase());
  const level = ref(node.at, [alias], 'LEVEL');
  const rest = { ...node, hierarchy: undefined, siblings: undefined };
  const replaced = transform(rest, (n) => {
    if (n.kind === 'column' && isCounter(n)) return { ...level, at: n.at };
    if (n.kind === 'column' && n.parts.length === 1 && n.parts[0]!.value.startsWith('CONNECT_BY_'))
      throw unsupported(n.at, n.parts[0]!.value, 'it is not translated in a row generator');
    if (n.kind === 'call' && nameIs(n.name[0], 'SYS_CONNECT_BY_PATH'))
      throw unsupported(n.at, 'SYS_CONNECT_BY_PATH', 'it is not translated in a row generator');
    return n;
  });
  const { hierarchy: _h, siblings: _s, ...select } = replaced;
  return {
    ...select,
    // Every level has one row: the siblings' order has nothing to sort.
    orderBy: node.siblings ? [] : select.orderBy,
    from: [
      {
        kind: 'table-function',
        at: node.from[0]!.at,
        call: call(node.from[0]!.at, 'GENERATE_SERIES', number(node.at, 1), last),
        alias,
        columnAliases: [word('LEVEL')],
        tableWrapper: false,
      },
    ],
  };
}

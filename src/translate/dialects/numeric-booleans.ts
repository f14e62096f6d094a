/**
 * For sources whose truth values are numbers (MySQL, SQLite): a comparison gives 1 or 0,
 * TRUE is 1, and any number is a condition (0 is false, anything else true, NULL unknown).
 * PostgreSQL keeps booleans and numbers apart, so where a condition stands for a value it
 * becomes an integer (`SUM(qty > 1)`, a comparison in the select list), and where a value
 * stands for a condition it is compared with 0 (`WHERE flag`, `IF(n, ...)`). The rule does
 * this where conditions and values meet; function tables call asValue and asCondition for
 * the calls they build.
 * https://dev.mysql.com/doc/refman/8.0/en/logical-operators.html, https://www.sqlite.org/lang_expr.html#booleanexpr
 */
import type { Expression, GroupItem, NodeOf } from '../ast/node.js';
import { unsupported } from '../diagnostics.js';
import { binary, cast, number, pgType } from './build.js';
import { rule } from './dialect.js';

const CONDITION_OPERATORS = new Set([
  '=',
  '<>',
  '<',
  '>',
  '<=',
  '>=',
  'AND',
  'OR',
  'IS DISTINCT FROM',
  'IS NOT DISTINCT FROM',
]);

/** Whether PostgreSQL reads the expression as a boolean. */
function isCondition(e: Expression): boolean {
  switch (e.kind) {
    case 'binary':
      return CONDITION_OPERATORS.has(e.op);
    case 'unary':
      return e.op === 'NOT';
    case 'paren':
      return isCondition(e.expression);
    case 'literal':
      return e.type === 'boolean';
    case 'like':
    case 'between':
    case 'in-list':
    case 'in-query':
    case 'is-null':
    case 'is-truth':
    case 'exists':
    case 'quantified':
      return true;
    default:
      return false;
  }
}

/** The integer asValue makes of a condition: taken apart again where a condition is wanted. */
const isIntegerOfCondition = (e: Expression): e is NodeOf<'cast'> =>
  e.kind === 'cast' && e.type.postgres === true && e.type.name === 'integer' && isCondition(e.expression);

/** The expression where a value is wanted: a condition becomes 1, 0 or NULL. */
export function asValue(e: Expression): Expression {
  if (e.kind === 'literal' && e.type === 'boolean') return number(e.at, e.value === 'TRUE' ? 1 : 0);
  if (!isCondition(e)) return e;
  return cast(e, pgType(e.at, 'integer'));
}

/** The expression where a condition is wanted: a number is true unless 0. */
export function asCondition(e: Expression): Expression {
  if (isCondition(e)) return e;
  if (isIntegerOfCondition(e)) return e.expression;
  if (e.kind === 'paren') return { ...e, expression: asCondition(e.expression) };
  if (e.kind === 'literal') {
    if (e.type === 'null') return e;
    if (e.type === 'number')
      return { kind: 'literal', at: e.at, type: 'boolean', value: Number(e.value) === 0 ? 'FALSE' : 'TRUE' };
    throw unsupported(
      e.at,
      'a string used as a condition',
      'the source reads the number at its start, which PostgreSQL does not',
      'compare the string with a value instead',
    );
  }
  return binary(e.at, '<>', e, number(e.at, 0));
}

const values = (list: readonly Expression[]): Expression[] => list.map(asValue);
const groupItem = (item: GroupItem): GroupItem =>
  item.kind === 'grouping-sets' ? { ...item, sets: values(item.sets) } : asValue(item);

/** Conditions and values where they meet: clauses, operators, CASE. Calls are the function tables' part. */
export default rule({
  name: 'numeric-booleans',
  kinds: [
    'select',
    'join',
    'binary',
    'unary',
    'case',
    'is-truth',
    'like',
    'between',
    'in-list',
    'in-query',
    'quantified',
    'cast',
    'extract',
    'order-item',
    'window',
    'tuple',
  ],
  rewrite: (node) => {
    switch (node.kind) {
      case 'select':
        return {
          ...node,
          items: node.items.map((item) => ({ ...item, expression: asValue(item.expression) })),
          groupBy: node.groupBy.map(groupItem),
          ...(node.where ? { where: asCondition(node.where) } : {}),
          ...(node.having ? { having: asCondition(node.having) } : {}),
        };
      case 'join':
        return node.on ? { ...node, on: asCondition(node.on) } : node;
      case 'binary':
        if (node.op === 'AND' || node.op === 'OR')
          return { ...node, left: asCondition(node.left), right: asCondition(node.right) };
        // XOR: true when exactly one is true, NULL when either is NULL, as <> of two booleans.
        if (node.op === 'XOR')
          return { ...node, op: '<>', left: asCondition(node.left), right: asCondition(node.right) };
        return { ...node, left: asValue(node.left), right: asValue(node.right) };
      case 'unary':
        return { ...node, operand: node.op === 'NOT' ? asCondition(node.operand) : asValue(node.operand) };
      case 'case': {
        const searched = node.operand === undefined;
        return {
          ...node,
          ...(node.operand ? { operand: asValue(node.operand) } : {}),
          whens: node.whens.map(({ when, then }) => ({
            when: searched ? asCondition(when) : asValue(when),
            then: asValue(then),
          })),
          ...(node.else ? { else: asValue(node.else) } : {}),
        };
      }
      case 'is-truth':
        return { ...node, expression: asCondition(node.expression) };
      case 'like':
        return { ...node, expression: asValue(node.expression), pattern: asValue(node.pattern) };
      case 'between':
        return {
          ...node,
          expression: asValue(node.expression),
          low: asValue(node.low),
          high: asValue(node.high),
        };
      case 'in-list':
        return { ...node, expression: asValue(node.expression), list: values(node.list) };
      case 'in-query':
        return { ...node, expression: asValue(node.expression) };
      case 'quantified':
        return {
          ...node,
          left: asValue(node.left),
          right: Array.isArray(node.right) ? values(node.right as readonly Expression[]) : node.right,
        };
      case 'cast':
        return { ...node, expression: asValue(node.expression) };
      case 'extract':
        return { ...node, from: asValue(node.from) };
      case 'order-item':
        return { ...node, expression: asValue(node.expression) };
      case 'window':
        return { ...node, partitionBy: values(node.partitionBy) };
      case 'tuple':
        return { ...node, items: values(node.items) };
    }
  },
});

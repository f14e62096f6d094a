/**
 * A hierarchical query over one table as WITH RECURSIVE. The recursive CTE carries each
 * row's identity (ctid) and what the hierarchy computes for it: LEVEL, the path of row ids
 * (depth-first order and loop detection), the siblings' order, and the values PRIOR,
 * CONNECT_BY_ROOT and SYS_CONNECT_BY_PATH need. The outer query joins the rows back and
 * applies WHERE afterwards, as Oracle does for a query without joins. Joins, subqueries in
 * FROM and ROWNUM are refused here.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Hierarchical-Queries.html
 */
import { callsAggregate } from '../../aggregates.js';
import { nameIs } from '../../../../ast/node.js';
import type { Expression, FromItem, Name, Select, TableRef } from '../../../../ast/node.js';
import { some, transform } from '../../../../ast/transform.js';
import { unsupported } from '../../../../diagnostics.js';
import { generateExpression } from '../../../../generator/expression.js';
import type { RuleContext } from '../../../dialect.js';
import { binary, call, caseWhen, compatCall, isNull, number, string } from '../../../build.js';
import { isWord, ref, rowNumber, select, word } from './nodes.js';

interface Carried {
  readonly name: string;
  /** The value in a root row. */
  readonly root: Expression;
  /** The value in a child row: may read the parent's carried columns. */
  readonly step: Expression;
}

const PSEUDO = ['LEVEL', 'ROWNUM', 'CONNECT_BY_ISLEAF', 'CONNECT_BY_ISCYCLE'];

const hierarchical = (e: unknown): boolean =>
  some(
    e,
    (n) =>
      (n.kind === 'column' && PSEUDO.some((p) => isWord(n, p))) ||
      (n.kind === 'unary' && (n.op === 'PRIOR' || n.op === 'CONNECT_BY_ROOT')) ||
      (n.kind === 'call' && nameIs(n.name[0], 'SYS_CONNECT_BY_PATH')),
  );

function sourceTable(node: Select): TableRef {
  const only = node.from[0]!;
  if (node.from.length !== 1 || only.kind === 'join') {
    throw unsupported(
      node.hierarchy!.connectBy.at,
      'CONNECT BY over a join',
      'Oracle joins first and filters the rest of WHERE after the hierarchy; Decant translates hierarchical queries over one table',
      'build the hierarchy over one table in a subquery or view, and join its result',
    );
  }
  if (only.kind !== 'table' || only.sample || only.partition) {
    throw unsupported(
      only.at,
      'CONNECT BY over a subquery or table function',
      'Decant follows the rows of one table by their identity (ctid)',
      'put the subquery in a view or table, or build the hierarchy over the base table',
    );
  }
  return only;
}

export function recursiveHierarchy(node: Select, ctx: RuleContext): Select {
  const hierarchy = node.hierarchy!;
  const table = sourceTable(node);
  const at = node.at;
  const relation: readonly Name[] = table.alias ? [table.alias] : table.name;
  const cte = word(ctx.freshName('hierarchy').toUpperCase());
  const h = (name: string): Expression => ref(at, [cte], name);
  const rowId = ref(at, relation, 'CTID');

  const carried: Carried[] = [];
  const byKey = new Map<string, string>();
  const carry = (prefix: string, key: string, make: (name: string) => Omit<Carried, 'name'>): string => {
    const known = byKey.get(`${prefix} ${key}`);
    if (known) return known;
    const name = `${prefix}_${carried.filter((c) => c.name.startsWith(`${prefix}_`)).length + 1}`;
    carried.push({ name, ...make(name) });
    byKey.set(`${prefix} ${key}`, name);
    return name;
  };
  const simple = (e: Expression, what: string): Expression => {
    if (hierarchical(e))
      throw unsupported(e.at, what, 'its operand uses PRIOR or a hierarchical pseudo-column');
    return e;
  };
  /** The value of `e` in this row, for the children's PRIOR. */
  const self = (e: Expression): string => carry('prior', generateExpression(e), () => ({ root: e, step: e }));

  const hasPrior = some(hierarchy.connectBy, (n) => n.kind === 'unary' && n.op === 'PRIOR');
  if (!hasPrior && !some(hierarchy.connectBy, (n) => isWord(n as Expression, 'LEVEL'))) {
    throw unsupported(
      hierarchy.connectBy.at,
      'CONNECT BY without PRIOR or LEVEL',
      'every row would be the child of every row without end',
    );
  }

  // The CONNECT BY condition, seen from a child row: PRIOR reads the parent's carried value.
  const childCondition: Expression = transform(hierarchy.connectBy, (n) => {
    if (n.kind === 'unary' && n.op === 'PRIOR') return h(self(simple(n.operand, 'PRIOR')));
    if (n.kind === 'column' && isWord(n, 'LEVEL')) return binary(n.at, '+', h('LEVEL'), number(n.at, 1));
    if (n.kind === 'column' && PSEUDO.some((p) => isWord(n, p)))
      throw unsupported(n.at, n.parts[0]!.value, 'Oracle allows it only outside CONNECT BY');
    if (n.kind === 'unary' || (n.kind === 'call' && nameIs(n.name[0], 'SYS_CONNECT_BY_PATH')))
      throw unsupported(
        n.at,
        'CONNECT_BY_ROOT or SYS_CONNECT_BY_PATH in CONNECT BY',
        'Oracle refuses it too',
      );
    return n;
  });
  if (hierarchy.startWith && hierarchical(hierarchy.startWith))
    throw unsupported(hierarchy.startWith.at, 'START WITH', 'it uses PRIOR or a hierarchical pseudo-column');

  const children = (extra?: Expression): Expression => ({
    kind: 'exists',
    at,
    query: select(
      at,
      [number(at, 1)],
      [table],
      extra ? binary(at, 'AND', childCondition, extra) : childCondition,
    ),
  });

  const finalExpression = <T>(e: T): T =>
    transform(e, (n) => {
      if (n.kind === 'column' && n.parts.length === 1 && !n.parts[0]!.quoted) {
        switch (n.parts[0]!.value) {
          case 'LEVEL':
            return { ...h('LEVEL'), at: n.at };
          case 'CONNECT_BY_ISLEAF':
            return caseWhen(n.at, [{ when: children(), then: number(n.at, 0) }], number(n.at, 1));
          case 'CONNECT_BY_ISCYCLE': {
            if (!hierarchy.noCycle)
              throw unsupported(n.at, 'CONNECT_BY_ISCYCLE', 'Oracle allows it only with CONNECT BY NOCYCLE');
            const ancestor = isNull(n.at, call(n.at, 'ARRAY_POSITION', h('IDS'), rowId), true);
            return caseWhen(n.at, [{ when: children(ancestor), then: number(n.at, 1) }], number(n.at, 0));
          }
          case 'ROWNUM':
            throw unsupported(
              n.at,
              'ROWNUM in a hierarchical query',
              'Oracle numbers the rows in the order the hierarchy produces them',
              'number the rows in an outer query instead',
            );
        }
      }
      if (n.kind === 'star' && !n.qualifier) return { ...n, qualifier: relation };
      if (n.kind === 'unary' && n.op === 'CONNECT_BY_ROOT') {
        const operand = simple(n.operand, 'CONNECT_BY_ROOT');
        const name = carry('root', generateExpression(operand), (own) => ({ root: operand, step: h(own) }));
        return { ...h(name), at: n.at };
      }
      if (n.kind === 'unary' && n.op === 'PRIOR') {
        const operand = simple(n.operand, 'PRIOR');
        const parentValue = h(self(operand));
        const name = carry('parent', generateExpression(operand), () => ({
          // A root has no parent: NULL, typed as the operand.
          root: caseWhen(n.at, [
            { when: { kind: 'literal', at, type: 'boolean', value: 'FALSE' }, then: operand },
          ]),
          step: parentValue,
        }));
        return { ...h(name), at: n.at };
      }
      if (n.kind === 'call' && nameIs(n.name[0], 'SYS_CONNECT_BY_PATH')) {
        if (n.args.length !== 2) throw unsupported(n.at, 'SYS_CONNECT_BY_PATH', 'it takes two arguments');
        const [value, separator] = n.args.map((a) => simple(a, 'SYS_CONNECT_BY_PATH')) as [
          Expression,
          Expression,
        ];
        const name = carry('path', generateExpression(n), (own) => ({
          // Oracle's || skips NULLs, as CONCAT does.
          root: call(n.at, 'CONCAT', separator, value),
          step: call(n.at, 'CONCAT', h(own), separator, value),
        }));
        return { ...h(name), at: n.at };
      }
      return n;
    });

  const items = finalExpression(node.items);
  const where = node.where ? finalExpression(node.where) : undefined;
  const having = node.having ? finalExpression(node.having) : undefined;
  const groupBy = finalExpression(node.groupBy);
  let orderBy = node.siblings ? [] : finalExpression(node.orderBy);

  const fixed: Carried[] = [
    { name: 'ROW_ID', root: rowId, step: rowId },
    { name: 'LEVEL', root: number(at, 1), step: binary(at, '+', h('LEVEL'), number(at, 1)) },
    {
      name: 'IDS',
      root: { kind: 'array', at, items: [rowId] },
      step: binary(at, '||', h('IDS'), rowId),
    },
  ];
  let order = h('IDS');
  if (node.siblings) {
    const keys = node.orderBy.map((k) => ({ ...k, expression: simple(k.expression, 'ORDER SIBLINGS BY') }));
    fixed.push({
      name: 'SIBLING_ORDER',
      root: { kind: 'array', at, items: [rowNumber(at, keys)] },
      step: binary(at, '||', h('SIBLING_ORDER'), rowNumber(at, keys)),
    });
    order = h('SIBLING_ORDER');
  }
  const aggregated =
    node.groupBy.length > 0 || node.distinct || node.having !== undefined || callsAggregate(node.items);
  // Oracle returns a hierarchy depth first, parents before children; applications rely on it.
  if (orderBy.length === 0 && !aggregated)
    orderBy = [{ kind: 'order-item', at, expression: order, descending: false }];

  const columns = [...fixed, ...carried];
  const cteRef: TableRef = { kind: 'table', at, name: [cte] };
  const joined = (on: Expression): FromItem => ({
    kind: 'join',
    at,
    type: 'INNER',
    natural: false,
    left: cteRef,
    right: table,
    on,
  });
  const notVisited = isNull(at, call(at, 'ARRAY_POSITION', h('IDS'), rowId));
  // Without NOCYCLE, Oracle stops the query with ORA-01436 when a row would be its own
  // ancestor. The error's second argument is the row's test, not a constant, so PostgreSQL
  // cannot fold the call at plan time and raises only when a loop is met.
  const loopCheck = hierarchy.noCycle
    ? notVisited
    : caseWhen(
        at,
        [{ when: notVisited, then: { kind: 'literal', at, type: 'boolean', value: 'TRUE' } }],
        compatCall(ctx, at, 'raise_error', string(at, 'ORA-01436: CONNECT BY loop in user data'), notVisited),
      );
  const root = select(
    at,
    columns.map((c) => c.root),
    [table],
    hierarchy.startWith,
  );
  const step = select(
    at,
    columns.map((c) => c.step),
    [joined(childCondition)],
    hasPrior ? loopCheck : undefined,
  );
  const { hierarchy: _h, siblings: _s, where: _w, having: _hv, ...rest } = node;
  return {
    ...rest,
    with: {
      recursive: true,
      ctes: [
        ...(node.with?.ctes ?? []),
        {
          kind: 'cte',
          at,
          name: cte,
          columns: columns.map((c) => word(c.name)),
          query: { kind: 'set-operation', at, op: 'UNION ALL', left: root, right: step, orderBy: [] },
        },
      ],
    },
    items,
    from: [joined(binary(at, '=', rowId, h('ROW_ID')))],
    groupBy,
    orderBy,
    ...(where ? { where } : {}),
    ...(having ? { having } : {}),
  };
}

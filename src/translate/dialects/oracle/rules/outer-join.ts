/**
 * Oracle's outer-join marker: `a.id = b.id(+)` in WHERE makes b the optional side of a left
 * join from a. The conditions marked for one table become that table's ON clause; a table
 * is joined once every table its conditions name is in place; tables that are joined to
 * two unrelated groups bring the groups together first. Conditions without a marker stay in
 * WHERE, where Oracle evaluates them too (after the join).
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Joins.html#GUID-29A4584C-0741-4E6A-A89B-DCFAA222994A
 */
import type { Expression, FromItem, Name, Select } from '../../../ast/node.js';
import { some, transform, visit } from '../../../ast/transform.js';
import { unsupported } from '../../../diagnostics.js';
import { rule } from '../../dialect.js';
import { conjunction, conjuncts } from './conjuncts.js';

const key = (name: Name): string => (name.quoted ? `"${name.value}"` : name.value);

/** The names a FROM item answers to: its alias, or its table's name; for a join, all of its tables'. */
function namesOf(item: FromItem): string[] {
  switch (item.kind) {
    case 'table':
      return [key(item.alias ?? item.name[item.name.length - 1]!)];
    case 'derived':
    case 'table-function':
      return item.alias ? [key(item.alias)] : [];
    case 'join':
      return [...namesOf(item.left), ...namesOf(item.right)];
  }
}

/** The qualifiers of column references in a condition, split by whether they carry (+). */
function qualifiers(condition: Expression): {
  marked: Set<string>;
  plain: Set<string>;
  unqualifiedMarked: boolean;
} {
  const marked = new Set<string>();
  const plain = new Set<string>();
  let unqualifiedMarked = false;
  visit(
    condition,
    (n) => {
      if (n.kind !== 'column') return;
      if (n.parts.length < 2) {
        if (n.outerJoin) unqualifiedMarked = true;
      } else (n.outerJoin ? marked : plain).add(key(n.parts[n.parts.length - 2]!));
    },
    { intoQueries: false },
  );
  return { marked, plain, unqualifiedMarked };
}

/** A (+) in this query's own conditions; subqueries were rewritten before (children first). */
const hasMarker = (e: unknown): boolean =>
  some(e, (n) => n.kind === 'column' && n.outerJoin === true, { intoQueries: false });

const unmark = <T>(e: T): T =>
  transform(e, (n) =>
    n.kind === 'column' && n.outerJoin ? { kind: 'column', at: n.at, parts: n.parts } : n,
  );

export default rule({
  name: 'outer-join',
  kinds: ['select'],
  rewrite: (node): Select => {
    if (!node.where || !hasMarker(node.where)) return node;
    const remaining: Expression[] = [];
    const joinConditions = new Map<string, Expression[]>();
    const preservedBy = new Map<string, Set<string>>();
    for (const condition of conjuncts(node.where)) {
      if (!hasMarker(condition)) {
        remaining.push(condition);
        continue;
      }
      if (some(condition, (n) => n.kind === 'binary' && n.op === 'OR', { intoQueries: false })) {
        throw unsupported(
          condition.at,
          'the outer join marker (+) inside OR',
          'Oracle refuses it too (ORA-01719)',
        );
      }
      const { marked, plain, unqualifiedMarked } = qualifiers(condition);
      if (unqualifiedMarked) {
        throw unsupported(
          condition.at,
          'the outer join marker (+) on an unqualified column',
          'Decant needs to know its table',
          'qualify the column with its table or alias',
        );
      }
      if (marked.size !== 1) {
        throw unsupported(
          condition.at,
          'an outer join condition marking two tables',
          'Oracle refuses it too (ORA-01468)',
        );
      }
      const optional = [...marked][0]!;
      joinConditions.set(optional, [...(joinConditions.get(optional) ?? []), unmark(condition)]);
      const preserved = preservedBy.get(optional) ?? new Set<string>();
      for (const name of plain) if (name !== optional) preserved.add(name);
      preservedBy.set(optional, preserved);
    }

    // Groups: the FROM items that are not optional, each with the names it holds.
    interface Group {
      item: FromItem;
      names: Set<string>;
    }
    const optionalItems = new Map<string, FromItem>();
    const groups: Group[] = [];
    for (const item of node.from) {
      const names = namesOf(item);
      const optional = names.length === 1 && item.kind !== 'join' ? names[0]! : undefined;
      if (optional && joinConditions.has(optional)) optionalItems.set(optional, item);
      else groups.push({ item, names: new Set(names) });
    }
    for (const name of joinConditions.keys()) {
      if (!optionalItems.has(name)) {
        const at = joinConditions.get(name)![0]!.at;
        throw unsupported(
          at,
          'the outer join marker (+)',
          `no table or alias ${name} in this FROM clause can be the optional side`,
        );
      }
    }
    const pending = [...optionalItems.keys()];
    while (pending.length) {
      const index = pending.findIndex((name) =>
        [...preservedBy.get(name)!].every((p) => groups.some((g) => g.names.has(p)) || !optionalItems.has(p)),
      );
      if (index < 0) {
        const at = joinConditions.get(pending[0]!)![0]!.at;
        throw unsupported(at, 'outer joins that form a cycle', 'Oracle refuses them too (ORA-01416)');
      }
      const [name] = pending.splice(index, 1) as [string];
      const needed = [...preservedBy.get(name)!];
      let involved = groups.filter((g) => needed.some((p) => g.names.has(p)));
      if (involved.length === 0) involved = [groups[0]!];
      // Bring the groups together (their order in FROM kept), then join the optional table.
      const first = involved[0]!;
      for (const other of involved.slice(1)) {
        first.item = {
          kind: 'join',
          at: first.item.at,
          type: 'CROSS',
          natural: false,
          left: first.item,
          right: other.item,
        };
        for (const n of other.names) first.names.add(n);
        groups.splice(groups.indexOf(other), 1);
      }
      first.item = {
        kind: 'join',
        at: optionalItems.get(name)!.at,
        type: 'LEFT',
        natural: false,
        left: first.item,
        right: optionalItems.get(name)!,
        on: conjunction(joinConditions.get(name)!)!,
      };
      first.names.add(name);
    }
    const where = conjunction(remaining);
    const { where: _dropped, ...rest } = node;
    return { ...rest, from: groups.map((g) => g.item), ...(where ? { where } : {}) };
  },
});

/**
 * MERGE's `UPDATE SET ... [WHERE c] [DELETE WHERE d]`: Oracle deletes, among the rows it has
 * just updated, those for which d holds on the updated values. PostgreSQL's MERGE takes the
 * first WHEN clause that matches, so the delete comes first, guarded by c and by d with each
 * updated column replaced by the value the update would give it; the update follows, guarded
 * by c. Oracle's `WHEN MATCHED ... WHERE c` becomes `WHEN MATCHED AND c`.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/MERGE.html
 */
import type { Expression, Merge, Name } from '../../../ast/node.js';
import { transform } from '../../../ast/transform.js';
import { rule } from '../../dialect.js';
import { paren } from '../../build.js';

const same = (a: Name, b: Name): boolean => a.value === b.value && a.quoted === b.quoted;

export default rule({
  name: 'merge-delete-where',
  kinds: ['merge'],
  rewrite: (node): Merge => {
    const update = node.update;
    if (!update?.deleteWhere) return node;
    const targetName = node.target.alias ?? node.target.name[node.target.name.length - 1]!;
    const newValue = (parts: readonly Name[]): Expression | undefined => {
      const column = parts[parts.length - 1]!;
      if (parts.length === 2 && !same(parts[0]!, targetName)) return undefined;
      if (parts.length > 2) return undefined;
      const assignment = update.set.find((a) => a.columns.length === 1 && same(a.columns[0]!, column));
      return assignment ? paren(assignment.value) : undefined;
    };
    const afterUpdate = transform(update.deleteWhere, (n) =>
      n.kind === 'column' ? (newValue(n.parts) ?? n) : n,
    );
    const guard = update.where
      ? ({
          kind: 'binary',
          at: update.where.at,
          op: 'AND',
          left: paren(update.where),
          right: paren(afterUpdate),
        } as const)
      : afterUpdate;
    const { deleteWhere: _deleteWhere, ...plainUpdate } = update;
    return { ...node, delete: { where: guard }, update: plainUpdate };
  },
});

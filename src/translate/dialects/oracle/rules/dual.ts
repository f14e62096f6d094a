/**
 * `FROM DUAL` goes: PostgreSQL's SELECT needs no FROM. DUAL's one column is DUMMY, holding
 * 'X', so `SELECT * FROM dual` (the usual source of INSERT ALL) selects that.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Selecting-from-the-DUAL-Table.html
 */
import type { SelectItem } from '../../../ast/node.js';
import { nameIs, oracleName } from '../../../ast/node.js';
import { rule } from '../../dialect.js';
import { string } from '../../build.js';

export default rule({
  name: 'dual',
  kinds: ['select'],
  rewrite: (node) => {
    const [only] = node.from;
    if (node.from.length !== 1 || only?.kind !== 'table') return node;
    const name = only.name;
    const isDual =
      nameIs(name.at(-1), 'DUAL') && (name.length === 1 || (name.length === 2 && nameIs(name[0], 'SYS')));
    if (!isDual) return node;
    const items = node.items.map((item): SelectItem =>
      item.expression.kind === 'star'
        ? { ...item, expression: string(item.at, 'X'), alias: oracleName('DUMMY') }
        : item,
    );
    return { ...node, items, from: [] };
  },
});

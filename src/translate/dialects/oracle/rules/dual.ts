/** `FROM DUAL` goes: PostgreSQL's SELECT needs no FROM. */
import { nameIs } from '../../../ast/node.js';
import { rule } from '../../dialect.js';

export default rule({
  name: 'dual',
  kinds: ['select'],
  rewrite: (node) => {
    const [only] = node.from;
    if (node.from.length !== 1 || only?.kind !== 'table') return node;
    const name = only.name;
    const isDual =
      nameIs(name.at(-1), 'DUAL') && (name.length === 1 || (name.length === 2 && nameIs(name[0], 'SYS')));
    return isDual ? { ...node, from: [] } : node;
  },
});

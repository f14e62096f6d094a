/** Oracle built-in functions through the table in functions.ts. */
import { rule } from '../../dialect.js';
import { FUNCTIONS } from '../functions.js';

export default rule({
  name: 'functions',
  kinds: ['call'],
  rewrite: (node, ctx) => {
    if (node.name.length !== 1 || node.name[0]!.quoted) return node;
    const translation = FUNCTIONS[node.name[0]!.value];
    return translation ? translation(node, ctx) : node;
  },
});

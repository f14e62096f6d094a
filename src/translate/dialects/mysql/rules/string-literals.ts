/** A MySQL string holding a NUL character ('\0'): PostgreSQL's text cannot hold one. */
import { unsupported } from '../../../diagnostics.js';
import { rule } from '../../dialect.js';

export default rule({
  name: 'string-literals',
  kinds: ['literal'],
  rewrite: (node) => {
    if (node.type === 'string' && node.value.includes('\0')) {
      throw unsupported(
        node.at,
        'a NUL character in a string',
        "PostgreSQL's text cannot hold it",
        'remove it from the string',
      );
    }
    return node;
  },
});

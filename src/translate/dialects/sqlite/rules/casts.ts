/**
 * SQLite's CAST by the type name's affinity: a name with INT is INTEGER (SQLite cuts a
 * fraction toward zero, so the value is truncated before the cast), with CHAR, CLOB or TEXT
 * text, with REAL, FLOA or DOUB double precision, NUMERIC and DECIMAL numeric. BLOB, and the
 * other names of NUMERIC affinity (DATE, BOOLEAN, ...), whose conversions no one PostgreSQL
 * cast makes, are refused.
 * https://www.sqlite.org/lang_expr.html#castexpr, https://www.sqlite.org/datatype3.html#determination_of_column_affinity
 */
import type { Expression } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import { call, cast, pgType } from '../../build.js';
import { rule } from '../../dialect.js';

export default rule({
  name: 'casts',
  docUrl: 'https://www.sqlite.org/lang_expr.html#castexpr',
  kinds: ['cast'],
  rewrite: (node) => {
    if (node.type.postgres) return node;
    const { name, at } = node.type;
    const to = (type: string): Expression => ({ ...node, type: pgType(at, type) });
    if (name.includes('INT')) {
      const whole = call(at, 'TRUNC', cast(node.expression, pgType(at, 'numeric')));
      return { ...node, expression: whole, type: pgType(at, 'bigint') };
    }
    if (name.includes('CHAR') || name.includes('CLOB') || name.includes('TEXT')) return to('text');
    if (name.includes('BLOB'))
      throw unsupported(at, 'CAST AS BLOB', 'a blob compares and converts as bytes, not as text');
    if (name.includes('REAL') || name.includes('FLOA') || name.includes('DOUB'))
      return to('double precision');
    if (name.startsWith('NUMERIC') || name.startsWith('DECIMAL')) return to('numeric');
    throw unsupported(
      at,
      `CAST AS ${name}`,
      'SQLite converts to NUMERIC affinity, keeping integers, reals and unreadable text apart, which no PostgreSQL type does',
    );
  },
});

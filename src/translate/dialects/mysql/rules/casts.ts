/**
 * MySQL's CAST and CONVERT types as PostgreSQL types: SIGNED is bigint, UNSIGNED numeric(20)
 * (a negative value wraps around in MySQL: noted for review), CHAR(n) varchar(n), which cuts
 * the value as MySQL does, DECIMAL without precision MySQL's DECIMAL(10,0), DATETIME and TIME
 * without fractions unless given. A character set other than binary changes nothing in a
 * UTF-8 database; binary strings, JSON and YEAR are refused.
 * https://dev.mysql.com/doc/refman/8.0/en/cast-functions.html#function_cast
 */
import type { DataType } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import { pgType } from '../../build.js';
import { rule, type RuleContext } from '../../dialect.js';

function postgresType(type: DataType, ctx: RuleContext): DataType {
  const at = type.at;
  const [first, second] = type.args;
  if (type.charset === 'binary')
    throw unsupported(
      at,
      'CHARACTER SET binary',
      'a binary string compares and converts as bytes, not as text',
    );
  switch (type.name) {
    case 'SIGNED':
    case 'SIGNED INTEGER':
    case 'SIGNED INT':
      return pgType(at, 'bigint');
    case 'UNSIGNED':
    case 'UNSIGNED INTEGER':
    case 'UNSIGNED INT':
      ctx.review(
        at,
        'CAST AS UNSIGNED',
        'MySQL wraps a negative value around to 2^64 minus it; PostgreSQL keeps it negative',
      );
      return pgType(at, 'numeric', 20);
    case 'CHAR':
    case 'NCHAR':
    case 'CHARACTER':
      return first === undefined ? pgType(at, 'text') : pgType(at, 'varchar', first);
    case 'DATE':
      return pgType(at, 'date');
    case 'DATETIME':
      return pgType(at, 'timestamp', first ?? 0);
    case 'TIME':
      return pgType(at, 'time', first ?? 0);
    case 'DECIMAL':
    case 'DEC':
    case 'NUMERIC':
    case 'FIXED':
      return pgType(at, 'numeric', first ?? 10, second ?? 0);
    case 'DOUBLE':
    case 'DOUBLE PRECISION':
    case 'REAL':
      return pgType(at, 'double precision');
    case 'FLOAT':
      return first !== undefined && Number(first) > 24 ? pgType(at, 'double precision') : pgType(at, 'real');
    default:
      throw unsupported(
        at,
        `CAST AS ${type.name}`,
        'Decant has no PostgreSQL type of the same conversions for it',
      );
  }
}

export default rule({
  name: 'casts',
  docUrl: 'https://dev.mysql.com/doc/refman/8.0/en/cast-functions.html',
  kinds: ['cast'],
  rewrite: (node, ctx) => (node.type.postgres ? node : { ...node, type: postgresType(node.type, ctx) }),
});

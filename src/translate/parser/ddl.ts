/**
 * Oracle DDL: CREATE TABLE, INDEX, SEQUENCE, VIEW, MATERIALIZED VIEW, SYNONYM, COMMENT ON,
 * GRANT, ALTER TABLE ... ADD CONSTRAINT.
 */
import type { DdlStatement } from '../ast/node.js';
import type { Cursor } from './cursor.js';

const DDL_WORDS = new Set([
  'CREATE',
  'ALTER',
  'DROP',
  'COMMENT',
  'GRANT',
  'REVOKE',
  'RENAME',
  'ANALYZE',
  'AUDIT',
  'PURGE',
  'FLASHBACK',
]);

export function isDdl(c: Cursor): boolean {
  return c.isAnyWord(DDL_WORDS);
}

export function parseDdl(c: Cursor): DdlStatement {
  return c.unsupported(`${c.peek().value} statement`, 'DDL is not translated yet');
}

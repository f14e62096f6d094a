/**
 * Names PostgreSQL would cut: Oracle (12.2 and later) allows 128 bytes, PostgreSQL 63. Two
 * long names that share their first 63 bytes would meet, so each one gets a review note.
 * Also the note for every DDL statement's names (tables, columns, constraints, partitions).
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Database-Object-Names-and-Qualifiers.html
 */
import type { Name } from '../../../ast/node.js';
import { postgresName } from '../../../names.js';
import type { Position } from '../../../tokens/token.js';
import type { RuleContext } from '../../dialect.js';

/** Reviews the last part of a (qualified) name, or a single name, if it is over 63 bytes. */
export function reviewNameLength(
  ctx: RuleContext,
  at: Position,
  name: Name | readonly Name[] | undefined,
): void {
  if (!name) return;
  const last = Array.isArray(name)
    ? (name as readonly Name[])[(name as readonly Name[]).length - 1]
    : (name as Name);
  if (!last) return;
  const pg = postgresName(last);
  if (pg.tooLong) {
    ctx.review(
      at,
      'a name over 63 bytes',
      `PostgreSQL cuts "${pg.name}" to its first 63 bytes; rename it if another name starts the same way`,
    );
  }
}

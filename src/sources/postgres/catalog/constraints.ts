/**
 * A table's ddl2: primary key, unique, exclusion, check and foreign-key constraints as
 * ALTER TABLE statements, in the order the constraints step can run them (keys before the
 * foreign keys that may point at them), with their comments. Not owned here: NOT NULL
 * (part of CREATE TABLE), constraints a partition or child inherits (its parent's ALTER
 * TABLE creates them), constraint triggers (triggers.ts) and domain checks (types.ts).
 */
import { quoteIdent } from '../../../core/sql/ident.js';
import { groupBy, type CatalogContext } from './context.js';
import { commentOn } from './statements.js';

export interface ConstraintRow {
  rel: string;
  name: string;
  /** contype: p, u, x, c or f. */
  type: string;
  def: string;
  comment: string | null;
}

export async function loadConstraints(
  ctx: CatalogContext,
  oids: readonly string[],
): Promise<Map<string, ConstraintRow[]>> {
  const { rows } = await ctx.client.query<ConstraintRow>(
    `SELECT co.conrelid::text AS rel, co.conname AS name, co.contype::text AS type,
            pg_catalog.pg_get_constraintdef(co.oid) AS def,
            pg_catalog.obj_description(co.oid, 'pg_constraint') AS comment
     FROM pg_catalog.pg_constraint co
     WHERE co.conrelid = ANY($1::oid[]) AND co.contype IN ('p', 'u', 'x', 'c', 'f')
       AND co.conparentid = 0 AND NOT (co.coninhcount > 0 AND NOT co.conislocal)
     ORDER BY co.conrelid,
              CASE co.contype WHEN 'p' THEN 0 WHEN 'u' THEN 1 WHEN 'x' THEN 2 WHEN 'c' THEN 3 ELSE 4 END,
              co.conname`,
    [oids],
  );
  return groupBy(rows, (row) => row.rel);
}

/**
 * The statements of ddl2. `recurse` is true for a partitioned table or an inheritance
 * parent: PostgreSQL refuses ONLY there for keys and checks that its children must share,
 * and without ONLY it creates or attaches the children's copies itself.
 */
export function constraintStatements(
  table: string,
  recurse: boolean,
  constraints: readonly ConstraintRow[],
): string[] {
  const alter = `ALTER TABLE ${recurse ? '' : 'ONLY '}${table}`;
  return [
    ...constraints.map((c) => `${alter} ADD CONSTRAINT ${quoteIdent(c.name)} ${c.def}`),
    ...constraints.flatMap((c) => commentOn('CONSTRAINT', `${quoteIdent(c.name)} ON ${table}`, c.comment)),
  ];
}

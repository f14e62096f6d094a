/**
 * Which relations (tables, partitions, views, materialized views, sequences) of the
 * selected schemas are migrated. Owns the selection rules that go beyond a pattern:
 * a partition follows its parent, an owned sequence follows its table, identity
 * sequences are never objects of their own. Building their DDL belongs to the families.
 */
import type { Selection } from '../../source.js';
import type { CatalogContext } from './context.js';
import { notExtensionMember } from './context.js';
import { isExcluded, isSelected } from '../../selection-pattern.js';

export interface RelationRow {
  oid: string;
  schema: string;
  name: string;
  /** relkind: r, p, v, m or S. */
  kind: string;
  /** The parent when the relation is a partition. */
  partitionOf: string | null;
  /** For a sequence: the table whose column owns it, and how ('a' OWNED BY, 'i' identity). */
  ownerTable: string | null;
  ownerDeptype: string | null;
}

export async function loadRelations(ctx: CatalogContext): Promise<RelationRow[]> {
  const { rows } = await ctx.client.query<RelationRow>(
    `SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS kind,
            (SELECT i.inhparent::text FROM pg_catalog.pg_inherits i
              WHERE i.inhrelid = c.oid AND c.relispartition LIMIT 1) AS "partitionOf",
            owner.refobjid::text AS "ownerTable", owner.deptype::text AS "ownerDeptype"
     FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN LATERAL (
       SELECT d.refobjid, d.deptype FROM pg_catalog.pg_depend d
       WHERE c.relkind = 'S' AND d.classid = 'pg_class'::regclass AND d.objid = c.oid
         AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
       LIMIT 1) owner ON true
     WHERE c.relnamespace = ANY($1::oid[]) AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
       AND ${notExtensionMember('pg_class', 'c.oid')}
     ORDER BY n.nspname, c.relname`,
    [ctx.schemas.map((schema) => schema.oid)],
  );
  return rows;
}

/** The oids of the relations the selection takes. Pure, so that the rules can be tested alone. */
export function selectRelations(rows: readonly RelationRow[], selection: Selection): Set<string> {
  const byOid = new Map(rows.map((row) => [row.oid, row]));
  const decided = new Map<string, boolean>();
  // Partition and ownership chains are short and acyclic: plain recursion with a memo.
  const decide = (row: RelationRow): boolean => {
    let selected = decided.get(row.oid);
    if (selected !== undefined) return selected;
    const parent = row.partitionOf ? byOid.get(row.partitionOf) : undefined;
    const owner = row.ownerTable ? byOid.get(row.ownerTable) : undefined;
    if (row.kind === 'S' && row.ownerDeptype === 'i') {
      selected = false;
    } else if (row.partitionOf) {
      // A partition cannot exist without its parent, and a parent without its partitions
      // loses rows: partitions follow the parent unless excluded by name.
      selected = parent !== undefined && decide(parent) && !isExcluded(selection, row.schema, row.name);
    } else if (row.kind === 'S' && owner) {
      // A sequence OWNED BY a column feeds that table's default: it goes where the table goes.
      selected = decide(owner) && !isExcluded(selection, row.schema, row.name);
    } else {
      selected = isSelected(selection, row.schema, row.name);
    }
    decided.set(row.oid, selected);
    return selected;
  };
  return new Set(rows.filter(decide).map((row) => row.oid));
}

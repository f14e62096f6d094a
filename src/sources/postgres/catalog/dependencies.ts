/**
 * dependsOn from pg_depend: which found object needs which other found object first.
 * Dependent rows are brought back to the object that owns them (a view's rewrite rule,
 * a column default, a domain's constraint); referenced array types to their element
 * type; references to extension members to the EXTENSION. Not owned here: dependencies
 * pg_depend does not record (a table on the sequence it owns, on its partition parent:
 * tables.ts), nor the final clean-up (index.ts).
 */
import type { CatalogContext, CatalogKey, Found } from './context.js';

export interface DependencyRow {
  dependent: CatalogKey;
  ref: CatalogKey | null;
  /** The extension the referenced object belongs to, if any. */
  extension: string | null;
  deptype: string;
}

const DEPENDENTS = `
  SELECT 'class:' || d.objid::text AS dependent, d.refclassid, d.refobjid, d.deptype FROM pg_catalog.pg_depend d
   WHERE d.classid = 'pg_class'::regclass AND d.objid = ANY($1::oid[])
  UNION ALL
  SELECT 'class:' || rw.ev_class::text, d.refclassid, d.refobjid, d.deptype FROM pg_catalog.pg_depend d
    JOIN pg_catalog.pg_rewrite rw ON rw.oid = d.objid
   WHERE d.classid = 'pg_rewrite'::regclass AND rw.ev_class = ANY($1::oid[])
  UNION ALL
  SELECT 'class:' || ad.adrelid::text, d.refclassid, d.refobjid, d.deptype FROM pg_catalog.pg_depend d
    JOIN pg_catalog.pg_attrdef ad ON ad.oid = d.objid
   WHERE d.classid = 'pg_attrdef'::regclass AND ad.adrelid = ANY($1::oid[])
  UNION ALL
  SELECT 'type:' || co.contypid::text, d.refclassid, d.refobjid, d.deptype FROM pg_catalog.pg_depend d
    JOIN pg_catalog.pg_constraint co ON co.oid = d.objid
   WHERE d.classid = 'pg_constraint'::regclass AND co.contypid = ANY($2::oid[])
  UNION ALL
  SELECT 'type:' || d.objid::text, d.refclassid, d.refobjid, d.deptype FROM pg_catalog.pg_depend d
   WHERE d.classid = 'pg_type'::regclass AND d.objid = ANY($2::oid[])
  UNION ALL
  SELECT 'proc:' || d.objid::text, d.refclassid, d.refobjid, d.deptype FROM pg_catalog.pg_depend d
   WHERE d.classid = 'pg_proc'::regclass AND d.objid = ANY($3::oid[])
  UNION ALL
  SELECT 'trigger:' || d.objid::text, d.refclassid, d.refobjid, d.deptype FROM pg_catalog.pg_depend d
   WHERE d.classid = 'pg_trigger'::regclass AND d.objid = ANY($4::oid[])`;

export async function loadDependencies(ctx: CatalogContext): Promise<DependencyRow[]> {
  const { found } = ctx;
  const { rows } = await ctx.client.query<DependencyRow>(
    `WITH deps AS (${DEPENDENTS}),
     resolved AS (
       SELECT deps.*, CASE WHEN t.typlen = -1 AND t.typelem <> 0 THEN t.typelem ELSE deps.refobjid END AS ref_oid
       FROM deps LEFT JOIN pg_catalog.pg_type t ON deps.refclassid = 'pg_type'::regclass AND t.oid = deps.refobjid
       WHERE deps.deptype IN ('n', 'a')
     )
     SELECT DISTINCT r.dependent, r.deptype::text AS deptype,
            CASE r.refclassid
              WHEN 'pg_class'::regclass THEN 'class:' || r.ref_oid::text
              WHEN 'pg_type'::regclass THEN 'type:' || r.ref_oid::text
              WHEN 'pg_proc'::regclass THEN 'proc:' || r.ref_oid::text
              WHEN 'pg_namespace'::regclass THEN 'namespace:' || r.ref_oid::text
              WHEN 'pg_extension'::regclass THEN 'extension:' || r.ref_oid::text
            END AS ref,
            e.refobjid::text AS extension
     FROM resolved r
     LEFT JOIN pg_catalog.pg_depend e ON e.classid = r.refclassid AND e.objid = r.ref_oid AND e.deptype = 'e'
     ORDER BY 1, 3`,
    [found.oids('class'), found.oids('type'), found.oids('proc'), found.oids('trigger')],
  );
  return rows;
}

/** Extensions whose members found objects use but that no found object stands for. */
export function usedExtensions(found: Found, rows: readonly DependencyRow[]): string[] {
  return [
    ...new Set(
      rows.filter((row) => (!row.ref || !found.ref(row.ref)) && row.extension).map((row) => row.extension!),
    ),
  ];
}

export function applyDependencies(found: Found, rows: readonly DependencyRow[]): void {
  for (const row of rows) {
    const dependent = found.ref(row.dependent);
    if (!dependent) continue;
    // A sequence OWNED BY a column depends on the table in pg_depend; for creation it is
    // the other way round (the table's default uses the sequence), as tables.ts records.
    if (dependent.type === 'SEQUENCE' && row.deptype === 'a') continue;
    const ref =
      (row.ref ? found.ref(row.ref) : undefined) ??
      (row.extension ? found.ref(`extension:${row.extension}`) : undefined);
    if (ref) found.get(dependent)?.dependsOn.push(ref);
  }
}

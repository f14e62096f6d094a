/**
 * EXTENSION objects: the extensions that live in a selected schema or whose members
 * (types, functions, ...) selected objects use, plus the extensions those require.
 * Members are never objects of their own: CREATE EXTENSION brings them. Not owned here:
 * finding the uses (dependencies.ts) and the extension's version (the target's default).
 * plpgsql, which every database has, is only an object when it lives in a selected schema.
 */
import { quoteIdent } from '../../../core/sql/ident.js';
import type { ObjectRef } from '../../source.js';
import { baseObject, type CatalogContext } from './context.js';
import { joinStatements } from './statements.js';

interface ExtensionRow {
  oid: string;
  name: string;
  schema: string;
  /** The extension created its schema itself (the control file names it). */
  ownsSchema: boolean;
  requires: string[] | null;
}

export async function discoverExtensions(ctx: CatalogContext, usedOids: readonly string[]): Promise<void> {
  const { rows } = await ctx.client.query<ExtensionRow>(
    `WITH RECURSIVE wanted(oid) AS (
       SELECT e.oid FROM pg_catalog.pg_extension e
       WHERE e.extnamespace = ANY($1::oid[]) OR (e.oid = ANY($2::oid[]) AND e.extname <> 'plpgsql')
       UNION
       SELECT d.refobjid FROM wanted w JOIN pg_catalog.pg_depend d
         ON d.classid = 'pg_extension'::regclass AND d.objid = w.oid AND d.refclassid = 'pg_extension'::regclass
     )
     SELECT e.oid::text AS oid, e.extname AS name, n.nspname AS schema,
            EXISTS (SELECT 1 FROM pg_catalog.pg_depend s WHERE s.classid = 'pg_namespace'::regclass
                     AND s.objid = n.oid AND s.refobjid = e.oid AND s.deptype = 'e') AS "ownsSchema",
            (SELECT array_agg(r.refobjid::text) FROM pg_catalog.pg_depend r
              WHERE r.classid = 'pg_extension'::regclass AND r.objid = e.oid
                AND r.refclassid = 'pg_extension'::regclass) AS requires
     FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
     WHERE e.oid IN (SELECT oid FROM wanted)
     ORDER BY e.extname`,
    [ctx.schemas.map((schema) => schema.oid), usedOids],
  );
  const refs = new Map(
    rows.map((row): [string, ObjectRef] => [
      row.oid,
      { owner: row.schema, name: row.name, type: 'EXTENSION' },
    ]),
  );
  const selectedSchemas = new Set(ctx.schemas.map((schema) => schema.name));
  for (const row of rows) {
    const schema = quoteIdent(row.schema);
    const statements = row.ownsSchema
      ? [`CREATE EXTENSION IF NOT EXISTS ${quoteIdent(row.name)}`]
      : [
          // A schema outside the selection is not migrated, but the extension needs it.
          ...(selectedSchemas.has(row.schema) || ['public', 'pg_catalog'].includes(row.schema)
            ? []
            : [`CREATE SCHEMA IF NOT EXISTS ${schema}`]),
          `CREATE EXTENSION IF NOT EXISTS ${quoteIdent(row.name)} WITH SCHEMA ${schema}`,
        ];
    ctx.found.add(
      {
        ...baseObject(refs.get(row.oid)!, joinStatements(statements)),
        dependsOn: (row.requires ?? []).map((oid) => refs.get(oid)).filter((ref): ref is ObjectRef => !!ref),
        details: { kind: 'extension' },
      },
      [`extension:${row.oid}`],
    );
  }
}

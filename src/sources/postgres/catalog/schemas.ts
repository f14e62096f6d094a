/**
 * Which schemas are migrated, and their SCHEMA objects. Owns the rule for "every schema"
 * (no system, TOAST, temporary or extension-owned schema) and the SOURCE_SCHEMA_MISSING
 * error; the objects inside a schema belong to the other families.
 */
import type pg from 'pg';
import { DecantError } from '../../../core/errors.js';
import { quoteIdent } from '../../../core/sql/ident.js';
import type { Selection } from '../../source.js';
import { baseObject, type CatalogContext, type SelectedSchema } from './context.js';
import { commentOn, joinStatements } from './statements.js';

interface SchemaRow extends SelectedSchema {
  comment: string | null;
  migratable: boolean;
}

export async function selectSchemas(client: pg.Client, selection: Selection): Promise<SelectedSchema[]> {
  const { rows } = await client.query<SchemaRow>(
    `SELECT n.oid::text AS oid, n.nspname AS name,
            n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_namespace'::regclass
                              AND d.objid = n.oid AND d.deptype = 'e') AS migratable
     FROM pg_catalog.pg_namespace n ORDER BY n.nspname`,
  );
  if (selection.schemas.length === 0) {
    return rows.filter((row) => row.migratable).map(({ oid, name }) => ({ oid, name }));
  }
  const byName = new Map(rows.map((row) => [row.name, row]));
  const missing = selection.schemas.filter((name) => !byName.has(name));
  if (missing.length > 0) {
    const available = rows.filter((row) => row.migratable).map((row) => row.name);
    throw new DecantError(
      'SOURCE_SCHEMA_MISSING',
      `The source has no schema ${missing.map((name) => JSON.stringify(name)).join(', ')}`,
      {
        hint: `Schema names are case-sensitive; the source has: ${available.join(', ') || '(none)'}. Fix --users (the users setting), or leave it empty for all of them`,
        context: { schemas: missing },
      },
    );
  }
  return [...new Set(selection.schemas)].map((name) => {
    const { oid } = byName.get(name)!;
    return { oid, name };
  });
}

/** One SCHEMA object per selected schema except `public`, which every database has. */
export async function discoverSchemas(ctx: CatalogContext): Promise<void> {
  const { rows } = await ctx.client.query<{ oid: string; name: string; comment: string | null }>(
    `SELECT n.oid::text AS oid, n.nspname AS name, pg_catalog.obj_description(n.oid, 'pg_namespace') AS comment
     FROM pg_catalog.pg_namespace n WHERE n.oid = ANY($1::oid[]) ORDER BY n.nspname`,
    [ctx.schemas.map((schema) => schema.oid)],
  );
  for (const row of rows) {
    if (row.name === 'public') continue;
    const target = quoteIdent(row.name);
    const ddl1 = joinStatements([
      `CREATE SCHEMA IF NOT EXISTS ${target}`,
      ...commentOn('SCHEMA', target, row.comment),
    ]);
    ctx.found.add(
      {
        ...baseObject({ owner: row.name, name: row.name, type: 'SCHEMA' }, ddl1),
        details: { kind: 'schema' },
      },
      [`namespace:${row.oid}`],
    );
  }
}

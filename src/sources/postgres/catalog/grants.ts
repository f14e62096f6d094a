/**
 * GRANT objects: the privileges of selected schemas, types, tables, views, sequences and
 * routines (and of their columns), rebuilt from their ACLs with aclexplode as the
 * difference from the object's default ACL: GRANTs for what was added, REVOKEs for what
 * was taken from PUBLIC. Entries of the object's owner are left out: the target's owner
 * is whoever runs the migration. Not owned here: default privileges, role creation.
 */
import { qualified, quoteIdent } from '../../../core/sql/ident.js';
import type { ObjectRef } from '../../source.js';
import type { CatalogContext, CatalogKey } from './context.js';
import { joinStatements } from './statements.js';

export interface AclRow {
  key: CatalogKey;
  /** What GRANT ... ON names: TABLE, SEQUENCE, FUNCTION, PROCEDURE, TYPE or SCHEMA. */
  kind: string;
  schema: string;
  name: string;
  /** Identity arguments of a routine. */
  args: string | null;
  column: string | null;
  revoke: boolean;
  privilege: string;
  grantable: boolean;
  /** null for PUBLIC. */
  grantee: string | null;
}

/** `acl` and `dflt` are aclitem[] of an object; yields the entries that differ. */
const ACL_DIFF = `
  SELECT false AS revoke, e.privilege_type, e.is_grantable, e.grantee FROM aclexplode(o.acl) e
  WHERE (e.grantee, e.privilege_type, e.is_grantable) NOT IN
        (SELECT d.grantee, d.privilege_type, d.is_grantable FROM aclexplode(o.dflt) d)
  UNION ALL
  SELECT true, d.privilege_type, d.is_grantable, d.grantee FROM aclexplode(o.dflt) d
  WHERE (d.grantee, d.privilege_type) NOT IN (SELECT e.grantee, e.privilege_type FROM aclexplode(o.acl) e)`;

const ACL_QUERY = `
  WITH objects AS (
    SELECT 'class:' || c.oid::text AS key, c.oid, 0 AS attnum, c.relowner AS owner, c.relacl AS acl,
           acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner) AS dflt,
           CASE WHEN c.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind,
           n.nspname AS schema, c.relname AS name, NULL AS args
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.oid = ANY($1::oid[]) AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND c.relacl IS NOT NULL
    UNION ALL
    SELECT 'class:' || c.oid::text, c.oid, a.attnum, c.relowner, a.attacl, acldefault('c', c.relowner),
           'TABLE', n.nspname, c.relname, NULL
    FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.oid = ANY($1::oid[]) AND c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0
      AND NOT a.attisdropped AND a.attacl IS NOT NULL
    UNION ALL
    SELECT 'proc:' || p.oid::text, p.oid, 0, p.proowner, p.proacl, acldefault('f', p.proowner),
           CASE WHEN p.prokind = 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, n.nspname, p.proname,
           pg_catalog.pg_get_function_identity_arguments(p.oid)
    FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
    WHERE p.oid = ANY($2::oid[]) AND p.proacl IS NOT NULL
    UNION ALL
    SELECT 'type:' || t.oid::text, t.oid, 0, t.typowner, t.typacl, acldefault('T', t.typowner),
           'TYPE', n.nspname, t.typname, NULL
    FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
    WHERE t.oid = ANY($3::oid[]) AND t.typacl IS NOT NULL AND t.typtype IN ('e', 'r', 'd', 'c')
      -- Array, multirange and row types take their privileges from the type they belong to.
      AND (t.typtype <> 'c' OR EXISTS (SELECT 1 FROM pg_catalog.pg_class rc
                                        WHERE rc.oid = t.typrelid AND rc.relkind = 'c'))
    UNION ALL
    SELECT 'namespace:' || n.oid::text, n.oid, 0, n.nspowner, n.nspacl, acldefault('n', n.nspowner),
           'SCHEMA', n.nspname, n.nspname, NULL
    FROM pg_catalog.pg_namespace n WHERE n.oid = ANY($4::oid[]) AND n.nspacl IS NOT NULL
  )
  SELECT o.key, o.kind, o.schema, o.name, o.args, a.attname AS column, x.revoke,
         x.privilege_type AS privilege, x.is_grantable AS grantable, r.rolname AS grantee
  FROM objects o
  CROSS JOIN LATERAL (${ACL_DIFF}) x
  LEFT JOIN pg_catalog.pg_roles r ON r.oid = x.grantee
  LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = o.oid AND a.attnum = o.attnum AND o.attnum > 0
  WHERE x.grantee <> o.owner AND (x.grantee = 0 OR r.rolname IS NOT NULL)
  ORDER BY o.key, a.attname NULLS FIRST, x.revoke DESC, r.rolname NULLS FIRST, x.privilege_type`;

export async function discoverGrants(ctx: CatalogContext): Promise<void> {
  const { found } = ctx;
  const { rows } = await ctx.client.query<AclRow>(ACL_QUERY, [
    found.oids('class'),
    found.oids('proc'),
    found.oids('type'),
    ctx.schemas.map((schema) => schema.oid),
  ]);
  const byName = new Map<string, { owner: string; name: string; on: ObjectRef[]; rows: AclRow[] }>();
  for (const row of rows) {
    // The public schema is no SCHEMA object (every database has one), but its privileges are migrated.
    const object =
      found.ref(row.key) ?? (row.kind === 'SCHEMA' ? { owner: row.name, name: row.name } : undefined);
    if (!object) continue;
    // A schema and a table of the same name in it would share a GRANT name: one object holds both.
    const id = `${object.owner}\u0000${object.name}`;
    const entry = byName.get(id) ?? { owner: object.owner, name: object.name, on: [], rows: [] };
    const ref = found.ref(row.key);
    if (ref && !entry.on.some((r) => r.type === ref.type)) entry.on.push(ref);
    entry.rows.push(row);
    byName.set(id, entry);
  }
  for (const entry of byName.values()) {
    const [first] = entry.on;
    found.add({
      owner: entry.owner,
      name: entry.name,
      type: 'GRANT',
      ddl1: joinStatements(aclStatements(entry.rows)),
      ddl2: '',
      dataSize: 0,
      rowEstimate: 0,
      ...(first ? { parent: first } : {}),
      dependsOn: entry.on,
      details: { kind: 'grant', on: first?.type ?? 'SCHEMA' },
    });
  }
}

function grantTarget(row: AclRow): string {
  if (row.kind === 'SCHEMA') return `SCHEMA ${quoteIdent(row.name)}`;
  const name = qualified(row.schema, row.name);
  return row.args === null ? `${row.kind} ${name}` : `${row.kind} ${name}(${row.args})`;
}

/** One GRANT or REVOKE per object, grantee and grant option, listing its privileges. */
export function aclStatements(rows: readonly AclRow[]): string[] {
  const statements = new Map<string, { row: AclRow; privileges: string[] }>();
  for (const row of rows) {
    const id = JSON.stringify([row.key, row.revoke, row.grantee, row.grantable]);
    const privilege = row.column ? `${row.privilege} (${quoteIdent(row.column)})` : row.privilege;
    const statement = statements.get(id) ?? { row, privileges: [] };
    statement.privileges.push(privilege);
    statements.set(id, statement);
  }
  return [...statements.values()].map(({ row, privileges }) => {
    const grantee = row.grantee === null ? 'PUBLIC' : quoteIdent(row.grantee);
    return row.revoke
      ? `REVOKE ${privileges.join(', ')} ON ${grantTarget(row)} FROM ${grantee}`
      : `GRANT ${privileges.join(', ')} ON ${grantTarget(row)} TO ${grantee}${row.grantable ? ' WITH GRANT OPTION' : ''}`;
  });
}

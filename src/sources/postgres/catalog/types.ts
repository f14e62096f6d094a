/**
 * TYPE objects: enums, composite types, range types and domains of the selected schemas.
 * Not owned here: base types written in C, shell types, and the array, multirange and
 * row types PostgreSQL creates by itself (they are keys of the type they come with).
 */
import { qualified, quoteIdent, quoteLiteral } from '../../../core/sql/ident.js';
import { baseObject, groupBy, notExtensionMember, type CatalogContext, type CatalogKey } from './context.js';
import { commentOn, joinStatements } from './statements.js';

interface TypeRow {
  oid: string;
  schema: string;
  name: string;
  kind: 'e' | 'c' | 'r' | 'd';
  relid: string;
  array: string;
  comment: string | null;
  labels: string[] | null;
  baseType: string | null;
  notNull: boolean;
  defaultExpr: string | null;
  collation: { schema: string; name: string } | null;
  range: RangeRow | null;
}

interface RangeRow {
  subtype: string;
  opclass: { schema: string; name: string } | null;
  collation: { schema: string; name: string } | null;
  canonical: { schema: string; name: string } | null;
  subdiff: { schema: string; name: string } | null;
  multirange: { schema: string; name: string; oid: string; array: string } | null;
}

interface AttributeRow {
  relid: string;
  name: string;
  type: string;
  collation: { schema: string; name: string } | null;
  comment: string | null;
}

interface ConstraintRow {
  type: string;
  name: string;
  def: string;
  comment: string | null;
}

const qualifiedName = "json_build_object('schema', %ns.nspname, 'name', %obj)";
const named = (ns: string, obj: string): string => qualifiedName.replace('%ns', ns).replace('%obj', obj);

export async function discoverTypes(ctx: CatalogContext): Promise<void> {
  const multirange =
    ctx.version >= 140000
      ? `(SELECT json_build_object('schema', mn.nspname, 'name', mt.typname, 'oid', mt.oid::text, 'array', mt.typarray::text)
          FROM pg_catalog.pg_type mt JOIN pg_catalog.pg_namespace mn ON mn.oid = mt.typnamespace
          WHERE mt.oid = r.rngmultitypid)`
      : 'NULL';
  const { rows } = await ctx.client.query<TypeRow>(
    `SELECT t.oid::text AS oid, n.nspname AS schema, t.typname AS name, t.typtype::text AS kind,
            t.typrelid::text AS relid, t.typarray::text AS array,
            pg_catalog.obj_description(t.oid, 'pg_type') AS comment,
            (SELECT array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e
              WHERE e.enumtypid = t.oid) AS labels,
            CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END AS "baseType",
            t.typnotnull AS "notNull", pg_catalog.pg_get_expr(t.typdefaultbin, 0) AS "defaultExpr",
            (SELECT ${named('cn', 'co.collname')} FROM pg_catalog.pg_collation co
               JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
              WHERE t.typtype = 'd' AND co.oid = t.typcollation AND t.typcollation <> bt.typcollation) AS collation,
            CASE WHEN r.rngtypid IS NOT NULL THEN json_build_object(
              'subtype', pg_catalog.format_type(r.rngsubtype, NULL),
              'opclass', (SELECT ${named('on_', 'oc.opcname')} FROM pg_catalog.pg_opclass oc
                            JOIN pg_catalog.pg_namespace on_ ON on_.oid = oc.opcnamespace
                           WHERE oc.oid = r.rngsubopc AND NOT oc.opcdefault),
              'collation', (SELECT ${named('cn', 'co.collname')} FROM pg_catalog.pg_collation co
                              JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                             WHERE co.oid = r.rngcollation AND r.rngcollation <> st.typcollation),
              'canonical', (SELECT ${named('pn', 'p.proname')} FROM pg_catalog.pg_proc p
                              JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = r.rngcanonical),
              'subdiff', (SELECT ${named('pn', 'p.proname')} FROM pg_catalog.pg_proc p
                            JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace WHERE p.oid = r.rngsubdiff),
              'multirange', ${multirange}) END AS range
     FROM pg_catalog.pg_type t
     JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
     LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
     LEFT JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid
     LEFT JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
     LEFT JOIN pg_catalog.pg_class rel ON rel.oid = t.typrelid
     WHERE t.typnamespace = ANY($1::oid[]) AND t.typtype IN ('e', 'c', 'r', 'd')
       AND (t.typtype <> 'c' OR rel.relkind = 'c') AND ${notExtensionMember('pg_type', 't.oid')}
     ORDER BY n.nspname, t.typname`,
    [ctx.schemas.map((schema) => schema.oid)],
  );
  const attributes = await loadAttributes(
    ctx,
    rows.filter((row) => row.kind === 'c').map((row) => row.relid),
  );
  const constraints = await loadDomainConstraints(
    ctx,
    rows.filter((row) => row.kind === 'd').map((row) => row.oid),
  );
  for (const row of rows) {
    const target = qualified(row.schema, row.name);
    const statements = typeStatements(
      row,
      target,
      attributes.get(row.relid) ?? [],
      constraints.get(row.oid) ?? [],
    );
    const keys: CatalogKey[] = [`type:${row.oid}`, `type:${row.array}`];
    if (row.kind === 'c') keys.push(`class:${row.relid}`);
    const multirange = row.range?.multirange;
    if (multirange) keys.push(`type:${multirange.oid}`, `type:${multirange.array}`);
    const kind = { e: 'enum', c: 'composite', r: 'range', d: 'domain' }[row.kind];
    ctx.found.add(
      {
        ...baseObject({ owner: row.schema, name: row.name, type: 'TYPE' }, joinStatements(statements)),
        details: { kind },
      },
      keys,
    );
  }
}

function typeStatements(
  row: TypeRow,
  target: string,
  attributes: AttributeRow[],
  constraints: ConstraintRow[],
): string[] {
  switch (row.kind) {
    case 'e':
      return [
        `CREATE TYPE ${target} AS ENUM (${(row.labels ?? []).map(quoteLiteral).join(', ')})`,
        ...commentOn('TYPE', target, row.comment),
      ];
    case 'c':
      return [
        `CREATE TYPE ${target} AS (${attributes.map((a) => `${quoteIdent(a.name)} ${a.type}${collate(a.collation)}`).join(', ')})`,
        ...commentOn('TYPE', target, row.comment),
        ...attributes.flatMap((a) => commentOn('COLUMN', `${target}.${quoteIdent(a.name)}`, a.comment)),
      ];
    case 'r':
      return [
        `CREATE TYPE ${target} AS RANGE (${rangeOptions(row).join(', ')})`,
        ...commentOn('TYPE', target, row.comment),
      ];
    case 'd': {
      const checks = constraints.filter((c) => c.type === 'c');
      return [
        `CREATE DOMAIN ${target} AS ${row.baseType}${collate(row.collation)}` +
          `${row.defaultExpr !== null ? ` DEFAULT ${row.defaultExpr}` : ''}${row.notNull ? ' NOT NULL' : ''}`,
        // ALTER DOMAIN rather than inline: it is the form that accepts NOT VALID.
        ...checks.map((c) => `ALTER DOMAIN ${target} ADD CONSTRAINT ${quoteIdent(c.name)} ${c.def}`),
        ...commentOn('DOMAIN', target, row.comment),
        ...checks.flatMap((c) =>
          commentOn('CONSTRAINT', `${quoteIdent(c.name)} ON DOMAIN ${target}`, c.comment),
        ),
      ];
    }
  }
}

function collate(collation: { schema: string; name: string } | null): string {
  return collation ? ` COLLATE ${qualified(collation.schema, collation.name)}` : '';
}

function rangeOptions(row: TypeRow): string[] {
  const range = row.range!;
  const options = [`SUBTYPE = ${range.subtype}`];
  if (range.opclass) options.push(`SUBTYPE_OPCLASS = ${qualified(range.opclass.schema, range.opclass.name)}`);
  if (range.collation) options.push(`COLLATION = ${qualified(range.collation.schema, range.collation.name)}`);
  // A canonical function takes the range type itself: it needs a shell type first, which
  // one object cannot express; such types fail in the schema step with PostgreSQL's message.
  if (range.canonical) options.push(`CANONICAL = ${qualified(range.canonical.schema, range.canonical.name)}`);
  if (range.subdiff) options.push(`SUBTYPE_DIFF = ${qualified(range.subdiff.schema, range.subdiff.name)}`);
  const multi = range.multirange;
  if (multi && (multi.schema !== row.schema || multi.name !== defaultMultirangeName(row.name))) {
    // Only when renamed: PostgreSQL 13 targets do not know the option.
    options.push(`MULTIRANGE_TYPE_NAME = ${qualified(multi.schema, multi.name)}`);
  }
  return options;
}

/** PostgreSQL's own choice (makeMultirangeTypeName): "multi" before the first "range". */
export function defaultMultirangeName(rangeName: string): string {
  const at = rangeName.indexOf('range');
  return at < 0 ? `${rangeName}_multirange` : `${rangeName.slice(0, at)}multi${rangeName.slice(at)}`;
}

async function loadAttributes(ctx: CatalogContext, relids: string[]): Promise<Map<string, AttributeRow[]>> {
  const { rows } = await ctx.client.query<AttributeRow>(
    `SELECT a.attrelid::text AS relid, a.attname AS name, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
            (SELECT ${named('cn', 'co.collname')} FROM pg_catalog.pg_collation co
               JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
              WHERE co.oid = a.attcollation AND a.attcollation <> t.typcollation) AS collation,
            pg_catalog.col_description(a.attrelid, a.attnum) AS comment
     FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
     WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY a.attrelid, a.attnum`,
    [relids],
  );
  return groupBy(rows, (row) => row.relid);
}

async function loadDomainConstraints(
  ctx: CatalogContext,
  oids: string[],
): Promise<Map<string, ConstraintRow[]>> {
  const { rows } = await ctx.client.query<ConstraintRow & { domain: string }>(
    `SELECT c.contypid::text AS domain, c.contype::text AS type, c.conname AS name,
            pg_catalog.pg_get_constraintdef(c.oid) AS def, pg_catalog.obj_description(c.oid, 'pg_constraint') AS comment
     FROM pg_catalog.pg_constraint c WHERE c.contypid = ANY($1::oid[]) ORDER BY c.contypid, c.conname`,
    [oids],
  );
  return groupBy(rows, (row) => row.domain);
}

/**
 * What the data and check steps need to know about a table beyond its DDL: the key that
 * chunks can be cut by, and whether binary COPY can carry its rows between two databases.
 * Owns the type walk (domains to base types, arrays to elements) those answers need.
 */
import type { TableDetails } from '../../source.js';
import { groupBy, type CatalogContext } from './context.js';

/** Built-in types whose order needs no collation (fixed oids of pg_type.dat). */
const ORDERABLE_TYPE_OIDS = new Set([
  '21', // int2
  '23', // int4
  '20', // int8
  '1700', // numeric
  '1082', // date
  '1114', // timestamp
  '1184', // timestamptz
  '2950', // uuid
  '26', // oid
]);

/** Oids below this one are built into PostgreSQL and equal in every database. */
const FIRST_NORMAL_OBJECT_ID = 16384;

export interface TypeInfo {
  oid: string;
  /** typtype: b, c, d, e, p, r, m. */
  kind: string;
  /** For a domain, its base type. */
  base: string | null;
  /** For a true array, its element type. */
  element: string | null;
  /** Both typsend and typreceive exist. */
  binary: boolean;
}

export interface KeyCandidate {
  rel: string;
  primary: boolean;
  names: string[];
  types: string[];
  typeOids: string[];
}

/** Types of the given oids and every type they lead to through domains and arrays. */
export async function loadTypeInfo(
  ctx: CatalogContext,
  oids: Iterable<string>,
): Promise<Map<string, TypeInfo>> {
  const types = new Map<string, TypeInfo>();
  let pending = [...new Set(oids)];
  while (pending.length > 0) {
    const { rows } = await ctx.client.query<TypeInfo>(
      `SELECT t.oid::text AS oid, t.typtype::text AS kind,
              CASE WHEN t.typtype = 'd' THEN t.typbasetype::text END AS base,
              CASE WHEN t.typlen = -1 AND t.typelem <> 0 THEN t.typelem::text END AS element,
              t.typsend <> 0 AND t.typreceive <> 0 AS binary
       FROM pg_catalog.pg_type t WHERE t.oid = ANY($1::oid[])`,
      [pending],
    );
    for (const row of rows) types.set(row.oid, row);
    pending = [
      ...new Set(
        rows
          .flatMap((row) => [row.base, row.element])
          .filter((oid): oid is string => !!oid && !types.has(oid)),
      ),
    ];
  }
  return types;
}

function baseOf(oid: string, types: ReadonlyMap<string, TypeInfo>): TypeInfo | undefined {
  let type = types.get(oid);
  for (let depth = 0; type?.base && depth < 100; depth++) type = types.get(type.base);
  return type;
}

/**
 * 'text' when a value's binary form would carry an oid of this database (arrays of
 * non-built-in elements, composites) or the type has no binary form at all.
 */
/**
 * Built-in types whose binary form does not survive the trip: 3615 tsquery (binary receive
 * rejects the empty tsquery that binary send writes), 142 xml (binary receive drops the
 * XML declaration).
 */
const TEXT_ONLY_TYPE_OIDS = new Set(['3615', '142']);

export function copyFormatOf(
  typeOids: readonly string[],
  types: ReadonlyMap<string, TypeInfo>,
): 'binary' | 'text' {
  const needsText = (oid: string, depth: number): boolean => {
    const type = baseOf(oid, types);
    if (!type || depth > 20) return true;
    if (!type.binary || type.kind === 'c' || TEXT_ONLY_TYPE_OIDS.has(type.oid)) return true;
    if (type.element)
      return Number(type.element) >= FIRST_NORMAL_OBJECT_ID || needsText(type.element, depth + 1);
    return false;
  };
  return typeOids.some((oid) => needsText(oid, 0)) ? 'text' : 'binary';
}

export function isOrderable(oid: string, types: ReadonlyMap<string, TypeInfo>): boolean {
  const type = baseOf(oid, types);
  return type !== undefined && ORDERABLE_TYPE_OIDS.has(type.oid);
}

/** The first candidate (primary key first) whose columns all order without a collation. */
export function chooseKey(
  candidates: readonly KeyCandidate[],
  types: ReadonlyMap<string, TypeInfo>,
): TableDetails['key'] {
  const usable = candidates.find((c) => c.typeOids.every((oid) => isOrderable(oid, types)));
  return usable ? usable.names.map((name, i) => ({ name, type: usable.types[i]! })) : null;
}

/** Primary keys, then unique, non-partial, plain-column indexes over NOT NULL columns, fewest columns first. */
export async function loadKeyCandidates(
  ctx: CatalogContext,
  oids: readonly string[],
): Promise<Map<string, KeyCandidate[]>> {
  const { rows } = await ctx.client.query<KeyCandidate>(
    `SELECT i.indrelid::text AS rel, i.indisprimary AS primary,
            array_agg(a.attname::text ORDER BY k.ord) AS names,
            array_agg(pg_catalog.format_type(a.atttypid, a.atttypmod) ORDER BY k.ord) AS types,
            array_agg(a.atttypid::text ORDER BY k.ord) AS "typeOids"
     FROM pg_catalog.pg_index i
     JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
     CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
     JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE i.indrelid = ANY($1::oid[]) AND i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL
       AND k.ord <= i.indnkeyatts
     GROUP BY i.indrelid, i.indexrelid, i.indisprimary, ic.relname
     HAVING i.indisprimary OR bool_and(a.attnotnull)
     ORDER BY i.indrelid, i.indisprimary DESC, count(*), ic.relname`,
    [oids],
  );
  return groupBy(rows, (row) => row.rel);
}

/**
 * Row hashing inside PostgreSQL, the same SQL on a PostgreSQL source and on the target.
 * A row's hash is a 64-bit hash of its text form under fixed session settings; a chunk's
 * hash is the sum of its rows' hashes, so it does not depend on row order or physical
 * layout, and a duplicated row changes it.
 */
import { quoteIdent } from './ident.js';

/** Settings that make text output identical on both sides. */
export const HASH_SESSION_SETTINGS = [
  `SET datestyle = 'ISO, YMD'`,
  `SET intervalstyle = 'postgres'`,
  `SET timezone = 'UTC'`,
  `SET extra_float_digits = 3`,
  `SET bytea_output = 'hex'`,
  `SET lc_monetary = 'C'`,
];

export function rowHashExpression(columns: string[]): string {
  const row = `ROW(${columns.map(quoteIdent).join(', ')})::text`;
  return `hashtextextended((${row}) COLLATE "C", 0)`;
}

/** One row: rows and hash (as decimal text) of the rows of `relation` matching `predicate`. */
export function chunkHashQuery(relation: string, columns: string[], predicate: string): string {
  return `SELECT count(*)::int8 AS rows, coalesce(sum(${rowHashExpression(columns)}), 0)::text AS hash
          FROM ${relation} WHERE ${predicate}`;
}

interface Queryable {
  query(config: { text: string; values?: unknown[]; rowMode?: 'array' }): Promise<{ rows: unknown[] }>;
}

export interface RangeHash {
  rows: number;
  hash: string;
}

export async function hashRange(
  client: Queryable,
  relation: string,
  columns: string[],
  predicate: string,
): Promise<RangeHash> {
  const { rows } = await client.query({ text: chunkHashQuery(relation, columns, predicate) });
  const row = rows[0] as { rows: string | number; hash: string };
  return { rows: Number(row.rows), hash: row.hash };
}

/** Key (as JSON text of the key values) → row hash, for a range small enough to hold. */
export async function keyHashes(
  client: Queryable,
  relation: string,
  columns: string[],
  key: { name: string }[],
  predicate: string,
): Promise<Map<string, string>> {
  const keyText = key.map((k) => `${quoteIdent(k.name)}::text`).join(', ');
  const { rows } = await client.query({
    text: `SELECT json_build_array(${keyText})::text AS key, ${rowHashExpression(columns)}::text AS hash
           FROM ${relation} WHERE ${predicate}`,
  });
  return new Map((rows as { key: string; hash: string }[]).map((row) => [row.key, row.hash]));
}

/** The key of the middle row of the range, to split it in two; null when it has fewer than two rows. */
export async function medianKey(
  client: Queryable,
  relation: string,
  key: { name: string }[],
  predicate: string,
  rowCount: number,
): Promise<unknown[] | null> {
  if (rowCount < 2) return null;
  const keyText = key.map((k) => `${quoteIdent(k.name)}::text`).join(', ');
  const order = key.map((k) => quoteIdent(k.name)).join(', ');
  const { rows } = await client.query({
    text: `SELECT ${keyText} FROM ${relation} WHERE ${predicate} ORDER BY ${order} OFFSET $1 LIMIT 1`,
    values: [Math.floor(rowCount / 2)],
    rowMode: 'array',
  });
  return (rows[0] as unknown[] | undefined) ?? null;
}

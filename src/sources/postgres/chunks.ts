/**
 * Chunk planning for a PostgreSQL source. Tables with a collation-free key are cut into
 * key ranges at quantiles of a sample of the key (stable across runs, and the check and
 * repair can address the same rows in the target); other tables into ctid page ranges
 * (TID range scans, PostgreSQL 14+). Sizes count the whole table, TOAST included.
 */
import type pg from 'pg';
import { qualified, quoteIdent } from '../../core/sql/ident.js';
import { keyOrder } from '../../core/sql/key-range.js';
import type { ChunkPlan, TableToCopy } from '../source.js';

/** Keys read to find boundaries: enough for even chunks, few enough to be quick. */
const SAMPLE_ROWS = 200_000;

export async function planPostgresChunks(
  client: pg.Client,
  serverVersion: number,
  table: TableToCopy,
  chunkBytes: number,
): Promise<ChunkPlan[]> {
  const relation = qualified(table.owner, table.name);
  const { rows } = await client.query(
    `SELECT pg_table_size(c.oid)::float8 AS size, c.reltuples::float8 AS tuples,
            (pg_relation_size(c.oid, 'main') / current_setting('block_size')::int)::float8 AS pages
     FROM pg_class c WHERE c.oid = $1::regclass`,
    [relation],
  );
  const size = Number(rows[0].size);
  const pages = Number(rows[0].pages);
  const count = Math.max(1, Math.ceil(size / chunkBytes));
  const key = table.details.key;
  if (key && key.length > 0) {
    if (count === 1) return [{ kind: 'key', lower: null, upper: null, estimatedBytes: size }];
    const bounds = await keyBoundaries(client, relation, key, count, Number(rows[0].tuples));
    const edges: (unknown[] | null)[] = [null, ...bounds, null];
    return edges.slice(0, -1).map((lower, i) => ({
      kind: 'key',
      lower,
      upper: edges[i + 1] ?? null,
      estimatedBytes: size / (edges.length - 1),
    }));
  }
  if (count === 1 || serverVersion < 140000 || pages < 2) {
    return [{ kind: 'whole', lower: null, upper: null, estimatedBytes: size }];
  }
  const perChunk = Math.ceil(pages / count);
  const plans: ChunkPlan[] = [];
  for (let start = 0; start < pages; start += perChunk) {
    const end = start + perChunk;
    // The last range stays open so that pages added since planning are still read.
    plans.push({
      kind: 'ctid',
      lower: [start],
      upper: end >= pages ? null : [end],
      estimatedBytes: size / count,
    });
  }
  return plans;
}

async function keyBoundaries(
  client: pg.Client,
  relation: string,
  key: { name: string; type: string }[],
  count: number,
  tuples: number,
): Promise<unknown[][]> {
  const columns = key.map((column, i) => `${quoteIdent(column.name)}::text AS k${i}`).join(', ');
  const percent = tuples > SAMPLE_ROWS ? Math.max(0.01, Math.min(100, (100 * SAMPLE_ROWS) / tuples)) : 100;
  const sample = percent < 100 ? `TABLESAMPLE SYSTEM (${percent.toFixed(4)})` : '';
  let { rows } = await client.query({
    text: `SELECT ${columns} FROM ${relation} ${sample} ORDER BY ${keyOrder(key)}`,
    rowMode: 'array',
  });
  if (rows.length < count * 4 && sample) {
    ({ rows } = await client.query({
      text: `SELECT ${columns} FROM ${relation} ORDER BY ${keyOrder(key)}`,
      rowMode: 'array',
    }));
  }
  const bounds: unknown[][] = [];
  for (let i = 1; i < count; i++) {
    const row = rows[Math.floor((i * rows.length) / count)] as unknown[] | undefined;
    if (row && JSON.stringify(row) !== JSON.stringify(bounds.at(-1))) bounds.push(row);
  }
  return bounds;
}

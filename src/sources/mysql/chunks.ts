/**
 * Chunk planning and key-range SQL for MySQL/MariaDB tables. A table with a usable key
 * (catalog.ts chooses it) is cut into key ranges of about chunkBytes: by arithmetic over
 * min and max when the key is one integer column, else by walking the key index. A table
 * without one is copied whole. Bounds are key values as the server prints them (strings),
 * which the target reads back as the key's PostgreSQL type (core/sql/key-range.ts).
 */
import { qualifiedMysql, quoteMysqlIdent } from '../../core/sql/ident.js';
import type { ChunkPlan, TableToCopy } from '../source.js';
import type { MysqlConnection } from './connect.js';

const INTEGER_KEY = /^(smallint|integer|bigint)$/;

export function keyColumnsOf(table: TableToCopy): string[] {
  return (table.details.key ?? []).map((column) => column.name);
}

/** `k >= ? AND k < ?` (a row comparison for a composite key), with its values. */
export function mysqlRangePredicate(
  key: string[],
  lower: unknown[] | null,
  upper: unknown[] | null,
): { sql: string; values: unknown[] } {
  const tuple = key.length === 1 ? quoteMysqlIdent(key[0]!) : `(${key.map(quoteMysqlIdent).join(', ')})`;
  const marks = key.length === 1 ? '?' : `(${key.map(() => '?').join(', ')})`;
  const parts: string[] = [];
  const values: unknown[] = [];
  if (lower) {
    parts.push(`${tuple} >= ${marks}`);
    values.push(...lower.map(String));
  }
  if (upper) {
    parts.push(`${tuple} < ${marks}`);
    values.push(...upper.map(String));
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1=1', values };
}

export async function planMysqlChunks(
  connection: MysqlConnection,
  table: TableToCopy,
  chunkBytes: number,
): Promise<ChunkPlan[]> {
  const key = table.details.key;
  const count = Math.ceil(table.dataSize / chunkBytes);
  if (!key || key.length === 0 || count <= 1) {
    return [
      { kind: key?.length ? 'key' : 'whole', lower: null, upper: null, estimatedBytes: table.dataSize },
    ];
  }
  const relation = qualifiedMysql(table.owner, table.name);
  const names = keyColumnsOf(table);
  if (key.length === 1 && INTEGER_KEY.test(key[0]!.type)) {
    const column = quoteMysqlIdent(names[0]!);
    const [rows] = await connection.query(
      `SELECT CAST(MIN(${column}) AS CHAR) AS low, CAST(MAX(${column}) AS CHAR) AS high FROM ${relation}`,
    );
    const { low, high } = (rows as { low: string | null; high: string | null }[])[0]!;
    if (low === null || high === null) return [{ kind: 'key', lower: null, upper: null, estimatedBytes: 0 }];
    const min = BigInt(low);
    const span = BigInt(high) - min + 1n;
    const parts = BigInt(count) > span ? span : BigInt(count);
    const bounds: string[] = [];
    for (let i = 1n; i < parts; i++) bounds.push(String(min + (span * i) / parts));
    return rangesFrom(
      bounds.map((bound) => [bound]),
      table.dataSize,
    );
  }
  // Any other key: walk the key index, one bound every rowsPerChunk rows.
  const [estimate] = await connection.query(
    `SELECT TABLE_ROWS AS \`rows\` FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?`,
    [table.owner, table.name],
  );
  const rowEstimate = Number((estimate as { rows: string | null }[])[0]?.rows ?? 0);
  const rowsPerChunk = Math.max(1, Math.ceil(rowEstimate / count));
  const select = names.map((name) => `CAST(${quoteMysqlIdent(name)} AS CHAR)`).join(', ');
  const order = names.map(quoteMysqlIdent).join(', ');
  const bounds: string[][] = [];
  let previous: string[] | null = null;
  for (;;) {
    const where: { sql: string; values: unknown[] } = previous
      ? mysqlRangePredicate(names, previous, null)
      : { sql: '1=1', values: [] };
    const [rows] = await connection.query({
      sql: `SELECT ${select} FROM ${relation} WHERE ${where.sql} ORDER BY ${order} LIMIT 1 OFFSET ${rowsPerChunk}`,
      values: where.values,
      rowsAsArray: true,
    });
    const next: string[] | undefined = (rows as string[][])[0];
    if (!next) break;
    bounds.push(next);
    previous = next;
  }
  return rangesFrom(bounds, table.dataSize);
}

function rangesFrom(bounds: unknown[][], dataSize: number): ChunkPlan[] {
  const edges: (unknown[] | null)[] = [null, ...bounds, null];
  const estimatedBytes = Math.ceil(dataSize / (edges.length - 1));
  const plans: ChunkPlan[] = [];
  for (let i = 0; i + 1 < edges.length; i++)
    plans.push({ kind: 'key', lower: edges[i]!, upper: edges[i + 1]!, estimatedBytes });
  return plans;
}

/**
 * Chunk planning for a SQLite source: [min, max] of the rowid (or of the integer primary
 * key of a WITHOUT ROWID table) cut into equal ranges, as many as the table's size divided
 * by the chunk size. min and max come from the b-tree's ends, so planning reads no rows.
 * Ranges are 'key' chunks when the range column is the table's key in the target (a rowid
 * alias or an integer WITHOUT ROWID key: check and repair address the same rows there);
 * else they are rowid ranges that only this adapter reads (the engine's 'ctid' kind: a
 * range of row addresses). The first and last ranges are open, so nothing outside
 * [min, max] is missed. Other tables are one chunk.
 */
import { quoteIdent } from '../../core/sql/ident.js';
import type { ChunkPlan, TableToCopy } from '../source.js';
import type { SqliteDatabase } from './connect.js';
import { layoutOf } from './layout.js';
import { addressingOf } from './rows.js';

export function planSqliteChunks(db: SqliteDatabase, table: TableToCopy, chunkBytes: number): ChunkPlan[] {
  const { details } = table;
  const layout = layoutOf(details, `${details.targetSchema}.${details.targetName}`);
  const addressing = addressingOf(layout, details.key);
  const kind = details.key ? 'key' : addressing.ranged.length === 1 ? 'ctid' : 'whole';
  const whole: ChunkPlan[] = [
    { kind: details.key ? 'key' : 'whole', lower: null, upper: null, estimatedBytes: table.dataSize },
  ];
  const count = Math.ceil(table.dataSize / chunkBytes);
  if (count <= 1 || addressing.ranged.length !== 1) return whole;
  const column = `t.${quoteIdent(addressing.ranged[0]!)}`;
  const [min, max] = db
    .prepare(`SELECT min(${column}), max(${column}) FROM main.${quoteIdent(table.name)} AS t`)
    .raw(true)
    .safeIntegers(true)
    .get() as [unknown, unknown];
  // An empty table, or a key column holding values of other types (the copy then tells).
  if (typeof min !== 'bigint' || typeof max !== 'bigint') return whole;
  const span = max - min + 1n;
  const step = span / BigInt(count) + (span % BigInt(count) === 0n ? 0n : 1n);
  const plans: ChunkPlan[] = [];
  for (let lower = min; lower <= max; lower += step) {
    const upper = lower + step;
    plans.push({
      kind,
      lower: lower === min ? null : [lower.toString()],
      upper: upper > max ? null : [upper.toString()],
      estimatedBytes: table.dataSize / count,
    });
  }
  return plans;
}

/**
 * Narrows a differing key range down to the keys that differ, by halving the range and
 * comparing the halves' hashes on both sides until a range is small enough to list.
 * Memory stays bounded by the small-range size, whatever the table size.
 */
import type { ChunkPlan, RowHasher, TableToCopy } from '../../sources/source.js';

/** Ranges with at most this many rows per side are compared key by key. */
const LIST_ROWS = 2000;

export async function narrowDifferences(
  source: RowHasher,
  target: RowHasher,
  table: TableToCopy,
  range: ChunkPlan,
  rows: { source: number; target: number },
  budget: number,
): Promise<string[]> {
  const found: string[] = [];
  const visit = async (
    lower: unknown[] | null,
    upper: unknown[] | null,
    sourceRows: number,
    targetRows: number,
  ): Promise<void> => {
    if (found.length >= budget) return;
    const split =
      Math.max(sourceRows, targetRows) > LIST_ROWS
        ? ((await source.splitPoint(table, lower, upper, sourceRows)) ??
          (await target.splitPoint(table, lower, upper, targetRows)))
        : null;
    if (!split || JSON.stringify(split) === JSON.stringify(lower)) {
      const [s, t] = await Promise.all([
        source.keyHashes(table, lower, upper),
        target.keyHashes(table, lower, upper),
      ]);
      for (const [key, hash] of s) {
        if (found.length >= budget) return;
        const other = t.get(key);
        if (other === undefined) found.push(`missing ${describeKey(table, key)}`);
        else if (other !== hash) found.push(`different ${describeKey(table, key)}`);
      }
      for (const key of t.keys()) {
        if (found.length >= budget) return;
        if (!s.has(key)) found.push(`extra ${describeKey(table, key)}`);
      }
      return;
    }
    for (const [low, high] of [
      [lower, split],
      [split, upper],
    ] as const) {
      const half: ChunkPlan = { kind: 'key', lower: low, upper: high, estimatedBytes: 0 };
      const [s, t] = await Promise.all([source.hashChunk(table, half), target.hashChunk(table, half)]);
      if (s.rows !== t.rows || s.hash !== t.hash) await visit(low, high, s.rows, t.rows);
    }
  };
  await visit(range.lower, range.upper, rows.source, rows.target);
  return found;
}

/** `["17","3"]` → `order_id=17, line=3`, for reports. */
function describeKey(table: TableToCopy, key: string): string {
  const values = JSON.parse(key) as (string | null)[];
  return (table.details.key ?? []).map((column, i) => `${column.name}=${values[i] ?? 'NULL'}`).join(', ');
}

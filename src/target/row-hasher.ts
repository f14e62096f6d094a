/**
 * A RowHasher over any PostgreSQL connection: the target always, and a PostgreSQL source
 * (which adds its ctid predicates). Hashing runs in the database; Node sees only sums.
 */
import type pg from 'pg';
import { qualified } from '../core/sql/ident.js';
import { keyRangePredicate } from '../core/sql/key-range.js';
import { hashRange, keyHashes, medianKey, HASH_SESSION_SETTINGS } from '../core/sql/row-hash.js';
import type { ChunkPlan, RowHasher, TableDetails, TableToCopy } from '../sources/source.js';

export interface HasherOptions {
  /** The relation holding the table's rows on this side. */
  relation(table: TableToCopy): string;
  /** WHERE clause of a chunk on this side. */
  predicate(details: TableDetails, chunk: ChunkPlan): string;
}

export const TARGET_SIDE: HasherOptions = {
  relation: (table) => qualified(table.details.targetSchema, table.details.targetName),
  predicate: (details, chunk) => {
    if (chunk.kind === 'key') return keyRangePredicate(details.key ?? [], chunk.lower, chunk.upper);
    // ctid ranges mean nothing in another database: the target hashes a keyless table whole.
    return 'true';
  },
};

export async function createRowHasher(client: pg.Client, side: HasherOptions): Promise<RowHasher> {
  await client.query(HASH_SESSION_SETTINGS.join('; '));
  const columns = (table: TableToCopy): string[] => table.details.columns.map((c) => c.name);
  const relation = (table: TableToCopy): string => `ONLY ${side.relation(table)}`;
  return {
    hashChunk: (table, chunk) =>
      hashRange(client, relation(table), columns(table), side.predicate(table.details, chunk)),
    keyHashes: (table, lower, upper) =>
      keyHashes(
        client,
        relation(table),
        columns(table),
        table.details.key ?? [],
        keyRangePredicate(table.details.key ?? [], lower, upper),
      ),
    splitPoint: (table, lower, upper, rows) =>
      medianKey(
        client,
        relation(table),
        table.details.key ?? [],
        keyRangePredicate(table.details.key ?? [], lower, upper),
        rows,
      ),
    close: () => client.end().catch(() => undefined),
  };
}

/**
 * A RowHasher over any PostgreSQL connection: the target always, and a PostgreSQL source
 * (which adds its ctid predicates). Hashing runs in the database; Node sees only sums.
 */
import type pg from 'pg';
import { qualified } from '../core/sql/ident.js';
import { keyRangePredicate } from '../core/sql/key-range.js';
import {
  hashRange,
  keyHashes,
  medianKey,
  HASH_SESSION_SETTINGS,
  type HashColumn,
  type HashMethod,
} from '../core/sql/row-hash.js';
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
  const { rows } = await client.query(
    `SELECT current_setting('server_version_num')::int >= 140000 AS record`,
  );
  let method: HashMethod = rows[0].record ? 'record' : 'text';
  const columns = (table: TableToCopy): HashColumn[] => table.details.columns;
  const relation = (table: TableToCopy): string => `ONLY ${side.relation(table)}`;
  const key = (table: TableToCopy) => table.details.key ?? [];
  return {
    methods: rows[0].record ? ['record', 'text'] : ['text'],
    useMethod(chosen) {
      method = chosen;
    },
    hashChunk: (table, chunk) =>
      hashRange(client, relation(table), columns(table), side.predicate(table.details, chunk), method),
    keyHashes: (table, lower, upper) =>
      keyHashes(
        client,
        relation(table),
        columns(table),
        key(table),
        keyRangePredicate(key(table), lower, upper),
        method,
      ),
    splitPoint: (table, lower, upper, count) =>
      medianKey(client, relation(table), key(table), keyRangePredicate(key(table), lower, upper), count),
    close: () => client.end().catch(() => undefined),
  };
}

/**
 * A RowHasher over any PostgreSQL connection: the target always, and a PostgreSQL source
 * (which adds its ctid predicates). The in-database methods run in the database and Node
 * sees only sums; given a canonical hasher factory it offers 'canonical' too, over the
 * same connection's rows (row-source.ts), to compare with a side that is not PostgreSQL.
 */
import type pg from 'pg';
import { DecantError } from '../core/errors.js';
import { qualified } from '../core/sql/ident.js';
import { keyRangePredicate } from '../core/sql/key-range.js';
import {
  hashRange,
  keyHashes,
  medianKey,
  HASH_SESSION_SETTINGS,
  type HashColumn,
  type InDatabaseMethod,
} from '../core/sql/row-hash.js';
import type {
  CanonicalHasherFactory,
  ChunkPlan,
  RowHasher,
  TableDetails,
  TableToCopy,
} from '../sources/source.js';
import { createPostgresRowSource } from './row-source.js';

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

export async function createRowHasher(
  client: pg.Client,
  side: HasherOptions,
  canonical?: CanonicalHasherFactory,
): Promise<RowHasher> {
  await client.query(HASH_SESSION_SETTINGS.join('; '));
  const { rows } = await client.query(
    `SELECT current_setting('server_version_num')::int >= 140000 AS record`,
  );
  const inDatabase: InDatabaseMethod[] = rows[0].record ? ['record', 'text'] : ['text'];
  let method: InDatabaseMethod = inDatabase[0]!;
  /** Set once check chose 'canonical': the same connection then gives its rows to Node. */
  let canonicalHasher: RowHasher | null = null;
  const columns = (table: TableToCopy): HashColumn[] => table.details.columns;
  const relation = (table: TableToCopy): string => `ONLY ${side.relation(table)}`;
  const key = (table: TableToCopy) => table.details.key ?? [];
  return {
    methods: canonical ? [...inDatabase, 'canonical'] : inDatabase,
    useMethod(chosen) {
      if (chosen !== 'canonical') {
        method = chosen;
        canonicalHasher = null;
      } else if (canonical) canonicalHasher = canonical(createPostgresRowSource(client, side));
      else {
        throw new DecantError(
          'INTERNAL',
          `This PostgreSQL row hasher was made without the canonical method`,
          {
            hint: "check picks a method from the hasher's own list: please report this with the log",
          },
        );
      }
    },
    hashChunk: (table, chunk) =>
      canonicalHasher?.hashChunk(table, chunk) ??
      hashRange(client, relation(table), columns(table), side.predicate(table.details, chunk), method),
    keyHashes: (table, lower, upper) =>
      canonicalHasher?.keyHashes(table, lower, upper) ??
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

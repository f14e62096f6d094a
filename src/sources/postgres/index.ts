/**
 * The PostgreSQL source adapter: discovery from the catalogs, chunk planning by key or
 * ctid, an exported snapshot, chunk reads as COPY streams, in-database row hashing.
 */
import type pg from 'pg';
import { connect } from '../../core/pg/connect.js';
import { HASH_SESSION_SETTINGS } from '../../core/sql/row-hash.js';
import type { ChunkReader, SequenceValue, SourceAdapter, Snapshot } from '../source.js';
import { discoverPostgres } from './catalog/index.js';
import { planPostgresChunks } from './chunks.js';
import { chunkPredicate, copyOutSql, readChunk } from './reader.js';
import { createRowHasher } from '../../target/row-hasher.js';
import { qualified } from '../../core/sql/ident.js';
import { exportSnapshot, importSnapshot } from './snapshot.js';

export async function sessionClient(url: string, purpose: string): Promise<pg.Client> {
  const client = await connect(url, 'source', `decant ${purpose}`);
  await client.query(HASH_SESSION_SETTINGS.join('; '));
  return client;
}

export async function createPostgresSource(url: string): Promise<SourceAdapter> {
  const main = await sessionClient(url, 'catalog');
  const { rows } = await main.query(
    `SELECT current_setting('server_version_num')::int AS version, current_setting('server_version') AS label,
            current_database() AS db, inet_server_port() AS port`,
  );
  const version = Number(rows[0].version);
  const label = `PostgreSQL ${rows[0].label} (${rows[0].db})`;
  return {
    kind: 'postgres',
    capabilities: { copyPassthrough: true, hashInDatabase: true },
    describe: () => label,
    discover: (selection) => discoverPostgres(main, selection),
    planChunks: (table, chunkBytes) => planPostgresChunks(main, version, table, chunkBytes),
    async openSnapshot(joinSnapshotId?: string): Promise<Snapshot> {
      if (joinSnapshotId) {
        return { id: joinSnapshotId, release: async () => undefined };
      }
      return exportSnapshot(await sessionClient(url, 'snapshot'));
    },
    async openReader(snapshot): Promise<ChunkReader> {
      const client = await sessionClient(url, 'reader');
      if (snapshot) {
        try {
          await importSnapshot(client, snapshot.id);
        } catch (error) {
          await client.end().catch(() => undefined);
          throw error;
        }
      }
      return {
        read: async (table, chunk) =>
          readChunk(client, copyOutSql(table.owner, table.name, table.details, chunk)),
        close: () => client.end().catch(() => undefined),
      };
    },
    async sequenceValues(schemas): Promise<SequenceValue[]> {
      const { rows } = await main.query(
        `SELECT s.schemaname, s.sequencename, s.last_value::text AS last_value,
                tn.nspname AS table_schema, t.relname AS table_name, a.attname AS column_name
         FROM pg_sequences s
         JOIN pg_namespace n ON n.nspname = s.schemaname
         JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = s.sequencename
         LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
           AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
         LEFT JOIN pg_class t ON t.oid = d.refobjid
         LEFT JOIN pg_namespace tn ON tn.oid = t.relnamespace
         LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
         WHERE s.schemaname = ANY($1)`,
        [schemas],
      );
      return rows.map((row) => ({
        schema: row.schemaname,
        name: row.sequencename,
        lastValue: row.last_value,
        ownedBy: row.table_name
          ? { schema: row.table_schema, table: row.table_name, column: row.column_name }
          : null,
      }));
    },
    async openHasher(canonical) {
      const client = await connect(url, 'source', 'decant check');
      return createRowHasher(
        client,
        { relation: (table) => qualified(table.owner, table.name), predicate: chunkPredicate },
        canonical,
      );
    },
    async close() {
      await main.end().catch(() => undefined);
    },
  };
}

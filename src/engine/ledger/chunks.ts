/**
 * chunks: the slices of each table with their copy and check state. Claiming uses
 * FOR UPDATE SKIP LOCKED with a lease, and a chunk is marked done inside the very target
 * transaction that wrote its rows: a worker killed at any moment leaves both or neither.
 */
import type pg from 'pg';
import type { ChunkPlan } from '../../sources/source.js';
import { Stage } from '../../core/stage.js';

export interface ChunkRow {
  id: number;
  object_id: number;
  seq: number;
  kind: ChunkPlan['kind'];
  lower_bound: unknown[] | null;
  upper_bound: unknown[] | null;
  estimated_bytes: number;
  state: 'pending' | 'running' | 'done' | 'failed';
  rows: number | null;
  bytes: number | null;
  attempts: number;
  lease_owner: string | null;
  check_state: string | null;
}

export interface TableProgress {
  object_id: number;
  chunks: number;
  done: number;
  failed: number;
  rows: number;
  bytes: number;
  estimated_bytes: number;
}

export function planOf(chunk: ChunkRow): ChunkPlan {
  return {
    kind: chunk.kind,
    lower: chunk.lower_bound,
    upper: chunk.upper_bound,
    estimatedBytes: chunk.estimated_bytes,
  };
}

export interface Chunks {
  /** Replaces the object's chunks with a new plan (inside the caller's transaction). */
  replace(client: pg.ClientBase, objectId: number, plans: ChunkPlan[]): Promise<void>;
  forObject(objectId: number): Promise<ChunkRow[]>;
  /** Claims the next chunk of a table at stage D, largest tables first. */
  claim(owner: string, leaseSeconds: number, shareTables: boolean): Promise<ChunkRow | undefined>;
  renew(chunkId: number, owner: string, leaseSeconds: number): Promise<boolean>;
  /**
   * Marks the chunk done in the caller's target transaction; moves the table to R when it
   * was the last one. Returns false when another worker finished the chunk first.
   */
  complete(
    client: pg.ClientBase,
    chunk: ChunkRow,
    rows: number,
    bytes: number,
  ): Promise<{ won: boolean; tableDone: boolean }>;
  /** Gives the chunk back for another attempt, or marks it (and its table) failed. */
  release(chunk: ChunkRow, owner: string, error: string, final: boolean): Promise<void>;
  /** Chunks still to do (pending, or running under anyone's lease) for tables at D. */
  remaining(): Promise<{ pending: number; running: number }>;
  /** Frees chunks leased by owners this process knows to be dead. */
  reclaim(isDead: (owner: string) => boolean): Promise<number>;
  progress(): Promise<TableProgress[]>;
}

const CHUNK_COLUMNS = `id::int AS id, object_id::int AS object_id, seq, kind, lower_bound, upper_bound,
  estimated_bytes::float8 AS estimated_bytes, state, rows::float8 AS rows, bytes::float8 AS bytes, attempts,
  lease_owner, check_state`;

export function createChunks(db: pg.Pool, table: (name: string) => string): Chunks {
  const chunks = table('chunks');
  const objects = table('migration_objects');
  return {
    async replace(client, objectId, plans) {
      await client.query(`DELETE FROM ${chunks} WHERE object_id = $1`, [objectId]);
      await client.query(
        `INSERT INTO ${chunks} (object_id, seq, kind, lower_bound, upper_bound, estimated_bytes)
         SELECT $1, ordinality - 1, p->>'kind', p->'lower', p->'upper', (p->>'estimatedBytes')::bigint
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(p, ordinality)`,
        [
          objectId,
          JSON.stringify(plans.map((p) => ({ ...p, estimatedBytes: Math.round(p.estimatedBytes) }))),
        ],
      );
    },
    async forObject(objectId) {
      const { rows } = await db.query(
        `SELECT ${CHUNK_COLUMNS} FROM ${chunks} WHERE object_id = $1 ORDER BY seq`,
        [objectId],
      );
      return rows as ChunkRow[];
    },
    async claim(owner, leaseSeconds, shareTables) {
      const { rows } = await db.query(
        `UPDATE ${chunks} c SET state = 'running', lease_owner = $1, lease_expires = now() + $2 * interval '1 second',
           attempts = c.attempts + 1, started_at = now()
         WHERE c.id = (
           SELECT c2.id FROM ${chunks} c2 JOIN ${objects} o ON o.id = c2.object_id
           WHERE o.stage = '${Stage.SchemaDone}' AND o.type = 'TABLE'
             AND (c2.state = 'pending' OR (c2.state = 'running' AND c2.lease_expires < now()))
             AND ($3 OR NOT EXISTS (SELECT 1 FROM ${chunks} c3 WHERE c3.object_id = c2.object_id
                    AND c3.state = 'running' AND c3.lease_expires >= now()))
           ORDER BY o.data_size DESC, o.id, c2.seq
           LIMIT 1 FOR UPDATE OF c2 SKIP LOCKED)
         RETURNING ${CHUNK_COLUMNS}`,
        [owner, leaseSeconds, shareTables],
      );
      return rows[0] as ChunkRow | undefined;
    },
    async renew(chunkId, owner, leaseSeconds) {
      const result = await db.query(
        `UPDATE ${chunks} SET lease_expires = now() + $3 * interval '1 second'
         WHERE id = $1 AND lease_owner = $2 AND state = 'running'`,
        [chunkId, owner, leaseSeconds],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async complete(client, chunk, rowCount, byteCount) {
      const marked = await client.query(
        `UPDATE ${chunks} SET state = 'done', rows = $2, bytes = $3, finished_at = now(), lease_owner = NULL,
           lease_expires = NULL, error = NULL, check_state = NULL
         WHERE id = $1 AND state <> 'done'`,
        [chunk.id, rowCount, byteCount],
      );
      if ((marked.rowCount ?? 0) === 0) return { won: false, tableDone: false };
      // The object row lock orders the last commits of a table, so exactly one sees "none left".
      await client.query(`SELECT 1 FROM ${objects} WHERE id = $1 FOR UPDATE`, [chunk.object_id]);
      const { rows } = await client.query(
        `SELECT count(*) FILTER (WHERE state <> 'done')::int AS left, coalesce(sum(rows), 0)::float8 AS rows
         FROM ${chunks} WHERE object_id = $1`,
        [chunk.object_id],
      );
      const tableDone = rows[0].left === 0;
      if (tableDone) {
        await client.query(
          `UPDATE ${objects} SET stage = '${Stage.DataDone}', error = '', rows_copied = $2, updated_at = now()
           WHERE id = $1 AND stage = '${Stage.SchemaDone}'`,
          [chunk.object_id, rows[0].rows],
        );
      }
      return { won: true, tableDone };
    },
    async release(chunk, owner, error, final) {
      await db.query(
        `UPDATE ${chunks} SET state = $3, error = $4, lease_owner = NULL, lease_expires = NULL
         WHERE id = $1 AND lease_owner = $2 AND state = 'running'`,
        [chunk.id, owner, final ? 'failed' : 'pending', error],
      );
      if (final) {
        await db.query(
          `UPDATE ${objects} SET stage = '${Stage.DataFailed}', error = $2, updated_at = now()
           WHERE id = $1 AND stage = '${Stage.SchemaDone}'`,
          [chunk.object_id, error],
        );
      }
    },
    async remaining() {
      const { rows } = await db.query(
        `SELECT count(*) FILTER (WHERE c.state = 'pending')::int AS pending,
                count(*) FILTER (WHERE c.state = 'running')::int AS running
         FROM ${chunks} c JOIN ${objects} o ON o.id = c.object_id
         WHERE o.stage = '${Stage.SchemaDone}' AND o.type = 'TABLE'`,
      );
      return rows[0] as { pending: number; running: number };
    },
    async reclaim(isDead) {
      const { rows } = await db.query(
        `SELECT DISTINCT lease_owner FROM ${chunks} WHERE state = 'running' AND lease_owner IS NOT NULL`,
      );
      const dead = rows.map((r) => r.lease_owner as string).filter(isDead);
      if (dead.length === 0) return 0;
      const result = await db.query(
        `UPDATE ${chunks} SET state = 'pending', lease_owner = NULL, lease_expires = NULL
         WHERE state = 'running' AND lease_owner = ANY($1)`,
        [dead],
      );
      return result.rowCount ?? 0;
    },
    async progress() {
      const { rows } = await db.query(
        `SELECT object_id::int AS object_id, count(*)::int AS chunks,
           count(*) FILTER (WHERE state = 'done')::int AS done,
           count(*) FILTER (WHERE state = 'failed')::int AS failed,
           coalesce(sum(rows) FILTER (WHERE state = 'done'), 0)::float8 AS rows,
           coalesce(sum(bytes) FILTER (WHERE state = 'done'), 0)::float8 AS bytes,
           coalesce(sum(estimated_bytes), 0)::float8 AS estimated_bytes
         FROM ${chunks} GROUP BY object_id`,
      );
      return rows as TableProgress[];
    },
  };
}

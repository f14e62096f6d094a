/**
 * workers: one row per worker with its heartbeat and current chunk, so that `status`
 * can show who does what and name a worker that has gone silent.
 */
import type pg from 'pg';

export interface WorkerRow {
  id: string;
  operation_id: number | null;
  step: string;
  host: string;
  pid: number;
  object_id: number | null;
  object_name: string | null;
  chunk_id: number | null;
  chunk_seq: number | null;
  activity: string;
  rows: number;
  bytes: number;
  seconds_since_progress: number;
  seconds_since_heartbeat: number;
  finished: boolean;
}

export interface WorkerActivity {
  objectId?: number | null;
  chunkId?: number | null;
  activity: string;
  rows?: number;
  bytes?: number;
  /** True when rows or bytes moved since the last beat. */
  progressed?: boolean;
}

export interface Workers {
  register(id: string, step: string, operationId: number | null, host: string, pid: number): Promise<void>;
  beat(id: string, activity: WorkerActivity): Promise<void>;
  finish(id: string): Promise<void>;
  active(): Promise<WorkerRow[]>;
}

export function createWorkers(db: pg.Pool, table: (name: string) => string): Workers {
  const workers = table('workers');
  return {
    async register(id, step, operationId, host, pid) {
      await db.query(
        `INSERT INTO ${workers} (id, step, operation_id, host, pid) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET step = $2, operation_id = $3, heartbeat_at = now(), progress_at = now(),
           finished_at = NULL, activity = 'idle'`,
        [id, step, operationId, host, pid],
      );
    },
    async beat(id, activity) {
      await db.query(
        `UPDATE ${workers} SET heartbeat_at = now(), activity = $2, object_id = $3, chunk_id = $4,
           rows = coalesce($5, rows), bytes = coalesce($6, bytes),
           progress_at = CASE WHEN $7 THEN now() ELSE progress_at END
         WHERE id = $1`,
        [
          id,
          activity.activity,
          activity.objectId ?? null,
          activity.chunkId ?? null,
          activity.rows ?? null,
          activity.bytes ?? null,
          activity.progressed ?? false,
        ],
      );
    },
    async finish(id) {
      await db.query(
        `UPDATE ${workers} SET finished_at = now(), activity = 'finished', chunk_id = NULL WHERE id = $1`,
        [id],
      );
    },
    async active() {
      const { rows } = await db.query(
        `SELECT w.id, w.operation_id, w.step, w.host, w.pid, w.object_id, o.owner || '.' || o.name AS object_name,
           w.chunk_id, c.seq AS chunk_seq, w.activity, w.rows::float8 AS rows, w.bytes::float8 AS bytes,
           extract(epoch FROM now() - w.progress_at)::float8 AS seconds_since_progress,
           extract(epoch FROM now() - w.heartbeat_at)::float8 AS seconds_since_heartbeat,
           w.finished_at IS NOT NULL AS finished
         FROM ${workers} w
         LEFT JOIN ${table('migration_objects')} o ON o.id = w.object_id
         LEFT JOIN ${table('chunks')} c ON c.id = w.chunk_id
         WHERE w.finished_at IS NULL
         ORDER BY w.id`,
      );
      return rows as WorkerRow[];
    },
  };
}

/**
 * The state of a migration as `decant status` shows it: objects by type and stage, the
 * errors, table progress and every live worker with the age of its last progress.
 */
import type { Ledger } from './ledger/ledger.js';
import type { WorkerRow } from './ledger/workers.js';

export interface StatusReport {
  byStage: { type: string; stage: string; count: number }[];
  errors: { owner: string; name: string; type: string; stage: string; error: string }[];
  tables: {
    table: string;
    stage: string;
    chunks: number;
    chunksDone: number;
    rows: number;
    bytes: number;
    dataSize: number;
  }[];
  workers: (WorkerRow & { stalled: boolean })[];
}

export async function readStatus(ledger: Ledger, stallSeconds: number): Promise<StatusReport> {
  const objects = ledger.table('migration_objects');
  const chunks = ledger.table('chunks');
  const [byStage, errors, tables, workers] = await Promise.all([
    ledger.query(
      `SELECT type, stage, count(*)::int AS count FROM ${objects} GROUP BY type, stage ORDER BY type, stage`,
    ),
    ledger.query(
      `SELECT owner, name, type, stage, error FROM ${objects} WHERE error <> '' ORDER BY type, owner, name`,
    ),
    ledger.query(
      `SELECT o.owner || '.' || o.name AS table, o.stage, count(c.id)::int AS chunks,
         count(c.id) FILTER (WHERE c.state = 'done')::int AS "chunksDone",
         coalesce(sum(c.rows), 0)::float8 AS rows, coalesce(sum(c.bytes), 0)::float8 AS bytes,
         o.data_size::float8 AS "dataSize"
       FROM ${objects} o LEFT JOIN ${chunks} c ON c.object_id = o.id
       WHERE o.type = 'TABLE' GROUP BY o.id ORDER BY o.data_size DESC, o.id`,
    ),
    ledger.workers.active(),
  ]);
  return {
    byStage: byStage.rows as StatusReport['byStage'],
    errors: errors.rows as StatusReport['errors'],
    tables: tables.rows as StatusReport['tables'],
    workers: workers.map((w) => ({ ...w, stalled: w.seconds_since_progress > stallSeconds })),
  };
}

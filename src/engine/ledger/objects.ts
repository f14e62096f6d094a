/**
 * migration_objects: one row per object to migrate, with its stage, DDL and error.
 * Operators edit these rows directly (seed 000's playbook); every read here takes the
 * row as it is now, never a cached copy.
 */
import type pg from 'pg';
import type { StageLetter } from '../../core/stage.js';
import type { DiscoveredObject, ObjectRef, ObjectType, TableDetails } from '../../sources/source.js';

export interface LedgerObject {
  id: number;
  owner: string;
  name: string;
  type: ObjectType;
  stage: StageLetter;
  error: string;
  ddl1: string;
  ddl2: string;
  data_size: number;
  row_estimate: number;
  parent_owner: string | null;
  parent_name: string | null;
  parent_type: ObjectType | null;
  depends_on: ObjectRef[];
  details: Record<string, unknown>;
  rows_copied: number | null;
}

export function tableDetails(object: LedgerObject): TableDetails {
  return object.details as unknown as TableDetails;
}

export function refOf(object: { owner: string; name: string; type: ObjectType }): string {
  return `${object.type} ${object.owner}.${object.name}`;
}

export interface Objects {
  insertAll(objects: DiscoveredObject[], client?: pg.ClientBase): Promise<number>;
  all(): Promise<LedgerObject[]>;
  byId(id: number): Promise<LedgerObject | undefined>;
  count(): Promise<number>;
  setStage(id: number, stage: StageLetter, error?: string, appliedDdl?: string): Promise<void>;
  /** Moves the object only if it is still at `from` (another process may have taken it). */
  moveStage(id: number, from: StageLetter[], to: StageLetter, error?: string): Promise<boolean>;
}

const COLUMNS = `id::int AS id, owner, name, type, stage, error, ddl1, ddl2, data_size::float8 AS data_size,
  row_estimate::float8 AS row_estimate, parent_owner, parent_name, parent_type, depends_on, details,
  rows_copied::float8 AS rows_copied`;

export function createObjects(db: pg.Pool, table: (name: string) => string): Objects {
  const objects = table('migration_objects');
  return {
    async insertAll(list, client) {
      const runner = client ?? db;
      let inserted = 0;
      // Batches keep each statement's parameter count well under PostgreSQL's limit.
      for (let start = 0; start < list.length; start += 500) {
        const batch = list.slice(start, start + 500);
        const result = await runner.query(
          `INSERT INTO ${objects} (owner, name, type, ddl1, ddl2, data_size, row_estimate,
             parent_owner, parent_name, parent_type, depends_on, details)
           SELECT o->>'owner', o->>'name', o->>'type', o->>'ddl1', o->>'ddl2', (o->>'dataSize')::bigint,
             (o->>'rowEstimate')::bigint, o->'parent'->>'owner', o->'parent'->>'name', o->'parent'->>'type',
             coalesce(o->'dependsOn', '[]'), coalesce(o->'details', '{}')
           FROM jsonb_array_elements($1::jsonb) AS o
           ON CONFLICT (owner, name, type) DO NOTHING`,
          [
            JSON.stringify(
              batch.map((o) => ({
                ...o,
                dataSize: Math.round(o.dataSize),
                rowEstimate: Math.round(o.rowEstimate),
              })),
            ),
          ],
        );
        inserted += result.rowCount ?? 0;
      }
      return inserted;
    },
    async all() {
      const { rows } = await db.query(`SELECT ${COLUMNS} FROM ${objects} ORDER BY id`);
      return rows as LedgerObject[];
    },
    async byId(id) {
      const { rows } = await db.query(`SELECT ${COLUMNS} FROM ${objects} WHERE id = $1`, [id]);
      return rows[0] as LedgerObject | undefined;
    },
    async count() {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM ${objects}`);
      return rows[0].n as number;
    },
    async setStage(id, stage, error = '', appliedDdl) {
      await db.query(
        `UPDATE ${objects} SET stage = $2, error = $3, applied_ddl = coalesce($4, applied_ddl), updated_at = now() WHERE id = $1`,
        [id, stage, error, appliedDdl ?? null],
      );
    },
    async moveStage(id, from, to, error = '') {
      const result = await db.query(
        `UPDATE ${objects} SET stage = $3, error = $4, updated_at = now() WHERE id = $1 AND stage = ANY($2)`,
        [id, from, to, error],
      );
      return (result.rowCount ?? 0) > 0;
    },
  };
}

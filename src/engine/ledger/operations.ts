/**
 * operations and operation_messages: one row per run of a step, with its log lines.
 * Seed 000 reads these through the REST API (`status`, `messages`).
 */
import type pg from 'pg';

export type OperationStatus = 'Running' | 'Succeeded' | 'Failed';
export type LogLevel = 'info' | 'warn' | 'error' | 'debug';

export interface OperationRow {
  id: number;
  step: string;
  status: OperationStatus;
  started_at: Date;
  finished_at: Date | null;
  params: Record<string, unknown>;
  error: string | null;
}

export interface Operations {
  start(step: string, params: Record<string, unknown>): Promise<number>;
  log(operationId: number, level: LogLevel, message: string): Promise<void>;
  finish(operationId: number, status: Exclude<OperationStatus, 'Running'>, error?: string): Promise<void>;
  get(operationId: number): Promise<OperationRow | undefined>;
  messages(operationId: number): Promise<string[]>;
  list(): Promise<OperationRow[]>;
}

export function createOperations(db: pg.Pool, table: (name: string) => string): Operations {
  return {
    async start(step, params) {
      const { rows } = await db.query(
        `INSERT INTO ${table('operations')} (step, params) VALUES ($1, $2) RETURNING id`,
        [step, JSON.stringify(params)],
      );
      return Number(rows[0].id);
    },
    async log(operationId, level, message) {
      await db.query(
        `INSERT INTO ${table('operation_messages')} (operation_id, level, message) VALUES ($1, $2, $3)`,
        [operationId, level, message],
      );
    },
    async finish(operationId, status, error) {
      await db.query(
        `UPDATE ${table('operations')} SET status = $2, error = $3, finished_at = now() WHERE id = $1`,
        [operationId, status, error ?? null],
      );
    },
    async get(operationId) {
      const { rows } = await db.query(`SELECT * FROM ${table('operations')} WHERE id = $1`, [operationId]);
      return rows[0] ? { ...rows[0], id: Number(rows[0].id) } : undefined;
    },
    async messages(operationId) {
      const { rows } = await db.query(
        `SELECT message FROM ${table('operation_messages')} WHERE operation_id = $1 ORDER BY id`,
        [operationId],
      );
      return rows.map((row) => row.message as string);
    },
    async list() {
      const { rows } = await db.query(`SELECT * FROM ${table('operations')} ORDER BY id`);
      return rows.map((row) => ({ ...row, id: Number(row.id) }));
    },
  };
}

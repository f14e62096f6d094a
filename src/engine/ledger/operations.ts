/**
 * operations and operation_messages: one row per run of a step, with its log lines.
 * Seed 000 reads these through the REST API (`status`, `messages`).
 */
import type pg from 'pg';

export type OperationStatus = 'Running' | 'Succeeded' | 'Failed';
export type LogLevel = 'info' | 'warn' | 'error' | 'debug';

export interface Operations {
  start(step: string, params: Record<string, unknown>): Promise<number>;
  log(operationId: number, level: LogLevel, message: string): Promise<void>;
  finish(operationId: number, status: Exclude<OperationStatus, 'Running'>, error?: string): Promise<void>;
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
  };
}

/**
 * The operator's levers of seed 000's playbook, as functions: list the objects with their
 * DDL and errors, retry a failed object (with new DDL where that is what failed), skip an
 * object. They write the same ledger rows an operator's UPDATE would, so the steps treat
 * both alike; which stage a retry goes back to is decided here, not by the caller.
 */
import { DecantError } from '../core/errors.js';
import { Stage, type StageLetter } from '../core/stage.js';
import type { Ledger } from './ledger/ledger.js';

export interface ObjectRow {
  id: number;
  owner: string;
  name: string;
  type: string;
  stage: StageLetter;
  error: string;
  ddl1: string;
  ddl2: string;
  dataSize: number;
}

export interface ObjectFilter {
  /** Only objects with an error. */
  failed?: boolean;
  type?: string;
  stage?: string;
}

export interface RetryChange {
  /** New DDL for the object (schema step); for an index or trigger, the constraints step. */
  ddl1?: string;
  /** New constraint DDL of a table (constraints step). */
  ddl2?: string;
}

function selectObjects(ledger: Ledger): string {
  return `SELECT id::int AS id, owner, name, type, stage, error, ddl1, ddl2, data_size::float8 AS "dataSize"
    FROM ${ledger.table('migration_objects')}`;
}

export async function listObjects(ledger: Ledger, filter: ObjectFilter = {}): Promise<ObjectRow[]> {
  const { rows } = await ledger.query(
    `${selectObjects(ledger)}
     WHERE ($1::boolean IS NOT TRUE OR error <> '') AND ($2::text IS NULL OR type = $2)
       AND ($3::text IS NULL OR stage = $3)
     ORDER BY (error = '') , type, owner, name`,
    [filter.failed ?? null, filter.type ?? null, filter.stage ?? null],
  );
  return rows as ObjectRow[];
}

/** Where a failed object goes back to, by the letter it failed with. */
const RETRY_FROM: Partial<Record<StageLetter, StageLetter>> = {
  [Stage.SchemaFailed]: Stage.Init,
  [Stage.DataFailed]: Stage.SchemaDone,
  [Stage.ConstraintsFailed]: Stage.DataDone,
  [Stage.CheckFailed]: Stage.ConstraintsDone,
  [Stage.Skipped]: Stage.Init,
};

/**
 * Sends a failed (or skipped) object back to the stage before the one that failed, with
 * its error cleared and, when given, new DDL: the next run of that step takes it again.
 */
export async function retryObject(ledger: Ledger, id: number, change: RetryChange = {}): Promise<ObjectRow> {
  const object = await requireObject(ledger, id);
  const to = RETRY_FROM[object.stage];
  if (!to) {
    throw new DecantError(
      'API_CONFLICT',
      `${object.type} ${object.owner}.${object.name} is at stage ${object.stage}, which has nothing to retry`,
      {
        hint: 'Retry objects that failed (E, F, e, i) or were skipped (S)',
        context: { object: `${object.owner}.${object.name}` },
      },
    );
  }
  if (change.ddl2 !== undefined && object.type !== 'TABLE') {
    throw new DecantError('API_REQUEST', `Only a table has constraint DDL (ddl2); this is a ${object.type}`, {
      hint: 'Send ddl1 with the new DDL of the object',
      context: { object: `${object.owner}.${object.name}` },
    });
  }
  await ledger.query(
    `UPDATE ${ledger.table('migration_objects')}
     SET stage = $2, error = '', ddl1 = coalesce($3, ddl1), ddl2 = coalesce($4, ddl2), updated_at = now()
     WHERE id = $1`,
    [id, to, change.ddl1 ?? null, change.ddl2 ?? null],
  );
  return requireObject(ledger, id);
}

/** Marks an object skipped; the steps skip what depends on it. */
export async function skipObject(ledger: Ledger, id: number): Promise<ObjectRow> {
  await requireObject(ledger, id);
  await ledger.objects.setStage(id, Stage.Skipped, '');
  return requireObject(ledger, id);
}

async function requireObject(ledger: Ledger, id: number): Promise<ObjectRow> {
  const { rows } = await ledger.query(`${selectObjects(ledger)} WHERE id = $1`, [id]);
  const row = rows[0] as ObjectRow | undefined;
  if (!row) {
    throw new DecantError('API_NOT_FOUND', `The ledger has no object with id ${id}`, {
      hint: 'List the objects with GET /object',
      context: { object: String(id) },
    });
  }
  return row;
}

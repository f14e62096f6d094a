/**
 * The exported snapshot of a PostgreSQL source: one connection holds a REPEATABLE READ
 * transaction open and exports its snapshot; every worker imports it, so all chunks are
 * read as of one moment. A second Decant process may join a snapshot that is still held.
 */
import type pg from 'pg';
import { DecantError, messageOf } from '../../core/errors.js';
import type { Snapshot } from '../source.js';

export async function exportSnapshot(client: pg.Client): Promise<Snapshot> {
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query('SELECT pg_export_snapshot() AS id');
    const id = rows[0].id as string;
    return {
      id,
      async release() {
        await client.query('COMMIT').catch(() => undefined);
        await client.end().catch(() => undefined);
      },
    };
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new DecantError('DATA_SNAPSHOT', `Cannot export a snapshot of the source: ${messageOf(error)}`, {
      hint: 'The source must be a primary or a hot standby that allows pg_export_snapshot(); check the user can run it',
      cause: error,
    });
  }
}

/** Opens a transaction on `client` that sees exactly the given snapshot. */
export async function importSnapshot(client: pg.Client, snapshotId: string): Promise<void> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    await client.query(`SET TRANSACTION SNAPSHOT '${snapshotId.replaceAll("'", "''")}'`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new DecantError(
      'DATA_SNAPSHOT',
      `Cannot import source snapshot ${snapshotId}: ${messageOf(error)}`,
      {
        hint: 'The process that exported it has ended; run data again and it takes a new snapshot',
        cause: error,
      },
    );
  }
}

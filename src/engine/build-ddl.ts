/**
 * Running DDL batches for the constraints step: a session with enough memory to sort
 * whole tables, and statements run in one transaction that tolerates what an earlier run
 * already built and retries a deadlock victim.
 */
import type pg from 'pg';
import { sleep } from './workers/retry.js';
import { describePgError } from './target-sql.js';

const DEADLOCK = '40P01';
const DEADLOCK_RETRIES = 5;
/** Errors that mean "already there": a previous run built it. */
const ALREADY_THERE = ['42P07', '42710', '42P16'];

/** Index and key builds sort whole tables: give them at least this much memory. */
const BUILD_MEMORY_KB = 256 * 1024;

export async function withBuildClient<T>(
  target: pg.Pool,
  use: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await target.connect();
  try {
    // Raised, never lowered below what the server is configured with.
    await client.query(
      `SELECT set_config('maintenance_work_mem', greatest(setting::int, $1)::text, false) FROM pg_settings WHERE name = 'maintenance_work_mem'`,
      [BUILD_MEMORY_KB],
    );
    // `jobs` builds already run at once: parallel workers on top of them only crowd the
    // same cores (measured: constraints about 1 s faster of 17 on 2 cores without them).
    await client.query(`SET max_parallel_maintenance_workers = 0; SET max_parallel_workers_per_gather = 0`);
    return await use(client);
  } finally {
    await client
      .query(
        'RESET maintenance_work_mem; RESET max_parallel_maintenance_workers; RESET max_parallel_workers_per_gather',
      )
      .catch(() => undefined);
    client.release();
  }
}

/**
 * Runs statements in one transaction; "already exists" errors from an earlier run are
 * passed over. Foreign keys added side by side lock both their tables and may deadlock:
 * the transaction PostgreSQL picks as the victim is run again.
 */
export async function runStatements(client: pg.ClientBase, statements: string[]): Promise<string | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query('BEGIN');
      for (const sql of statements) {
        await client.query('SAVEPOINT statement');
        try {
          await client.query(sql);
        } catch (error) {
          if (!ALREADY_THERE.includes((error as { code?: string }).code ?? ''))
            throw Object.assign(error as object, { statement: sql });
          await client.query('ROLLBACK TO SAVEPOINT statement');
        }
      }
      await client.query('COMMIT');
      return null;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if ((error as { code?: string }).code === DEADLOCK && attempt < DEADLOCK_RETRIES) {
        await sleep(100 + Math.random() * 400 * (attempt + 1));
        continue;
      }
      const statement = (error as { statement?: string }).statement;
      return `${describePgError(error, statement)}${statement ? ` in: ${statement.slice(0, 300)}` : ''}`;
    }
  }
}

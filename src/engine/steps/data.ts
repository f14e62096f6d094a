/**
 * data: copies every table at stage D, chunk by chunk, with `jobs` workers reading one
 * exported snapshot of the source. Resumes where a previous run stopped; a table set
 * back to D after it was copied is emptied and copied again. Each table is vacuumed and
 * analyzed as soon as its last chunk is in (workers/table-vacuum.ts).
 */
import type pg from 'pg';
import { Stage } from '../../core/stage.js';
import { qualified } from '../../core/sql/ident.js';
import { messageOf } from '../../core/errors.js';
import type { Snapshot, SourceAdapter, TableToCopy } from '../../sources/source.js';
import { emptyTable } from '../../target/copy-session.js';
import { tableDetails, type LedgerObject } from '../ledger/objects.js';
import { isDeadLocalOwner } from '../workers/identity.js';
import { runCopyWorkers } from '../workers/copy-workers.js';
import { createTableProgress } from '../workers/table-progress.js';
import { createTableVacuum } from '../workers/table-vacuum.js';
import type { Step, StepContext } from './step.js';

export const dataStep: Step = {
  name: 'data',
  async run(ctx) {
    const { ledger } = ctx;
    const tables = (await ledger.objects.all()).filter(
      (o) => o.type === 'TABLE' && o.stage === Stage.SchemaDone,
    );
    const source = await ctx.source();
    const reclaimed = await ledger.chunks.reclaim(isDeadLocalOwner);
    if (reclaimed) await ctx.log('warn', `took back ${reclaimed} chunk(s) leased by a process that is gone`);
    for (const table of tables) await prepareTable(ctx, source, table);

    const snapshot = await shareSnapshot(ctx, source);
    const progress = createTableProgress(ctx, await ledger.objects.all());
    await progress.refresh();
    const ticker = setInterval(() => progress.emitAll(), 500);
    const refresher = setInterval(() => void progress.refresh().catch(() => undefined), 5000);
    const vacuum = createTableVacuum(ctx);
    let vacuumed: number;
    try {
      await runCopyWorkers(ctx, source, snapshot, progress, vacuum);
    } finally {
      clearInterval(ticker);
      clearInterval(refresher);
      await releaseSnapshot(ctx, snapshot);
      if (vacuum.pending > 0)
        await ctx
          .log('info', `waiting for VACUUM (ANALYZE) of ${vacuum.pending} copied table(s)`)
          .catch(() => undefined);
      vacuumed = await vacuum.drain();
    }
    await progress.refresh();
    progress.emitAll();

    const after = (await ledger.objects.all()).filter((o) => o.type === 'TABLE');
    const failed = after.filter((o) => o.stage === Stage.DataFailed);
    const waiting = after.filter((o) => o.stage === Stage.SchemaDone);
    const copied = after.filter((o) => tables.some((t) => t.id === o.id) && o.stage === Stage.DataDone);
    const rows = copied.reduce((sum, o) => sum + Number(o.rows_copied ?? 0), 0);
    const summary =
      `${copied.length} table(s) copied (${rows} rows), ${failed.length} failed, ${waiting.length} not finished` +
      (vacuumed > 0 ? `; ${vacuumed} vacuumed and analyzed` : '');
    return { ok: failed.length === 0 && waiting.length === 0, summary };
  },
};

/** Plans chunks for a table that has none, or whose chunks are all done (set back to D). */
async function prepareTable(ctx: StepContext, source: SourceAdapter, object: LedgerObject): Promise<void> {
  const details = tableDetails(object);
  if (details.partitioned) {
    // A partitioned table holds no rows of its own; its partitions are copied as tables.
    await ctx.ledger.objects.moveStage(object.id, [Stage.SchemaDone], Stage.DataDone);
    return;
  }
  const client = await ctx.target.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(
      `SELECT stage FROM ${ctx.ledger.table('migration_objects')} WHERE id = $1 FOR UPDATE`,
      [object.id],
    );
    const { rows: states } = await client.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE state <> 'done')::int AS open
       FROM ${ctx.ledger.table('chunks')} WHERE object_id = $1`,
      [object.id],
    );
    if (rows[0]?.stage !== Stage.SchemaDone || states[0].open > 0) {
      // Resuming: chunks that failed before (the table was at F) get another chance.
      await client.query(
        `UPDATE ${ctx.ledger.table('chunks')} SET state = 'pending', error = NULL WHERE object_id = $1 AND state = 'failed'`,
        [object.id],
      );
      await client.query('COMMIT');
      return;
    }
    const table: TableToCopy = {
      owner: object.owner,
      name: object.name,
      details,
      dataSize: object.data_size,
    };
    const plans = await source.planChunks(table, ctx.config.dataChunkSize);
    if (states[0].total > 0)
      await ctx.log('info', `${object.owner}.${object.name}: copying again (set back to D)`);
    if (await holdsRows(client, details)) await emptyTable(client, details);
    await ctx.ledger.chunks.replace(client, object.id, plans);
    await client.query(
      `UPDATE ${ctx.ledger.table('migration_objects')} SET error = '', rows_copied = NULL WHERE id = $1`,
      [object.id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await ctx.ledger.objects.setStage(object.id, Stage.DataFailed, `cannot plan chunks: ${messageOf(error)}`);
    await ctx.log('error', `${object.owner}.${object.name}: cannot plan chunks: ${messageOf(error)}`);
  } finally {
    client.release();
  }
}

async function holdsRows(client: pg.ClientBase, details: TableToCopy['details']): Promise<boolean> {
  const { rows } = await client.query(
    `SELECT EXISTS (SELECT 1 FROM ONLY ${qualified(details.targetSchema, details.targetName)}) AS present`,
  );
  return rows[0].present as boolean;
}

/**
 * Joins a snapshot another data run of this migration still holds (seed 000 starts two),
 * or exports a new one and publishes it in the ledger.
 */
async function shareSnapshot(ctx: StepContext, source: SourceAdapter): Promise<Snapshot> {
  const snapshots = ctx.ledger.table('snapshots');
  const { rows } = await ctx.target.query(
    `SELECT id FROM ${snapshots} WHERE released_at IS NULL ORDER BY created_at DESC LIMIT 1`,
  );
  if (rows[0]) {
    const joined = await source.openSnapshot(rows[0].id as string);
    try {
      const probe = await source.openReader(joined);
      await probe.close();
      await ctx.log('info', `joined source snapshot ${joined.id} of a data run in progress`);
      return joined;
    } catch {
      await ctx.target.query(`UPDATE ${snapshots} SET released_at = now() WHERE id = $1`, [joined.id]);
    }
  }
  const snapshot = await source.openSnapshot();
  await ctx.target.query(
    `INSERT INTO ${snapshots} (id, holder) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`,
    [snapshot.id, `pid ${process.pid}`],
  );
  await ctx.log('info', `exported source snapshot ${snapshot.id}`);
  if (snapshot.warning) await ctx.log('warn', snapshot.warning);
  return snapshot;
}

async function releaseSnapshot(ctx: StepContext, snapshot: Snapshot): Promise<void> {
  await snapshot.release();
  await ctx.target
    .query(`UPDATE ${ctx.ledger.table('snapshots')} SET released_at = now() WHERE id = $1 AND holder = $2`, [
      snapshot.id,
      `pid ${process.pid}`,
    ])
    .catch(() => undefined);
}

/**
 * Repair for check --repair: the target's rows of a key range (or of a whole keyless
 * table) are replaced by the source's current rows, in one target transaction.
 */
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import type { ChunkPlan, TableToCopy } from '../../sources/source.js';
import { emptyTable, openCopySession, startCopyIn } from '../../target/copy-session.js';
import { qualified } from '../../core/sql/ident.js';
import { keyRangePredicate } from '../../core/sql/key-range.js';
import type { StepContext } from '../steps/step.js';

async function replaceRows(
  ctx: StepContext,
  table: TableToCopy,
  clear: (client: pg.Client) => Promise<void>,
  plans: ChunkPlan[],
): Promise<void> {
  const source = await ctx.source();
  const reader = await source.openReader(null);
  const session = await openCopySession(ctx.targetUrl, 'decant repair');
  const client = session.client;
  try {
    await client.query('BEGIN');
    await clear(client);
    for (const plan of plans) {
      // The source first, as copy-chunk.ts does: a refused read must not leave a COPY open.
      const copyOut = await reader.read(table, plan);
      await pipeline(copyOut, startCopyIn(client, table.details));
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await reader.close();
    await client.end().catch(() => undefined);
  }
}

export async function repairChunk(ctx: StepContext, table: TableToCopy, plan: ChunkPlan): Promise<void> {
  const { details } = table;
  await replaceRows(
    ctx,
    table,
    async (client) => {
      await client.query(
        `DELETE FROM ONLY ${qualified(details.targetSchema, details.targetName)} WHERE ${keyRangePredicate(details.key ?? [], plan.lower, plan.upper)}`,
      );
    },
    [plan],
  );
  await ctx.log('info', `${table.owner}.${table.name}: repaired a key range by copying it again`);
}

export async function repairWholeTable(
  ctx: StepContext,
  table: TableToCopy,
  plans: ChunkPlan[],
): Promise<void> {
  await replaceRows(ctx, table, (client) => emptyTable(client, table.details), plans);
  await ctx.log('info', `${table.owner}.${table.name}: repaired by copying the whole table again`);
}

/**
 * The data workers of one process: each claims chunks from the ledger, copies them with
 * a heartbeat that renews its lease, and retries transient failures with backoff. They
 * stop when no table at D has a chunk left, whoever holds it. The worker whose chunk
 * completes a table hands it to the table vacuum.
 */
import type { ChunkReader, Snapshot, SourceAdapter, TableToCopy } from '../../sources/source.js';
import { openCopySession, type CopySession } from '../../target/copy-session.js';
import { describePgError } from '../target-sql.js';
import type { ChunkRow } from '../ledger/chunks.js';
import { tableDetails, type LedgerObject } from '../ledger/objects.js';
import type { StepContext } from '../steps/step.js';
import { copyChunk } from './copy-chunk.js';
import { workerId } from './identity.js';
import { backoffMs, isTransient, sleep } from './retry.js';
import type { TableProgress } from './table-progress.js';
import type { TableVacuum } from './table-vacuum.js';

export async function runCopyWorkers(
  ctx: StepContext,
  source: SourceAdapter,
  snapshot: Snapshot,
  progress: TableProgress,
  vacuum: TableVacuum,
): Promise<void> {
  const objects = new Map<number, LedgerObject>();
  const objectOf = async (id: number): Promise<LedgerObject | undefined> => {
    if (!objects.has(id)) {
      const object = await ctx.ledger.objects.byId(id);
      if (object) objects.set(id, object);
    }
    return objects.get(id);
  };
  let warnedReplica = false;
  const workers = Array.from({ length: ctx.config.jobs }, (_, index) =>
    runWorker(
      ctx,
      workerId(index, 'data', ctx.operationId),
      source,
      snapshot,
      progress,
      vacuum,
      objectOf,
      (session) => {
        if (!session.replicaMode && !warnedReplica) {
          warnedReplica = true;
          void ctx.log(
            'warn',
            'the target user may not set session_replication_role: triggers fire during the load',
          );
        }
      },
    ),
  );
  await Promise.all(workers);
}

async function runWorker(
  ctx: StepContext,
  id: string,
  source: SourceAdapter,
  snapshot: Snapshot,
  progress: TableProgress,
  vacuum: TableVacuum,
  objectOf: (id: number) => Promise<LedgerObject | undefined>,
  onSession: (session: CopySession) => void,
): Promise<void> {
  const { ledger, config } = ctx;
  await ledger.workers.register(id, 'data', ctx.operationId, id.split(':')[0] ?? '', process.pid);
  let reader: ChunkReader | undefined;
  let session: CopySession | undefined;
  const closeConnections = async (): Promise<void> => {
    await reader?.close();
    await session?.client.end().catch(() => undefined);
    reader = undefined;
    session = undefined;
  };
  try {
    while (!ctx.signal.aborted) {
      const chunk = await ledger.chunks.claim(id, config.leaseSeconds, config.parTables);
      if (!chunk) {
        const left = await ledger.chunks.remaining();
        if (left.pending === 0 && left.running === 0) break;
        await ledger.workers.beat(id, { activity: 'waiting for chunks held by other workers' });
        await sleep(500, ctx.signal);
        continue;
      }
      const object = await objectOf(chunk.object_id);
      if (!object) continue;
      const table: TableToCopy = {
        owner: object.owner,
        name: object.name,
        details: tableDetails(object),
        dataSize: object.data_size,
      };
      for (let attempt = 0; ; attempt++) {
        const heartbeat = startHeartbeat(ctx, id, chunk, progress);
        try {
          reader ??= await source.openReader(snapshot);
          session ??= await openCopySession(ctx.targetUrl, `decant ${id}`);
          onSession(session);
          const outcome = await copyChunk(
            reader,
            session.client,
            ledger.chunks,
            table,
            chunk,
            (bytes) => progress.addBytes(chunk.object_id, chunk.id, bytes),
            heartbeat.signal,
          );
          progress.settle(chunk.object_id, chunk.id, outcome.won ? outcome : undefined);
          if (outcome.tableDone) {
            await ctx.log('info', `${table.owner}.${table.name}: copied`);
            vacuum.add(table.details, `${table.owner}.${table.name}`);
          }
          break;
        } catch (error) {
          progress.settle(chunk.object_id, chunk.id);
          await closeConnections();
          const message = `${table.owner}.${table.name} chunk ${chunk.seq}: ${describePgError(error)}`;
          if (heartbeat.lost) {
            await ctx.log('warn', `${message} (lease lost to another worker; giving the chunk up)`);
            break;
          }
          const retry = isTransient(error) && attempt < config.retries && !ctx.signal.aborted;
          await ctx.log(
            retry ? 'warn' : 'error',
            retry ? `${message}; retrying in ${backoffMs(attempt)} ms` : message,
          );
          if (!retry) {
            await ledger.chunks.release(chunk, id, message, true);
            break;
          }
          await sleep(backoffMs(attempt), ctx.signal);
        } finally {
          heartbeat.stop();
        }
      }
    }
  } finally {
    await closeConnections();
    await ledger.workers.finish(id).catch(() => undefined);
  }
}

/** Renews the chunk's lease and reports progress until stopped; aborts the copy if the lease is lost. */
function startHeartbeat(ctx: StepContext, id: string, chunk: ChunkRow, progress: TableProgress) {
  const controller = new AbortController();
  const state = { lost: false };
  let lastBytes = -1;
  const interval = Math.max(500, Math.min(5000, (ctx.config.leaseSeconds * 1000) / 3));
  const beat = async (): Promise<void> => {
    const bytes = progress.inFlightBytes(chunk.object_id, chunk.id);
    const renewed = await ctx.ledger.chunks.renew(chunk.id, id, ctx.config.leaseSeconds);
    if (!renewed) {
      state.lost = true;
      controller.abort(new Error('lease lost'));
      return;
    }
    await ctx.ledger.workers.beat(id, {
      activity: 'copying',
      objectId: chunk.object_id,
      chunkId: chunk.id,
      bytes,
      progressed: bytes !== lastBytes,
    });
    lastBytes = bytes;
  };
  void beat().catch(() => undefined);
  const timer = setInterval(() => void beat().catch(() => undefined), interval);
  return {
    signal: controller.signal,
    get lost() {
      return state.lost;
    },
    stop() {
      clearInterval(timer);
    },
  };
}

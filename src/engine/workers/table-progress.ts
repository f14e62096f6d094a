/**
 * Per-table progress of a data run: what the ledger says is done (refreshed now and
 * then, so other processes' work shows too) plus the bytes in flight in this process.
 */
import type { LedgerObject } from '../ledger/objects.js';
import type { StepContext } from '../steps/step.js';

interface TableState {
  name: string;
  dataSize: number;
  rowEstimate: number;
  rows: number;
  bytes: number;
  chunksDone: number;
  chunksTotal: number;
  inFlight: Map<number, number>;
  lastEmitted: string;
}

export interface TableProgress {
  refresh(): Promise<void>;
  addBytes(objectId: number, chunkId: number, bytes: number): void;
  /**
   * Forgets a chunk's in-flight bytes; when the chunk was committed, counts it as done
   * (the periodic refresh from the ledger corrects any drift and adds other processes' work).
   */
  settle(objectId: number, chunkId: number, committed?: { rows: number; bytes: number }): void;
  inFlightBytes(objectId: number, chunkId: number): number;
  emitAll(): void;
}

export function createTableProgress(ctx: StepContext, objects: LedgerObject[]): TableProgress {
  const tables = new Map<number, TableState>();
  for (const object of objects) {
    if (object.type !== 'TABLE') continue;
    tables.set(object.id, {
      name: `${object.owner}.${object.name}`,
      dataSize: object.data_size,
      rowEstimate: object.row_estimate,
      rows: 0,
      bytes: 0,
      chunksDone: 0,
      chunksTotal: 0,
      inFlight: new Map(),
      lastEmitted: '',
    });
  }
  return {
    async refresh() {
      for (const row of await ctx.ledger.chunks.progress()) {
        const state = tables.get(row.object_id);
        if (!state) continue;
        state.rows = row.rows;
        state.bytes = row.bytes;
        state.chunksDone = row.done;
        state.chunksTotal = row.chunks;
      }
    },
    addBytes(objectId, chunkId, bytes) {
      const state = tables.get(objectId);
      if (state) state.inFlight.set(chunkId, (state.inFlight.get(chunkId) ?? 0) + bytes);
    },
    settle(objectId, chunkId, committed) {
      const state = tables.get(objectId);
      if (!state) return;
      state.inFlight.delete(chunkId);
      if (committed) {
        state.rows += committed.rows;
        state.bytes += committed.bytes;
        state.chunksDone++;
      }
    },
    inFlightBytes(objectId, chunkId) {
      return tables.get(objectId)?.inFlight.get(chunkId) ?? 0;
    },
    emitAll() {
      for (const state of tables.values()) {
        if (state.chunksTotal === 0) continue;
        const flying = [...state.inFlight.values()].reduce((a, b) => a + b, 0);
        const bytesPerRow =
          state.rows > 0
            ? state.bytes / state.rows
            : state.rowEstimate > 0
              ? state.dataSize / state.rowEstimate
              : 0;
        const rows = state.rows + (bytesPerRow > 0 ? Math.round(flying / bytesPerRow) : 0);
        const bytes = state.bytes + flying;
        const done = state.chunksDone === state.chunksTotal;
        const signature = `${rows}/${bytes}/${state.chunksDone}`;
        if (signature === state.lastEmitted) continue;
        state.lastEmitted = signature;
        ctx.emit({
          type: 'table',
          step: 'data',
          table: state.name,
          rows,
          bytes,
          totalBytes: Math.max(bytes, done ? bytes : state.dataSize),
          chunksDone: state.chunksDone,
          chunksTotal: state.chunksTotal,
          done,
        });
      }
    },
  };
}

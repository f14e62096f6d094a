/**
 * Copies one chunk: the source's COPY stream piped into the target's COPY FROM, and the
 * chunk marked done, all in ONE target transaction. Killed at any moment, it leaves the
 * chunk's rows and its mark together, or neither.
 */
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import type { ChunkReader, TableToCopy } from '../../sources/source.js';
import { startCopyIn } from '../../target/copy-session.js';
import { planOf, type ChunkRow, type Chunks } from '../ledger/chunks.js';

export interface ChunkOutcome {
  rows: number;
  bytes: number;
  /** False when another worker finished this chunk first (nothing was written). */
  won: boolean;
  tableDone: boolean;
}

export async function copyChunk(
  reader: ChunkReader,
  target: pg.Client,
  chunks: Chunks,
  table: TableToCopy,
  chunk: ChunkRow,
  onBytes: (bytes: number) => void,
  signal: AbortSignal,
): Promise<ChunkOutcome> {
  let bytes = 0;
  await target.query('BEGIN');
  try {
    // The source first: a COPY started on the target with nothing to end it would hold the
    // connection, and the ROLLBACK below would wait behind it for ever.
    const copyOut = await reader.read(table, planOf(chunk));
    const copyIn = startCopyIn(target, table.details);
    const meter = new Transform({
      transform(data: Buffer, _encoding, callback) {
        bytes += data.length;
        onBytes(data.length);
        callback(null, data);
      },
    });
    await pipeline(copyOut, meter, copyIn, { signal });
    const rows = copyIn.rowCount;
    const { won, tableDone } = await chunks.complete(target, chunk, rows, bytes);
    await target.query(won ? 'COMMIT' : 'ROLLBACK');
    return { rows, bytes, won, tableDone };
  } catch (error) {
    await target.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

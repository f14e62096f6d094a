/**
 * The dashboard's live feed: status changes and log lines as they happen, and every
 * `intervalMs` a snapshot of what the running operations are doing (per-table progress,
 * objects done) with the overall copy rate. Listeners are the server-sent-event streams.
 */
import type { TableProgressEvent } from '../index.js';
import type { LiveProgress, OperationEvent, OperationRecord, OperationRunner } from './operations.js';

export interface ProgressSnapshot {
  at: number;
  operations: (Pick<OperationRecord, 'id' | 'stage' | 'status'> & LiveProgress)[];
  /** Bytes and rows per second copied by data operations, over the last two seconds. */
  bytesPerSecond: number;
  rowsPerSecond: number;
}

export type FeedMessage =
  | { event: 'operation'; data: Omit<OperationRecord, 'messages'> }
  | { event: 'log'; data: { id: OperationRecord['id']; line: string } }
  | { event: 'progress'; data: ProgressSnapshot };

export interface LiveFeed {
  subscribe(listener: (message: FeedMessage) => void): () => void;
  /** The latest snapshot (also what a new subscriber gets first). */
  snapshot(): ProgressSnapshot;
  close(): void;
}

const RATE_WINDOW_MS = 2000;

export function createLiveFeed(runner: OperationRunner, intervalMs = 500): LiveFeed {
  const listeners = new Set<(message: FeedMessage) => void>();
  const history: { at: number; bytes: number; rows: number }[] = [];
  let last = build();
  let idleTicks = 0;

  const send = (message: FeedMessage): void => {
    for (const listener of listeners) listener(message);
  };

  const onEvent = (event: OperationEvent): void => {
    if (event.type === 'status') {
      const { messages: _messages, ...rest } = event.operation;
      send({ event: 'operation', data: rest });
    } else if (event.type === 'log') send({ event: 'log', data: { id: event.id, line: event.line } });
  };
  runner.events.on('event', onEvent);

  const ticker = setInterval(() => {
    last = build();
    // One more snapshot after the last operation ends, so the page shows the final numbers.
    idleTicks = last.operations.length > 0 ? 0 : idleTicks + 1;
    if (listeners.size > 0 && idleTicks <= 1) send({ event: 'progress', data: last });
  }, intervalMs);
  ticker.unref();

  function build(): ProgressSnapshot {
    const at = Date.now();
    const operations: ProgressSnapshot['operations'] = [];
    // Two data operations report the same table; its progress is the larger of the two.
    const copied = new Map<string, TableProgressEvent>();
    for (const record of runner.list()) {
      const live = runner.live(record.id);
      if (!live) continue;
      operations.push({
        id: record.id,
        stage: record.stage,
        status: record.status,
        ...live,
        tables: [...live.tables],
      });
      for (const table of live.tables) {
        if (table.step !== 'data') continue;
        const seen = copied.get(table.table);
        if (!seen || seen.bytes < table.bytes) copied.set(table.table, table);
      }
    }
    let bytes = 0;
    let rows = 0;
    for (const table of copied.values()) {
      bytes += table.bytes;
      rows += table.rows;
    }
    history.push({ at, bytes, rows });
    while (history.length > 1 && history[0]!.at < at - RATE_WINDOW_MS) history.shift();
    const first = history[0]!;
    const seconds = (at - first.at) / 1000;
    return {
      at,
      operations,
      bytesPerSecond: seconds > 0 ? Math.max(0, (bytes - first.bytes) / seconds) : 0,
      rowsPerSecond: seconds > 0 ? Math.max(0, (rows - first.rows) / seconds) : 0,
    };
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => last,
    close() {
      clearInterval(ticker);
      runner.events.off('event', onEvent);
      listeners.clear();
    },
  };
}

/**
 * Prometheus metrics at /metrics, fed by the operations' events: rows and bytes copied,
 * chunks by state, operation durations and errors. Nothing here queries a database, so a
 * scrape is cheap and never waits on the target.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { OperationEvent, OperationRunner } from './operations.js';

export interface Metrics {
  readonly registry: Registry;
}

export function createMetrics(runner: OperationRunner): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'decant_process_' });
  const rows = new Counter({
    name: 'decant_rows_copied_total',
    help: 'Rows copied into the target by data operations of this server.',
    labelNames: ['table'],
    registers: [registry],
  });
  const bytes = new Counter({
    name: 'decant_bytes_copied_total',
    help: 'Bytes copied into the target by data operations of this server.',
    labelNames: ['table'],
    registers: [registry],
  });
  const tableChunks = new Map<string, { step: string; done: number; total: number }>();
  new Gauge({
    name: 'decant_chunks',
    help: 'Chunks of the tables being copied or checked, by state (done, remaining), as last reported.',
    labelNames: ['step', 'state'],
    registers: [registry],
    collect() {
      this.reset();
      for (const { step, done, total } of tableChunks.values()) {
        this.inc({ step, state: 'done' }, done);
        this.inc({ step, state: 'remaining' }, Math.max(0, total - done));
      }
    },
  });
  const running = new Gauge({
    name: 'decant_operations_running',
    help: 'Operations running now, by stage.',
    labelNames: ['stage'],
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'decant_operation_duration_seconds',
    help: 'How long finished operations took, by stage and status.',
    labelNames: ['stage', 'status'],
    buckets: [1, 5, 15, 60, 300, 900, 3600, 4 * 3600, 12 * 3600],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'decant_errors_total',
    help: 'Error lines logged by operations, by stage.',
    labelNames: ['stage'],
    registers: [registry],
  });

  // Table events carry running totals; counters take what is new since the last one seen.
  const seen = new Map<string, { rows: number; bytes: number }>();

  runner.events.on('event', (event: OperationEvent) => {
    if (event.type === 'status') {
      const op = event.operation;
      if (op.status === 'Running') running.inc({ stage: op.stage });
      else {
        running.dec({ stage: op.stage });
        durations.observe(
          { stage: op.stage, status: op.status },
          (Date.parse(op.finishedAt!) - Date.parse(op.startedAt)) / 1000,
        );
      }
      return;
    }
    if (event.type === 'log') {
      if (/^\S+ error /.test(event.line)) errors.inc({ stage: stageOf(runner, event.id) });
      return;
    }
    const e = event.event;
    if (e.type !== 'table') return;
    tableChunks.set(`${e.step} ${e.table}`, { step: e.step, done: e.chunksDone, total: e.chunksTotal });
    if (e.step !== 'data') return;
    const before = seen.get(e.table) ?? { rows: 0, bytes: 0 };
    if (e.rows > before.rows) rows.inc({ table: e.table }, e.rows - before.rows);
    if (e.bytes > before.bytes) bytes.inc({ table: e.table }, e.bytes - before.bytes);
    seen.set(e.table, { rows: Math.max(e.rows, before.rows), bytes: Math.max(e.bytes, before.bytes) });
  });
  return { registry };
}

function stageOf(runner: OperationRunner, id: string | number): string {
  try {
    return runner.get(id).stage;
  } catch {
    return 'unknown';
  }
}

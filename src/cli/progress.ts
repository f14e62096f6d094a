/**
 * Turns engine events into what a person or a script sees: bars on a terminal (one per
 * table being copied and one overall: rows, bytes, MB/s, ETA), plain lines every few
 * seconds otherwise, and one JSON object per line with --json.
 */
import cliProgress from 'cli-progress';
import type { EngineEvent, TableProgressEvent } from '../engine/events.js';
import { formatBytes, formatCount, formatDuration } from './format.js';

export type OutputMode = 'tty' | 'plain' | 'json';

export interface ProgressView {
  onEvent(event: EngineEvent): void;
  stop(): void;
}

interface Totals {
  started: number;
  tables: Map<string, TableProgressEvent>;
}

function totals(state: Totals) {
  let rows = 0;
  let bytes = 0;
  let total = 0;
  for (const table of state.tables.values()) {
    rows += table.rows;
    bytes += table.bytes;
    total += Math.max(table.totalBytes, table.bytes);
  }
  const seconds = (Date.now() - state.started) / 1000;
  const rate = seconds > 0 ? bytes / seconds : 0;
  const eta = rate > 0 ? (total - bytes) / rate : Number.NaN;
  return { rows, bytes, total, rate, eta };
}

export function createProgressView(
  mode: OutputMode,
  verbose: number,
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): ProgressView {
  if (mode === 'json') {
    return {
      onEvent: (event) =>
        process.stdout.write(`${JSON.stringify({ ...event, at: new Date().toISOString() })}\n`),
      stop: () => undefined,
    };
  }
  const state: Totals = { started: Date.now(), tables: new Map() };
  const lineOf = (event: EngineEvent): string | null => logLine(event, verbose >= 3);
  if (mode === 'plain') return plainView(state, lineOf, write);
  return barView(state, lineOf);
}

function logLine(event: EngineEvent, showDebug: boolean): string | null {
  if (event.type === 'log') {
    if (event.level === 'debug' && !showDebug) return null;
    return `${event.step}: ${event.level === 'info' ? '' : `${event.level}: `}${event.message}`;
  }
  // A step that ended by an error is reported once, by the command's error line.
  if (event.type === 'step' && event.phase === 'end' && !event.error) return `${event.step}: ${event.status}`;
  return null;
}

function plainView(
  state: Totals,
  lineOf: (event: EngineEvent) => string | null,
  write: (line: string) => void,
): ProgressView {
  let lastLine = 0;
  let step = '';
  const summary = (): void => {
    const t = totals(state);
    const active = [...state.tables.values()]
      .filter((x) => !x.done)
      .map((x) => `${x.table} ${x.chunksDone}/${x.chunksTotal}`);
    write(
      `${step}: ${formatCount(t.rows)} rows, ${formatBytes(t.bytes)}, ${formatBytes(t.rate)}/s, ETA ${formatDuration(t.eta)}` +
        (active.length ? `; in progress: ${active.slice(0, 4).join(', ')}` : ''),
    );
  };
  return {
    onEvent(event) {
      const line = lineOf(event);
      if (line) write(line);
      if (event.type === 'step' && event.phase === 'start') {
        step = event.step;
        state.tables.clear();
        state.started = Date.now();
      }
      if (event.type === 'table') {
        state.tables.set(event.table, event);
        if (Date.now() - lastLine > 5000) {
          lastLine = Date.now();
          summary();
        }
      }
      if (event.type === 'step' && event.phase === 'end' && state.tables.size > 0) summary();
    },
    stop: () => undefined,
  };
}

function barView(state: Totals, lineOf: (event: EngineEvent) => string | null): ProgressView {
  const multi = new cliProgress.MultiBar(
    {
      format: ' {name} |{bar}| {percentage}% {info}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      autopadding: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let overall: cliProgress.SingleBar | undefined;
  const bars = new Map<string, cliProgress.SingleBar>();
  let objectsBar: cliProgress.SingleBar | undefined;
  const reset = (): void => {
    for (const bar of bars.values()) multi.remove(bar);
    bars.clear();
    if (overall) multi.remove(overall);
    if (objectsBar) multi.remove(objectsBar);
    overall = undefined;
    objectsBar = undefined;
  };
  return {
    onEvent(event) {
      const line = lineOf(event);
      if (line && !(event.type === 'log' && event.level === 'info' && event.message.endsWith(': copied')))
        multi.log(`${line}\n`);
      if (event.type === 'step' && event.phase === 'start') {
        reset();
        state.tables.clear();
        state.started = Date.now();
      }
      if (event.type === 'objects') {
        objectsBar ??= multi.create(event.total, 0, { name: event.step.padEnd(24), info: '' });
        objectsBar.setTotal(Math.max(1, event.total));
        objectsBar.update(event.done, {
          info: `${event.done}/${event.total} objects ${event.current ?? ''}`.slice(0, 60),
        });
      }
      if (event.type === 'table') {
        state.tables.set(event.table, event);
        const t = totals(state);
        overall ??= multi.create(1000, 0, { name: `${event.step} total`.padEnd(24), info: '' });
        overall.update(t.total > 0 ? Math.min(1000, Math.round((1000 * t.bytes) / t.total)) : 0, {
          info: `${formatCount(t.rows)} rows ${formatBytes(t.bytes)} ${formatBytes(t.rate)}/s ETA ${formatDuration(t.eta)}`,
        });
        let bar = bars.get(event.table);
        if (!bar && !event.done) {
          bar = multi.create(1000, 0, { name: event.table.slice(0, 24).padEnd(24), info: '' });
          bars.set(event.table, bar);
        }
        if (bar) {
          const fraction = event.done
            ? 1
            : event.chunksTotal > 0
              ? Math.min(0.999, event.bytes / Math.max(1, event.totalBytes))
              : 0;
          bar.update(Math.round(fraction * 1000), {
            info: `${formatCount(event.rows)} rows ${formatBytes(event.bytes)} chunks ${event.chunksDone}/${event.chunksTotal}`,
          });
          if (event.done) {
            multi.remove(bar);
            bars.delete(event.table);
            multi.log(
              `${event.step}: ${event.table} done, ${formatCount(event.rows)} rows, ${formatBytes(event.bytes)}\n`,
            );
          }
        }
      }
    },
    stop() {
      multi.stop();
    },
  };
}

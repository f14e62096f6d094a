/**
 * Operations as seed 000 knows them: one run of one step, started by POST /operation,
 * polled by id, waited for, cancelled. Each runs the engine in a child process of its own
 * (operation-process.ts), so that the server's event loop does nothing but answer; several
 * may run at once (two `data` operations share the tables through the ledger). This module
 * keeps their records and live progress and tells listeners what changed; it decides
 * nothing about the migration itself.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';
import { EventEmitter } from 'node:events';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DecantError,
  defaultConfig,
  resolveConfig,
  type CheckTableReport,
  type Config,
  type EngineEvent,
  type PhaseName,
  type TableProgressEvent,
} from '../index.js';
import { messageOf } from '../core/errors.js';
import type { FromOperationProcess, ToOperationProcess } from './operation-process.js';

export const OPERATION_STAGES = ['init', 'schema', 'data', 'constraints', 'check', 'migrate'] as const;
export type OperationStage = (typeof OPERATION_STAGES)[number];
export type OperationId = number | string;
export type OperationStatus = 'Running' | 'Succeeded' | 'Failed';

/** Where an operation reads and writes, resolved from connection ids when it starts. */
export interface OperationEndpoints {
  source: OperationId;
  target: OperationId;
  /** `gateway` when the target is reached through an LGW connection. */
  via: 'direct' | 'gateway';
  sourceUrl: string;
  targetUrl: string;
}

export interface OperationRecord {
  id: OperationId;
  stage: OperationStage;
  status: OperationStatus;
  source: OperationId;
  target: OperationId;
  via: 'direct' | 'gateway';
  repair: boolean;
  /** The operating-system process that runs (or ran) the operation's engine. */
  pid?: number;
  startedAt: string;
  finishedAt?: string;
  /** The step's own one-line result, or the error that ended it. */
  summary?: string;
  /** Log lines, oldest first: `time level text`. */
  messages: string[];
  /** Lines dropped from the start of `messages` to keep it bounded. */
  messagesDropped?: number;
  /** The check step's report, table by table. */
  report?: CheckTableReport[];
}

/** What is known of a running operation beyond its record: per-table progress. */
export interface LiveProgress {
  step?: PhaseName;
  objects?: { done: number; total: number; current?: string };
  tables: TableProgressEvent[];
}

export type OperationEvent =
  | { type: 'status'; operation: OperationRecord }
  | { type: 'log'; id: OperationId; line: string }
  | { type: 'engine'; id: OperationId; stage: OperationStage; event: EngineEvent };

export interface OperationRunner {
  start(request: StartRequest): OperationRecord;
  get(id: OperationId): OperationRecord;
  list(): OperationRecord[];
  live(id: OperationId): LiveProgress | undefined;
  /** Resolves when the operation is no longer running, or after `timeoutMs` with its state then. */
  wait(id: OperationId, timeoutMs?: number): Promise<OperationRecord>;
  cancel(id: OperationId): OperationRecord;
  /** Status changes, log lines and engine events of every operation. */
  readonly events: EventEmitter<{ event: [OperationEvent] }>;
  /** Cancels what runs and waits for it to stop. */
  close(): Promise<void>;
}

export interface StartRequest {
  id?: OperationId;
  stage: OperationStage;
  endpoints: OperationEndpoints;
  repair?: boolean;
}

export interface RunnerOptions {
  /** The stored configuration (keys set through POST/PUT /config). */
  config(): Record<string, unknown>;
  /** Saves the records; called on every status change and at most every `persistMs` while running. */
  persist(records: OperationRecord[]): void;
  persistMs?: number;
}

const MAX_MESSAGES = 2000;
/** How much lower than the server's the operation processes' CPU priority is (nice steps). */
const OPERATION_NICE_STEPS = 10;

export function createOperationRunner(options: RunnerOptions, stored: OperationRecord[]): OperationRunner {
  const records = new Map<string, OperationRecord>();
  const running = new Map<string, RunningOperation>();
  const events = new EventEmitter<{ event: [OperationEvent] }>();
  events.setMaxListeners(0);
  let dirty = false;

  for (const record of stored) {
    if (record.status === 'Running') {
      // The server stopped under it; the ledger keeps what was done, and a new run resumes.
      record.status = 'Failed';
      record.finishedAt ??= new Date().toISOString();
      record.summary =
        'The server stopped while this operation ran; start it again (steps resume where they stopped)';
      record.messages.push(`${record.finishedAt} error ${record.summary}`);
      dirty = true;
    }
    records.set(key(record.id), record);
  }
  const saver = setInterval(save, options.persistMs ?? 2000);
  saver.unref();
  if (dirty) save();

  function save(): void {
    if (!dirty) return;
    dirty = false;
    options.persist([...records.values()]);
  }

  function require(id: OperationId): OperationRecord {
    const record = records.get(key(id));
    if (!record) {
      throw new DecantError('API_NOT_FOUND', `There is no operation ${JSON.stringify(id)}`, {
        hint: 'GET /operation lists the operations',
        context: { operation: String(id) },
      });
    }
    return record;
  }

  function nextId(): number {
    let max = 0;
    for (const record of records.values()) if (typeof record.id === 'number') max = Math.max(max, record.id);
    return max + 1;
  }

  function addLine(record: OperationRecord, level: string, text: string): void {
    const line = `${new Date().toISOString()} ${level} ${text}`;
    record.messages.push(line);
    if (record.messages.length > MAX_MESSAGES) {
      record.messages.splice(0, record.messages.length - MAX_MESSAGES);
      record.messagesDropped = (record.messagesDropped ?? 0) + 1;
    }
    dirty = true;
    events.emit('event', { type: 'log', id: record.id, line });
  }

  function onEngineEvent(
    record: OperationRecord,
    config: Config,
    live: LiveProgress,
    event: EngineEvent,
  ): void {
    switch (event.type) {
      case 'log':
        // Debug lines only at the highest verbosity, as the CLI does.
        if (event.level !== 'debug' || config.verbose >= 3)
          addLine(record, event.level, `${event.step}: ${event.message}`);
        break;
      case 'step':
        live.step = event.step;
        if (event.phase === 'start') {
          live.objects = undefined;
          live.tables = [];
          addLine(record, 'info', `${event.step}: started`);
        } else if (event.error) addLine(record, 'error', `${event.step}: ${event.error}`);
        break;
      case 'objects':
        live.objects = { done: event.done, total: event.total, current: event.current };
        break;
      case 'table': {
        const index = live.tables.findIndex((t) => t.table === event.table);
        if (index < 0) live.tables.push(event);
        else live.tables[index] = event;
        break;
      }
      case 'check-report':
        record.report = event.tables;
        dirty = true;
        break;
    }
    events.emit('event', { type: 'engine', id: record.id, stage: record.stage, event });
  }

  function start(request: StartRequest): OperationRecord {
    const id = request.id ?? nextId();
    if (running.has(key(id))) {
      throw new DecantError('API_CONFLICT', `Operation ${JSON.stringify(id)} is still running`, {
        hint: `Wait for it (POST /operation/${id}/wait), cancel it (POST /operation/${id}/cancel), or start the new one without an id`,
        context: { operation: String(id) },
      });
    }
    const { endpoints } = request;
    const config = resolveConfig(defaultConfig(), options.config(), {
      source: endpoints.sourceUrl,
      target: endpoints.targetUrl,
    });
    const record: OperationRecord = {
      id,
      stage: request.stage,
      status: 'Running',
      source: endpoints.source,
      target: endpoints.target,
      via: endpoints.via,
      repair: request.repair ?? false,
      startedAt: new Date().toISOString(),
      messages: [],
    };
    records.set(key(id), record);
    const live: LiveProgress = { tables: [] };
    const child = startOperationProcess(record, {
      type: 'start',
      config,
      stage: request.stage,
      options: { repair: record.repair, erase: config.eraseOnInit },
    });
    record.pid = child.pid;
    const run: RunningOperation = {
      child,
      cancelled: false,
      live,
      done: outcomeOf(child, (event) => onEngineEvent(record, config, live, event)).then((outcome) =>
        finish(record, outcome.ok && !run.cancelled ? 'Succeeded' : 'Failed', outcome.summary),
      ),
    };
    running.set(key(id), run);
    addLine(
      record,
      'info',
      `${request.stage} started: source ${endpoints.source}, target ${endpoints.target}${endpoints.via === 'gateway' ? ' through the gateway' : ''}`,
    );
    dirty = true;
    save();
    events.emit('event', { type: 'status', operation: record });
    return record;
  }

  function finish(
    record: OperationRecord,
    status: Exclude<OperationStatus, 'Running'>,
    summary: string,
  ): void {
    const cancelled = running.get(key(record.id))?.cancelled ?? false;
    running.delete(key(record.id));
    record.summary = cancelled ? `cancelled: ${summary}` : summary;
    addLine(
      record,
      status === 'Succeeded' ? 'info' : 'error',
      `${record.stage} ${status.toLowerCase()}: ${record.summary}`,
    );
    record.status = status;
    record.finishedAt = new Date().toISOString();
    dirty = true;
    save();
    events.emit('event', { type: 'status', operation: record });
  }

  return {
    start,
    get: require,
    list: () => [...records.values()],
    live: (id) => running.get(key(id))?.live,
    async wait(id, timeoutMs) {
      const record = require(id);
      const run = running.get(key(id));
      if (!run) return record;
      if (timeoutMs === undefined) await run.done;
      else {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([run.done, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
        clearTimeout(timer);
      }
      return record;
    },
    cancel(id) {
      const record = require(id);
      const run = running.get(key(id));
      if (!run) {
        throw new DecantError(
          'API_CONFLICT',
          `Operation ${JSON.stringify(id)} is not running (${record.status})`,
          {
            hint: 'Only a running operation can be cancelled',
            context: { operation: String(id) },
          },
        );
      }
      if (!run.cancelled) {
        addLine(
          record,
          'warn',
          `${record.stage}: cancel asked; workers stop after their current chunk or object`,
        );
        cancelRun(run);
      }
      return record;
    },
    events,
    async close() {
      for (const run of running.values()) cancelRun(run);
      await Promise.all([...running.values()].map((run) => run.done));
      clearInterval(saver);
      save();
    },
  };
}

interface RunningOperation {
  child: ChildProcess;
  cancelled: boolean;
  live: LiveProgress;
  /** Resolves once the process has exited and the record is final. */
  done: Promise<void>;
}

function cancelRun(run: RunningOperation): void {
  run.cancelled = true;
  const message: ToOperationProcess = { type: 'cancel' };
  if (run.child.connected) run.child.send(message);
}

/**
 * Forks operation-process beside this module: the built .js in a release, the .ts source
 * (through tsx, as the tests run it) in a checkout's tests. No password goes on its command
 * line, where `ps` would show it; the configuration follows over the IPC channel.
 */
function startOperationProcess(record: OperationRecord, start: ToOperationProcess): ChildProcess {
  const extension = extname(fileURLToPath(import.meta.url));
  const entry = fileURLToPath(new URL(`./operation-process${extension}`, import.meta.url));
  const child = fork(entry, [`operation=${record.id}`, `stage=${record.stage}`], {
    execArgv: extension === '.ts' ? ['--import', 'tsx'] : [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // Below the server's CPU priority: on a host where the copy saturates the CPU, the
  // server still answers pollers and the dashboard promptly. Copy throughput does not
  // suffer where the copy alone competes for the CPU, as the benchmark shows.
  if (child.pid !== undefined) setPriority(child.pid, Math.min(19, getPriority() + OPERATION_NICE_STEPS));
  child.send(start);
  return child;
}

/**
 * The step's result as the process reported it, once the process has gone; a process that
 * died first (killed, out of memory) or never ran is a failure that says so.
 */
function outcomeOf(
  child: ChildProcess,
  onEvent: (event: EngineEvent) => void,
): Promise<{ ok: boolean; summary: string }> {
  return new Promise((resolve) => {
    let result: { ok: boolean; summary: string } | undefined;
    child.on('message', (message: FromOperationProcess) => {
      if (message.type === 'event') onEvent(message.event);
      else result = message;
    });
    // After a spawn, 'error' means a message could not go; 'exit' still follows.
    child.once('error', (error) => {
      if (child.pid === undefined)
        resolve({ ok: false, summary: `The operation's process could not start: ${messageOf(error)}` });
    });
    child.once('exit', (code, signal) =>
      resolve(
        result ?? {
          ok: false,
          summary: `The operation's process ended (${signal ?? `exit code ${code}`}) before its step did; start it again (steps resume where they stopped)`,
        },
      ),
    );
  });
}

/** Ids are compared as text: the notebook's 1 and a client's "1" are the same operation. */
function key(id: OperationId): string {
  return String(id);
}

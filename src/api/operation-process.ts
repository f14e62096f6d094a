/**
 * One operation's engine, alone in a child process of `decant serve`. The copy's work
 * (decoding, encoding, tens of busy connections) then never delays the server's answers
 * or its progress feed, and a crash or out-of-memory in a step ends this process, not the
 * server. The server sends `start` once, then maybe `cancel`; this process sends back
 * every engine event and one final `result`, then exits.
 */
import { createEngine, type Config, type EngineEvent, type StepName } from '../index.js';
import { messageOf } from '../core/errors.js';

export type OperationProcessStage = StepName | 'migrate';

export type ToOperationProcess =
  | {
      type: 'start';
      config: Config;
      stage: OperationProcessStage;
      options: { repair: boolean; erase: boolean };
    }
  | { type: 'cancel' };

export type FromOperationProcess =
  { type: 'event'; event: EngineEvent } | { type: 'result'; ok: boolean; summary: string };

/** How long a cancelled or orphaned run may take to stop before the process exits anyway. */
const STOP_GRACE_MS = 60_000;

if (!process.send) throw new Error('operation-process runs only as a child of decant serve (fork with IPC)');

/** Sends to the server while it listens; after it has gone, the ledger is the record. */
function send(message: FromOperationProcess, then?: () => void): void {
  if (process.connected) process.send!(message, undefined, {}, () => then?.());
  else then?.();
}

const controller = new AbortController();
let started = false;

function stop(): void {
  controller.abort();
  setTimeout(() => process.exit(1), STOP_GRACE_MS).unref();
}

process.on('message', (message: ToOperationProcess) => {
  if (message.type === 'cancel') return stop();
  if (started) return;
  started = true;
  const engine = createEngine(message.config, {
    signal: controller.signal,
    onEvent: (event) => send({ type: 'event', event }),
  });
  const work =
    message.stage === 'migrate'
      ? engine.migrate(message.options)
      : engine.run(message.stage, message.options);
  void work
    .then(
      (result): FromOperationProcess => ({ type: 'result', ok: result.ok, summary: result.summary }),
      (error: unknown): FromOperationProcess => ({ type: 'result', ok: false, summary: messageOf(error) }),
    )
    .then((result) => send(result, () => process.exit(0)));
});

// The server went away (stopped, or killed): stop the work cleanly; the ledger lets a new
// operation resume it.
process.on('disconnect', () => {
  if (!controller.signal.aborted) stop();
});

/**
 * The gateway alone in a process, for the test that weighs its memory: the test process's own
 * heap (vitest, node-postgres, the results it keeps) would drown the gateway's in noise.
 * Started by fork() with `--expose-gc --import tsx` and the target's host and port as
 * arguments; sends `{ port }` once listening, and answers each `'measure'` with the heap
 * after full collections and the gateway's state.
 */
import { startGateway } from '../../src/gateway/server.js';

export interface GatewayMeasure {
  /** V8 heap in use plus the ArrayBuffers (Buffers) outside it, after garbage collection. */
  readonly bytes: number;
  readonly translations: number;
  readonly sessions: number;
}

const [host, port] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !process.send) throw new Error('start with fork() and node --expose-gc');

const gateway = await startGateway({
  target: { host: host!, port: Number(port) },
  listen: { host: '127.0.0.1', port: 0 },
});
process.send({ port: gateway.address.port });
process.on('message', (message) => {
  if (message !== 'measure') return;
  for (let i = 0; i < 4; i++) gc();
  const memory = process.memoryUsage();
  const measure: GatewayMeasure = {
    bytes: memory.heapUsed + memory.arrayBuffers,
    translations: gateway.translator.size,
    sessions: gateway.sessions,
  };
  process.send!(measure);
});
// The test is the only reason to live: when it goes (or disconnects), so does the gateway.
process.on('disconnect', () => void gateway.close().then(() => process.exit(0)));

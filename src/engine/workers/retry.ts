/**
 * Which failures are worth another attempt (a connection lost, a server restarting, a
 * serialization conflict) and how long to wait before it.
 */

const TRANSIENT_SQLSTATE_PREFIXES = ['08', '53', '57P', '40001', '40P01', '55P03'];
const TRANSIENT_NODE_CODES = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH'];

export function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (TRANSIENT_NODE_CODES.includes(code)) return true;
    if (TRANSIENT_SQLSTATE_PREFIXES.some((prefix) => code.startsWith(prefix))) return true;
  }
  const message = error instanceof Error ? error.message : String(error);
  return /Connection terminated|connection (was )?closed|server closed the connection|socket hang up|not queryable/i.test(
    message,
  );
}

export function backoffMs(attempt: number): number {
  return Math.min(10_000, 500 * 2 ** attempt);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Worker names and liveness. A worker is `host:pid:<step><operation>.<n>`: the operation
 * keeps apart the workers of two operations that one process runs at once (the REST API
 * runs the notebook's two data operations side by side). A lease held by a process of this
 * host that no longer exists is known dead at once, without waiting for the lease to run out.
 */
import { hostname } from 'node:os';

export function workerId(index: number, step: string, operationId: number | null): string {
  return `${hostname()}:${process.pid}:${step}${operationId ?? ''}.${index}`;
}

export function isDeadLocalOwner(owner: string): boolean {
  const [host, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

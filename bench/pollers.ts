/**
 * Paced pollers, as dashboards poll: each has its own keep-alive connection and asks once
 * per period, at its own phase, never with a request still unanswered (a tick that comes
 * while one is pending is counted as skipped, not queued).
 *
 * Why not autocannon's `connectionRate`: its rate limit sends a connection's whole
 * second's worth of requests back to back and then pauses until the next second, with
 * every connection's second starting together, so "50 connections at 10 requests a second"
 * is a burst of 500 requests once a second. It also records each latency with a
 * coordinated-omission correction whose expected interval is `ceil(1 / rate)` = 1 ms
 * (autocannon 9.0), which adds a sample for every millisecond of a slow answer and so
 * weighs slow answers by their length.
 */
import { Agent, request } from 'node:http';

export interface PollingResult {
  requests: number;
  failed: number;
  /** Ticks that came while the poller's previous request was still unanswered. */
  skipped: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export interface PollingOptions {
  url: string;
  pollers: number;
  perSecond: number;
  seconds: number;
}

export async function pacedPollers(options: PollingOptions): Promise<PollingResult> {
  const { url, pollers, perSecond, seconds } = options;
  const periodMs = 1000 / perSecond;
  const latencies: number[] = [];
  let failed = 0;
  let skipped = 0;
  const end = performance.now() + seconds * 1000;

  const poller = async (phaseMs: number): Promise<void> => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let pending: Promise<void> | undefined;
    const ask = (): Promise<void> => {
      const sent = performance.now();
      return new Promise<void>((resolve) => {
        const req = request(url, { agent }, (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode === 200) latencies.push(performance.now() - sent);
            else failed++;
            resolve();
          });
        });
        req.on('error', () => {
          failed++;
          resolve();
        });
        req.end();
      });
    };
    try {
      await sleep(phaseMs);
      // Ticks are scheduled from the start, so a late timer does not shift the ones after it.
      for (let tick = performance.now(); tick < end; tick += periodMs) {
        await sleep(tick - performance.now());
        if (pending) {
          skipped++;
          continue;
        }
        pending = ask().then(() => {
          pending = undefined;
        });
      }
      await pending;
    } finally {
      agent.destroy();
    }
  };

  // Phases spread evenly over one period: the pollers of many dashboards are not synchronised.
  await Promise.all(Array.from({ length: pollers }, (_, i) => poller((i * periodMs) / pollers)));
  latencies.sort((a, b) => a - b);
  const at = (p: number): number =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0);
  return {
    requests: latencies.length + failed,
    failed,
    skipped,
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: round(latencies.at(-1) ?? 0),
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

import { describe, expect, it } from 'vitest';
import { runGraph, type GraphTask } from './pool.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runGraph', () => {
  it('runs a task only after what it comes after, at most `jobs` at once, largest ready first', async () => {
    const log: string[] = [];
    let running = 0;
    let peak = 0;
    const task = (id: string, size: number, after: string[] = [], ok = true): GraphTask => ({
      id,
      size,
      after,
      async run() {
        running++;
        peak = Math.max(peak, running);
        log.push(`start ${id}`);
        await tick(size);
        log.push(`end ${id}`);
        running--;
        return ok;
      },
      async blocked(by) {
        log.push(`blocked ${id} by ${by.join(',')}`);
      },
    });
    await runGraph(
      [
        task('small', 5),
        task('big', 30),
        task('fk', 10, ['big', 'small']),
        task('bad', 1, [], false),
        task('after-bad', 1, ['bad']),
      ],
      2,
    );
    expect(peak).toBe(2);
    expect(log.indexOf('start big')).toBe(0);
    expect(log.indexOf('start fk')).toBeGreaterThan(log.indexOf('end big'));
    expect(log.indexOf('start fk')).toBeGreaterThan(log.indexOf('end small'));
    expect(log).toContain('blocked after-bad by bad');
    expect(log).not.toContain('start after-bad');
    expect(log.filter((l) => l.startsWith('end'))).toHaveLength(4);
  });

  it('uses a free lane for a task that becomes ready while a long one runs', async () => {
    const started: Record<string, number> = {};
    const t0 = Date.now();
    const task = (id: string, size: number, after: string[] = []): GraphTask => ({
      id,
      size,
      after,
      async run() {
        started[id] = Date.now() - t0;
        await tick(size);
        return true;
      },
    });
    await runGraph([task('long', 80), task('key', 10), task('fk', 10, ['key'])], 2);
    // fk starts right after key, not after long.
    expect(started.fk!).toBeLessThan(60);
  });

  it('runs a task that only waits for another to settle, even when that one failed', async () => {
    const order: string[] = [];
    const task = (id: string, ok: boolean, extra: Partial<GraphTask> = {}): GraphTask => ({
      id,
      size: 1,
      after: [],
      async run() {
        order.push(id);
        await tick(5);
        return ok;
      },
      ...extra,
    });
    await runGraph([task('key', false), task('index', true, { afterSettled: ['key'], size: 9 })], 2);
    expect(order).toEqual(['key', 'index']);
  });

  it('starts first the task that heads the longest chain, not the largest task', async () => {
    const order: string[] = [];
    const task = (id: string, size: number, after: string[] = [], afterSettled: string[] = []) => ({
      id,
      size,
      after,
      afterSettled,
      async run() {
        order.push(id);
        await tick(1);
        return true;
      },
    });
    // The index builds of a big table lead to its foreign key; a lone medium table does not.
    await runGraph(
      [
        task('medium table', 20),
        task('big index', 10),
        task('big keys', 1, [], ['big index']),
        task('big foreign key', 10, ['big keys']),
      ],
      1,
    );
    // Largest first would have started the medium table; its 20 outweigh the 11 left of the chain after.
    expect(order).toEqual(['big index', 'medium table', 'big keys', 'big foreign key']);
  });
});

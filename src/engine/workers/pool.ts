/**
 * Runs tasks with at most `jobs` at once, in the order given. Used where the work list is
 * known up front and small (indexes, constraints, check chunks).
 */
export async function runPool<T>(
  items: T[],
  jobs: number,
  work: (item: T) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, async () => {
    while (next < items.length && !signal?.aborted) {
      const item = items[next++]!;
      await work(item);
    }
  });
  await Promise.all(lanes);
}

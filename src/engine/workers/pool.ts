/**
 * Runs a graph of tasks with at most `jobs` at once: a task starts when every task it
 * comes after has succeeded. Among the ready ones, the task heading the longest chain of
 * work still to come goes first (its size plus that of the longest chain waiting on it),
 * so that the index builds of a big table, which its foreign key and the keys referencing
 * it wait for, are not left behind the small tables' work; no lane idles while work is
 * ready. A task after a failed one is not run; once everything it waits for has
 * settled, it is told which failed instead.
 */
export interface GraphTask {
  id: string;
  /** The task's cost, in any unit shared by the tasks (bytes to read, say). */
  size: number;
  after: string[];
  /** Tasks that must have finished first, successfully or not (for locks, not for data). */
  afterSettled?: string[];
  /** Resolves true on success. */
  run(): Promise<boolean>;
  /** Called instead of run() when a task it comes after failed or was blocked. */
  blocked?(by: string[]): Promise<void>;
}

export async function runGraph(tasks: GraphTask[], jobs: number, signal?: AbortSignal): Promise<void> {
  const ids = new Set(tasks.map((t) => t.id));
  const outcome = new Map<string, boolean>();
  const prepared = tasks.map((task) => ({
    ...task,
    after: task.after.filter((id) => ids.has(id) && id !== task.id),
    afterSettled: (task.afterSettled ?? []).filter((id) => ids.has(id) && id !== task.id),
  }));
  const chain = chainLengths(prepared);
  const waiting = prepared.sort((a, b) => chain.get(b.id)! - chain.get(a.id)!);
  let running = 0;
  let sleepers: (() => void)[] = [];
  const settle = (id: string, ok: boolean): void => {
    outcome.set(id, ok);
    const wake = sleepers;
    sleepers = [];
    for (const resolve of wake) resolve();
  };

  const nextReady = async (): Promise<(typeof waiting)[number] | undefined> => {
    for (;;) {
      // Tasks after a failure never run: report them and count them settled.
      for (let i = 0; i < waiting.length; i++) {
        const task = waiting[i]!;
        // Only once all it waits for has settled, so that blocked() sees their final state.
        const failed = task.after.filter((id) => outcome.get(id) === false);
        if (failed.length > 0 && task.after.every((id) => outcome.has(id))) {
          waiting.splice(i--, 1);
          await task.blocked?.(failed);
          settle(task.id, false);
        }
      }
      const index = waiting.findIndex(
        (task) =>
          task.after.every((id) => outcome.get(id) === true) &&
          task.afterSettled.every((id) => outcome.has(id)),
      );
      if (index >= 0) {
        // Counted as running before this lane yields, so no other lane thinks the work is over.
        running++;
        return waiting.splice(index, 1)[0];
      }
      if (waiting.length === 0 || running === 0 || signal?.aborted) return undefined;
      await new Promise<void>((resolve) => sleepers.push(resolve));
    }
  };

  const lane = async (): Promise<void> => {
    for (;;) {
      const task = await nextReady();
      if (!task) return;
      let ok = false;
      try {
        ok = await task.run();
      } finally {
        running--;
        settle(task.id, ok);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, lane));
  // Left over only if the graph had a cycle (or the run was aborted).
  for (const task of waiting) await task.blocked?.(signal?.aborted ? ['an interruption'] : ['a cycle']);
}

/** Each task's size plus the longest chain of sizes among the tasks that wait for it. */
function chainLengths(tasks: { id: string; size: number; after: string[]; afterSettled: string[] }[]) {
  const waitingFor = new Map<string, string[]>(tasks.map((t) => [t.id, []]));
  for (const task of tasks)
    for (const id of new Set([...task.after, ...task.afterSettled])) waitingFor.get(id)!.push(task.id);
  const size = new Map(tasks.map((t) => [t.id, t.size]));
  const length = new Map<string, number>();
  const visiting = new Set<string>();
  const measure = (id: string): number => {
    const known = length.get(id);
    if (known !== undefined) return known;
    // A cycle (which runGraph reports) contributes nothing beyond itself.
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const longest = Math.max(0, ...waitingFor.get(id)!.map(measure));
    visiting.delete(id);
    length.set(id, size.get(id)! + longest);
    return size.get(id)! + longest;
  };
  for (const task of tasks) measure(task.id);
  return length;
}

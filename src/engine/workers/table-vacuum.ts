/**
 * Vacuums and analyzes each table once its last chunk is copied, one table at a time on a
 * connection of its own, while the workers go on copying other tables. The target does
 * this work during the copy, when it has CPU to spare (the copy is bound by the source
 * side), instead of in the constraints step's first index build on each table. A failure
 * costs only that saving: it is a warning, never a failed copy.
 */
import type { TableDetails } from '../../sources/source.js';
import { vacuumAnalyze } from '../../target/copy-session.js';
import type { StepContext } from '../steps/step.js';
import { describePgError } from '../target-sql.js';

export interface TableVacuum {
  /** Queues the table; returns at once. */
  add(details: TableDetails, label: string): void;
  /** Waits for the queued tables; resolves (never rejects) with how many were vacuumed. */
  drain(): Promise<number>;
  /** Tables queued and not yet vacuumed. */
  readonly pending: number;
}

export function createTableVacuum(ctx: StepContext): TableVacuum {
  let queue = Promise.resolve();
  let pending = 0;
  let vacuumed = 0;
  const vacuum = async (details: TableDetails, label: string): Promise<void> => {
    try {
      if (ctx.signal.aborted) return;
      await vacuumAnalyze(ctx.target, details);
      vacuumed++;
    } catch (error) {
      await ctx
        .log(
          'warn',
          `${label}: VACUUM (ANALYZE) after the copy failed (${describePgError(error)}); the rows are copied, the first index build on the table will set their hint bits instead`,
        )
        .catch(() => undefined);
    } finally {
      pending--;
    }
  };
  return {
    add(details, label) {
      pending++;
      queue = queue.then(() => vacuum(details, label));
    },
    async drain() {
      await queue;
      return vacuumed;
    },
    get pending() {
      return pending;
    },
  };
}

/**
 * Creating ledger objects from their ddl1 in dependency order, one transaction each, with
 * skips and waits decided by their dependencies. The schema step uses it for everything
 * but indexes and triggers; the constraints step for the views held back until tables
 * have their keys (a view that groups by a primary key needs that key to exist).
 */
import { Stage } from '../core/stage.js';
import { blockerOf, dependencyOrder, keyOf } from './dependencies.js';
import { refOf, type LedgerObject } from './ledger/objects.js';
import { applyDdl } from './target-sql.js';
import type { StepContext } from './steps/step.js';

/** Routine bodies may name objects created later in the run. */
const CREATE_SETTINGS = ['SET LOCAL check_function_bodies = off'];

export interface CreateCounts {
  created: number;
  failed: number;
  skipped: number;
  waiting: number;
}

/** Objects that wait for the constraints step: marked so by init, or depending on one that is. */
export function heldBack(objects: LedgerObject[], byKey: Map<string, LedgerObject>): Set<LedgerObject> {
  const memo = new Map<LedgerObject, boolean>();
  const visit = (object: LedgerObject, path: Set<LedgerObject>): boolean => {
    const known = memo.get(object);
    if (known !== undefined) return known;
    if (path.has(object)) return false;
    path.add(object);
    const result =
      object.stage === Stage.Init &&
      (object.details.afterConstraints === true ||
        object.depends_on.some((ref) => {
          const dependency = byKey.get(keyOf(ref));
          return dependency !== undefined && visit(dependency, path);
        }));
    memo.set(object, result);
    return result;
  };
  return new Set(objects.filter((o) => visit(o, new Set())));
}

export async function createObjects(
  ctx: StepContext,
  objects: LedgerObject[],
  all: LedgerObject[],
): Promise<CreateCounts> {
  const byKey = new Map(all.map((o) => [keyOf(o), o]));
  const todo = dependencyOrder(objects);
  const counts: CreateCounts = { created: 0, failed: 0, skipped: 0, waiting: 0 };
  const client = await ctx.target.connect();
  try {
    for (const [index, object] of todo.entries()) {
      if (ctx.signal.aborted) break;
      ctx.emit({ type: 'objects', step: ctx.step, done: index, total: todo.length, current: refOf(object) });
      const blocker = blockerOf(object, byKey);
      if (blocker?.kind === 'skipped') {
        object.stage = Stage.Skipped;
        await ctx.ledger.objects.setStage(
          object.id,
          Stage.Skipped,
          `skipped: depends on ${blocker.dependency}, which is skipped`,
        );
        counts.skipped++;
        continue;
      }
      if (blocker?.kind === 'failed') {
        // Stays at I: it is created by the run after the operator fixes its dependency.
        await ctx.log('warn', `${refOf(object)}: waiting for ${blocker.dependency}, which failed`);
        counts.waiting++;
        continue;
      }
      if (!(await ctx.ledger.objects.moveStage(object.id, [Stage.Init], Stage.SchemaWorking))) continue;
      const error = await applyDdl(client, object.ddl1, CREATE_SETTINGS);
      if (error) {
        object.stage = Stage.SchemaFailed;
        counts.failed++;
        await ctx.ledger.objects.setStage(object.id, Stage.SchemaFailed, error);
        await ctx.log('error', `${refOf(object)}: ${error}`);
      } else {
        object.stage = Stage.SchemaDone;
        counts.created++;
        await ctx.ledger.objects.setStage(object.id, Stage.SchemaDone, '', object.ddl1);
      }
    }
  } finally {
    client.release();
  }
  ctx.emit({ type: 'objects', step: ctx.step, done: todo.length, total: todo.length });
  return counts;
}

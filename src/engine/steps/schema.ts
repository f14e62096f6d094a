/**
 * schema: creates every non-index, non-trigger object at stage I in dependency order,
 * one transaction each. Tables come without secondary indexes, foreign keys or triggers.
 */
import { Stage } from '../../core/stage.js';
import { CONSTRAINT_STEP_TYPES } from '../../sources/source.js';
import { blockerOf, dependencyOrder, keyOf } from '../dependencies.js';
import { refOf } from '../ledger/objects.js';
import { applyDdl } from '../target-sql.js';
import type { Step } from './step.js';

/** Routine bodies may name objects created later in the run. */
const SCHEMA_SETTINGS = ['SET LOCAL check_function_bodies = off'];

export const schemaStep: Step = {
  name: 'schema',
  async run(ctx) {
    const all = await ctx.ledger.objects.all();
    const byKey = new Map(all.map((o) => [keyOf(o), o]));
    const todo = dependencyOrder(
      all.filter((o) => o.stage === Stage.Init && !CONSTRAINT_STEP_TYPES.includes(o.type)),
    );
    await ctx.log('info', `creating ${todo.length} object(s)`);
    const client = await ctx.target.connect();
    let created = 0;
    let failed = 0;
    let skipped = 0;
    let waiting = 0;
    try {
      for (const [index, object] of todo.entries()) {
        if (ctx.signal.aborted) break;
        ctx.emit({
          type: 'objects',
          step: 'schema',
          done: index,
          total: todo.length,
          current: refOf(object),
        });
        const blocker = blockerOf(object, byKey);
        if (blocker?.kind === 'skipped') {
          object.stage = Stage.Skipped;
          await ctx.ledger.objects.setStage(
            object.id,
            Stage.Skipped,
            `skipped: depends on ${blocker.dependency}, which is skipped`,
          );
          skipped++;
          continue;
        }
        if (blocker?.kind === 'failed') {
          // Stays at I: it is created by the run after the operator fixes its dependency.
          await ctx.log('warn', `${refOf(object)}: waiting for ${blocker.dependency}, which failed`);
          waiting++;
          continue;
        }
        if (!(await ctx.ledger.objects.moveStage(object.id, [Stage.Init], Stage.SchemaWorking))) continue;
        const error = await applyDdl(client, object.ddl1, SCHEMA_SETTINGS);
        if (error) {
          object.stage = Stage.SchemaFailed;
          failed++;
          await ctx.ledger.objects.setStage(object.id, Stage.SchemaFailed, error);
          await ctx.log('error', `${refOf(object)}: ${error}`);
        } else {
          object.stage = Stage.SchemaDone;
          created++;
          await ctx.ledger.objects.setStage(object.id, Stage.SchemaDone, '', object.ddl1);
        }
      }
    } finally {
      client.release();
    }
    ctx.emit({ type: 'objects', step: 'schema', done: todo.length, total: todo.length });
    const summary = `${created} created, ${failed} failed, ${skipped} skipped, ${waiting} waiting for a failed dependency`;
    return {
      ok: failed === 0 && waiting === 0,
      summary:
        failed || waiting ? `${summary}: see "decant status"; fix ddl1 and set stage='I' to retry` : summary,
    };
  },
};

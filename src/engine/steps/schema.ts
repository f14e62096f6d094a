/**
 * schema: creates every non-index, non-trigger object at stage I in dependency order,
 * one transaction each. Tables come without secondary indexes, foreign keys or triggers;
 * views that need a table's keys wait for the constraints step.
 */
import { Stage } from '../../core/stage.js';
import { CONSTRAINT_STEP_TYPES } from '../../sources/source.js';
import { createObjects, heldBack } from '../create-objects.js';
import { keyOf } from '../dependencies.js';
import type { Step } from './step.js';

export const schemaStep: Step = {
  name: 'schema',
  async run(ctx) {
    const all = await ctx.ledger.objects.all();
    const candidates = all.filter((o) => o.stage === Stage.Init && !CONSTRAINT_STEP_TYPES.includes(o.type));
    const later = heldBack(candidates, new Map(all.map((o) => [keyOf(o), o])));
    const todo = candidates.filter((o) => !later.has(o));
    await ctx.log(
      'info',
      `creating ${todo.length} object(s)${later.size ? `; ${later.size} wait for the constraints step` : ''}`,
    );
    const { created, failed, skipped, waiting } = await createObjects(ctx, todo, all);
    const summary = `${created} created, ${failed} failed, ${skipped} skipped, ${waiting} waiting for a failed dependency`;
    return {
      ok: failed === 0 && waiting === 0,
      summary:
        failed || waiting ? `${summary}: see "decant status"; fix ddl1 and set stage='I' to retry` : summary,
    };
  },
};

/**
 * The last part of the constraints step: sequence values read from the source (standalone
 * sequences and those of serial and identity columns), and materialized views refreshed
 * once their tables hold data.
 */
import { Stage } from '../core/stage.js';
import { messageOf } from '../core/errors.js';
import { qualified } from '../core/sql/ident.js';
import { tableDetails, type LedgerObject } from './ledger/objects.js';
import { describePgError } from './target-sql.js';
import type { StepContext } from './steps/step.js';

export async function setSequences(ctx: StepContext, all: LedgerObject[]): Promise<void> {
  const source = await ctx.source();
  const schemas = [...new Set(all.map((o) => o.owner))];
  const sequences = new Set(
    all
      .filter((o) => o.type === 'SEQUENCE' && o.stage === Stage.SchemaDone)
      .map((o) => `${o.owner}.${o.name}`),
  );
  const tables = new Map(
    all
      .filter((o) => o.type === 'TABLE' && o.stage !== Stage.Skipped)
      .map((o) => [`${o.owner}.${o.name}`, o]),
  );
  let set = 0;
  for (const sequence of await source.sequenceValues(schemas)) {
    if (sequence.lastValue === null) continue;
    try {
      if (sequence.ownedBy) {
        const table = tables.get(`${sequence.ownedBy.schema}.${sequence.ownedBy.table}`);
        if (!table) continue;
        const details = tableDetails(table);
        await ctx.target.query(`SELECT setval(pg_get_serial_sequence($1, $2), $3::bigint, true)`, [
          qualified(details.targetSchema, details.targetName),
          sequence.ownedBy.column,
          sequence.lastValue,
        ]);
      } else if (sequences.has(`${sequence.schema}.${sequence.name}`)) {
        await ctx.target.query(`SELECT setval($1::regclass, $2::bigint, true)`, [
          qualified(sequence.schema, sequence.name),
          sequence.lastValue,
        ]);
      } else continue;
      set++;
    } catch (error) {
      await ctx.log(
        'warn',
        `sequence ${sequence.schema}.${sequence.name}: cannot set to ${sequence.lastValue}: ${messageOf(error)}`,
      );
    }
  }
  await ctx.log('info', `set ${set} sequence value(s) from the source`);
}

export async function refreshMaterializedViews(ctx: StepContext, all: LedgerObject[]): Promise<number> {
  let failures = 0;
  for (const view of all.filter(
    (o) => o.type === 'MATERIALIZED VIEW' && o.stage === Stage.SchemaDone && !o.details.refreshed,
  )) {
    try {
      await ctx.target.query(`REFRESH MATERIALIZED VIEW ${qualified(view.owner, view.name)}`);
      await ctx.target.query(
        `UPDATE ${ctx.ledger.table('migration_objects')} SET details = details || '{"refreshed": true}' WHERE id = $1`,
        [view.id],
      );
    } catch (error) {
      failures++;
      await ctx.ledger.objects.setStage(
        view.id,
        Stage.SchemaFailed,
        `refresh failed: ${describePgError(error)}`,
      );
    }
  }
  return failures;
}

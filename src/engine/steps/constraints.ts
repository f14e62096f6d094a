/**
 * constraints: after the data, builds secondary indexes and each table's ddl2 (keys,
 * checks, exclusions) in parallel, then foreign keys, then triggers, sequence values and
 * materialized-view refreshes. Tables go R → d (p while working, e on failure); indexes
 * and triggers I → D (E on failure).
 */
import type pg from 'pg';
import { Stage, type StageLetter } from '../../core/stage.js';
import { messageOf } from '../../core/errors.js';
import { qualified } from '../../core/sql/ident.js';
import { splitStatements, type DdlStatement } from '../../target/ddl/split.js';
import { blockerOf, keyOf } from '../dependencies.js';
import { createObjects } from '../create-objects.js';
import { CONSTRAINT_STEP_TYPES } from '../../sources/source.js';
import { refOf, tableDetails, type LedgerObject } from '../ledger/objects.js';
import { describePgError } from '../target-sql.js';
import { runPool } from '../workers/pool.js';
import { sleep } from '../workers/retry.js';
import type { Step, StepContext } from './step.js';

/** A table's data is in: its indexes may be built. */
const LOADED: readonly StageLetter[] = [
  Stage.DataDone,
  Stage.ConstraintsWorking,
  Stage.ConstraintsDone,
  Stage.CheckWorking,
  Stage.CheckFailed,
  Stage.Checked,
  Stage.ConstraintsFailed,
];
/** The table's own keys exist: foreign keys may reference it. */
const KEYS_BUILT: readonly StageLetter[] = [
  Stage.ConstraintsDone,
  Stage.CheckWorking,
  Stage.CheckFailed,
  Stage.Checked,
];
const DEADLOCK = '40P01';
const DEADLOCK_RETRIES = 5;
/** Errors that mean "already there": a previous run built it. */
const ALREADY_THERE = ['42P07', '42710', '42P16'];

interface TableWork {
  object: LedgerObject;
  foreignKeys: DdlStatement[];
  failed: string | null;
}

export const constraintsStep: Step = {
  name: 'constraints',
  async run(ctx) {
    const all = await ctx.ledger.objects.all();
    const byKey = new Map(all.map((o) => [keyOf(o), o]));
    const tables = all.filter((o) => o.type === 'TABLE' && o.stage === Stage.DataDone);
    const indexes = await settleBlocked(
      ctx,
      all.filter((o) => o.type === 'INDEX' && o.stage === Stage.Init),
      byKey,
    );
    const triggers = await settleBlocked(
      ctx,
      all.filter((o) => o.type === 'TRIGGER' && o.stage === Stage.Init),
      byKey,
    );
    const work: TableWork[] = [];
    let failures = 0;
    let done = 0;
    const total = tables.length + indexes.length + triggers.length;
    const tick = (current: string): void =>
      ctx.emit({ type: 'objects', step: 'constraints', done: ++done, total, current });

    // Phase 1: indexes and each table's non-foreign-key constraints, largest first.
    const phase1 = [
      ...tables.map((o) => ({ o, table: true })),
      ...indexes.map((o) => ({ o, table: false })),
    ].sort((a, b) => b.o.data_size - a.o.data_size);
    await ctx.log(
      'info',
      `building ${indexes.length} index(es) and the constraints of ${tables.length} table(s)`,
    );
    await runPool(
      phase1,
      ctx.config.jobs,
      async ({ o, table }) => {
        if (table) {
          const result = await buildTableConstraints(ctx, o);
          if (result.failed) failures++;
          work.push(result);
        } else if (!(await buildObject(ctx, o))) failures++;
        tick(refOf(o));
      },
      ctx.signal,
    );

    // Phase 2: foreign keys, once every referenced table has its keys.
    const tableKey = (schema: string | null, name: string, owner: string): string =>
      `${schema ?? owner}.${name}`;
    const ledgerTables = new Map(
      all.filter((o) => o.type === 'TABLE').map((o) => [`${o.owner}.${o.name}`, o]),
    );
    const keysReady = new Set(
      [...ledgerTables.values()]
        .filter((o) => KEYS_BUILT.includes(o.stage))
        .map((o) => `${o.owner}.${o.name}`),
    );
    for (const w of work) if (!w.failed) keysReady.add(`${w.object.owner}.${w.object.name}`);
    await runPool(
      work.filter((w) => !w.failed),
      ctx.config.jobs,
      async (w) => {
        const referenced = w.foreignKeys.map((fk) =>
          tableKey(fk.references!.schema, fk.references!.name, w.object.owner),
        );
        const notReady = referenced.filter((name) => {
          const table = ledgerTables.get(name);
          return table && table.stage !== Stage.Skipped && !keysReady.has(name);
        });
        if (notReady.length > 0) {
          // Back to R: the next run adds the foreign keys (its other constraints are already there).
          const message = `foreign key(s) wait for ${notReady.join(', ')}, whose constraints are not built yet`;
          failures++;
          await ctx.log('warn', `${refOf(w.object)}: ${message}`);
          await ctx.ledger.objects.setStage(w.object.id, Stage.DataDone, message);
          return;
        }
        const error = await buildForeignKeys(ctx, w, async (schema, name) => {
          const table = ledgerTables.get(`${schema}.${name}`);
          if (table) return table.stage === Stage.Skipped;
          // Not in the ledger: deleted by the operator, or never selected and maybe in the target already.
          const { rows } = await ctx.target.query(`SELECT to_regclass($1) IS NULL AS missing`, [
            qualified(schema, name),
          ]);
          return rows[0].missing as boolean;
        });
        const stage = error ? Stage.ConstraintsFailed : Stage.ConstraintsDone;
        if (error) {
          failures++;
          await ctx.log('error', `${refOf(w.object)}: ${error}`);
        }
        await ctx.ledger.objects.setStage(w.object.id, stage, error ?? '');
      },
      ctx.signal,
    );

    // Phase 3: objects held back until the keys exist, triggers, sequences, materialized views.
    const current = await ctx.ledger.objects.all();
    const later = current.filter((o) => o.stage === Stage.Init && !CONSTRAINT_STEP_TYPES.includes(o.type));
    if (later.length > 0) {
      const counts = await createObjects(ctx, later, current);
      failures += counts.failed + counts.waiting;
    }
    for (const trigger of triggers) {
      if (!(await buildObject(ctx, trigger))) failures++;
      tick(refOf(trigger));
    }
    await setSequences(ctx, all);
    failures += await refreshMaterializedViews(ctx, all);

    const summary = `${tables.length} table(s), ${indexes.length} index(es), ${triggers.length} trigger(s); ${failures} failure(s)`;
    return {
      ok: failures === 0,
      summary: failures ? `${summary}: see "decant status"; fix ddl2 and set stage='R' to retry` : summary,
    };
  },
};

/** Skips objects whose table is skipped; holds back those whose table has no data yet. */
async function settleBlocked(
  ctx: StepContext,
  objects: LedgerObject[],
  byKey: Map<string, LedgerObject>,
): Promise<LedgerObject[]> {
  const ready: LedgerObject[] = [];
  for (const object of objects) {
    const blocker = blockerOf(object, byKey);
    if (blocker?.kind === 'skipped') {
      await ctx.ledger.objects.setStage(
        object.id,
        Stage.Skipped,
        `skipped: depends on ${blocker.dependency}, which is skipped`,
      );
      continue;
    }
    const parent = object.parent_owner
      ? byKey.get(keyOf({ owner: object.parent_owner, name: object.parent_name!, type: object.parent_type! }))
      : undefined;
    if (blocker || (parent?.type === 'TABLE' && !LOADED.includes(parent.stage))) {
      await ctx.log(
        'warn',
        `${refOf(object)}: waiting for ${parent ? refOf(parent) : 'its dependencies'} (stage ${parent?.stage ?? '?'})`,
      );
      continue;
    }
    ready.push(object);
  }
  return ready;
}

async function withClient<T>(ctx: StepContext, use: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await ctx.target.connect();
  try {
    return await use(client);
  } finally {
    client.release();
  }
}

/** Runs statements in one transaction; "already exists" errors from an earlier run are passed over. */
/**
 * Runs statements in one transaction; "already exists" errors from an earlier run are
 * passed over. Foreign keys added side by side lock both their tables and may deadlock:
 * the transaction PostgreSQL picks as the victim is run again.
 */
async function runStatements(client: pg.ClientBase, statements: string[]): Promise<string | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query('BEGIN');
      for (const sql of statements) {
        await client.query('SAVEPOINT statement');
        try {
          await client.query(sql);
        } catch (error) {
          if (!ALREADY_THERE.includes((error as { code?: string }).code ?? ''))
            throw Object.assign(error as object, { statement: sql });
          await client.query('ROLLBACK TO SAVEPOINT statement');
        }
      }
      await client.query('COMMIT');
      return null;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      if ((error as { code?: string }).code === DEADLOCK && attempt < DEADLOCK_RETRIES) {
        await sleep(100 + Math.random() * 400 * (attempt + 1));
        continue;
      }
      const statement = (error as { statement?: string }).statement;
      return `${describePgError(error, statement)}${statement ? ` in: ${statement.slice(0, 300)}` : ''}`;
    }
  }
}

async function buildTableConstraints(ctx: StepContext, object: LedgerObject): Promise<TableWork> {
  if (!(await ctx.ledger.objects.moveStage(object.id, [Stage.DataDone], Stage.ConstraintsWorking))) {
    return { object, foreignKeys: [], failed: 'taken by another run' };
  }
  let statements: DdlStatement[];
  try {
    statements = await splitStatements(object.ddl2);
  } catch (error) {
    const message = `ddl2 does not parse: ${messageOf(error)}`;
    await ctx.ledger.objects.setStage(object.id, Stage.ConstraintsFailed, message);
    return { object, foreignKeys: [], failed: message };
  }
  const local = statements.filter((s) => !s.references).map((s) => s.sql);
  const error = await withClient(ctx, (client) => runStatements(client, local));
  if (error) {
    await ctx.ledger.objects.setStage(object.id, Stage.ConstraintsFailed, error);
    await ctx.log('error', `${refOf(object)}: ${error}`);
    return { object, foreignKeys: [], failed: error };
  }
  const details = tableDetails(object);
  await ctx.target
    .query(`ANALYZE ${qualified(details.targetSchema, details.targetName)}`)
    .catch(() => undefined);
  return { object, foreignKeys: statements.filter((s) => s.references), failed: null };
}

async function buildForeignKeys(
  ctx: StepContext,
  work: TableWork,
  isSkipped: (schema: string, name: string) => Promise<boolean>,
): Promise<string | null> {
  const kept: string[] = [];
  for (const fk of work.foreignKeys) {
    const ref = fk.references!;
    if (await isSkipped(ref.schema ?? work.object.owner, ref.name)) {
      await ctx.log(
        'warn',
        `${refOf(work.object)}: foreign key left out, it references a skipped or deleted table: ${fk.sql}`,
      );
    } else kept.push(fk.sql);
  }
  if (kept.length === 0) return null;
  return withClient(ctx, (client) => runStatements(client, kept));
}

/** Creates an index or trigger from its ddl1. */
async function buildObject(ctx: StepContext, object: LedgerObject): Promise<boolean> {
  const error = await withClient(ctx, async (client) => {
    await client.query(`SET maintenance_work_mem = '256MB'`).catch(() => undefined);
    return runStatements(client, [object.ddl1]);
  });
  await ctx.ledger.objects.setStage(
    object.id,
    error ? Stage.SchemaFailed : Stage.SchemaDone,
    error ?? '',
    error ? undefined : object.ddl1,
  );
  if (error) await ctx.log('error', `${refOf(object)}: ${error}`);
  return !error;
}

async function setSequences(ctx: StepContext, all: LedgerObject[]): Promise<void> {
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

async function refreshMaterializedViews(ctx: StepContext, all: LedgerObject[]): Promise<number> {
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

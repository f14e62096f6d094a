/**
 * constraints: after the data, builds secondary indexes and each table's ddl2 (keys,
 * checks, exclusions) in parallel, then foreign keys (added NOT VALID, then validated, so
 * that tables referencing each other are checked side by side), then triggers, sequence
 * values and materialized-view refreshes. Tables go R → d (p while working, e on failure); indexes
 * and triggers I → D (E on failure).
 */
import { Stage, type StageLetter } from '../../core/stage.js';
import { messageOf } from '../../core/errors.js';
import { qualified, quoteIdent } from '../../core/sql/ident.js';
import { splitStatements, type DdlStatement } from '../../target/ddl/split.js';
import { blockerOf, keyOf } from '../dependencies.js';
import { createObjects } from '../create-objects.js';
import { CONSTRAINT_STEP_TYPES } from '../../sources/source.js';
import { refOf, tableDetails, type LedgerObject } from '../ledger/objects.js';
import { runGraph, type GraphTask } from '../workers/pool.js';
import { runStatements, withBuildClient } from '../build-ddl.js';
import { refreshMaterializedViews, setSequences } from '../finishing.js';
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

interface TableWork {
  object: LedgerObject;
  /** Unique index builds that become the table's primary key and unique constraints. */
  keyIndexes: string[];
  /** Its other constraints, foreign keys aside (with the key indexes attached). */
  local: string[];
  /** The statements of `local` that attach a key index, with the constraint they make. */
  attached: { sql: string; constraint: string; relation: string }[];
  foreignKeys: DdlStatement[];
  /** The VALIDATE statements of the foreign keys added NOT VALID, and how to undo them. */
  toValidate: { validate: string; drop: string }[];
}

export const constraintsStep: Step = {
  name: 'constraints',
  async run(ctx) {
    const all = await ctx.ledger.objects.all();
    const byKey = new Map(all.map((o) => [keyOf(o), o]));
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
    let failures = 0;
    const work: TableWork[] = [];
    for (const object of all.filter((o) => o.type === 'TABLE' && o.stage === Stage.DataDone)) {
      try {
        const statements = await splitStatements(object.ddl2);
        const { partitioned } = tableDetails(object);
        // A partitioned table cannot take a key from an index built on it alone.
        const split = (st: DdlStatement) => (partitioned ? null : st.asIndex);
        const own = statements.filter((st) => !st.references);
        work.push({
          object,
          keyIndexes: own.flatMap((st) => split(st)?.build ?? []),
          local: own.map((st) => split(st)?.attach ?? st.sql),
          attached: own.flatMap((st) => {
            const asIndex = split(st);
            return asIndex
              ? [{ sql: asIndex.attach, constraint: asIndex.constraint, relation: asIndex.relation }]
              : [];
          }),
          // NOT VALID is refused on a partitioned table.
          foreignKeys: statements
            .filter((st) => st.references)
            .map((st) => (partitioned ? { ...st, inTwoSteps: null } : st)),
          toValidate: [],
        });
      } catch (error) {
        failures++;
        await ctx.ledger.objects.setStage(
          object.id,
          Stage.ConstraintsFailed,
          `ddl2 does not parse: ${messageOf(error)}`,
        );
      }
    }
    let done = 0;
    const total = work.length + indexes.length + triggers.length;
    const tick = (current: string): void =>
      ctx.emit({ type: 'objects', step: 'constraints', done: ++done, total, current });
    await ctx.log(
      'info',
      `building ${indexes.length} index(es) and the constraints of ${work.length} table(s)`,
    );

    // Indexes and each table's own constraints; a table's foreign keys as soon as the
    // tables they reference have their keys; the largest ready task first.
    const nameOf = (o: { owner: string; name: string }): string => `${o.owner}.${o.name}`;
    const ledgerTables = new Map(all.filter((o) => o.type === 'TABLE').map((o) => [nameOf(o), o]));
    const inRun = new Map(work.map((w) => [nameOf(w.object), w]));
    const keysBuilt = new Set<string>();
    const tableIdOf = (index: LedgerObject): number | undefined =>
      index.parent_owner === null
        ? undefined
        : inRun.get(`${index.parent_owner}.${index.parent_name}`)?.object.id;
    const referencedName = (w: TableWork, fk: DdlStatement): string =>
      `${fk.references!.schema ?? w.object.owner}.${fk.references!.name}`;
    const tasks: GraphTask[] = [
      ...indexes.map((o) => ({
        id: `index ${o.id}`,
        // A build reads its whole table: the table's size is its cost, not the index's.
        size: inRun.get(`${o.parent_owner}.${o.parent_name}`)?.object.data_size ?? o.data_size,
        after: [],
        run: async () => {
          const ok = await buildObject(ctx, o);
          if (!ok) failures++;
          tick(refOf(o));
          return ok;
        },
      })),
      ...work.flatMap((w) =>
        w.keyIndexes.map((build, n) => ({
          id: `key index ${w.object.id} ${n}`,
          size: w.object.data_size,
          after: [],
          run: async () => {
            const error = await withBuildClient(ctx.target, (client) => runStatements(client, [build]));
            if (!error) return true;
            failures++;
            tick(refOf(w.object));
            await ctx.ledger.objects.setStage(w.object.id, Stage.ConstraintsFailed, error);
            await ctx.log('error', `${refOf(w.object)}: ${error}`);
            return false;
          },
        })),
      ),
      ...work.map((w) => ({
        id: `keys ${w.object.id}`,
        size: w.object.data_size,
        after: w.keyIndexes.map((_, n) => `key index ${w.object.id} ${n}`),
        // ALTER TABLE locks the table out: let the index builds on it finish first.
        afterSettled: indexes.filter((o) => tableIdOf(o) === w.object.id).map((o) => `index ${o.id}`),
        run: async () => {
          const ok = await buildTableConstraints(ctx, w);
          if (ok) keysBuilt.add(nameOf(w.object));
          else failures++;
          if (!ok || w.foreignKeys.length === 0) tick(refOf(w.object));
          return ok;
        },
      })),
      ...work
        .filter((w) => w.foreignKeys.length > 0)
        .map((w) => ({
          id: `foreign keys ${w.object.id}`,
          size: w.object.data_size,
          after: [
            `keys ${w.object.id}`,
            ...w.foreignKeys.flatMap((fk) => {
              const referenced = inRun.get(referencedName(w, fk));
              return referenced ? [`keys ${referenced.object.id}`] : [];
            }),
          ],
          // Adding a foreign key waits for the index builds on its table anyway (locks).
          afterSettled: indexes.filter((o) => tableIdOf(o) === w.object.id).map((o) => `index ${o.id}`),
          run: async () => {
            const ok = await addForeignKeys(ctx, w, ledgerTables, keysBuilt, referencedName);
            if (!ok) failures++;
            if (!ok || w.toValidate.length === 0) tick(refOf(w.object));
            return ok;
          },
          blocked: async () => {
            failures++;
            tick(refOf(w.object));
            // Its own keys may have failed (already at e); otherwise it waits at R for the next run.
            if (ctx.signal.aborted) return;
            const names = w.foreignKeys.map((fk) => referencedName(w, fk)).join(', ');
            await ctx.ledger.objects.moveStage(
              w.object.id,
              [Stage.ConstraintsWorking],
              Stage.DataDone,
              `foreign key(s) wait for ${names}, whose constraints are not built yet`,
            );
          },
        })),
      ...work
        .filter((w) => w.foreignKeys.length > 0)
        .map((w) => ({
          id: `validate foreign keys ${w.object.id}`,
          size: w.object.data_size,
          after: [`foreign keys ${w.object.id}`],
          // Adding a foreign key that references this table takes a lock that VALIDATE
          // would hold it from: let those be added first.
          afterSettled: work
            .filter((other) => other.foreignKeys.some((fk) => referencedName(other, fk) === nameOf(w.object)))
            .map((other) => `foreign keys ${other.object.id}`),
          run: async () => {
            if (w.toValidate.length === 0) return true;
            const ok = await validateForeignKeys(ctx, w);
            if (!ok) failures++;
            tick(refOf(w.object));
            return ok;
          },
        })),
    ];
    await runGraph(tasks, ctx.config.jobs, ctx.signal);

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

    const summary = `${work.length} table(s), ${indexes.length} index(es), ${triggers.length} trigger(s); ${failures} failure(s)`;
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

/** The table's own constraints (all but foreign keys), then ANALYZE where needed; true on success. */
async function buildTableConstraints(ctx: StepContext, w: TableWork): Promise<boolean> {
  if (!(await ctx.ledger.objects.moveStage(w.object.id, [Stage.DataDone], Stage.ConstraintsWorking)))
    return false;
  // On a run after a partial one, a key index may already be the constraint.
  const done = new Set<string>();
  for (const attach of w.attached) {
    const { rows } = await ctx.target.query(
      `SELECT 1 FROM pg_constraint WHERE conname = $1 AND conrelid = to_regclass($2)`,
      [attach.constraint, attach.relation],
    );
    if (rows.length > 0) done.add(attach.sql);
  }
  const statements = w.local.filter((sql) => !done.has(sql));
  const error = await withBuildClient(ctx.target, (client) => runStatements(client, statements));
  if (error) {
    await ctx.ledger.objects.setStage(w.object.id, Stage.ConstraintsFailed, error);
    await ctx.log('error', `${refOf(w.object)}: ${error}`);
    return false;
  }
  const details = tableDetails(w.object);
  await analyzeIfStale(ctx, w.object.id, qualified(details.targetSchema, details.targetName)).catch(
    () => undefined,
  );
  if (w.foreignKeys.length === 0) await ctx.ledger.objects.setStage(w.object.id, Stage.ConstraintsDone);
  return true;
}

/**
 * ANALYZE for the foreign-key checks' plans, unless the table was analyzed after its last
 * chunk was copied: the data step's VACUUM (ANALYZE) does so, and a second ANALYZE would
 * sample the table again for nothing (0.4 s for a table of a million rows). The copy's time
 * comes from the ledger: the statistics' own change counters may still lack the last
 * chunks' rows, as sessions report them up to a second late.
 */
async function analyzeIfStale(ctx: StepContext, objectId: number, relation: string): Promise<void> {
  const { rows } = await ctx.target.query(
    `SELECT greatest(last_analyze, last_autoanalyze) >
              (SELECT max(finished_at) FROM ${ctx.ledger.table('chunks')} WHERE object_id = $2) AS current
     FROM pg_stat_user_tables WHERE relid = to_regclass($1)`,
    [relation, objectId],
  );
  if (rows[0]?.current !== true) await ctx.target.query(`ANALYZE ${relation}`);
}

/**
 * The table's foreign keys. One that references a skipped or deleted table is left out;
 * one that references a table of the ledger whose keys are not built sends the table back
 * to R, to be finished by the next run.
 */
async function addForeignKeys(
  ctx: StepContext,
  w: TableWork,
  ledgerTables: Map<string, LedgerObject>,
  keysBuilt: Set<string>,
  referencedName: (w: TableWork, fk: DdlStatement) => string,
): Promise<boolean> {
  const kept: DdlStatement[] = [];
  const notReady: string[] = [];
  for (const fk of w.foreignKeys) {
    const name = referencedName(w, fk);
    const table = ledgerTables.get(name);
    const current = table ? await ctx.ledger.objects.byId(table.id) : undefined;
    if (
      table
        ? !current || current.stage === Stage.Skipped
        : await missingInTarget(ctx, fk.references!.schema ?? w.object.owner, fk.references!.name)
    ) {
      await ctx.log(
        'warn',
        `${refOf(w.object)}: foreign key left out, it references a skipped or deleted table: ${fk.sql}`,
      );
    } else if (current && !keysBuilt.has(name) && !KEYS_BUILT.includes(current.stage)) {
      notReady.push(name);
    } else kept.push(fk);
  }
  if (notReady.length > 0) {
    const message = `foreign key(s) wait for ${notReady.join(', ')}, whose constraints are not built yet`;
    await ctx.log('warn', `${refOf(w.object)}: ${message}`);
    await ctx.ledger.objects.setStage(w.object.id, Stage.DataDone, message);
    return false;
  }
  const statements = kept.map((fk) => fk.inTwoSteps?.addNotValid ?? fk.sql);
  const error = statements.length
    ? await withBuildClient(ctx.target, (client) => runStatements(client, statements))
    : null;
  if (error) await ctx.log('error', `${refOf(w.object)}: ${error}`);
  w.toValidate = error
    ? []
    : kept.flatMap((fk) =>
        fk.inTwoSteps
          ? [
              {
                validate: fk.inTwoSteps.validate,
                drop: `ALTER TABLE ${fk.inTwoSteps.relation} DROP CONSTRAINT IF EXISTS ${quoteIdent(fk.inTwoSteps.constraint)}`,
              },
            ]
          : [],
      );
  if (error || w.toValidate.length === 0)
    await ctx.ledger.objects.setStage(
      w.object.id,
      error ? Stage.ConstraintsFailed : Stage.ConstraintsDone,
      error ?? '',
    );
  return !error;
}

/**
 * Checks the rows against the foreign keys added NOT VALID. On failure they are dropped
 * again, so that the table is left as a failed plain ADD CONSTRAINT would have left it.
 */
async function validateForeignKeys(ctx: StepContext, w: TableWork): Promise<boolean> {
  const error = await withBuildClient(ctx.target, (client) =>
    runStatements(
      client,
      w.toValidate.map((fk) => fk.validate),
    ),
  );
  if (error) {
    const undo = await withBuildClient(ctx.target, (client) =>
      runStatements(
        client,
        w.toValidate.map((fk) => fk.drop),
      ),
    );
    await ctx.log(
      'error',
      `${refOf(w.object)}: ${error}${undo ? `; dropping the unvalidated keys failed too: ${undo}` : ''}`,
    );
  }
  await ctx.ledger.objects.setStage(
    w.object.id,
    error ? Stage.ConstraintsFailed : Stage.ConstraintsDone,
    error ?? '',
  );
  return !error;
}

async function missingInTarget(ctx: StepContext, schema: string, name: string): Promise<boolean> {
  const { rows } = await ctx.target.query(`SELECT to_regclass($1) IS NULL AS missing`, [
    qualified(schema, name),
  ]);
  return rows[0].missing as boolean;
}

/** Creates an index or trigger from its ddl1. */
async function buildObject(ctx: StepContext, object: LedgerObject): Promise<boolean> {
  const error = await withBuildClient(ctx.target, async (client) => {
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

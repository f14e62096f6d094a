/**
 * check: compares source and target chunk by chunk, by row count and a hash: computed in
 * the databases when both can run the same hash SQL, else over canonical values in Decant
 * (check/canonical-hasher.ts). A differing key-range chunk is narrowed to the keys that
 * differ; with --repair it is copied again and compared once more. Tables d → K (c
 * working, i differ).
 */
import { Stage } from '../../core/stage.js';
import type { HashMethod } from '../../core/sql/row-hash.js';
import type { RowHasher, TableToCopy } from '../../sources/source.js';
import { createRowHasher, TARGET_SIDE } from '../../target/row-hasher.js';
import { connect } from '../../core/pg/connect.js';
import type { CheckTableReport } from '../events.js';
import { planOf, type ChunkRow } from '../ledger/chunks.js';
import { refOf, tableDetails, type LedgerObject } from '../ledger/objects.js';
import { describePgError } from '../target-sql.js';
import { createCanonicalHasher } from '../check/canonical-hasher.js';
import { narrowDifferences } from '../check/narrow.js';
import { repairChunk, repairWholeTable } from '../check/repair.js';
import type { Step, StepContext } from './step.js';

interface Pair {
  source: RowHasher;
  target: RowHasher;
}

interface TableCheck {
  object: LedgerObject;
  table: TableToCopy;
  chunks: ChunkRow[];
  report: CheckTableReport;
  /** For keyless tables, source sums per chunk, compared with the target's whole-table hash. */
  sourceTotal: { rows: number; hash: bigint };
}

export const checkStep: Step = {
  name: 'check',
  async run(ctx) {
    const objects = (await ctx.ledger.objects.all()).filter(
      (o) => o.type === 'TABLE' && (o.stage === Stage.ConstraintsDone || o.stage === Stage.CheckFailed),
    );
    const checks: TableCheck[] = [];
    for (const object of objects) {
      if (
        !(await ctx.ledger.objects.moveStage(
          object.id,
          [Stage.ConstraintsDone, Stage.CheckFailed],
          Stage.CheckWorking,
        ))
      )
        continue;
      const details = tableDetails(object);
      const table: TableToCopy = {
        owner: object.owner,
        name: object.name,
        details,
        dataSize: object.data_size,
      };
      const chunks = details.partitioned ? [] : await ctx.ledger.chunks.forObject(object.id);
      await ctx.target.query(`DELETE FROM ${ctx.ledger.table('check_differences')} WHERE object_id = $1`, [
        object.id,
      ]);
      checks.push({
        object,
        table,
        chunks,
        sourceTotal: { rows: 0, hash: 0n },
        report: {
          table: `${object.owner}.${object.name}`,
          sourceRows: 0,
          targetRows: 0,
          chunks: chunks.length,
          chunksDiffering: 0,
          equal: true,
          repaired: false,
          differences: [],
        },
      });
    }
    const source = await ctx.source();
    const lanes = Math.max(1, ctx.config.jobs);
    const pairs: Pair[] = [];
    for (let i = 0; i < lanes; i++) {
      pairs.push({
        source: await source.openHasher(createCanonicalHasher),
        target: await createRowHasher(
          await connect(ctx.targetUrl, 'target', 'decant check'),
          TARGET_SIDE,
          createCanonicalHasher,
        ),
      });
    }
    const method = hashMethod(ctx, pairs[0]!);
    for (const pair of pairs) {
      pair.source.useMethod(method);
      pair.target.useMethod(method);
    }
    if (checks.length) await ctx.log('info', `hashing rows with the ${method} method`);
    const queue = checks.flatMap((check) => check.chunks.map((chunk) => ({ check, chunk })));
    const done = new Map<TableCheck, number>();
    try {
      let next = 0;
      await Promise.all(
        pairs.map(async (pair) => {
          while (next < queue.length && !ctx.signal.aborted) {
            const { check, chunk } = queue[next++]!;
            await checkChunk(ctx, pair, check, chunk);
            done.set(check, (done.get(check) ?? 0) + 1);
            // Bytes compared so far, estimated from the chunks' share of the table size.
            const chunksDone = done.get(check)!;
            ctx.emit({
              type: 'table',
              step: 'check',
              table: check.report.table,
              rows: check.report.sourceRows,
              bytes: Math.round((check.object.data_size * chunksDone) / check.chunks.length),
              totalBytes: check.object.data_size,
              chunksDone,
              chunksTotal: check.chunks.length,
              done: chunksDone === check.chunks.length,
            });
          }
        }),
      );
      for (const check of checks) {
        if (!check.table.details.key && check.chunks.length > 0)
          await checkKeylessTotal(ctx, pairs[0]!, check);
        await finishTable(ctx, check);
      }
    } finally {
      for (const pair of pairs) {
        await pair.source.close();
        await pair.target.close();
      }
    }
    const reports = checks.map((c) => c.report);
    ctx.emit({ type: 'check-report', tables: reports });
    const differing = reports.filter((r) => !r.equal);
    const summary = `${reports.length - differing.length} of ${reports.length} table(s) identical`;
    return {
      ok: differing.length === 0,
      summary: differing.length
        ? `${summary}; differing: ${differing.map((r) => r.table).join(', ')} (decant check --repair copies them again)`
        : summary,
    };
  },
};

/** The first method of the source's list that the target supports too; canonical, which both offer, when told. */
function hashMethod(ctx: StepContext, pair: Pair): HashMethod {
  if (ctx.config.checkHashMethod === 'canonical') return 'canonical';
  return pair.source.methods.find((method) => pair.target.methods.includes(method)) ?? 'canonical';
}

async function checkChunk(ctx: StepContext, pair: Pair, check: TableCheck, chunk: ChunkRow): Promise<void> {
  const plan = planOf(chunk);
  const keyed = plan.kind === 'key';
  try {
    const [s, t] = await Promise.all([
      pair.source.hashChunk(check.table, plan),
      keyed ? pair.target.hashChunk(check.table, plan) : null,
    ]);
    check.report.sourceRows += s.rows;
    if (!t) {
      check.sourceTotal.rows += s.rows;
      check.sourceTotal.hash += BigInt(s.hash);
      await recordChunk(ctx, chunk, 'pending', s, null);
      return;
    }
    check.report.targetRows += t.rows;
    if (s.rows === t.rows && s.hash === t.hash) {
      await recordChunk(ctx, chunk, 'equal', s, t);
      return;
    }
    check.report.chunksDiffering++;
    const budget = ctx.config.checkMaxKeys - check.report.differences.length;
    const keys =
      budget > 0
        ? await narrowDifferences(
            pair.source,
            pair.target,
            check.table,
            plan,
            { source: s.rows, target: t.rows },
            budget,
          )
        : [];
    check.report.differences.push(...keys);
    for (const key of keys) {
      await ctx.target.query(
        `INSERT INTO ${ctx.ledger.table('check_differences')} (object_id, chunk_id, difference, key_value) VALUES ($1, $2, $3, $4)`,
        [check.object.id, chunk.id, key.split(' ')[0], key.slice(key.indexOf(' ') + 1)],
      );
    }
    if (ctx.options.repair) {
      await repairChunk(ctx, check.table, plan);
      const [s2, t2] = await Promise.all([
        pair.source.hashChunk(check.table, plan),
        pair.target.hashChunk(check.table, plan),
      ]);
      check.report.targetRows += t2.rows - t.rows;
      if (s2.rows === t2.rows && s2.hash === t2.hash) {
        check.report.chunksDiffering--;
        check.report.repaired = true;
        await recordChunk(ctx, chunk, 'repaired', s2, t2);
        return;
      }
    }
    await recordChunk(ctx, chunk, 'different', s, t);
  } catch (error) {
    check.report.chunksDiffering++;
    check.report.note = `chunk ${chunk.seq} could not be compared: ${describePgError(error)}`;
  }
}

/** A table without a usable key: the sum of the source's chunk hashes against the target's whole table. */
async function checkKeylessTotal(ctx: StepContext, pair: Pair, check: TableCheck): Promise<void> {
  const whole = { kind: 'whole' as const, lower: null, upper: null, estimatedBytes: 0 };
  let t = await pair.target.hashChunk(check.table, whole);
  const equal = (rows: number, hash: string): boolean =>
    rows === check.sourceTotal.rows && BigInt(hash) === check.sourceTotal.hash;
  check.report.targetRows = t.rows;
  if (!equal(t.rows, t.hash)) {
    check.report.chunksDiffering = check.chunks.length;
    check.report.note = 'no primary or unique key: differing rows cannot be named, only counted';
    if (ctx.options.repair) {
      await repairWholeTable(ctx, check.table, check.chunks.map(planOf));
      const s = await pair.source.hashChunk(check.table, whole);
      t = await pair.target.hashChunk(check.table, whole);
      check.report.sourceRows = s.rows;
      check.report.targetRows = t.rows;
      if (s.rows === t.rows && s.hash === t.hash) {
        check.report.chunksDiffering = 0;
        check.report.repaired = true;
      }
    }
  }
}

async function recordChunk(
  ctx: StepContext,
  chunk: ChunkRow,
  state: string,
  s: { rows: number; hash: string },
  t: { rows: number; hash: string } | null,
): Promise<void> {
  await ctx.target.query(
    `UPDATE ${ctx.ledger.table('chunks')} SET check_state = $2, source_rows = $3, source_hash = $4, target_rows = $5, target_hash = $6, checked_at = now() WHERE id = $1`,
    [chunk.id, state, s.rows, s.hash, t?.rows ?? null, t?.hash ?? null],
  );
}

async function finishTable(ctx: StepContext, check: TableCheck): Promise<void> {
  const r = check.report;
  r.equal = r.chunksDiffering === 0 && r.sourceRows === r.targetRows && !r.note?.includes('could not');
  const error = r.equal
    ? ''
    : `${r.chunksDiffering} of ${r.chunks} chunk(s) differ (source ${r.sourceRows} rows, target ${r.targetRows})${r.differences.length ? `; keys: ${r.differences.slice(0, 5).join('; ')}` : ''}${r.note ? `; ${r.note}` : ''}`;
  await ctx.ledger.objects.setStage(check.object.id, r.equal ? Stage.Checked : Stage.CheckFailed, error);
  await ctx.log(
    r.equal ? 'info' : 'error',
    `${refOf(check.object)}: ${r.equal ? `identical, ${r.sourceRows} rows${r.repaired ? ' (after repair)' : ''}` : error}`,
  );
}

/**
 * The engine: runs steps over the ledger with a source adapter and the target. The CLI
 * and the REST API drive it; it holds every piece of migration logic they use.
 */
import pg from 'pg';
import type { Config } from '../core/config/schema.js';
import { DecantError, messageOf } from '../core/errors.js';
import { connect, connectionConfig } from '../core/pg/connect.js';
import { openSource } from '../sources/registry.js';
import type { SourceAdapter } from '../sources/source.js';
import type { EventSink, StepName } from './events.js';
import { createLedger, type Ledger } from './ledger/ledger.js';
import type { LogLevel } from './ledger/operations.js';
import { scanSource, type ScanReport } from './scan/scan.js';
import { STEPS } from './steps/index.js';
import type { StepContext, StepOptions, StepResult } from './steps/step.js';
import { readStatus, type StatusReport } from './status.js';
import {
  listObjects,
  retryObject,
  skipObject,
  type ObjectFilter,
  type ObjectRow,
  type RetryChange,
} from './levers.js';

export const STEP_ORDER: StepName[] = ['init', 'schema', 'data', 'constraints', 'check'];

export interface Engine {
  run(step: StepName, options?: StepOptions): Promise<StepResult>;
  /** Every step in order, stopping at the first that fails; with `scan`, the preflight first. */
  migrate(options?: MigrateOptions): Promise<StepResult>;
  /** The --scan preflight: reads the source, writes nothing, needs no target. */
  scan(): Promise<ScanReport>;
  status(): Promise<StatusReport>;
  /** The ledger's objects with their DDL and errors (seed 000's "reprocessing" query). */
  objects(filter?: ObjectFilter): Promise<ObjectRow[]>;
  /** Sends a failed or skipped object back to be done again, with new DDL if given. */
  retry(objectId: number, change?: RetryChange): Promise<ObjectRow>;
  /** Skips an object (and so what depends on it). */
  skip(objectId: number): Promise<ObjectRow>;
}

export interface MigrateOptions extends StepOptions {
  /** Scan the source first and stop, before anything is written, if a value would stop the copy. */
  scan?: boolean;
}

export interface EngineOptions {
  onEvent?: EventSink;
  signal?: AbortSignal;
}

export function createEngine(config: Config, engineOptions: EngineOptions = {}): Engine {
  const emit: EventSink = engineOptions.onEvent ?? (() => undefined);
  const signal = engineOptions.signal ?? new AbortController().signal;

  async function openTarget(): Promise<pg.Pool> {
    // A first plain connection turns a bad URL or password into one clear error.
    const probe = await connect(config.target, 'target');
    await probe.end();
    const pool = new pg.Pool({ ...connectionConfig(config.target, 'decant ledger'), max: config.jobs + 4 });
    pool.on('error', () => undefined);
    return pool;
  }

  async function run(step: StepName, options: StepOptions = {}): Promise<StepResult> {
    const implementation = STEPS[step];
    if (!implementation) {
      throw new DecantError('STEP_UNKNOWN', `There is no step "${step}"`, {
        hint: `Steps: ${STEP_ORDER.join(', ')}`,
      });
    }
    const target = await openTarget();
    const ledger = createLedger(target, config.ledgerSchema);
    let source: SourceAdapter | undefined;
    const ctx: StepContext = {
      step,
      config,
      options,
      target,
      targetUrl: config.target,
      ledger,
      operationId: null,
      emit,
      signal,
      async source() {
        source ??= await openSource(config);
        return source;
      },
      async log(level: LogLevel, message: string) {
        emit({ type: 'log', step, level, message });
        if (ctx.operationId !== null)
          await ledger.operations.log(ctx.operationId, level, message).catch(() => undefined);
      },
    };
    try {
      if (step !== 'init') await ledger.requireInstalled();
      // A bad source URL or password fails here, before anything is recorded.
      if (step !== 'schema') await ctx.source();
      if (step !== 'init')
        ctx.operationId = await ledger.operations.start(step, { jobs: config.jobs, ...options });
      emit({ type: 'step', step, phase: 'start', operationId: ctx.operationId ?? undefined });
      let result: StepResult;
      try {
        result = await implementation.run(ctx);
      } catch (error) {
        if (ctx.operationId !== null) {
          await ctx.log('error', messageOf(error));
          await ledger.operations.finish(ctx.operationId, 'Failed', messageOf(error)).catch(() => undefined);
        }
        emit({
          type: 'step',
          step,
          phase: 'end',
          status: 'Failed',
          operationId: ctx.operationId ?? undefined,
          error: messageOf(error),
        });
        throw error;
      }
      if (ctx.operationId !== null) {
        await ctx.log(result.ok ? 'info' : 'error', result.summary);
        await ledger.operations.finish(
          ctx.operationId,
          result.ok ? 'Succeeded' : 'Failed',
          result.ok ? undefined : result.summary,
        );
      }
      emit({
        type: 'step',
        step,
        phase: 'end',
        status: result.ok ? 'Succeeded' : 'Failed',
        operationId: ctx.operationId ?? undefined,
      });
      return result;
    } finally {
      await source?.close();
      await target.end().catch(() => undefined);
    }
  }

  async function scan(): Promise<ScanReport> {
    const source = await openSource(config);
    try {
      return await scanSource(config, source, emit, signal);
    } finally {
      await source.close();
    }
  }

  return {
    run,
    scan,
    async migrate(options = {}) {
      const summaries: string[] = [];
      if (options.scan) {
        const report = await scan();
        summaries.push(`scan: ${report.summary}`);
        if (!report.ok)
          return {
            ok: false,
            summary: `${summaries.join('\n')}\nNothing was written: fix the values (decant scan lists them) or set their policies, then run again`,
          };
      }
      for (const step of STEP_ORDER) {
        const result = await run(step, options);
        summaries.push(`${step}: ${result.summary}`);
        if (!result.ok) return { ok: false, summary: summaries.join('\n') };
      }
      return { ok: true, summary: summaries.join('\n') };
    },
    status: () => withLedger((ledger) => readStatus(ledger, config.stallSeconds)),
    objects: (filter) => withLedger((ledger) => listObjects(ledger, filter)),
    retry: (objectId, change) => withLedger((ledger) => retryObject(ledger, objectId, change)),
    skip: (objectId) => withLedger((ledger) => skipObject(ledger, objectId)),
  };

  async function withLedger<T>(use: (ledger: Ledger) => Promise<T>): Promise<T> {
    const target = await openTarget();
    try {
      const ledger = createLedger(target, config.ledgerSchema);
      await ledger.requireInstalled();
      return await use(ledger);
    } finally {
      await target.end().catch(() => undefined);
    }
  }
}

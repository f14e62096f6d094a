/**
 * What every step receives and returns. A step is an idempotent operation over the
 * ledger: run again, it does only what is left.
 */
import type pg from 'pg';
import type { Config } from '../../core/config/schema.js';
import type { SourceAdapter } from '../../sources/source.js';
import type { EventSink, StepName } from '../events.js';
import type { Ledger } from '../ledger/ledger.js';
import type { LogLevel } from '../ledger/operations.js';

export interface StepOptions {
  /** check: copy mismatched chunks again. */
  repair?: boolean;
  /** init: drop what the target holds in the migrated schemas first. */
  erase?: boolean;
}

export interface StepContext {
  readonly step: StepName;
  readonly config: Config;
  readonly options: StepOptions;
  /** Opened on first use, closed by the engine. */
  source(): Promise<SourceAdapter>;
  /** Pool on the target for the ledger and DDL. */
  readonly target: pg.Pool;
  readonly targetUrl: string;
  readonly ledger: Ledger;
  /** Set once the ledger exists (init creates it part way). */
  operationId: number | null;
  readonly emit: EventSink;
  log(level: LogLevel, message: string): Promise<void>;
  readonly signal: AbortSignal;
}

export interface StepResult {
  ok: boolean;
  summary: string;
}

export interface Step {
  readonly name: StepName;
  run(ctx: StepContext): Promise<StepResult>;
}

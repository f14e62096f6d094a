/**
 * What the engine tells its caller while it works. The CLI draws bars or prints lines
 * from these; the REST API will stream them. The engine never writes to a terminal.
 */
import type { LogLevel } from './ledger/operations.js';
import type { TableScanReport } from './scan/scan.js';

export type StepName = 'init' | 'schema' | 'data' | 'constraints' | 'check';
/** What events come from: a step, or the --scan preflight, which runs before the steps and records nothing. */
export type PhaseName = StepName | 'scan';

export interface TableProgressEvent {
  type: 'table';
  step: 'data' | 'check';
  table: string;
  rows: number;
  bytes: number;
  /** Estimated bytes of the whole table. */
  totalBytes: number;
  chunksDone: number;
  chunksTotal: number;
  done: boolean;
}

export interface CheckTableReport {
  table: string;
  sourceRows: number;
  targetRows: number;
  chunks: number;
  chunksDiffering: number;
  equal: boolean;
  repaired: boolean;
  /** Differing keys as `kind key` lines: missing (in target), extra (in target), different. */
  differences: string[];
  note?: string;
}

export type EngineEvent =
  | { type: 'log'; step: PhaseName; level: LogLevel; message: string }
  | {
      type: 'step';
      step: PhaseName;
      phase: 'start' | 'end';
      status?: 'Succeeded' | 'Failed';
      operationId?: number;
      /** Set when the step ended by an error (which the caller reports). */
      error?: string;
    }
  | { type: 'objects'; step: PhaseName; done: number; total: number; current?: string }
  | TableProgressEvent
  | { type: 'check-report'; tables: CheckTableReport[] }
  | { type: 'scan-report'; ok: boolean; summary: string; tables: TableScanReport[] };

export type EventSink = (event: EngineEvent) => void;

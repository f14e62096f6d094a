/**
 * The stage letters of DESIGN.md, shared with the platform of seed 000 so that its
 * queries and its operators' habits work unchanged. Letters are case-sensitive.
 */
export const Stage = {
  /** Discovered by init; waiting for schema (non-index objects) or constraints (indexes, triggers). */
  Init: 'I',
  /** init failed for this object. */
  InitFailed: 'r',
  /** schema is creating the object. */
  SchemaWorking: 'P',
  /** schema failed. */
  SchemaFailed: 'E',
  /** Created in the target: tables wait for data; indexes and triggers are done. */
  SchemaDone: 'D',
  /** data failed for the table. */
  DataFailed: 'F',
  /** All chunks copied; waiting for constraints. */
  DataDone: 'R',
  /** constraints is building the table's constraints. */
  ConstraintsWorking: 'p',
  /** constraints failed. */
  ConstraintsFailed: 'e',
  /** Constraints built; waiting for check. */
  ConstraintsDone: 'd',
  /** check is comparing the table. */
  CheckWorking: 'c',
  /** check found a difference. */
  CheckFailed: 'i',
  /** Verified identical. */
  Checked: 'K',
  /** Skipped by the operator, or because an object it depends on was skipped. */
  Skipped: 'S',
} as const;

export type StageLetter = (typeof Stage)[keyof typeof Stage];

export const STAGE_NAMES: Record<StageLetter, string> = {
  I: 'discovered',
  r: 'init failed',
  P: 'creating',
  E: 'schema failed',
  D: 'created',
  F: 'data failed',
  R: 'data copied',
  p: 'constraining',
  e: 'constraints failed',
  d: 'constraints built',
  c: 'checking',
  i: 'check failed',
  K: 'verified',
  S: 'skipped',
};

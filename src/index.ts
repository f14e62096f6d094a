/**
 * Decant's programmatic API: what the CLI, the REST API and the tests use. Nothing else
 * in src/ is public.
 */
export {
  createEngine,
  STEP_ORDER,
  type Engine,
  type EngineOptions,
  type MigrateOptions,
} from './engine/engine.js';
export type { ScanReport, TableScanReport } from './engine/scan/scan.js';
export type { ColumnReport, ProblemOutcome, ValueProblem } from './engine/scan/column-scan.js';
export type {
  EngineEvent,
  PhaseName,
  StepName,
  CheckTableReport,
  TableProgressEvent,
} from './engine/events.js';
export type { StepResult, StepOptions } from './engine/steps/step.js';
export type { StatusReport } from './engine/status.js';
export type { ObjectRow, ObjectFilter, RetryChange } from './engine/levers.js';
export { sourceKindOf, type SourceKind } from './sources/registry.js';
export { defaultConfig, resolveConfig, readConfigFile, readConfigEnv } from './core/config/load.js';
export { ConfigSchema, type Config } from './core/config/schema.js';
export { DecantError, ERROR_CODES, type ErrorCode } from './core/errors.js';
export { Stage, STAGE_NAMES, type StageLetter } from './core/stage.js';
export { startEmbeddedPostgres, type EmbeddedServer } from './embedded/postgres-server.js';
export {
  translate,
  translateScript,
  DEFAULT_COMPAT_SCHEMA,
  type Translation,
  type TranslateOptions,
  type ScriptTranslation,
  type ScriptEntry,
  type Diagnostic,
} from './translate/index.js';
export { columnTypesOfScript } from './translate/known-columns.js';
export { oracleCompatSql, installOracleCompat } from './target/compat/oracle-compat.js';

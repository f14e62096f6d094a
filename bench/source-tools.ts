/**
 * The tools that migrate a MySQL/MariaDB or SQLite source in the source-engine benchmark:
 * Decant's CLI one process per step (init, schema, data, constraints), Decant's `migrate`
 * (every step in one process, check included), and pgloader, one process for the whole
 * job. Each writes into a fresh, empty target database.
 *
 * Owns how the tools are invoked and measured; the sources, the verification and the report
 * belong to source-engines.ts.
 */
import { join } from 'node:path';
import { failure, measuredChild, onPath, withTempDir } from './child-process.js';
import { lastJson, runDecant, stepEvents, ToolUnavailable } from './tools.js';

export interface EngineRun {
  /** Wall time, summed over the tool's processes. */
  seconds: number;
  /** The peak RSS of the largest process, in MB. */
  peakRssMb?: number;
  /** Decant: seconds per step process. */
  steps?: Record<string, number>;
  /** pgloader: the attempt that succeeded. */
  settings?: PgloaderAttempt;
  /** pgloader: attempts that failed before, with the end of their output. */
  failedAttempts?: { settings: PgloaderAttempt; error: string }[];
  /** decant migrate: the check after the migration, not part of `seconds`. */
  check?: CheckRun;
}

export interface DecantOptions {
  source: string;
  target: string;
  jobs: number;
  /** Settings for this source (e.g. --mysql-tinyint1-as-boolean), given to every step. */
  flags: string[];
  /** Names the step logs in bench/results (decant-<label>-<step>.jsonl). */
  label: string;
}

const MIGRATION_STEPS = ['init', 'schema', 'data', 'constraints'] as const;

function stepArgs(step: string, options: DecantOptions): string[] {
  const { source, target, jobs, flags } = options;
  return [step, '--source', source, '--target', target, '--jobs', String(jobs), '--json', ...flags];
}

/** Decant's init, schema, data and constraints, one process each, as a user runs them. */
export async function decantSteps(options: DecantOptions): Promise<EngineRun> {
  const steps: Record<string, number> = {};
  let seconds = 0;
  let peakRssMb: number | undefined;
  for (const step of MIGRATION_STEPS) {
    const run = await runDecant(stepArgs(step, options), `decant-${options.label}-${step}.jsonl`);
    if (run.result.code !== 0) throw failure(`decant ${step}`, run.result);
    steps[step] = Math.round(run.seconds * 100) / 100;
    seconds += run.seconds;
    if (run.peakRssMb !== undefined) peakRssMb = Math.max(peakRssMb ?? 0, run.peakRssMb);
  }
  return { seconds, peakRssMb, steps };
}

/**
 * `decant migrate`: every step in one process, as a user runs it. Its time is the
 * migration's, from the spawn to the end of the constraints step (what pgloader does); the
 * check that follows in the same process is reported apart. The peak RSS is the whole
 * process's, check included.
 */
export async function decantMigrate(options: DecantOptions): Promise<EngineRun> {
  const spawnedAt = Date.now();
  const run = await runDecant(stepArgs('migrate', options), `decant-${options.label}-migrate.jsonl`);
  const result = lastJson(run.result.stdout) as { type?: string; ok?: boolean; summary?: string } | undefined;
  if (run.result.code !== 0 || result?.type !== 'result') throw failure('decant migrate', run.result);
  const ends = new Map(
    stepEvents(run.result.stdout)
      .filter((event) => event.phase === 'end')
      .map((event) => [event.step, event.at]),
  );
  const migrated = ends.get('constraints');
  const checked = ends.get('check');
  if (migrated === undefined || checked === undefined)
    throw failure('decant migrate (no step events)', run.result);
  const seconds = (migrated - spawnedAt) / 1000;
  const steps: Record<string, number> = {};
  let previous = spawnedAt;
  for (const [step, end] of ends) {
    steps[step] = Math.round((end - previous) / 10) / 100;
    previous = end;
  }
  return {
    seconds,
    peakRssMb: run.peakRssMb,
    steps,
    check: {
      seconds: (checked - migrated) / 1000,
      peakRssMb: run.peakRssMb,
      ok: result.ok === true,
      summary:
        result.summary
          ?.split('\n')
          .find((line) => line.startsWith('check: '))
          ?.slice('check: '.length) ?? '',
    },
  };
}

export interface CheckRun {
  seconds: number;
  peakRssMb?: number;
  ok: boolean;
  summary: string;
}

/** One way to run pgloader: its WITH options, and SBCL's heap size when not the build's. */
export interface PgloaderAttempt {
  with: string[];
  /** SBCL's --dynamic-space-size in MB (Debian's build has 1 GB). */
  heapMb?: number;
}

export interface PgloaderOptions {
  source: string;
  target: string;
  /** Tried in turn: the next only when pgloader fails with the one before (e.g. its heap exhausted). */
  attempts: PgloaderAttempt[];
  timeoutMs: number;
}

export function describeAttempt(attempt: PgloaderAttempt): string {
  const heap = attempt.heapMb ? [`--dynamic-space-size ${attempt.heapMb}`] : [];
  return [...heap, ...attempt.with].join(', ') || 'defaults';
}

/**
 * `pgloader [--dynamic-space-size MB] [--with option]... SOURCE TARGET`, its defaults
 * otherwise: create tables, create indexes, foreign keys, reset sequences. Its root
 * directory and log file go to a temporary directory. A failed attempt leaves a partly
 * loaded target; pgloader's own `include drop` (a default) starts the next from a clean one.
 */
export async function pgloader(options: PgloaderOptions): Promise<EngineRun> {
  if (!onPath('pgloader')) throw new ToolUnavailable('pgloader is not installed: apt-get install pgloader');
  const failedAttempts: { settings: PgloaderAttempt; error: string }[] = [];
  for (const settings of options.attempts) {
    const run = await withTempDir('bench-pgloader-', (dir) =>
      measuredChild(
        'pgloader',
        [
          // A runtime option of SBCL: it has to come first.
          ...(settings.heapMb ? ['--dynamic-space-size', String(settings.heapMb)] : []),
          '--root-dir',
          dir,
          '--logfile',
          join(dir, 'pgloader.log'),
          ...settings.with.flatMap((option) => ['--with', option]),
          options.source,
          options.target,
        ],
        { timeoutMs: options.timeoutMs, keepStdout: 8_000 },
      ),
    );
    if (run.result.code === 0) {
      return { seconds: run.seconds, peakRssMb: run.peakRssMb, settings, failedAttempts };
    }
    const error = failure('pgloader', run.result, 20).message;
    console.log(`  pgloader failed with ${describeAttempt(settings)}:\n${indent(error)}`);
    failedAttempts.push({ settings, error });
  }
  throw new Error(
    `pgloader failed with every setting tried:\n${failedAttempts.map((a) => a.error).join('\n---\n')}`,
  );
}

function indent(text: string): string {
  return text.replace(/^/gm, '    ');
}

/**
 * The translator benchmark (`npm run bench:translate`): Decant's translator and sqlglot's
 * Oracle → PostgreSQL transpiler side by side on the same inputs, in one run.
 *
 *  1. A ~5 MB Oracle script of mixed DDL and queries (bench/translate-workload.ts) through
 *     translateScript() (target: at most 2 s), and the same statements through
 *     sqlglot.transpile one call each (one call over the whole text grows quadratically in
 *     sqlglot; two small scripts are also timed whole in both, to show it).
 *  2. Typical OLTP statements (20–60 tokens) one at a time through translate() (target: at
 *     most 50 µs median), and through sqlglot; median and p95 over many timed calls after a
 *     warm-up.
 *
 * Decant runs compiled (dist/), as the installed CLI does; sqlglot is timed inside its Python process (bench/sqlglot_helper.py), so the interpreter's
 * start is not counted. Environment: BENCH_TRANSLATE_MB (script size, default 5),
 * BENCH_TRANSLATE_ITERATIONS (Decant's timed calls per statement, default 5000; sqlglot gets
 * a tenth, at least 50, as each call takes about a millisecond). Results are also written
 * to bench/results/translate-<date>.json (git-ignored).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type * as Translator from '../src/translate/index.js';
import { tokenize } from '../src/translate/tokens/tokenizer.js';
import { sqlglotBench, sqlglotVersion } from './sqlglot.js';
import { OLTP_STATEMENTS, oracleScript } from './translate-workload.js';

/**
 * The translator as users run it: compiled (dist/, made by `npm run build`). Under tsx every
 * closure the tokenizer and the rules create per call would also pay for esbuild's name
 * keeping, which is not Decant's cost.
 */
const COMPILED = new URL('../dist/translate/index.js', import.meta.url);
if (!existsSync(COMPILED)) throw new Error(`${fileURLToPath(COMPILED)} is missing: run npm run build first`);
const { translate, translateScript } = (await import(COMPILED.href)) as typeof Translator;

const MB = Number(process.env['BENCH_TRANSLATE_MB'] ?? 5);
const ITERATIONS = Number(process.env['BENCH_TRANSLATE_ITERATIONS'] ?? 5000);
const SQLGLOT_ITERATIONS = Math.max(50, Math.round(ITERATIONS / 10));

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]!;
const sortedNumbers = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

function timeScript(text: string): { seconds: number[]; result: Translator.ScriptTranslation } {
  let result = translateScript(text); // warm-up
  const seconds: number[] = [];
  for (let run = 0; run < 3; run++) {
    const started = process.hrtime.bigint();
    result = translateScript(text);
    seconds.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  return { seconds, result };
}

/** Nanoseconds of each timed translate() call, per statement. */
function timeStatements(statements: readonly string[]): number[][] {
  return statements.map((sql) => {
    for (let i = 0; i < 2000; i++) translate(sql);
    const timings: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const started = process.hrtime.bigint();
      translate(sql);
      timings.push(Number(process.hrtime.bigint() - started));
    }
    return timings;
  });
}

function unsupportedByConstruct(result: Translator.ScriptTranslation): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of result.entries)
    if (entry.status === 'unsupported') {
      const construct = entry.diagnostics[0]?.construct ?? entry.error?.code ?? '?';
      counts.set(construct, (counts.get(construct) ?? 0) + 1);
    }
  return counts;
}

const ratio = (decant: number, other: number): string => `${(other / decant).toFixed(1)}×`;
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

async function main(): Promise<void> {
  const workload = oracleScript(MB * 1024 * 1024);
  const bytes = Buffer.byteLength(workload.text);
  const glot = await sqlglotVersion();
  const tokenCounts = OLTP_STATEMENTS.map((sql) => tokenize(sql).length - 1);
  console.log(
    `Machine: ${cpus()[0]?.model ?? '?'}, ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GB; Node ${process.version}; sqlglot ${glot.version} (Python ${glot.python})`,
  );
  console.log(
    `Script: ${(bytes / 2 ** 20).toFixed(2)} MB, ${workload.statements.length} statements; OLTP: ${OLTP_STATEMENTS.length} statements of ${Math.min(...tokenCounts)}–${Math.max(...tokenCounts)} tokens`,
  );

  const script = timeScript(workload.text);
  const scriptSeconds = sortedNumbers(script.seconds)[1]!;
  const failures = unsupportedByConstruct(script.result);
  const failed = [...failures.values()].reduce((a, b) => a + b, 0);
  const oltp = sortedNumbers(timeStatements(OLTP_STATEMENTS).flat());

  // Whole-text calls on small scripts: sqlglot's grows quadratically (see sqlglot_helper.py).
  const small = [0.1, 0.2].map((mb) => oracleScript(mb * 1024 * 1024).text);
  const decantSmall = small.map((text) => {
    const started = process.hrtime.bigint();
    translateScript(text);
    return Number(process.hrtime.bigint() - started) / 1e9;
  });

  console.log(
    `sqlglot: the script's statements one by one, two small scripts whole, the OLTP statements ${SQLGLOT_ITERATIONS}× each...`,
  );
  const other = await sqlglotBench({
    scriptStatements: workload.statements,
    wholeScripts: small,
    statements: OLTP_STATEMENTS,
    warmup: 20,
    iterations: SQLGLOT_ITERATIONS,
  });
  const otherOltp = sortedNumbers(other.perStatementNs.flat());

  const decantMedian = percentile(oltp, 0.5) / 1000;
  const decantP95 = percentile(oltp, 0.95) / 1000;
  const glotMedian = percentile(otherOltp, 0.5) / 1000;
  const glotP95 = percentile(otherOltp, 0.95) / 1000;
  console.log('');
  console.log(row(['measure', 'Decant', 'sqlglot', 'sqlglot / Decant', 'target']));
  console.log(row(['---', '---:', '---:', '---:', '---']));
  console.log(
    row([
      `${(bytes / 2 ** 20).toFixed(1)} MB script (${workload.statements.length} statements)`,
      `${scriptSeconds.toFixed(2)} s`,
      `${other.scriptSeconds.toFixed(2)} s`,
      ratio(scriptSeconds, other.scriptSeconds),
      '≤ 2 s',
    ]),
  );
  console.log(
    row([
      'OLTP statement, median',
      `${decantMedian.toFixed(1)} µs`,
      `${glotMedian.toFixed(0)} µs`,
      ratio(decantMedian, glotMedian),
      '≤ 50 µs',
    ]),
  );
  console.log(
    row([
      'OLTP statement, p95',
      `${decantP95.toFixed(1)} µs`,
      `${glotP95.toFixed(0)} µs`,
      ratio(decantP95, glotP95),
      '',
    ]),
  );
  console.log('');
  console.log(
    `Decant: script runs ${script.seconds.map((s) => s.toFixed(2)).join(', ')} s (median shown, after one warm-up run); ${failed} of ${workload.statements.length} statements unsupported${failed ? `: ${[...failures].map(([c, n]) => `${c} ×${n}`).join(', ')}` : ''}; OLTP ${oltp.length} timed calls after 2000 warm-up calls per statement.`,
  );
  console.log(
    `sqlglot: the script's ${workload.statements.length} statements one call each (${other.scriptFailed} refused); OLTP ${otherOltp.length} timed calls after 20 warm-up calls per statement.`,
  );
  console.log(
    `Whole script in one call: ${small.map((text, i) => `${(Buffer.byteLength(text) / 2 ** 20).toFixed(1)} MB: Decant ${decantSmall[i]!.toFixed(2)} s, sqlglot ${other.wholeScriptSeconds[i]!.toFixed(2)} s`).join('; ')}.`,
  );
  const checks = [
    [scriptSeconds <= 2, `script ${scriptSeconds.toFixed(2)} s ≤ 2 s`],
    [decantMedian <= 50, `OLTP median ${decantMedian.toFixed(1)} µs ≤ 50 µs`],
  ] as const;
  for (const [ok, what] of checks) console.log(`${ok ? 'met' : 'MISSED'}: ${what}`);

  const results = new URL('./results/', import.meta.url);
  await mkdir(results, { recursive: true });
  const file = new URL(
    `translate-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}.json`,
    results,
  );
  await writeFile(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        cores: availableParallelism(),
        sqlglot: glot,
        script: {
          bytes,
          statements: workload.statements.length,
          decantSeconds: script.seconds,
          unsupported: Object.fromEntries(failures),
          sqlglotSeconds: other.scriptSeconds,
          sqlglotFailed: other.scriptFailed,
          wholeScript: { decantSeconds: decantSmall, sqlglotSeconds: other.wholeScriptSeconds },
        },
        oltp: {
          tokens: tokenCounts,
          decantMedianUs: decantMedian,
          decantP95Us: decantP95,
          sqlglotMedianUs: glotMedian,
          sqlglotP95Us: glotP95,
        },
      },
      null,
      2,
    ),
  );
  console.log(`Written to ${fileURLToPath(file)}`);
  if (!checks.every(([ok]) => ok)) process.exitCode = 1;
}

await main();

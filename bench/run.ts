/**
 * The benchmark: one embedded PostgreSQL server, the dataset built once in `bench_src`,
 * then every tool copies it into a fresh target database of its own; the report gives wall
 * time, throughput, whether the copy is complete, and Decant's time relative to each tool.
 *
 * Then, for MySQL/MariaDB and SQLite sources, the same dataset is copied into each engine
 * and migrated from there by Decant and pgloader (source-engines.ts).
 *
 * Environment: BENCH_SCALE (default 1; 0.02 is a quick run), BENCH_JOBS (default: the
 * number of cores), BENCH_SOURCES (comma-separated subset of postgresql, mysql, sqlite;
 * default all), BENCH_TOOLS (comma-separated subset of tool names, pgloader included),
 * BENCH_PGCOPYDB_SPLIT (passed to pgcopydb --split-tables-larger-than), BENCH_PGLOADER_WITH
 * (comma-separated pgloader WITH options instead of the benchmark's). Each target is dropped
 * after its check. Results are also written to bench/results/<date>.json (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { qualified, quoteIdent } from '../src/core/sql/ident.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/embedded/postgres-server.js';
import { BENCH_SERVER_SETTINGS as SETTINGS, buildDataset, type DatasetTable } from './dataset.js';
import { scalar, withClient } from './pg-client.js';
import { ENGINE_TOOLS, runSourceEngines, SOURCE_ENGINES, type EngineOutcome } from './source-engines.js';
import { TOOLS, ToolUnavailable, type Tool, type ToolResult } from './tools.js';

interface Outcome {
  tool: string;
  describe: string;
  status: 'ok' | 'failed' | 'unavailable';
  seconds?: number;
  mbPerSecond?: number;
  peakRssMb?: number;
  /** Row counts match the source, and (for complete tools) indexes and constraints too. */
  verified?: boolean;
  verifyProblems?: string[];
  note?: string;
  error?: string;
  output?: unknown;
}

interface SourceFacts {
  tables: DatasetTable[];
  indexes: number;
  constraints: number;
  tableBytes: number;
  databaseBytes: number;
}

const MB = 1024 * 1024;

const INDEXES = `select count(*) as v from pg_indexes where schemaname = 'public'`;
const CONSTRAINTS = `select count(*) as v from pg_constraint where connamespace = 'public'::regnamespace`;

async function sourceFacts(server: EmbeddedServer, tables: DatasetTable[]): Promise<SourceFacts> {
  const source = server.url('bench_src');
  const empty = await server.createDatabase('bench_empty');
  const emptyBytes = await scalar(empty, 'select pg_database_size(current_database()) as v');
  return {
    tables,
    indexes: await scalar(source, INDEXES),
    constraints: await scalar(source, CONSTRAINTS),
    // Heap and TOAST of every table: the bytes a tool has to move (indexes are rebuilt).
    tableBytes: await scalar(
      source,
      `select sum(pg_table_size(oid)) as v from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace`,
    ),
    databaseBytes: (await scalar(source, 'select pg_database_size(current_database()) as v')) - emptyBytes,
  };
}

async function verify(target: string, facts: SourceFacts, complete: boolean): Promise<string[]> {
  const problems: string[] = [];
  await withClient(target, async (client) => {
    for (const table of facts.tables) {
      const { rows } = await client
        .query<{ n: string }>(`select count(*) as n from ${qualified('public', table.name)}`)
        .catch(() => ({ rows: [{ n: '-1' }] }));
      const n = Number(rows[0]?.n);
      if (n !== table.rows)
        problems.push(`${table.name}: ${n < 0 ? 'missing' : `${n} rows`}, source has ${table.rows}`);
    }
    if (complete) {
      const indexes = Number((await client.query<{ v: string }>(INDEXES)).rows[0]?.v);
      const constraints = Number((await client.query<{ v: string }>(CONSTRAINTS)).rows[0]?.v);
      if (indexes !== facts.indexes) problems.push(`${indexes} indexes, source has ${facts.indexes}`);
      if (constraints !== facts.constraints)
        problems.push(`${constraints} constraints, source has ${facts.constraints}`);
    }
  });
  return problems;
}

async function runTool(
  server: EmbeddedServer,
  tool: Tool,
  facts: SourceFacts,
  jobs: number,
): Promise<Outcome> {
  const database = `bench_${tool.name.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`;
  const outcome: Outcome = { tool: tool.name, describe: tool.describe, status: 'failed' };
  const target = await server.createDatabase(database);
  // Each tool starts with clean buffers: no checkpoint debt from the one before.
  await withClient(server.url(), (client) => client.query('checkpoint'));
  try {
    const result: ToolResult = await tool.run({ source: server.url('bench_src'), target, jobs });
    const problems = await verify(target, facts, tool.complete);
    Object.assign(outcome, {
      status: 'ok',
      seconds: round(result.seconds, 2),
      mbPerSecond: round(facts.tableBytes / MB / result.seconds, 1),
      peakRssMb: result.peakRssMb,
      verified: problems.length === 0,
      verifyProblems: problems.length ? problems : undefined,
      note: result.note,
      output: result.output,
    } satisfies Partial<Outcome>);
  } catch (error) {
    outcome.status = error instanceof ToolUnavailable ? 'unavailable' : 'failed';
    outcome.error = error instanceof Error ? error.message : String(error);
    console.log(outcome.status === 'unavailable' ? outcome.error : `${tool.name} failed: ${outcome.error}`);
  }
  await withClient(server.url(), (client) =>
    client.query(`drop database if exists ${quoteIdent(database)} with (force)`),
  );
  return outcome;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

function versionOf(command: string): string | undefined {
  try {
    return execFileSync(command, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
      .split('\n')[0];
  } catch {
    return undefined;
  }
}

function printTable(outcomes: Outcome[]): void {
  const decant = outcomes.find((o) => o.tool === 'decant' && o.status === 'ok');
  const header = ['tool', 'wall s', 'MB/s', 'complete', 'verified', 'peak RSS MB', 'decant ÷ tool'];
  const rows = outcomes.map((o) => [
    o.tool,
    o.seconds?.toFixed(2) ?? o.status,
    o.mbPerSecond?.toFixed(1) ?? '-',
    TOOLS.find((t) => t.name === o.tool)?.complete ? 'yes' : 'data only',
    o.verified === undefined ? '-' : o.verified ? 'yes' : 'NO',
    o.peakRssMb?.toString() ?? '-',
    decant?.seconds && o.seconds ? `${(decant.seconds / o.seconds).toFixed(2)}x` : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  for (const o of outcomes) if (o.verifyProblems) console.log(`${o.tool}: ${o.verifyProblems.join('; ')}`);
  console.log('decant ÷ tool: Decant wall time over the tool wall time (below 1: Decant is faster).');
  printDecantSteps(outcomes);
}

/** Decant's own steps against the targets of issue 2: data vs the raw COPY limit, check vs data. */
function printDecantSteps(outcomes: Outcome[]): void {
  const decant = outcomes.find((o) => o.tool === 'decant' && o.status === 'ok');
  const steps = (decant?.output as { steps?: Record<string, number> } | undefined)?.steps;
  if (!decant || !steps) return;
  console.log(
    `\nDecant steps (s): ${Object.entries(steps)
      .map(([step, s]) => `${step} ${s}`)
      .join(', ')}`,
  );
  const raw = outcomes.find((o) => o.tool === 'raw-copy' && o.status === 'ok');
  if (raw?.seconds && steps.data) {
    console.log(
      `data step throughput vs raw COPY: ${((100 * raw.seconds) / steps.data).toFixed(0)}% (target >= 90%)`,
    );
  }
  if (steps.data && steps.check) {
    console.log(
      `check time / data time: ${(steps.check / steps.data).toFixed(2)} (target <= 2: check at least half the data step's speed)`,
    );
  }
}

async function main(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  const jobs = Number(process.env.BENCH_JOBS ?? availableParallelism());
  const only = process.env.BENCH_TOOLS?.split(',').map((name) => name.trim());
  const sources = (process.env.BENCH_SOURCES ?? ['postgresql', ...SOURCE_ENGINES].join(','))
    .split(',')
    .map((name) => name.trim());
  const tools = sources.includes('postgresql')
    ? TOOLS.filter((tool) => !only || only.includes(tool.name))
    : [];
  const engines = SOURCE_ENGINES.filter((engine) => sources.includes(engine));
  const engineTools = ENGINE_TOOLS.filter((tool) => !only || only.includes(tool));
  if (!(scale > 0) || !(jobs >= 1)) throw new Error('BENCH_SCALE must be > 0 and BENCH_JOBS >= 1');
  const known: readonly string[] = ['postgresql', ...SOURCE_ENGINES];
  const unknown = sources.filter((name) => !known.includes(name));
  if (unknown.length) throw new Error(`BENCH_SOURCES: unknown ${unknown.join(', ')} (${known.join(', ')})`);

  console.log(
    `Decant benchmark: scale ${scale}, ${jobs} jobs, ${cpus().length} cores, ${Math.round(totalmem() / MB / 1024)} GB`,
  );
  const server = await startEmbeddedPostgres({ settings: SETTINGS });
  const stop = (): void => {
    void server.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  try {
    const started = performance.now();
    await server.createDatabase('bench_src');
    const tables = await buildDataset(server.url('bench_src'), {
      scale,
      jobs,
      onProgress: (message) => console.log(`  dataset: ${message}`),
    });
    const datasetSeconds = round((performance.now() - started) / 1000, 1);
    const facts = await sourceFacts(server, tables);
    const rows = tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `Source: ${tables.length} tables, ${rows} rows, ${(facts.tableBytes / MB).toFixed(0)} MB of tables, ` +
        `${(facts.databaseBytes / MB).toFixed(0)} MB with indexes (built in ${datasetSeconds} s)`,
    );

    const outcomes: Outcome[] = [];
    for (const tool of tools) {
      console.log(`Running ${tool.name}: ${tool.describe}`);
      const outcome = await runTool(server, tool, facts, jobs);
      if (outcome.status === 'ok')
        console.log(`  ${outcome.seconds} s${outcome.verified ? '' : ' (NOT verified)'}`);
      outcomes.push(outcome);
    }
    if (outcomes.length) printTable(outcomes);
    const sourceEngines: EngineOutcome[] =
      engines.length && engineTools.length
        ? await runSourceEngines({
            server,
            tables,
            tableBytes: facts.tableBytes,
            jobs,
            engines,
            tools: engineTools,
          })
        : [];

    const date = new Date().toISOString().replaceAll(':', '-').replace(/\..*/, '');
    const file = join(dirname(fileURLToPath(import.meta.url)), 'results', `${date}.json`);
    await mkdir(dirname(file), { recursive: true });
    const report = {
      date: new Date().toISOString(),
      scale,
      jobs,
      machine: { cores: cpus().length, memoryGb: Math.round(totalmem() / MB / 1024) },
      server: {
        version: await withClient(
          server.url(),
          async (c) =>
            (await c.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]?.v,
        ),
        settings: SETTINGS,
      },
      versions: {
        pgcopydb: versionOf('pgcopydb'),
        pg_dump: versionOf('pg_dump'),
        pgloader: versionOf('pgloader'),
        node: process.version,
      },
      source: { ...facts, rows, datasetSeconds },
      results: outcomes,
      sourceEngines,
    };
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`Results written to ${file}`);
  } finally {
    process.off('SIGINT', stop);
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

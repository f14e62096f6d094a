/**
 * The source-engine benchmark: the standard dataset copied from `bench_src` into a MariaDB
 * database and into a SQLite file, then migrated from each into PostgreSQL by Decant and by
 * pgloader, each into a fresh database of the embedded server. Reported per engine and
 * tool: wall time, throughput (the PostgreSQL source's table bytes over the wall time, as
 * run.ts counts them, so that every engine and tool is measured against the same bytes),
 * peak RSS, whether the target holds every row, index and key, and Decant's throughput over
 * pgloader's. Decant runs twice: one process per step (the sum of four), and `decant
 * migrate` in one process, timed to the end of its constraints step; the check that
 * migrate runs next is timed apart and not counted.
 *
 * Owns the sources (MariaDB server, SQLite file), the verification and the report; the
 * tools' invocations are in source-tools.ts, the copies in mysql-dataset.ts and
 * sqlite-dataset.ts.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { qualified, quoteIdent } from '../src/core/sql/ident.js';
import type { EmbeddedServer } from '../src/embedded/postgres-server.js';
import { startMariaDb } from '../test/support/mariadb-server.js';
import { redact, withTempDir } from './child-process.js';
import type { DatasetTable } from './dataset.js';
import { ENGINE_TABLES } from './engine-schema.js';
import { copyDatasetToMysql } from './mysql-dataset.js';
import { withClient } from './pg-client.js';
import {
  decantMigrate,
  decantSteps,
  describeAttempt,
  pgloader,
  type EngineRun,
  type PgloaderAttempt,
} from './source-tools.js';
import { copyDatasetToSqlite } from './sqlite-dataset.js';
import { ToolUnavailable } from './tools.js';

export const SOURCE_ENGINES = ['mysql', 'sqlite'] as const;
export type SourceEngine = (typeof SOURCE_ENGINES)[number];
export const ENGINE_TOOLS = ['decant', 'decant-migrate', 'pgloader'] as const;
export type EngineTool = (typeof ENGINE_TOOLS)[number];

export interface EngineToolOutcome extends Partial<EngineRun> {
  tool: EngineTool;
  status: 'ok' | 'failed' | 'unavailable';
  mbPerSecond?: number;
  /** The target schema the tables landed in. */
  schema?: string;
  verified?: boolean;
  verifyProblems?: string[];
  error?: string;
}

export interface EngineOutcome {
  engine: SourceEngine;
  sourceVersion: string;
  /** Copying the dataset into the engine (not timed in the comparison). */
  loadSeconds: number;
  /** Indexes and keys (primary, unique, foreign) the source holds, which a target must too. */
  expected: { indexes: number; constraints: number };
  tools: EngineToolOutcome[];
  /** Decant's throughput ÷ pgloader's (the issue's target: at least 1.5), per way of running Decant. */
  overPgloader: Partial<Record<'decant' | 'decant-migrate', number>>;
}

export interface SourceEnginesOptions {
  server: EmbeddedServer;
  tables: DatasetTable[];
  /** The PostgreSQL source's heap and TOAST bytes, the measure of throughput. */
  tableBytes: number;
  jobs: number;
  engines: readonly SourceEngine[];
  tools: readonly EngineTool[];
}

/** A source ready for the tools: its URL for each, and what a complete target holds. */
interface PreparedSource {
  decantUrl: string;
  pgloaderUrl: string;
  version: string;
  expected: EngineOutcome['expected'];
  /** Decant settings for this source, given to every step. */
  decantFlags: string[];
}

const MB = 1024 * 1024;
/** MySQL databases become schemas of the same name, for both tools. */
const MYSQL_DATABASE = 'bench_src';
/** A hung pgloader (SBCL's debugger after a heap exhaustion) must not stall the run. */
const PGLOADER_TIMEOUT_MS = 60 * 60 * 1000;

/** MariaDB tuned as a server with this much data would be, and LOAD DATA LOCAL allowed. */
const MARIADB_SETTINGS = {
  'innodb-buffer-pool-size': '1G',
  'innodb-log-file-size': '512M',
  'local-infile': 1,
  'max-allowed-packet': '256M',
};

export async function runSourceEngines(options: SourceEnginesOptions): Promise<EngineOutcome[]> {
  const outcomes: EngineOutcome[] = [];
  for (const engine of options.engines) {
    const outcome =
      engine === 'mysql'
        ? await withMariaDb((url) => runEngine(engine, options, () => prepareMysql(options, url)))
        : await withTempDir('bench-sqlite-', (dir) =>
            runEngine(engine, options, () => prepareSqlite(options, join(dir, 'bench_src.db'))),
          );
    outcomes.push(outcome);
  }
  printEngineTable(outcomes);
  return outcomes;
}

async function withMariaDb<T>(use: (url: (database?: string) => string) => Promise<T>): Promise<T> {
  const mariadb = await startMariaDb({ settings: MARIADB_SETTINGS });
  try {
    return await use((database) => mariadb.url(database));
  } finally {
    await mariadb.stop();
  }
}

async function prepareMysql(
  options: SourceEnginesOptions,
  url: (database?: string) => string,
): Promise<PreparedSource> {
  await copyDatasetToMysql(options.server.url('bench_src'), url(), MYSQL_DATABASE, options.jobs);
  const connection = await mysql.createConnection({ uri: url(MYSQL_DATABASE) });
  try {
    const count = async (sql: string): Promise<number> => {
      const [rows] = await connection.query<mysql.RowDataPacket[]>(sql, [MYSQL_DATABASE]);
      return Number(rows[0]?.n ?? 0);
    };
    // InnoDB adds an index for each foreign key that has none: a complete target has those too.
    const indexes = await count(
      `SELECT COUNT(DISTINCT TABLE_NAME, INDEX_NAME) AS n FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?`,
    );
    const constraints = await count(
      `SELECT COUNT(*) AS n FROM information_schema.TABLE_CONSTRAINTS
        WHERE CONSTRAINT_SCHEMA = ? AND CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')`,
    );
    await settleInnoDb(connection);
    const [version] = await connection.query<mysql.RowDataPacket[]>('SELECT VERSION() AS v');
    return {
      decantUrl: url(MYSQL_DATABASE),
      pgloaderUrl: `${url(MYSQL_DATABASE)}?useSSL=false`,
      version: `MariaDB ${String(version[0]?.v)}`,
      expected: { indexes, constraints },
      // pgloader makes tinyint(1) boolean by default; Decant when asked.
      decantFlags: ['--mysql-tinyint1-as-boolean'],
    };
  } finally {
    await connection.end();
  }
}

/**
 * Waits until InnoDB has written out the pages the load dirtied. Left to itself it flushes
 * them in the background for minutes after a bulk load, and the first tool timed would
 * share the CPU and disk with that flushing while the second would not.
 */
async function settleInnoDb(connection: mysql.Connection): Promise<void> {
  const dirtyPages = async (): Promise<number> => {
    const [rows] = await connection.query<mysql.RowDataPacket[]>(
      `SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'`,
    );
    return Number(rows[0]?.Value ?? 0);
  };
  const [setting] = await connection.query<mysql.RowDataPacket[]>(
    'SELECT @@GLOBAL.innodb_max_dirty_pages_pct AS pct',
  );
  const started = performance.now();
  await connection.query('SET GLOBAL innodb_max_dirty_pages_pct = 0');
  try {
    while ((await dirtyPages()) > 0 && performance.now() - started < 300_000) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await connection.query('SET GLOBAL innodb_max_dirty_pages_pct = ?', [setting[0]?.pct ?? 90]);
  }
  console.log(
    `  InnoDB flushed the load's dirty pages in ${round((performance.now() - started) / 1000, 1)} s`,
  );
}

async function prepareSqlite(options: SourceEnginesOptions, file: string): Promise<PreparedSource> {
  await copyDatasetToSqlite(options.server.url('bench_src'), file);
  const db = new Database(file, { readonly: true });
  const version = String(db.prepare('SELECT sqlite_version()').pluck().get());
  db.close();
  // SQLite adds no index of its own beyond the keys' (the rowid alias needs none): count the declarations.
  const keys = ENGINE_TABLES.reduce((sum, t) => sum + 1 + t.unique.length, 0);
  return {
    decantUrl: `sqlite://${file}`,
    pgloaderUrl: `sqlite://${file}`,
    version: `SQLite ${version}`,
    expected: {
      indexes: keys + ENGINE_TABLES.reduce((sum, t) => sum + t.indexes.length, 0),
      constraints: keys + ENGINE_TABLES.reduce((sum, t) => sum + t.foreignKeys.length, 0),
    },
    decantFlags: [],
  };
}

async function runEngine(
  engine: SourceEngine,
  options: SourceEnginesOptions,
  prepare: () => Promise<PreparedSource>,
): Promise<EngineOutcome> {
  console.log(`\nSource engine ${engine}: copying the dataset`);
  const started = performance.now();
  const source = await prepare();
  const loadSeconds = round((performance.now() - started) / 1000, 1);
  console.log(`  ${source.version}: loaded in ${loadSeconds} s (not timed in the comparison)`);
  const outcome: EngineOutcome = {
    engine,
    sourceVersion: source.version,
    loadSeconds,
    expected: source.expected,
    tools: [],
    overPgloader: {},
  };
  for (const tool of options.tools) {
    console.log(`Running ${tool} from ${engine}`);
    outcome.tools.push(await runTool(engine, tool, source, options));
  }
  const finished = (name: EngineTool) => outcome.tools.find((t) => t.tool === name && t.status === 'ok');
  const loader = finished('pgloader');
  for (const way of ['decant', 'decant-migrate'] as const) {
    const decant = finished(way);
    if (decant?.seconds && loader?.seconds)
      outcome.overPgloader[way] = round(loader.seconds / decant.seconds, 2);
  }
  return outcome;
}

async function runTool(
  engine: SourceEngine,
  tool: EngineTool,
  source: PreparedSource,
  options: SourceEnginesOptions,
): Promise<EngineToolOutcome> {
  const { server, jobs } = options;
  const database = `bench_${engine}_${tool}`;
  const target = await server.createDatabase(database);
  const outcome: EngineToolOutcome = { tool, status: 'failed' };
  // Each tool starts with clean buffers: no checkpoint debt from the one before.
  await withClient(server.url(), (client) => client.query('checkpoint'));
  try {
    const decantOptions = {
      source: source.decantUrl,
      target,
      jobs,
      flags: source.decantFlags,
      label: engine,
    };
    const run =
      tool === 'decant'
        ? await decantSteps(decantOptions)
        : tool === 'decant-migrate'
          ? await decantMigrate(decantOptions)
          : await pgloader({
              source: source.pgloaderUrl,
              target,
              attempts: pgloaderAttempts(engine, jobs),
              timeoutMs: PGLOADER_TIMEOUT_MS,
            });
    const verification = await verify(target, options.tables, source.expected);
    Object.assign(outcome, {
      ...run,
      status: 'ok',
      seconds: round(run.seconds, 2),
      mbPerSecond: round(options.tableBytes / MB / run.seconds, 1),
      ...verification,
    } satisfies Partial<EngineToolOutcome>);
    console.log(`  ${outcome.seconds} s${outcome.verified ? '' : ' (NOT verified)'}`);
    if (run.check) {
      outcome.check = { ...run.check, seconds: round(run.check.seconds, 2) };
      console.log(`  then its check: ${outcome.check.seconds} s, ${run.check.summary}`);
    }
  } catch (error) {
    outcome.status = error instanceof ToolUnavailable ? 'unavailable' : 'failed';
    outcome.error = redact(error instanceof Error ? error.message : String(error));
    console.log(outcome.status === 'unavailable' ? outcome.error : `${tool} failed: ${outcome.error}`);
  }
  await withClient(server.url(), (client) =>
    client.query(`drop database if exists ${quoteIdent(database)} with (force)`),
  );
  return outcome;
}

/**
 * How pgloader runs, tried in turn until one succeeds. First its fastest way here (measured
 * at scale 0.2): `jobs` tables at a time (a table takes a reader and `concurrency` writers,
 * hence 2 × jobs workers), from MySQL the big table split across `jobs` readers by key
 * ranges as Decant splits it (SQLite tables have one reader in pgloader), and a 4 GB heap:
 * with Debian's 1 GB, pgloader's defaults exhaust it at scale 0.2 already.
 * BENCH_PGLOADER_WITH (comma-separated) replaces the WITH options. If that fails, the 1 GB
 * heap with the smaller prefetch and batches pgloader's issues advise (its defaults:
 * prefetch rows 100000, batch rows 25000), then one table at a time.
 */
function pgloaderAttempts(engine: SourceEngine, jobs: number): PgloaderAttempt[] {
  const chosen = process.env.BENCH_PGLOADER_WITH?.split(',').map((option) => option.trim());
  const split = engine === 'mysql' ? ['multiple readers per thread', 'rows per range = 50000'] : [];
  const fastest = chosen ?? [
    `workers = ${2 * jobs}`,
    `concurrency = ${engine === 'mysql' ? jobs : 1}`,
    ...split,
  ];
  return [
    { with: fastest, heapMb: 4096 },
    { with: [...fastest, 'prefetch rows = 10000', 'batch rows = 10000'] },
    { with: ['workers = 2', 'concurrency = 1', 'prefetch rows = 1000', 'batch rows = 1000'] },
  ];
}

/** Rows, indexes and keys in the schema the tool put the tables in. */
async function verify(
  target: string,
  tables: DatasetTable[],
  expected: EngineOutcome['expected'],
): Promise<Pick<EngineToolOutcome, 'schema' | 'verified' | 'verifyProblems'>> {
  return withClient(target, async (client) => {
    const { rows: found } = await client.query<{ schema: string }>(
      `select n.nspname as schema from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relname = 'big' and c.relkind in ('r', 'p')`,
    );
    const schema = found[0]?.schema;
    if (!schema || found.length > 1) {
      return { verified: false, verifyProblems: [`table big is in ${found.length} schemas`] };
    }
    const problems: string[] = [];
    for (const table of tables) {
      const { rows } = await client
        .query<{ n: string }>(`select count(*) as n from ${qualified(schema, table.name)}`)
        .catch(() => ({ rows: [{ n: '-1' }] }));
      const n = Number(rows[0]?.n);
      if (n !== table.rows)
        problems.push(`${table.name}: ${n < 0 ? 'missing' : `${n} rows`}, source has ${table.rows}`);
    }
    const count = async (sql: string): Promise<number> =>
      Number((await client.query<{ n: string }>(sql, [schema])).rows[0]?.n);
    const indexes = await count(`select count(*) as n from pg_indexes where schemaname = $1`);
    // A unique key may be a constraint or a unique index alone (pgloader makes SQLite's so).
    const constraints = await count(
      `select (select count(*) from pg_constraint where connamespace = $1::regnamespace and contype in ('p', 'f'))
            + (select count(*) from pg_index i join pg_class c on c.oid = i.indexrelid
                where c.relnamespace = $1::regnamespace and i.indisunique and not i.indisprimary) as n`,
    );
    if (indexes !== expected.indexes) problems.push(`${indexes} indexes, source has ${expected.indexes}`);
    if (constraints !== expected.constraints)
      problems.push(`${constraints} keys, source has ${expected.constraints}`);
    return {
      schema,
      verified: problems.length === 0,
      verifyProblems: problems.length ? problems : undefined,
    };
  });
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

function printEngineTable(outcomes: EngineOutcome[]): void {
  if (outcomes.length === 0) return;
  const header = ['engine', 'tool', 'wall s', 'MB/s', 'peak RSS MB', 'verified', 'schema', 'MB/s ÷ pgloader'];
  const rows = outcomes.flatMap((engine) =>
    engine.tools.map((o) => [
      engine.engine,
      o.tool,
      o.seconds?.toFixed(2) ?? o.status,
      o.mbPerSecond?.toFixed(1) ?? '-',
      o.peakRssMb?.toString() ?? '-',
      o.verified === undefined ? '-' : o.verified ? 'yes' : 'NO',
      o.schema ?? '-',
      o.tool !== 'pgloader' && engine.overPgloader[o.tool]
        ? `${engine.overPgloader[o.tool]!.toFixed(2)}x`
        : '',
    ]),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  console.log(
    "MB/s ÷ pgloader: Decant's throughput over pgloader's (issue 6: at least 1.5, with a peak RSS under 300 MB).",
  );
  for (const engine of outcomes) {
    for (const o of engine.tools) {
      const label = `${engine.engine}/${o.tool}`;
      if (o.verifyProblems) console.log(`${label}: ${o.verifyProblems.join('; ')}`);
      if (o.steps) {
        const steps = Object.entries(o.steps).map(([step, s]) => `${step} ${s}`);
        console.log(`${label} steps (s): ${steps.join(', ')}`);
      }
      if (o.check) {
        const { seconds, ok, summary, peakRssMb } = o.check;
        console.log(
          `${label} check: ${seconds.toFixed(2)} s, peak RSS ${peakRssMb ?? '-'} MB, ${ok ? 'ok' : 'NOT ok'}: ${summary}`,
        );
      }
      if (o.settings) console.log(`${label} with: ${describeAttempt(o.settings)}`);
      if (o.failedAttempts?.length)
        console.log(`${label}: ${o.failedAttempts.length} failed attempt(s) before`);
    }
  }
}

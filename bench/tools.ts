/**
 * The migration tools the benchmark compares. Each one copies a whole source database into
 * a fresh, empty target database and reports its wall time: pgcopydb, pg_dump + pg_restore,
 * the raw limit (binary COPY piped between two psql processes, data only) and Decant's CLI.
 *
 * Owns how each tool is invoked and timed, nothing else: the server, the dataset and the
 * report belong to run.ts. Child processes get URLs as arguments; whatever they print is
 * kept only as a tail for error messages, with passwords removed.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { qualified } from '../src/core/sql/ident.js';
import { exec, failure, measuredChild, onPath, timed, withTempDir, type Measured } from './child-process.js';

export interface ToolContext {
  source: string;
  target: string;
  jobs: number;
}

export interface ToolResult {
  /** Wall time of what the tool measures (all of it, or only the data part for `raw`). */
  seconds: number;
  /** Peak resident set size of the largest process, where measured. */
  peakRssMb?: number;
  /** What the tool printed as its result (Decant's --json), when there is one. */
  output?: unknown;
  note?: string;
}

export interface Tool {
  name: string;
  describe: string;
  /** Builds indexes and constraints too (false: the data alone). */
  complete: boolean;
  run(context: ToolContext): Promise<ToolResult>;
}

/** The tool cannot run here; the message says how to get it. */
export class ToolUnavailable extends Error {
  override name = 'ToolUnavailable';
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `producer | consumer` through bash, so that the kernel passes the bytes from one process
 * to the other (a Node stream in between would read some of them itself). Arguments travel
 * as positional parameters: nothing is quoted into the script.
 */
async function pipeline(producer: string[], consumer: string[], what: string): Promise<void> {
  const script = 'set -o pipefail; p=("${@:2:$1}"); shift $(($1 + 1)); "${p[@]}" | "$@"';
  const args = ['-c', script, 'bash', String(producer.length), ...producer, ...consumer];
  await exec('bash', args, what);
}

function psql(url: string, command?: string): string[] {
  return [
    'psql',
    '-X',
    '-q',
    '-v',
    'ON_ERROR_STOP=1',
    '-d',
    url,
    ...(command === undefined ? [] : ['-c', command]),
  ];
}

/** (a) pgcopydb clone: schema, parallel COPY, indexes and constraints, vacuum. */
export const pgcopydb: Tool = {
  name: 'pgcopydb',
  describe: 'pgcopydb clone',
  complete: true,
  async run({ source, target, jobs }) {
    if (!onPath('pgcopydb')) throw new ToolUnavailable('pgcopydb is not installed: apt-get install pgcopydb');
    return withTempDir('bench-pgcopydb-', async (dir) => {
      const split = process.env.BENCH_PGCOPYDB_SPLIT;
      const args = ['clone', '--source', source, '--target', target, '--table-jobs', String(jobs)];
      args.push('--index-jobs', String(jobs), '--dir', join(dir, 'work'));
      if (split) args.push('--split-tables-larger-than', split);
      const seconds = await timed(async () => {
        await exec('pgcopydb', args, 'pgcopydb clone');
      });
      return { seconds, note: split ? `--split-tables-larger-than ${split}` : undefined };
    });
  },
};

/** (b) pg_dump in directory format with N jobs, then pg_restore with N jobs, timed together. */
export const pgDumpRestore: Tool = {
  name: 'pg_dump+pg_restore',
  describe: 'pg_dump -Fd -j N (default gzip compression), then pg_restore -j N',
  complete: true,
  async run({ source, target, jobs }) {
    for (const command of ['pg_dump', 'pg_restore']) {
      if (!onPath(command))
        throw new ToolUnavailable(`${command} is not installed: apt-get install postgresql-client`);
    }
    return withTempDir('bench-pgdump-', async (dir) => {
      const dump = join(dir, 'dump');
      const seconds = await timed(async () => {
        await exec('pg_dump', ['-Fd', '-j', String(jobs), '-f', dump, '-d', source], 'pg_dump');
        await exec('pg_restore', ['-j', String(jobs), '-d', target, dump], 'pg_restore');
      });
      return { seconds };
    });
  },
};

interface CopyTable {
  schema: string;
  name: string;
  columns: string;
}

/** Every table that holds rows (partitions, not their parents), largest first. */
async function copyTables(source: string): Promise<CopyTable[]> {
  const client = new pg.Client({ connectionString: source });
  await client.connect();
  try {
    const { rows } = await client.query<CopyTable>(`
      select n.nspname as schema, c.relname as name,
             string_agg(quote_ident(a.attname), ', ' order by a.attnum) as columns
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
       where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname !~ '^pg_toast'
       group by n.nspname, c.relname, c.oid
       order by pg_table_size(c.oid) desc`);
    return rows;
  } finally {
    await client.end();
  }
}

/**
 * (c) The raw limit: tables without indexes or constraints, then one binary COPY pipe per
 * table between two psql processes, N at a time. Only the data part is timed.
 * `pstdout`/`pstdin` name psql's own streams; plain stdin under -c is not guaranteed to be.
 */
export const rawCopy: Tool = {
  name: 'raw-copy',
  describe: 'psql \\copy binary pipes, data only (no indexes, no constraints)',
  complete: false,
  async run({ source, target, jobs }) {
    if (!onPath('psql') || !onPath('pg_dump')) {
      throw new ToolUnavailable('psql and pg_dump are not installed: apt-get install postgresql-client');
    }
    await pipeline(
      ['pg_dump', '--schema-only', '--section=pre-data', '-d', source],
      psql(target),
      'creating the tables',
    );
    const tables = await copyTables(source);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < tables.length) {
        const table = tables[next++] as CopyTable;
        const name = qualified(table.schema, table.name);
        await pipeline(
          psql(source, `\\copy (select ${table.columns} from ${name}) to pstdout with (format binary)`),
          psql(target, `\\copy ${name} (${table.columns}) from pstdin with (format binary)`),
          `copying ${name}`,
        );
      }
    };
    const seconds = await timed(async () => {
      await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, tables.length)) }, worker));
    });
    return { seconds, note: 'data only: no indexes, constraints or vacuum; schema creation not timed' };
  },
};

/** The last line of stdout that parses as JSON (Decant's --json result). */
export function lastJson(stdout: string): unknown {
  const lines = stdout.trim().split('\n').reverse();
  for (const line of lines) {
    try {
      return JSON.parse(line);
    } catch {
      /* not JSON: keep looking */
    }
  }
  try {
    return JSON.parse(stdout);
  } catch {
    return undefined;
  }
}

/** The step start and end events of Decant's --json output, in order, `at` in epoch ms. */
export function stepEvents(stdout: string): { step: string; phase: 'start' | 'end'; at: number }[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{"type":"step"'))
    .map((line) => {
      const event = JSON.parse(line) as { step: string; phase: 'start' | 'end'; at: string };
      return { step: event.step, phase: event.phase, at: Date.parse(event.at) };
    });
}

/** Seconds per step, from its start event to its end event. */
function stepSeconds(stdout: string): Record<string, number> {
  const started = new Map<string, number>();
  const seconds: Record<string, number> = {};
  for (const { step, phase, at } of stepEvents(stdout)) {
    if (phase === 'start') started.set(step, at);
    else seconds[step] = Math.round((at - (started.get(step) ?? at)) / 10) / 100;
  }
  return seconds;
}

/**
 * `node bin/decant.js <args>` as a measured child process; ToolUnavailable when the CLI or
 * its build is missing. Its --json event log goes to bench/results/<log>, for a look at
 * where the time went.
 */
export async function runDecant(args: string[], log = 'decant-last.jsonl'): Promise<Measured> {
  const cli = join(ROOT, 'bin', 'decant.js');
  if (!existsSync(cli)) {
    throw new ToolUnavailable(
      `Decant's CLI is not there yet (${cli} is missing): build or write it, then run again`,
    );
  }
  const measured = await measuredChild(process.execPath, [cli, ...args]);
  const { result } = measured;
  if (result.code !== 0 && /ERR_MODULE_NOT_FOUND[\s\S]*dist\//.test(result.stderr)) {
    throw new ToolUnavailable(`Decant is not built (${cli} needs dist/): npm run build`);
  }
  await mkdir(join(ROOT, 'bench', 'results'), { recursive: true });
  await writeFile(join(ROOT, 'bench', 'results', log), result.stdout);
  return measured;
}

/** (d) Decant's CLI as a child process: wall time and the peak RSS of its largest process. */
export const decant: Tool = {
  name: 'decant',
  describe: 'node bin/decant.js migrate --jobs N --json',
  complete: true,
  async run({ source, target, jobs }) {
    const args = ['migrate', '--source', source, '--target', target, '--jobs', String(jobs), '--json'];
    const { result, seconds, peakRssMb } = await runDecant(args);
    if (result.code !== 0) throw failure('decant migrate', result);
    return {
      seconds,
      peakRssMb,
      output: { result: lastJson(result.stdout), steps: stepSeconds(result.stdout) },
    };
  },
};

export const TOOLS = [pgcopydb, pgDumpRestore, rawCopy, decant] as const satisfies readonly Tool[];

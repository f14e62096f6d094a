/**
 * Correctness side by side (`npm run bench:translate-compare`): every golden case in
 * src/translate/**\/*.cases.sql through Decant's translator and through sqlglot's
 * `transpile(sql, read='oracle', write='postgres')`, counting per feature file how many
 * each gets right. A case is right for a tool when
 *   - it expects a refusal (`-- expect-error:`): the tool refuses (sqlglot raises, Decant
 *     throws); printing something for an untranslatable construct is wrong;
 *   - it has `-- rows:`: the tool's output runs on PostgreSQL (fixture schema and the
 *     compatibility functions loaded, in a transaction rolled back afterwards, `-- check:`
 *     query if any) and returns the expected rows;
 *   - otherwise: the tool's output parses with libpg-query and its parse tree, positions
 *     stripped, equals the expected output's.
 * Prints the table and totals; `--verbose` lists every case a tool got wrong and why. The
 * per-case outcomes are written to bench/results/translate-compare-<date>.json (git-ignored).
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'libpg-query';
import pg from 'pg';
import { isDecantError, messageOf } from '../src/core/errors.js';
import { startEmbeddedPostgres } from '../src/embedded/postgres-server.js';
import { installOracleCompat } from '../src/target/compat/oracle-compat.js';
import { goldenOptions, readGoldenFile, type GoldenCase } from '../src/translate/golden.js';
import { translate } from '../src/translate/index.js';
import { sqlglotTranspile, sqlglotVersion } from './sqlglot.js';

const ROOT = fileURLToPath(new URL('../src/translate/', import.meta.url));
const VERBOSE = process.argv.includes('--verbose');

type Output = { ok: true; sql: string } | { ok: false; error: string };
interface Verdict {
  right: boolean;
  why?: string;
}

async function caseFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return caseFiles(path);
      return Promise.resolve(entry.name.endsWith('.cases.sql') ? [path] : []);
    }),
  );
  return nested.flat().sort();
}

/** Decant with the case's options (sqlglot has no counterpart to them). */
function decant(c: GoldenCase): Output {
  try {
    return { ok: true, sql: translate(c.input, goldenOptions(c)).sql };
  } catch (error) {
    if (!isDecantError(error)) return { ok: false, error: `crash: ${messageOf(error)}` };
    return { ok: false, error: `${error.code}: ${error.message}` };
  }
}

/** A parse tree without positions, as JSON, or undefined when PostgreSQL's parser refuses it. */
async function tree(sql: string): Promise<string | undefined> {
  try {
    return JSON.stringify(await parse(sql), (key, value: unknown) =>
      key === 'location' || key === 'stmt_location' || key === 'stmt_len' ? undefined : value,
    );
  } catch {
    return undefined;
  }
}

const asText = (value: unknown): string | null =>
  value === null ? null : typeof value === 'boolean' ? (value ? 't' : 'f') : String(value);

async function rowsOf(client: pg.Client, sql: string, check: string | undefined): Promise<unknown[][]> {
  await client.query('BEGIN');
  try {
    const results = (await client.query({ text: sql, rowMode: 'array' })) as
      pg.QueryResult | pg.QueryResult[];
    const own = Array.isArray(results) ? results.at(-1)! : results;
    return check ? (await client.query({ text: check, rowMode: 'array' })).rows : own.rows;
  } finally {
    await client.query('ROLLBACK');
  }
}

async function judge(c: GoldenCase, output: Output, client: pg.Client): Promise<Verdict> {
  if (c.error)
    return output.ok
      ? { right: false, why: `translated a case it should refuse: ${output.sql}` }
      : { right: true };
  if (!output.ok) return { right: false, why: `refused: ${output.error}` };
  if (c.rows) {
    try {
      const rows = await rowsOf(client, output.sql, c.check);
      const expected = JSON.stringify(c.rows.map((row) => row.map(asText)));
      const got = JSON.stringify(rows.map((row) => row.map(asText)));
      return got === expected
        ? { right: true }
        : { right: false, why: `rows ${got}, expected ${expected}: ${output.sql}` };
    } catch (error) {
      return { right: false, why: `PostgreSQL: ${messageOf(error)}: ${output.sql}` };
    }
  }
  const [got, expected] = await Promise.all([tree(output.sql), tree(c.expected!)]);
  if (got === undefined) return { right: false, why: `does not parse as PostgreSQL: ${output.sql}` };
  return got === expected
    ? { right: true }
    : { right: false, why: `differs from ${c.expected}: ${output.sql}` };
}

async function main(): Promise<void> {
  const files = await caseFiles(ROOT);
  const cases = files.flatMap(readGoldenFile);
  const glot = await sqlglotVersion();
  const glotOutputs = await sqlglotTranspile(cases.map((c) => c.input));

  const server = await startEmbeddedPostgres();
  const client = new pg.Client({
    connectionString: await server.createDatabase('compare'),
    types: { getTypeParser: () => (value: string) => value },
  });
  const table = new Map<string, { cases: number; decant: number; sqlglot: number }>();
  const outcomes: Record<string, unknown>[] = [];
  try {
    await client.connect();
    await client.query("SET statement_timeout = '10s'");
    await installOracleCompat(client);
    await client.query(await readFile(join(ROOT, 'dialects/oracle/fixtures/schema.sql'), 'utf8'));
    for (const [i, c] of cases.entries()) {
      const feature = relative(ROOT, c.file);
      const d = await judge(c, decant(c), client);
      const s = await judge(c, glotOutputs[i]!, client);
      const counts = table.get(feature) ?? { cases: 0, decant: 0, sqlglot: 0 };
      counts.cases++;
      if (d.right) counts.decant++;
      if (s.right) counts.sqlglot++;
      table.set(feature, counts);
      outcomes.push({ feature, line: c.line, name: c.name, decant: d, sqlglot: s });
      if (VERBOSE) {
        if (!d.right) console.log(`Decant wrong: ${feature}:${c.line} ${c.name}: ${d.why}`);
        if (!s.right) console.log(`sqlglot wrong: ${feature}:${c.line} ${c.name}: ${s.why}`);
      }
    }
  } finally {
    await client.end().catch(() => undefined);
    await server.stop();
  }

  const width = Math.max(12, ...[...table.keys()].map((f) => f.length));
  const line = (cells: (string | number)[]): string =>
    `| ${String(cells[0]).padEnd(width)} | ${cells
      .slice(1)
      .map((c) => String(c).padStart(7))
      .join(' | ')} |`;
  console.log(
    `\n${new Date().toISOString().slice(0, 10)}; ${cpus()[0]?.model ?? '?'}, ${availableParallelism()} cores; Node ${process.version}; sqlglot ${glot.version} (Python ${glot.python})\n`,
  );
  console.log(line(['feature file', 'cases', 'Decant', 'sqlglot']));
  console.log(`| ${'-'.repeat(width)} | ${['------:', '------:', '------:'].join(' | ')} |`);
  const total = { cases: 0, decant: 0, sqlglot: 0 };
  for (const [feature, counts] of table) {
    console.log(line([feature, counts.cases, counts.decant, counts.sqlglot]));
    total.cases += counts.cases;
    total.decant += counts.decant;
    total.sqlglot += counts.sqlglot;
  }
  console.log(line(['**total**', total.cases, total.decant, total.sqlglot]));
  const refusals = cases.filter((c) => c.error).length;
  const withRows = cases.filter((c) => c.rows).length;
  console.log(
    `\n${total.cases} cases: ${withRows} checked by rows on PostgreSQL, ${refusals} expected refusals, ${total.cases - withRows - refusals} by parse tree.`,
  );

  const results = new URL('./results/', import.meta.url);
  await mkdir(results, { recursive: true });
  const file = new URL(
    `translate-compare-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}.json`,
    results,
  );
  await writeFile(
    file,
    JSON.stringify({ at: new Date().toISOString(), sqlglot: glot, total, outcomes }, null, 2),
  );
  console.log(`Per-case outcomes: ${fileURLToPath(file)}`);
}

await main();

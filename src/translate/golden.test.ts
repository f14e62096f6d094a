/**
 * The golden translation cases: every `src/translate/**\/*.cases.sql` file. A file under
 * dialects/<name>/ translates from that dialect, any other from Oracle. For each case the
 * translation must match the expected text, the expected text must parse with PostgreSQL's
 * own parser (libpg-query), and where rows are given it must run on the test server (in a
 * database of the dialect's own, with its fixture schema, and for Oracle the compatibility
 * functions) and return them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'libpg-query';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../test/support/databases.js';
import { isDecantError } from '../core/errors.js';
import { installOracleCompat } from '../target/compat/oracle-compat.js';
import { DIALECTS, type DialectName } from './dialects/index.js';
import { goldenOptions, readGoldenFile, type GoldenCase } from './golden.js';
import { translate } from './index.js';

const root = new URL('.', import.meta.url).pathname;

function caseFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return caseFiles(path);
    return entry.name.endsWith('.cases.sql') ? [path] : [];
  });
}

const files = caseFiles(root).sort();
const allCases = files.flatMap(readGoldenFile);

/** The dialect a case file translates from: that of the dialects/<name>/ folder it is in, else Oracle. */
function dialectOf(file: string): DialectName {
  const [folder, name] = relative(root, file).split(sep);
  return folder === 'dialects' && name !== undefined && name in DIALECTS ? (name as DialectName) : 'oracle';
}

const clients = new Map<DialectName, pg.Client>();

beforeAll(async () => {
  const dialects = new Set(allCases.filter((c) => c.rows).map((c) => dialectOf(c.file)));
  for (const dialect of dialects) {
    const url = await createDatabase(`translate_${dialect}`);
    // Every value as PostgreSQL's text, so that expected rows are written as they print.
    const client = new pg.Client({
      connectionString: url,
      types: { getTypeParser: () => (value: string) => value },
    });
    await client.connect();
    clients.set(dialect, client);
    if (dialect === 'oracle') await installOracleCompat(client);
    await client.query(
      readFileSync(new URL(`./dialects/${dialect}/fixtures/schema.sql`, import.meta.url), 'utf8'),
    );
  }
});

afterAll(async () => {
  await Promise.all([...clients.values()].map((client) => client.end()));
});

function asText(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value);
}

async function check(c: GoldenCase): Promise<void> {
  const from = dialectOf(c.file);
  const options = { ...goldenOptions(c), from };
  if (c.error) {
    let thrown: unknown;
    try {
      translate(c.input, options);
    } catch (error) {
      thrown = error;
    }
    expect(isDecantError(thrown), `expected ${c.error.code}, got ${String(thrown)}`).toBe(true);
    if (!isDecantError(thrown)) return;
    expect(`${thrown.code} at ${thrown.context.sqlPosition}`).toBe(
      `${c.error.code} at ${c.error.line}:${c.error.column}`,
    );
    return;
  }
  const result = translate(c.input, options);
  expect(result.sql).toBe(c.expected);
  await expect(parse(c.expected!), 'the expected output must parse as PostgreSQL').resolves.toBeTruthy();
  const constructs = result.diagnostics.map((d) => d.construct);
  for (const review of c.reviews) expect(constructs).toContain(review);
  if (c.rows) {
    const client = clients.get(from)!;
    // In a transaction rolled back afterwards: DML cases leave the fixture data as it was.
    await client.query('BEGIN');
    try {
      const own = await client.query({ text: result.sql, rowMode: 'array' });
      const rows = c.check ? (await client.query({ text: c.check, rowMode: 'array' })).rows : own.rows;
      expect(rows).toEqual(c.rows.map((row) => row.map(asText)));
    } finally {
      await client.query('ROLLBACK');
    }
  }
}

for (const file of files) {
  describe(relative(root, file), () => {
    for (const c of allCases.filter((x) => x.file === file)) {
      it(`${c.name} (line ${c.line})`, () => check(c));
    }
  });
}

it('has cases', () => {
  expect(allCases.length).toBeGreaterThan(0);
});

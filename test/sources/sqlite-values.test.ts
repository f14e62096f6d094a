/**
 * Values SQLite holds that the target column cannot take as they are, under each policy:
 * a value of another storage class than the column's type (sqliteTypeMismatch), a NUL
 * character (nulCharacters) and bytes that are not UTF-8 in a TEXT value (invalidUtf8).
 * The default stops the copy with a message naming table, row and column; the other
 * choices are applied; nothing is silently changed or lost, and a text that really holds
 * U+FFFD is not mistaken for bad bytes.
 */
import { describe, expect, it } from 'vitest';
import { queryRows } from '../support/databases.js';
import { testConfig, testEngine } from '../support/engine.js';
import type { Config } from '../../src/index.js';
import { createSqliteFile, sqliteTarget } from './sqlite-support.js';

/** Runs every step to data; returns data's outcome and the error the ledger holds per table. */
async function copy(
  sql: string,
  overrides: Partial<Config> = {},
): Promise<{ target: string; ok: boolean; errors: Record<string, string> }> {
  const source = createSqliteFile(sql);
  const target = await sqliteTarget();
  const engine = testEngine(testConfig(source, target, { retries: 0, ...overrides }));
  for (const step of ['init', 'schema'] as const) {
    const result = await engine.run(step);
    expect(result.ok, `${step}: ${result.summary}`).toBe(true);
  }
  const data = await engine.run('data');
  const rows = await queryRows<{ name: string; error: string }>(
    target,
    `SELECT name, error FROM dbt.migration_objects WHERE type = 'TABLE' AND error <> ''`,
  );
  return { target, ok: data.ok, errors: Object.fromEntries(rows.map((row) => [row.name, row.error])) };
}

const MISMATCH = `
CREATE TABLE measures (id INTEGER PRIMARY KEY, n INTEGER, r REAL, b BLOB);
INSERT INTO measures VALUES (1, 5, 1.5, X'41'), (2, 'abc', 2.5, X'01'), (3, 2.5, 'high', 'text in a blob');
CREATE TABLE loose (n INTEGER);
INSERT INTO loose VALUES (1), (2), (X'ff');
`;

const BAD_TEXT = `
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO notes VALUES (1, 'a' || char(0) || 'b'), (2, 'fine'), (3, 'real U+FFFD: ' || char(65533));
CREATE TABLE raw (body TEXT);
INSERT INTO raw VALUES ('ok'), (CAST(X'61FF62' AS TEXT));
`;

describe('SQLite values the target cannot take as they are', () => {
  it('stops at a type mismatch by default, naming table, row, column and value', async () => {
    const { ok, errors } = await copy(MISMATCH);
    expect(ok).toBe(false);
    expect(errors.measures).toMatch(
      /Table public\.measures, id=2, column "n" \(declared INTEGER, bigint in PostgreSQL\): the value "abc" is text, which bigint does not hold/,
    );
    expect(errors.loose).toMatch(/Table public\.loose, rowid=3, column "n" .*: the value x'ff' is blob/);
  });

  it("with sqliteTypeMismatch 'text', makes such columns text and writes every value as text", async () => {
    // A blob that is not UTF-8 becomes text under the invalidUtf8 policy.
    const { target, ok, errors } = await copy(MISMATCH, {
      sqliteTypeMismatch: 'text',
      invalidUtf8: 'replace',
    });
    expect(errors).toEqual({});
    expect(ok).toBe(true);
    expect(
      await queryRows(
        target,
        `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
         WHERE attrelid = 'public.measures'::regclass AND attnum > 0 ORDER BY attnum`,
      ),
    ).toEqual([
      { name: 'id', type: 'bigint' },
      { name: 'n', type: 'text' },
      { name: 'r', type: 'text' },
      { name: 'b', type: 'text' },
    ]);
    expect(await queryRows(target, `SELECT id::int, n, r, b FROM public.measures ORDER BY id`)).toEqual([
      { id: 1, n: '5', r: '1.5', b: 'A' },
      { id: 2, n: 'abc', r: '2.5', b: '\u0001' },
      { id: 3, n: '2.5', r: 'high', b: 'text in a blob' },
    ]);
    expect(await queryRows(target, `SELECT n FROM public.loose ORDER BY n`)).toEqual([
      { n: '1' },
      { n: '2' },
      { n: '\uFFFD' },
    ]);
  });

  it('follows nulCharacters and invalidUtf8, naming the row by its key or rowid when stopping', async () => {
    const stopped = await copy(BAD_TEXT);
    expect(stopped.ok).toBe(false);
    expect(stopped.errors.notes).toMatch(/Table public\.notes, row id=1, column "body" \(text\).*NUL/);
    expect(stopped.errors.raw).toMatch(/Table public\.raw, rowid=2, column "body" \(text\).*UTF-8/);

    const repaired = await copy(BAD_TEXT, { nulCharacters: 'remove', invalidUtf8: 'replace' });
    expect(repaired.ok).toBe(true);
    expect(await queryRows(repaired.target, `SELECT id::int, body FROM public.notes ORDER BY id`)).toEqual([
      { id: 1, body: 'ab' },
      { id: 2, body: 'fine' },
      { id: 3, body: 'real U+FFFD: \uFFFD' },
    ]);
    expect(await queryRows(repaired.target, `SELECT body FROM public.raw ORDER BY body`)).toEqual([
      { body: 'a\uFFFDb' },
      { body: 'ok' },
    ]);

    const nulled = await copy(BAD_TEXT, { nulCharacters: 'null', invalidUtf8: 'null' });
    expect(nulled.ok).toBe(true);
    expect(await queryRows(nulled.target, `SELECT id::int, body FROM public.notes ORDER BY id`)).toEqual([
      { id: 1, body: null },
      { id: 2, body: 'fine' },
      { id: 3, body: 'real U+FFFD: \uFFFD' },
    ]);
    expect(await queryRows(nulled.target, `SELECT body FROM public.raw ORDER BY body NULLS FIRST`)).toEqual([
      { body: null },
      { body: 'ok' },
    ]);
  });
});

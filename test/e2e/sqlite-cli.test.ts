/**
 * The SQLite source through the built CLI: `decant migrate --source path/to/file.db`
 * migrates a database to K; a data run killed with SIGKILL part way, then run again,
 * copies every row exactly once; and a source that is missing, not a database, or not
 * a URL is refused in one line that names it.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/index.js';
import { queryRows } from '../support/databases.js';
import { runCli, startCli } from '../support/engine.js';
import { createSqliteFile, sqliteTarget } from '../sources/sqlite-support.js';

const SHOP = `
CREATE TABLE customers (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE, joined DATE);
CREATE TABLE orders (
  id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers, total DECIMAL(10, 2), note TEXT
);
CREATE INDEX orders_customer ON orders (customer_id);
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 500)
INSERT INTO customers (email, joined) SELECT 'c' || i || '@example.org', date('2020-01-01', '+' || i || ' days') FROM s;
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 5000)
INSERT INTO orders (customer_id, total, note) SELECT 1 + i % 500, (i % 1000) / 4.0, 'order ' || i FROM s;
`;

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await delay(50);
  }
}

async function count(target: string, sql: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(target, sql).catch(() => [{ n: 0 }]);
  return rows[0]!.n;
}

describe('decant with a SQLite source', () => {
  it('migrates a SQLite file given by its path, to K', async () => {
    const source = createSqliteFile(SHOP);
    const target = await sqliteTarget();
    const result = await runCli(['migrate', '--source', source, '--target', target, '--jobs', '2']);
    expect(result.code, result.stderr).toBe(0);
    expect(
      await queryRows(
        target,
        `SELECT type, stage, count(*)::int AS n FROM dbt.migration_objects GROUP BY 1, 2 ORDER BY 1`,
      ),
    ).toEqual([
      { type: 'INDEX', stage: 'D', n: 1 },
      { type: 'TABLE', stage: 'K', n: 2 },
    ]);
    expect(
      await queryRows(target, `SELECT count(*)::int AS orders, sum(total)::text AS total FROM public.orders`),
    ).toEqual([{ orders: 5000, total: '624375.00' }]);
    expect(
      await queryRows(target, `INSERT INTO public.customers (email) VALUES ('new') RETURNING id::int`),
    ).toEqual([{ id: 501 }]);
  });

  it('resumes a data run killed with SIGKILL and copies every row exactly once', async () => {
    const source = createSqliteFile(`
      CREATE TABLE events (id INTEGER PRIMARY KEY, kind INT NOT NULL, payload TEXT NOT NULL);
      CREATE TABLE log (line TEXT);
      WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 60000)
      INSERT INTO events SELECT i, i % 13, printf('%.*c', 20 + i % 80, 'e') FROM s;
      WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 30000)
      INSERT INTO log SELECT 'line ' || i FROM s;
    `);
    const target = await sqliteTarget();
    const common = ['--source', `sqlite://${source}`, '--target', target];
    const args = [...common, '--jobs', '2', '--data-chunk-size', '64kB', '--lease-seconds', '3'];
    for (const step of ['init', 'schema']) expect((await runCli([step, ...common])).code).toBe(0);

    const done = (): Promise<number> =>
      count(target, `SELECT count(*)::int AS n FROM dbt.chunks WHERE state = 'done'`);
    const total = (): Promise<number> => count(target, `SELECT count(*)::int AS n FROM dbt.chunks`);
    // Once both tables are planned, a lock in the target holds back every copy into log,
    // so that the run is surely killed before it could finish.
    const holder = new pg.Client({ connectionString: target });
    await holder.connect();
    try {
      const run = startCli(['data', ...args]);
      await waitFor(
        async () => (await count(target, `SELECT count(DISTINCT object_id)::int AS n FROM dbt.chunks`)) === 2,
      );
      await holder.query('BEGIN; LOCK TABLE public.log IN SHARE MODE');
      await waitFor(async () => (await done()) >= 3);
      run.child.kill('SIGKILL');
      expect((await run.done).signal).toBe('SIGKILL');
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    }
    expect(await done()).toBeLessThan(await total());

    const last = await runCli(['data', ...args]);
    expect(last.code, last.stderr).toBe(0);
    expect(
      await queryRows(
        target,
        `SELECT (SELECT count(*) FROM public.events)::int AS events, (SELECT count(DISTINCT id) FROM public.events)::int AS ids,
                (SELECT sum(id) FROM public.events)::text AS id_sum, (SELECT count(*) FROM public.log)::int AS log,
                (SELECT count(DISTINCT line) FROM public.log)::int AS lines`,
      ),
    ).toEqual([{ events: 60000, ids: 60000, id_sum: '1800030000', log: 30000, lines: 30000 }]);
    for (const step of ['constraints', 'check']) {
      const result = await runCli([step, ...common]);
      expect(result.code, `${step}: ${result.stderr}`).toBe(0);
    }
  });

  it.each([
    {
      name: 'a missing file given as a sqlite: URL',
      source: (): string => 'sqlite:///no/such/dir/app.db',
      code: 'CONNECT_DATABASE' as const,
      words: [/\/no\/such\/dir\/app\.db/, /does not exist/],
    },
    {
      name: 'a path that is neither a URL nor a database file',
      source: (): string => '/no/such/dir/app.db',
      code: 'CONFIG_INVALID' as const,
      words: [/\/no\/such\/dir\/app\.db/, /neither a URL nor a database file/],
    },
    {
      name: 'a file that is not a SQLite database',
      source: (): string => {
        const path = join(dirname(createSqliteFile('')), 'notes.txt');
        writeFileSync(path, 'just some text, long enough to have a header');
        return `sqlite://${path}`;
      },
      code: 'CONNECT_FAILED' as const,
      words: [/notes\.txt/, /not a SQLite 3 database/],
    },
  ])('refuses $name in one line that names it', async ({ source, code, words }) => {
    const target = await sqliteTarget();
    const result = await runCli(['migrate', '--source', source(), '--target', target]);
    const line = result.stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    for (const word of words) expect(line).toMatch(word);
    expect(result.code).toBe(ERROR_CODES[code].exit);
  });
});

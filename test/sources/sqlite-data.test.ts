/**
 * The SQLite data path: tables cut into many chunks (rowid alias, plain rowid and WITHOUT
 * ROWID tables, with gaps and negative keys) copy every row exactly once; and the data
 * run's snapshot is one state of the file: in rollback-journal mode writers cannot commit
 * while it is held, in WAL mode they commit and the run does not see it; a second run of
 * the process joins it, and a snapshot this process does not hold is refused. check names
 * the keys that differ and repairs them. Rows wider than a batch's bytes copy whole. A chunk
 * read into a sink that never waits still lets the event loop run.
 */
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { copyRows } from '../support/binary-copy.js';
import { describe, expect, it } from 'vitest';
import { execSql, queryRows } from '../support/databases.js';
import { testConfig, testEngine } from '../support/engine.js';
import { createSqliteSource } from '../../src/sources/sqlite/index.js';
import type { SourceAdapter, TableDetails, TableToCopy } from '../../src/sources/source.js';
import type { DecantError, EngineEvent } from '../../src/index.js';
import { createSqliteFile, sqliteTarget, withSqlite } from './sqlite-support.js';

const ROWS = 6000;

const TABLES = `
CREATE TABLE keyed (id INTEGER PRIMARY KEY, payload TEXT NOT NULL);
CREATE TABLE plain (n INTEGER, payload TEXT);
CREATE TABLE coded (code INTEGER PRIMARY KEY, payload TEXT) WITHOUT ROWID;
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${ROWS})
INSERT INTO keyed SELECT CASE WHEN i % 2 = 0 THEN i * 1000 ELSE -i END, printf('%.*c', 40 + i % 60, 'k') FROM s;
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${ROWS})
INSERT INTO plain SELECT i, printf('%.*c', 40 + i % 60, 'p') FROM s;
DELETE FROM plain WHERE n % 7 = 0;
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${ROWS})
INSERT INTO coded SELECT i * 3 - 9000, printf('%.*c', 40 + i % 60, 'c') FROM s;
`;

describe('SQLite data', () => {
  it('copies tables cut into many chunks with every row exactly once', async () => {
    const source = createSqliteFile(TABLES);
    const target = await sqliteTarget();
    const engine = testEngine(
      testConfig(source, target, { dataChunkSize: 16 * 1024, jobs: 3, rowsBuf: 100 }),
    );
    for (const step of ['init', 'schema', 'data', 'constraints', 'check'] as const) {
      const result = await engine.run(step);
      expect(result.ok, `${step}: ${result.summary}`).toBe(true);
    }
    const chunks = await queryRows<{ name: string; kind: string; chunks: number }>(
      target,
      `SELECT o.name, min(c.kind) AS kind, count(*)::int AS chunks FROM dbt.chunks c
       JOIN dbt.migration_objects o ON o.id = c.object_id GROUP BY o.name ORDER BY o.name`,
    );
    expect(chunks.map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: 'coded', kind: 'key' },
      { name: 'keyed', kind: 'key' },
      { name: 'plain', kind: 'ctid' },
    ]);
    for (const table of chunks) expect(table.chunks, table.name).toBeGreaterThan(5);

    const expected = withSqlite(source, (db) =>
      db
        .prepare(
          `SELECT (SELECT count(*) FROM keyed) AS keyed, (SELECT sum(id) FROM keyed) AS keyed_sum,
                  (SELECT count(*) FROM plain) AS plain, (SELECT sum(n) FROM plain) AS plain_sum,
                  (SELECT count(*) FROM coded) AS coded, (SELECT sum(code) FROM coded) AS coded_sum,
                  (SELECT sum(length(payload)) FROM keyed) + (SELECT sum(length(payload)) FROM plain)
                    + (SELECT sum(length(payload)) FROM coded) AS payload`,
        )
        .get(),
    );
    const [copied] = await queryRows(
      target,
      `SELECT (SELECT count(DISTINCT id) FROM keyed)::int AS keyed, (SELECT sum(id) FROM keyed)::float8 AS keyed_sum,
              (SELECT count(DISTINCT n) FROM plain)::int AS plain, (SELECT sum(n) FROM plain)::float8 AS plain_sum,
              (SELECT count(DISTINCT code) FROM coded)::int AS coded, (SELECT sum(code) FROM coded)::float8 AS coded_sum,
              ((SELECT sum(length(payload)) FROM keyed) + (SELECT sum(length(payload)) FROM plain)
                + (SELECT sum(length(payload)) FROM coded))::int AS payload`,
    );
    expect(copied).toEqual(expected);
  });
});

describe('SQLite data in batches of bytes', () => {
  it('copies rows of any width, each batch ending near 256 kB of values', async () => {
    // 100 kB rows: two or three to a batch; one row of 1 MB: a batch of its own.
    const source = createSqliteFile(`
      CREATE TABLE docs (id INTEGER PRIMARY KEY, body TEXT NOT NULL, data BLOB);
      WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 40)
      INSERT INTO docs SELECT i, printf('%.*c', 100000 + i, 'd'), randomblob(i * 10) FROM s;
      INSERT INTO docs VALUES (41, printf('%.*c', 1048576, 'x'), NULL);`);
    const target = await sqliteTarget();
    const engine = testEngine(testConfig(source, target));
    for (const step of ['init', 'schema', 'data', 'constraints', 'check'] as const) {
      const result = await engine.run(step);
      expect(result.ok, `${step}: ${result.summary}`).toBe(true);
    }
    expect(
      await queryRows(
        target,
        `SELECT count(*)::int AS n, sum(length(body))::int AS body, sum(length(data))::int AS data FROM public.docs`,
      ),
    ).toEqual([{ n: 41, body: 40 * 100000 + (40 * 41) / 2 + 1048576, data: (10 * 40 * 41) / 2 }]);
  });
});

describe('SQLite reader', () => {
  it('lets the event loop run while a chunk is read into a sink that never waits', async () => {
    // About 12 MB of COPY data; a sink that takes every write at once, as a loopback
    // socket does, would otherwise let the reads follow each other without a turn of the loop.
    const path = createSqliteFile(`
      CREATE TABLE items (id INTEGER PRIMARY KEY, v TEXT NOT NULL);
      WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 60000)
      INSERT INTO items SELECT i, printf('%.*c', 200, 'v') FROM s;`);
    const { source, table } = await openSource(path);
    const reader = await source.openReader(null);
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    let bytes = 0;
    await pipeline(
      await reader.read(table, WHOLE),
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          bytes += chunk.length;
          callback();
        },
      }),
    );
    ticking = false;
    await reader.close();
    expect(bytes).toBeGreaterThan(12_000_000);
    // The reader yields about every 1 MB; without it the loop turns once or twice in all.
    expect(turns).toBeGreaterThanOrEqual(Math.floor(bytes / (2 * 1024 * 1024)));
  });
});

describe('SQLite check', () => {
  it('names the keys that differ, counts the rows of a keyless table, and repairs both', async () => {
    const source = createSqliteFile(TABLES);
    const target = await sqliteTarget();
    const config = testConfig(source, target, { dataChunkSize: 32 * 1024 });
    const engine = testEngine(config);
    for (const step of ['init', 'schema', 'data', 'constraints'] as const)
      expect((await engine.run(step)).ok).toBe(true);
    await execSql(
      target,
      `SET session_replication_role = replica;
       UPDATE public.keyed SET payload = 'changed' WHERE id = 2000;
       DELETE FROM public.keyed WHERE id = -4001;
       INSERT INTO public.coded VALUES (1, 'extra');
       DELETE FROM public.plain WHERE n = 10;`,
    );
    const events: EngineEvent[] = [];
    expect((await testEngine(config, events).run('check')).ok).toBe(false);
    const report = events.find((e) => e.type === 'check-report');
    if (report?.type !== 'check-report') throw new Error('no check report');
    const byTable = Object.fromEntries(report.tables.map((t) => [t.table, t]));
    expect(byTable['public.keyed']!.differences.sort()).toEqual(['different id=2000', 'missing id=-4001']);
    expect(byTable['public.coded']!.differences).toEqual(['extra code=1']);
    expect(byTable['public.plain']).toMatchObject({
      equal: false,
      targetRows: byTable['public.plain']!.sourceRows - 1,
    });

    expect((await testEngine(config).run('check', { repair: true })).ok).toBe(true);
    const original = withSqlite(source, (db) =>
      db.prepare(`SELECT payload FROM keyed WHERE id = 2000`).get(),
    );
    expect(await queryRows(target, `SELECT payload FROM public.keyed WHERE id = 2000`)).toEqual([original]);
    expect(await queryRows(target, `SELECT count(*)::int AS n FROM public.plain WHERE n = 10`)).toEqual([
      { n: 1 },
    ]);
  });
});

async function openSource(path: string): Promise<{ source: SourceAdapter; table: TableToCopy }> {
  const source = await createSqliteSource(path, testConfig(path, 'postgresql://unused'));
  const [found] = await source.discover({ schemas: [], include: ['items'], exclude: [] });
  const table = {
    owner: found!.owner,
    name: found!.name,
    details: found!.details as TableDetails,
    dataSize: 0,
  };
  return { source, table };
}

const WHOLE = { kind: 'key', lower: null, upper: null, estimatedBytes: 0 } as const;

describe('SQLite snapshot', () => {
  it('in rollback-journal mode, holds writers off until released', async () => {
    const path = createSqliteFile(
      `CREATE TABLE items (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO items VALUES (1, 'a');`,
    );
    const { source, table } = await openSource(path);
    const snapshot = await source.openSnapshot();
    const insert = (): unknown =>
      withSqlite(path, (db) => {
        db.pragma('busy_timeout = 0');
        return db.prepare(`INSERT INTO items (v) VALUES ('b')`).run();
      });
    expect(insert).toThrow(/database is locked/);
    const reader = await source.openReader(snapshot);
    expect(await copyRows(await reader.read(table, WHOLE))).toBe(1);
    await reader.close();
    await snapshot.release();
    insert();
    const fresh = await source.openReader(null);
    expect(await copyRows(await fresh.read(table, WHOLE))).toBe(2);
    await fresh.close();
    await source.close();
  });

  it('in WAL mode, lets writers commit and reads the state it started with; another run joins it', async () => {
    const path = createSqliteFile(
      `CREATE TABLE items (id INTEGER PRIMARY KEY, v TEXT); INSERT INTO items VALUES (1, 'a');`,
      {
        wal: true,
      },
    );
    const { source, table } = await openSource(path);
    const snapshot = await source.openSnapshot();
    withSqlite(path, (db) => db.prepare(`INSERT INTO items (v) VALUES ('b'), ('c')`).run());
    const joined = await source.openSnapshot(snapshot.id);
    await snapshot.release();
    const reader = await source.openReader(joined);
    expect(await copyRows(await reader.read(table, WHOLE))).toBe(1);
    await reader.close();
    await joined.release();
    const fresh = await source.openReader(null);
    expect(await copyRows(await fresh.read(table, WHOLE))).toBe(3);
    await fresh.close();

    const stranger = await source.openSnapshot('sqlite-1-not-held');
    const refused = await source.openReader(stranger).catch((error: DecantError) => error);
    expect(refused).toMatchObject({
      code: 'DATA_SNAPSHOT',
      message: expect.stringMatching(/not held by this process/),
    });
    await source.close();
  });
});

/**
 * Real clients through the gateway against a real target: psql, pgbench running an
 * Oracle-syntax script over the simple and the prepared protocol, node-postgres in
 * transactions, a cancel request, COPY both ways, and 100 sessions at once.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../support/databases.js';
import { requireTool, startTestGateway, type TestGateway } from '../support/gateway.js';

// Asynchronous on purpose: the gateway runs in this process, and a synchronous child would
// stop its event loop (and so the gateway) until the child gave up.
const run = promisify(execFile);

let gw: TestGateway;
let scratch: string;

beforeAll(async () => {
  requireTool('psql');
  requireTool('pgbench');
  gw = await startTestGateway(
    'gwclients',
    `CREATE TABLE accounts (aid integer PRIMARY KEY, abalance integer, hits integer);
     INSERT INTO accounts SELECT g, CASE WHEN g % 10 = 0 THEN NULL ELSE g * 10 END, NULL FROM generate_series(1, 100) g;
     CREATE TABLE items (id integer PRIMARY KEY, name text);
     CREATE TABLE visits (session integer, n integer, PRIMARY KEY (session, n));`,
  );
  scratch = await mkdtemp(join(tmpdir(), 'decant-gateway-'));
});

afterAll(async () => {
  await gw?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function psql(args: string[], options?: { input?: string; pgOptions?: string }) {
  const child = run('psql', ['-X', '-A', '-t', ...args], { env: gw.env(options?.pgOptions) });
  if (options?.input !== undefined) child.child.stdin!.end(options.input);
  return child.then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ ...error }),
  );
}

/** Waits (a bounded number of turns) until the gateway has `count` sessions open. */
async function sessionsSettleAt(count: number): Promise<number> {
  for (let tries = 0; tries < 500 && gw.gateway.sessions !== count; tries++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  return gw.gateway.sessions;
}

async function withClient<T>(use: (client: pg.Client) => Promise<T>, options?: string): Promise<T> {
  const client = gw.client(options);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

describe('psql through the gateway', () => {
  it('runs an Oracle query', async () => {
    const result = await psql(['-v', 'ON_ERROR_STOP=1', '-c', "SELECT NVL(NULL, 'x') FROM dual"]);
    expect(result).toMatchObject({ code: 0, stdout: 'x\n' });
  });

  it('runs a script whose error inside a transaction aborts it, and ROLLBACK recovers', async () => {
    const result = await psql([], {
      input: `BEGIN;
INSERT INTO items (id, name) VALUES (1, 'one');
SELECT * FROM items@remote_db;
SELECT COUNT(*) FROM items;
ROLLBACK;
SELECT COUNT(*) || ' rows' FROM items;
`,
    });
    expect(result.stderr).toContain('a database link');
    expect(result.stderr).toContain('current transaction is aborted');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('0 rows');
  });

  it('runs backslash commands in a postgres-dialect session, and not in an Oracle one', async () => {
    const native = await psql(['-c', '\\dt'], { pgOptions: '-c decant.dialect=postgres' });
    expect(native.code).toBe(0);
    expect(native.stdout).toMatch(/^public\|accounts\|table\|/m);
    // psql's catalog query is PostgreSQL (!~, ::regclass): the Oracle dialect refuses it.
    const oracle = await psql(['-c', '\\dt']);
    expect(oracle.code).not.toBe(0);
    expect(oracle.stderr).toMatch(/^ERROR: /m);
  });
});

describe('pgbench through the gateway', () => {
  // pgbench substitutes :aid with the value in simple mode and with $1 in prepared mode, so
  // the gateway sees both an Oracle statement with a literal and one with a PostgreSQL parameter.
  const script = `\\set aid random(1, 100)
SELECT NVL(abalance, 0) FROM accounts WHERE aid = :aid AND ROWNUM <= 1;
UPDATE accounts SET hits = NVL(hits, 0) + 1 WHERE aid = :aid;
`;

  it.each(['simple', 'prepared'])('runs an Oracle-syntax script with -M %s', async (mode) => {
    const file = join(scratch, `oracle-${mode}.sql`);
    await writeFile(file, script);
    const [before] = await queryRows<{ hits: string }>(
      gw.targetUrl,
      'SELECT COALESCE(SUM(hits), 0) AS hits FROM accounts',
    );
    const { stdout } = await run(
      'pgbench',
      ['-n', '-M', mode, '-c', '4', '-j', '2', '-t', '100', '-f', file],
      {
        env: gw.env(),
      },
    );
    expect(stdout).toMatch(/number of transactions actually processed: 400\/400\n/);
    expect(stdout).toMatch(/number of failed transactions: 0 \(0\.000%\)/);
    // Every UPDATE ran on the target: 400 more hits.
    const [after] = await queryRows<{ hits: string }>(gw.targetUrl, 'SELECT SUM(hits) AS hits FROM accounts');
    expect(Number(after!.hits) - Number(before!.hits)).toBe(400);
  });
});

describe('node-postgres through the gateway', () => {
  it('keeps a transaction over the extended protocol: savepoints, a target error, COMMIT', async () => {
    await withClient(async (client) => {
      await client.query('BEGIN');
      await client.query('INSERT INTO items (id, name) VALUES (:id, :name)', [10, 'ten']);
      await client.query('SAVEPOINT before_duplicate');
      const duplicate = await client
        .query('INSERT INTO items (id, name) VALUES (:id, :name)', [10, 'again'])
        .catch((e: unknown) => e as pg.DatabaseError);
      expect(duplicate).toMatchObject({ code: '23505' });
      await client.query('ROLLBACK TO before_duplicate');
      await client.query('INSERT INTO items (id, name) VALUES (:id, :name)', [11, 'eleven']);
      await client.query('COMMIT');
    });
    const rows = await queryRows(gw.targetUrl, 'SELECT id, name FROM items WHERE id IN (10, 11) ORDER BY id');
    expect(rows).toEqual([
      { id: 10, name: 'ten' },
      { id: 11, name: 'eleven' },
    ]);
  });

  it('aborts a transaction at an untranslatable prepared statement; ROLLBACK undoes it', async () => {
    await withClient(async (client) => {
      await client.query('BEGIN');
      await client.query('INSERT INTO items (id, name) VALUES (:id, :name)', [20, 'twenty']);
      const refused = await client
        .query('SELECT * FROM items@remote_db WHERE id = :id', [20])
        .catch((e: unknown) => e as pg.DatabaseError);
      expect(refused).toMatchObject({ code: '42601' });
      const aborted = await client
        .query('SELECT name FROM items WHERE id = :id', [20])
        .catch((e: unknown) => e as pg.DatabaseError);
      expect(aborted).toMatchObject({ code: '25P02' });
      await client.query('ROLLBACK');
      expect((await client.query('SELECT COUNT(*) AS n FROM items WHERE id = :id', [20])).rows).toEqual([
        { n: '0' },
      ]);
    });
  });

  it('passes a cancel request to the target with the key the target gave', async () => {
    await withClient(async (client) => {
      const key = client as unknown as { processID: number; secretKey: number };
      const sleeping = client.query('SELECT pg_sleep(30)').catch((e: unknown) => e as pg.DatabaseError);
      // BackendKeyData went to the client unchanged: its process id is the target backend's.
      const target = new pg.Client({ connectionString: gw.targetUrl });
      await target.connect();
      try {
        for (let tries = 0; tries < 1000; tries++) {
          const active = await target.query(
            "SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND state = 'active' AND query LIKE '%pg_sleep%'",
            [key.processID],
          );
          if (active.rowCount) break;
        }
      } finally {
        await target.end();
      }
      const cancel = Buffer.alloc(16);
      cancel.writeInt32BE(16, 0);
      cancel.writeInt32BE(80877102, 4);
      cancel.writeInt32BE(key.processID, 8);
      cancel.writeInt32BE(key.secretKey, 12);
      const socket = net.connect(gw.gateway.address.port, gw.gateway.address.host);
      socket.end(cancel);
      const closed = new Promise((resolve) => socket.once('close', resolve));
      // Without the cancel, pg_sleep(30) would end without an error.
      expect(await sleeping).toMatchObject({ code: '57014' });
      await closed;
      // The session goes on.
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    }, '-c decant.dialect=postgres');
  });
});

describe('COPY through the gateway', () => {
  // Tabs, backslashes, newlines, NULLs, non-ASCII and a value far larger than a socket chunk,
  // so that CopyData messages are cut across chunks both ways.
  const rows = Array.from({ length: 5000 }, (_, i) => {
    const id = 1000 + i;
    if (i % 97 === 0) return `${id}\t\\N\n`;
    const name = i === 1234 ? 'é'.repeat(100_000) : `row ${i}\\ttab\\\\slash\\nline ✓ ${'x'.repeat(i % 300)}`;
    return `${id}\t${name}\n`;
  });
  const text = rows.join('');

  it('copies rows in from STDIN and out to STDOUT intact, in an Oracle session', async () => {
    await withClient(async (client) => {
      await pipeline(
        Readable.from([text.slice(0, 100_000), text.slice(100_000)]),
        client.query(copyFrom('COPY items FROM STDIN')),
      );
      const out: Buffer[] = [];
      for await (const chunk of client.query(
        copyTo('COPY (SELECT * FROM items WHERE id >= 1000 ORDER BY id) TO STDOUT'),
      ))
        out.push(chunk as Buffer);
      expect(Buffer.concat(out).toString('utf8')).toBe(text);
      // Translated statements still work after COPY on the same session.
      expect((await client.query('SELECT COUNT(*) AS n FROM items WHERE id >= :low', [1000])).rows).toEqual([
        { n: '5000' },
      ]);
    });
  });

  it('reports a bad row with the target error and goes on', async () => {
    await withClient(async (client) => {
      const bad = await pipeline(
        Readable.from(['90000\tfine\n', 'not-a-number\tbad\n']),
        client.query(copyFrom('COPY items FROM STDIN')),
      ).catch((e: unknown) => e as pg.DatabaseError);
      expect(bad).toMatchObject({ code: '22P02' });
      expect((await client.query('SELECT COUNT(*) AS n FROM items WHERE id = 90000')).rows).toEqual([
        { n: '0' },
      ]);
    });
  });
});

describe('many sessions', () => {
  // Each gateway session has a target connection of its own. The embedded server allows 200
  // (max_connections in startEmbeddedPostgres), enough for these 100 beside the other test
  // files running at the same time, so the setting is left as it is.
  it('serves 100 concurrent sessions, each with its own target connection', async () => {
    expect(await sessionsSettleAt(0)).toBe(0);
    const clients = Array.from({ length: 100 }, () => gw.client());
    await Promise.all(clients.map((c) => c.connect()));
    try {
      expect(gw.gateway.sessions).toBe(100);
      const results = await Promise.all(
        clients.map(async (client, session) => {
          for (let n = 1; n <= 3; n++)
            await client.query('INSERT INTO visits (session, n) VALUES (:s, :n)', [session, n]);
          const total = await client.query<{ total: string }>(
            'SELECT NVL(SUM(n), 0) AS total FROM visits WHERE session = :s',
            [session],
          );
          const last = await client.query<{ n: number }>(
            'SELECT n FROM (SELECT n FROM visits WHERE session = :s ORDER BY n DESC) WHERE ROWNUM <= 1',
            [session],
          );
          const pid = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid FROM dual');
          return { total: total.rows[0]!.total, last: last.rows[0]!.n, pid: pid.rows[0]!.pid };
        }),
      );
      expect(results.map((r) => [r.total, r.last])).toEqual(Array(100).fill(['6', 3]));
      expect(new Set(results.map((r) => r.pid)).size).toBe(100);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    // Every session is closed once its client has gone.
    expect(await sessionsSettleAt(0)).toBe(0);
    const [count] = await queryRows<{ n: string }>(gw.targetUrl, 'SELECT COUNT(*) AS n FROM visits');
    expect(count).toEqual({ n: '300' });
  });
});

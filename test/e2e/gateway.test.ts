/**
 * The gateway with real clients against a real target: node-postgres over the simple and the
 * extended protocol, Oracle SQL translated on the way, errors, transactions, the dialect switch.
 */
import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import tls from 'node:tls';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serverAddress } from '../../src/core/pg/connect.js';
import { readColumnTypes } from '../../src/gateway/column-types.js';
import { startGateway, type Gateway } from '../../src/gateway/server.js';
import { installOracleCompat } from '../../src/target/compat/oracle-compat.js';
import { createDatabase, execSql } from '../support/databases.js';

/** The part of node-postgres's Connection the tests drive by hand. */
interface PgConnection {
  stream: Socket;
  removeAllListeners(): void;
  on(event: string, listener: (message: never) => void): void;
  parse(query: { name: string; text: string }): void;
  describe(message: { type: 'S' | 'P'; name: string }): void;
  sync(): void;
}

let gateway: Gateway;
let targetUrl: URL;

/** A connection to the target through the gateway, as the same user. */
function viaGateway(options: string | undefined = undefined): pg.Client {
  return new pg.Client({
    host: gateway.address.host,
    port: gateway.address.port,
    user: decodeURIComponent(targetUrl.username),
    password: decodeURIComponent(targetUrl.password),
    database: targetUrl.pathname.slice(1),
    ...(options ? { options } : {}),
  });
}

async function withGatewayClient<T>(use: (client: pg.Client) => Promise<T>, options?: string): Promise<T> {
  const client = viaGateway(options);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const url = await createDatabase('gateway');
  targetUrl = new URL(url);
  await execSql(
    url,
    `CREATE TABLE emp (empno integer PRIMARY KEY, ename varchar(10), sal numeric(7,2), comm numeric(7,2), hiredate timestamp(0));
     INSERT INTO emp VALUES (7369, 'SMITH', 800, NULL, '1980-12-17'), (7499, 'ALLEN', 1600, 300, '1981-02-20'),
                            (7521, 'WARD', 1250, 500, '1981-02-22'), (7839, 'KING', 5000, NULL, '1981-11-17');`,
  );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await installOracleCompat(client);
  const columnTypes = await readColumnTypes(client, ['decant_oracle']);
  await client.end();
  gateway = await startGateway({
    target: { host: targetUrl.hostname, port: Number(targetUrl.port) },
    listen: { host: '127.0.0.1', port: 0 },
    translate: { columnTypes },
  });
});

afterAll(async () => {
  await gateway?.close();
});

describe('decant gateway', () => {
  it('translates Oracle SQL sent over the simple query protocol', async () => {
    const rows = await withGatewayClient(async (client) => {
      const result = await client.query(
        "SELECT * FROM (SELECT ename, NVL(comm, 0) AS comm, DECODE(sal, 5000, 'top', 'other') AS band FROM emp ORDER BY sal DESC) WHERE ROWNUM <= 2",
      );
      return result.rows;
    });
    expect(rows).toEqual([
      { ename: 'KING', comm: '0', band: 'top' },
      { ename: 'ALLEN', comm: '300.00', band: 'other' },
    ]);
  });

  it('binds Oracle :name variables through the extended protocol, one value per placeholder', async () => {
    const rows = await withGatewayClient(async (client) => {
      const result = await client.query(
        'SELECT ename FROM emp WHERE sal >= :low AND (empno = :id OR :id IS NULL) ORDER BY empno',
        [1000, 7521, 7521],
      );
      const swapped = await client.query(
        'SELECT ename FROM emp WHERE empno BETWEEN :2 AND :1 ORDER BY empno',
        [7499, 7369],
      );
      return [result.rows, swapped.rows];
    });
    expect(rows[0]).toEqual([{ ename: 'WARD' }]);
    // :2 is the first placeholder written, so the first value: 7499 BETWEEN ... 7369 is empty in
    // Oracle's by-position binding; the reverse order would give two rows.
    expect(rows[1]).toEqual([]);
  });

  it('answers an untranslatable statement with a 42601 error at its position, and the session goes on', async () => {
    await withGatewayClient(async (client) => {
      const error = await client.query('SELECT * FROM emp@remote_db').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      const e = error as pg.DatabaseError;
      expect(e.code).toBe('42601');
      expect(e.message).toContain('database link');
      expect(e.position).toBe('18');
      const again = await client.query('SELECT COUNT(*) AS n FROM emp', []);
      expect(again.rows).toEqual([{ n: '4' }]);
      const prepared = await client
        .query('SELECT * FROM emp@remote_db WHERE empno = :1', [1])
        .catch((x: unknown) => x);
      expect((prepared as pg.DatabaseError).code).toBe('42601');
      expect((await client.query('SELECT USER FROM dual')).rows).toHaveLength(1);
    });
  });

  it('keeps transactions: an error aborts the open one as PostgreSQL does, ROLLBACK recovers', async () => {
    await withGatewayClient(async (client) => {
      await client.query('BEGIN');
      await client.query("UPDATE emp SET ename = 'SMYTHE' WHERE empno = 7369");
      await expect(client.query('SELECT * FROM emp@remote_db')).rejects.toThrow(/database link/);
      await expect(client.query('SELECT ename FROM emp WHERE empno = 7369')).rejects.toThrow(
        /current transaction is aborted/,
      );
      await client.query('ROLLBACK');
      const { rows } = await client.query('SELECT ename FROM emp WHERE empno = 7369');
      expect(rows).toEqual([{ ename: 'SMITH' }]);
    });
  });

  it('sends PostgreSQL as it is in a postgres-dialect session, and switches in the session', async () => {
    await withGatewayClient(async (client) => {
      // Not Oracle: no FROM, a PostgreSQL cast.
      expect((await client.query("SELECT '1'::int AS one")).rows).toEqual([{ one: 1 }]);
      await client.query('SET decant.dialect = oracle');
      expect((await client.query('SELECT NVL(NULL, 2) AS two FROM dual')).rows).toEqual([{ two: 2 }]);
      expect((await client.query("/* decant:postgres */ SELECT '3'::int AS three")).rows).toEqual([
        { three: 3 },
      ]);
    }, '-c decant.dialect=postgres');
  });

  it('describes a prepared statement with one parameter per placeholder as written', async () => {
    const client = viaGateway();
    await client.connect();
    // Take over the protocol from node-postgres, which never describes a statement itself.
    const connection = (client as unknown as { connection: PgConnection }).connection;
    connection.removeAllListeners();
    const types = await new Promise<number[]>((resolve, reject) => {
      connection.on('parameterDescription', (m: { dataTypeIDs: number[] }) => resolve(m.dataTypeIDs));
      connection.on('errorMessage', reject);
      connection.parse({
        name: 'by_salary',
        text: 'SELECT ename FROM emp WHERE sal > :s AND empno = :e AND sal < :s * 2',
      });
      connection.describe({ type: 'S', name: 'by_salary' });
      connection.sync();
    });
    // :s twice and :e: numeric, integer, numeric (numeric is 1700, integer 23).
    expect(types).toEqual([1700, 23, 1700]);
    connection.stream.destroy();
  });

  it('offers TLS with the given certificate', async () => {
    const fixtures = new URL('../fixtures/gateway/', import.meta.url);
    const cert = readFileSync(new URL('cert.pem', fixtures));
    const secure = await startGateway({
      target: { host: targetUrl.hostname, port: Number(targetUrl.port) },
      listen: { host: '127.0.0.1', port: 0 },
      tls: tls.createSecureContext({ cert, key: readFileSync(new URL('key.pem', fixtures)) }),
    });
    const client = new pg.Client({
      host: '127.0.0.1',
      port: secure.address.port,
      user: decodeURIComponent(targetUrl.username),
      password: decodeURIComponent(targetUrl.password),
      database: targetUrl.pathname.slice(1),
      ssl: { ca: cert, servername: '127.0.0.1' },
    });
    await client.connect();
    try {
      const stream = (client as unknown as { connection: PgConnection }).connection.stream;
      expect(stream).toBeInstanceOf(tls.TLSSocket);
      expect((stream as tls.TLSSocket).encrypted).toBe(true);
      expect((await client.query('SELECT NVL(NULL, 1) AS one FROM dual')).rows).toEqual([{ one: 1 }]);
    } finally {
      await client.end();
      await secure.close();
    }
  });

  it('answers Oracle dictionary queries: v$version names Decant and PostgreSQL, USER_TABLES lists the tables', async () => {
    await withGatewayClient(async (client) => {
      const banner = await client.query('select banner FROM v$version');
      expect(banner.rows.length).toBeGreaterThan(0);
      expect(banner.rows[0].banner).toMatch(/Decant/);
      expect(banner.rows.map((r: { banner: string }) => r.banner).join(' ')).toMatch(/PostgreSQL 15/);
      const tables = await client.query("SELECT table_name FROM user_tables WHERE table_name = 'EMP'");
      expect(tables.rows).toEqual([{ table_name: 'EMP' }]);
      const columns = await client.query(
        "SELECT column_name, data_type FROM user_tab_columns WHERE table_name = 'EMP' AND column_name IN ('ENAME', 'HIREDATE') ORDER BY column_id",
      );
      expect(columns.rows).toEqual([
        { column_name: 'ENAME', data_type: 'VARCHAR2' },
        { column_name: 'HIREDATE', data_type: 'DATE' },
      ]);
    });
  });

  it('follows ALTER SESSION SET NLS_DATE_FORMAT in the implicit conversions of the session', async () => {
    await withGatewayClient(async (client) => {
      const sql = 'SELECT TO_CHAR(hiredate) AS d FROM emp WHERE empno = 7369';
      expect((await client.query(sql)).rows).toEqual([{ d: '17-DEC-80' }]);
      await client.query("ALTER SESSION SET NLS_DATE_FORMAT = 'DD/MM/YYYY'");
      expect((await client.query(sql)).rows).toEqual([{ d: '17/12/1980' }]);
      // A string compared with a DATE column is read with the session's format too (PostgreSQL
      // alone would read 20/02/1981 as month 20 and fail).
      const { rows } = await client.query("SELECT ename FROM emp WHERE hiredate = '20/02/1981'");
      expect(rows).toEqual([{ ename: 'ALLEN' }]);
    });
    // Another session keeps Oracle's default.
    await withGatewayClient(async (client) => {
      const { rows } = await client.query('SELECT TO_CHAR(hiredate) AS d FROM emp WHERE empno = 7369');
      expect(rows).toEqual([{ d: '17-DEC-80' }]);
    });
  });

  it('follows an ALTER SESSION SET of several parameters, sent as a prepared statement', async () => {
    await withGatewayClient(async (client) => {
      // With a name, node-postgres sends Parse/Bind/Execute: one statement is all a Parse takes.
      await client.query({
        name: 'formats',
        text: "ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD' NLS_TIMESTAMP_FORMAT = 'YYYY-MM-DD HH24:MI' TIME_ZONE = '+05:00'",
      });
      const { rows } = await client.query(
        "SELECT TO_CHAR(hiredate) AS d, TO_CHAR(CAST(hiredate AS TIMESTAMP)) AS ts, TO_CHAR(TIMESTAMP '2024-01-01 00:00:00 +00:00' AT LOCAL, 'HH24:MI') AS local FROM emp WHERE empno = 7499",
      );
      expect(rows).toEqual([{ d: '1981-02-20', ts: '1981-02-20 00:00', local: '05:00' }]);
    });
  });

  it('follows ALTER SESSION SET CURRENT_SCHEMA for names and for USER_ views', async () => {
    await execSql(
      targetUrl.toString(),
      'CREATE SCHEMA IF NOT EXISTS hr; CREATE TABLE IF NOT EXISTS hr.staff (id integer)',
    );
    await withGatewayClient(async (client) => {
      await client.query('ALTER SESSION SET CURRENT_SCHEMA = hr');
      expect((await client.query('SELECT COUNT(*) AS n FROM staff')).rows).toEqual([{ n: '0' }]);
      expect((await client.query('SELECT table_name FROM user_tables')).rows).toEqual([
        { table_name: 'STAFF' },
      ]);
    });
  });

  it('reaches a target on its Unix socket when the URL names a directory as its host', async () => {
    const socketUrl = new URL(targetUrl);
    socketUrl.hostname = '';
    socketUrl.port = '';
    socketUrl.searchParams.set('host', inject('postgresSocketDirectory'));
    socketUrl.searchParams.set('port', targetUrl.port);
    const target = serverAddress(socketUrl.toString());
    expect(target).toEqual({ path: `${inject('postgresSocketDirectory')}/.s.PGSQL.${targetUrl.port}` });
    const local = await startGateway({ target, listen: { host: '127.0.0.1', port: 0 } });
    const client = new pg.Client({
      host: '127.0.0.1',
      port: local.address.port,
      user: decodeURIComponent(targetUrl.username),
      password: decodeURIComponent(targetUrl.password),
      database: targetUrl.pathname.slice(1),
    });
    try {
      await client.connect();
      const { rows } = await client.query(
        "SELECT ename, NVL(TO_CHAR(comm), 'none') AS comm FROM emp WHERE sal > :1 AND ROWNUM <= 1",
        [4000],
      );
      expect(rows).toEqual([{ ename: 'KING', comm: 'none' }]);
      // The target sees a Unix-socket client: no client address.
      const { rows: where } = await client.query(
        'SELECT client_addr FROM pg_stat_activity WHERE pid = pg_backend_pid()',
      );
      expect(where).toEqual([{ client_addr: null }]);
    } finally {
      await client.end();
      await local.close();
    }
  });

  it('refuses a wrong password with the target own error', async () => {
    const client = new pg.Client({
      host: gateway.address.host,
      port: gateway.address.port,
      user: decodeURIComponent(targetUrl.username),
      password: 'not-the-password',
      database: targetUrl.pathname.slice(1),
    });
    await expect(client.connect()).rejects.toThrow(/password authentication failed/);
  });
});

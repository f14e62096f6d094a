/**
 * The harness the MySQL source is tested with: the run's own MariaDB (global-setup.ts) on
 * 127.0.0.1 with a ROW binary log, a `decant` user that can take the snapshot lock and read
 * the binlog position, a `reader` user that cannot, separate databases per test, and the
 * shop fixture.
 */
import type { RowDataPacket } from 'mysql2/promise';
import { describe, expect, it } from 'vitest';
import { createMariaShop } from '../support/mariadb-fixtures.js';
import {
  createMariaDatabase,
  execMaria,
  mariaDatabaseOf,
  mariaReaderUrl,
  mariaUrl,
  queryMaria,
  withMaria,
} from '../support/mariadb.js';

interface BinlogStatus extends Record<string, unknown> {
  File: string;
  Position: number;
}

describe("the tests' MariaDB server", () => {
  it('listens on 127.0.0.1 from a temporary data directory of its own', async () => {
    const url = new URL(mariaUrl());
    const [server] = await queryMaria(
      mariaUrl(),
      'SELECT @@bind_address AS bind, @@port AS port, @@datadir AS datadir, @@socket AS socket, @@character_set_server AS charset',
    );
    expect(url.hostname).toBe('127.0.0.1');
    expect(server).toMatchObject({ bind: '127.0.0.1', port: Number(url.port), charset: 'utf8mb4' });
    expect(String(server?.datadir)).toMatch(/decant-mariadb-\w+\/data\/$/);
    expect(String(server?.socket).startsWith(String(server?.datadir).replace(/data\/$/, ''))).toBe(true);
  });

  it('logs row events, not statements, in its binary log', async () => {
    const url = await createMariaDatabase('binlog');
    await execMaria(url, 'CREATE TABLE t (id int PRIMARY KEY, v text)');
    const [settings] = await queryMaria(
      url,
      'SELECT @@log_bin AS on_, @@binlog_format AS format, @@server_id AS id',
    );
    expect(settings).toEqual({ on_: 1, format: 'ROW', id: 1 });
    const [before] = await queryMaria<BinlogStatus>(url, 'SHOW MASTER STATUS');
    await execMaria(url, "INSERT INTO t VALUES (1, 'one'), (2, 'two')");
    const events = await queryMaria<{ Event_type: string; Info: string }>(
      url,
      'SHOW BINLOG EVENTS IN ? FROM ?',
      [before?.File, before?.Position],
    );
    const types = events.map((event) => event.Event_type);
    expect(types).toContain('Write_rows_v1');
    expect(events.some((event) => event.Event_type === 'Query' && event.Info.includes('INSERT'))).toBe(false);
  });

  it("lets decant hold FLUSH TABLES WITH READ LOCK, which blocks others' writes, and read the binlog position", async () => {
    const url = await createMariaDatabase('lock');
    await execMaria(url, 'CREATE TABLE t (id int PRIMARY KEY)');
    await withMaria(url, async (locker) => {
      await locker.query('FLUSH TABLES WITH READ LOCK');
      const [status] = await locker.query<(BinlogStatus & RowDataPacket)[]>('SHOW MASTER STATUS');
      expect(status[0]?.File).toMatch(/^binlog\.\d{6}$/);
      expect(status[0]?.Position).toBeGreaterThan(0);
      await expect(
        execMaria(url, 'SET SESSION lock_wait_timeout = 0; INSERT INTO t VALUES (1)'),
      ).rejects.toMatchObject({ code: 'ER_LOCK_WAIT_TIMEOUT' });
      await locker.query('UNLOCK TABLES');
    });
    // The same impatient insert goes through once the lock is gone: it was the lock that stopped it.
    await execMaria(url, 'SET SESSION lock_wait_timeout = 0; INSERT INTO t VALUES (1)');
    expect(await queryMaria(url, 'SELECT id FROM t')).toEqual([{ id: 1 }]);
  });

  it('refuses the lock and the binlog position to reader, who may only select', async () => {
    const url = await createMariaDatabase('reader');
    await execMaria(url, 'CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (7)');
    const reader = mariaReaderUrl(mariaDatabaseOf(url));
    expect(await queryMaria(reader, 'SELECT id FROM t')).toEqual([{ id: 7 }]);
    const denied = { code: 'ER_SPECIFIC_ACCESS_DENIED_ERROR' };
    await expect(execMaria(reader, 'FLUSH TABLES WITH READ LOCK')).rejects.toMatchObject(denied);
    await expect(queryMaria(reader, 'SHOW MASTER STATUS')).rejects.toMatchObject(denied);
    await expect(execMaria(reader, 'INSERT INTO t VALUES (8)')).rejects.toMatchObject({
      code: 'ER_TABLEACCESS_DENIED_ERROR',
    });
  });

  it('gives every createMariaDatabase call a database of its own', async () => {
    const [first, second] = await Promise.all([createMariaDatabase('same'), createMariaDatabase('same')]);
    expect(mariaDatabaseOf(first)).not.toBe(mariaDatabaseOf(second));
    await execMaria(first, "CREATE TABLE t (v text); INSERT INTO t VALUES ('first')");
    await execMaria(second, 'CREATE TABLE t (v text)');
    expect(await queryMaria(first, 'SELECT v FROM t')).toEqual([{ v: 'first' }]);
    expect(await queryMaria(second, 'SELECT v FROM t')).toEqual([]);
  });

  it('builds the shop with the row counts, keys and trigger of the PostgreSQL one', async () => {
    const url = await createMariaDatabase('shop');
    await createMariaShop(url, 100);
    const [counts] = await queryMaria(
      url,
      `SELECT (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM orders) AS orders,
              (SELECT count(*) FROM items) AS items, (SELECT count(*) FROM audit_log) AS audit_log,
              (SELECT count(*) FROM orders WHERE note = 'touched') AS touched`,
    );
    expect(counts).toEqual({ customers: 10, orders: 100, items: 300, audit_log: 100, touched: 14 });
    const [keys] = await queryMaria(
      url,
      `SELECT min(id) AS first, max(id) AS last,
              (SELECT AUTO_INCREMENT FROM information_schema.TABLES
                WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'orders') AS next
         FROM orders`,
    );
    expect(keys).toMatchObject({ first: 1, last: 100 });
    // INSERT ... SELECT reserves AUTO_INCREMENT values in blocks: the counter is past the last key.
    expect(keys?.next).toBeGreaterThan(100);
    await expect(execMaria(url, "INSERT INTO items VALUES (999, 1, 'SKU-1', 1, NULL)")).rejects.toMatchObject(
      {
        code: 'ER_NO_REFERENCED_ROW_2',
      },
    );
    await expect(execMaria(url, "INSERT INTO items VALUES (1, 1, 'SKU-1', 1, NULL)")).rejects.toMatchObject({
      code: 'ER_DUP_ENTRY',
    });
  });
});

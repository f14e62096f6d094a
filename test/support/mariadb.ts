/**
 * Fresh databases on the test run's MariaDB server (started by global-setup.ts), in the
 * style of databases.ts: named uniquely so that test files running in parallel never share one.
 */
import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { inject } from 'vitest';
import { quoteMysqlIdent } from '../../src/core/sql/ident.js';

/** The URL of a database on the run's server as `decant`, who has every privilege. */
export function mariaUrl(database = ''): string {
  return withDatabase(inject('mariadbUrl'), database);
}

/** The same database as `reader`, who may only SELECT. */
export function mariaReaderUrl(database = ''): string {
  return withDatabase(inject('mariadbReaderUrl'), database);
}

/** The database name in a mysql:// URL. */
export function mariaDatabaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export async function createMariaDatabase(prefix: string): Promise<string> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await execMaria(mariaUrl(), `CREATE DATABASE ${quoteMysqlIdent(name)}`);
  return mariaUrl(name);
}

/**
 * Big integers come back as strings when a number would round them, and dates as the
 * server's text, so that tests compare exact values rather than what JavaScript made of them.
 */
export async function withMaria<T>(
  url: string,
  use: (connection: mysql.Connection) => Promise<T>,
): Promise<T> {
  const connection = await mysql.createConnection({
    uri: url,
    multipleStatements: true,
    supportBigNumbers: true,
    dateStrings: true,
  });
  try {
    return await use(connection);
  } finally {
    await connection.end();
  }
}

/** Runs SQL (several statements allowed) on a database. */
export async function execMaria(url: string, sql: string): Promise<void> {
  await withMaria(url, async (connection) => {
    await connection.query(sql);
  });
}

export async function queryMaria<T extends Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return withMaria(url, async (connection) => {
    const [rows] = await connection.query<mysql.RowDataPacket[]>(sql, params);
    return rows as T[];
  });
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

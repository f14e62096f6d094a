/**
 * Opening MySQL/MariaDB connections with errors a person can act on, and the session
 * settings every Decant connection to the source runs under: UTC (TIMESTAMP values then
 * arrive as UTC text), utf8mb4 (text arrives as UTF-8 bytes, whatever the column's
 * character set), and values read as the server prints them (no JavaScript Date or float).
 */
import mysql from 'mysql2/promise';
import { DecantError, messageOf } from '../../core/errors.js';
import { redactUrl } from '../../core/pg/connect.js';

export type MysqlConnection = mysql.Connection;

const SESSION_SETTINGS = [
  `SET time_zone = '+00:00'`,
  `SET NAMES utf8mb4 COLLATE utf8mb4_bin`,
  // Long GROUP_CONCATs in catalog queries, and no silent truncation anywhere.
  `SET SESSION group_concat_max_len = 1048576`,
  // Chunk reads can take longer than the defaults while the target writes.
  `SET SESSION net_write_timeout = 3600`,
  `SET SESSION net_read_timeout = 3600`,
];

export interface MysqlAddress {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Empty when the URL names no database. */
  database: string;
}

/** mysql://user:password@host:port/database (also mariadb://). */
export function mysqlAddress(url: string): MysqlAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
    if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:')
      throw new Error(`the scheme ${parsed.protocol} is not mysql: or mariadb:`);
  } catch (error) {
    throw new DecantError(
      'CONFIG_INVALID',
      `The source setting ${redactUrl(url)} is not a valid MySQL URL (${messageOf(error)})`,
      { hint: 'Write it as mysql://user:password@host:port/database', context: { key: 'source' } },
    );
  }
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') || 'localhost',
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
  };
}

export function describeMysqlServer(url: string): string {
  const address = mysqlAddress(url);
  return `${address.host}:${address.port}/${address.database || '(no database)'}`;
}

/**
 * A connection whose values come back exact: decimals and dates as the server's text,
 * 64-bit integers as numbers up to 2^53 and as text beyond, JSON as text, bytes for binary
 * columns (and text columns the reader selects as bytes, see reader.ts).
 */
export async function connectMysql(url: string): Promise<MysqlConnection> {
  const address = mysqlAddress(url);
  let connection: MysqlConnection;
  try {
    connection = await mysql.createConnection({
      host: address.host,
      port: address.port,
      user: address.user,
      password: address.password,
      database: address.database || undefined,
      charset: 'utf8mb4_bin',
      timezone: 'Z',
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: false,
      decimalNumbers: false,
      jsonStrings: true,
      multipleStatements: false,
      connectTimeout: 15_000,
    });
  } catch (error) {
    throw mysqlConnectError(error, url);
  }
  // An idle connection whose server goes away emits 'error'; without a listener Node exits.
  connection.on('error', () => undefined);
  for (const setting of SESSION_SETTINGS) await connection.query(setting);
  return connection;
}

function mysqlConnectError(error: unknown, url: string): DecantError {
  const where = `source ${describeMysqlServer(url)}`;
  const code = (error as { code?: string }).code;
  if (code === 'ER_ACCESS_DENIED_ERROR' || code === 'ER_DBACCESS_DENIED_ERROR') {
    return new DecantError('CONNECT_AUTH', `The ${where} refused the login: ${messageOf(error)}`, {
      hint: 'Check the user name and password in the source URL',
      cause: error,
    });
  }
  if (code === 'ER_BAD_DB_ERROR') {
    return new DecantError('CONNECT_DATABASE', `The ${where} has no such database: ${messageOf(error)}`, {
      hint: 'Fix the database name in the source URL (SHOW DATABASES lists them)',
      cause: error,
    });
  }
  const unreachable = ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNRESET'];
  if ((code && unreachable.includes(code)) || /timeout/i.test(messageOf(error))) {
    return new DecantError('CONNECT_UNREACHABLE', `Cannot reach the ${where}: ${messageOf(error)}`, {
      hint: 'Check that the server is running, the host and port are right, and no firewall is in the way',
      cause: error,
    });
  }
  return new DecantError('CONNECT_FAILED', `Cannot connect to the ${where}: ${messageOf(error)}`, {
    hint: 'Check the URL and the server log',
    cause: error,
  });
}

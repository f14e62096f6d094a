/**
 * Opening PostgreSQL connections (source or target) with errors a person can act on.
 * Owns URL redaction: no password ever reaches a message or a log.
 */
import { join } from 'node:path';
import pg from 'pg';
import { parse as parseConnectionString } from 'pg-connection-string';
import { DecantError, messageOf } from '../errors.js';

export type Side = 'source' | 'target';

/** The URL with its password replaced, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/** Where a server listens, as net.connect takes it. */
export type ServerAddress = { readonly path: string } | { readonly host: string; readonly port: number };

/**
 * The server a URL names: a Unix socket when its host is a directory, as libpq reads it
 * (`postgresql:///shop?host=/var/run/postgresql`, or the directory percent-encoded as the host),
 * otherwise a host and port.
 */
export function serverAddress(url: string): ServerAddress {
  const { host, port } = parseConnectionString(url);
  const portNumber = Number(port || 5432);
  if (host?.startsWith('/')) return { path: join(host, `.s.PGSQL.${portNumber}`) };
  return { host: host || 'localhost', port: portNumber };
}

export function describeAddress(address: ServerAddress): string {
  if ('path' in address) return address.path;
  return `${address.host.includes(':') ? `[${address.host}]` : address.host}:${address.port}`;
}

export function describeServer(url: string): string {
  try {
    const db = parseConnectionString(url).database || '(default database)';
    return `${describeAddress(serverAddress(url))}/${db}`;
  } catch {
    return '(unparseable URL)';
  }
}

export function connectionConfig(url: string, applicationName: string): pg.ClientConfig {
  return {
    connectionString: url,
    application_name: applicationName,
    connectionTimeoutMillis: 15_000,
    keepAlive: true,
  };
}

/** Connects and runs a first query, mapping failures onto CONNECT_* errors. */
export async function connect(
  url: string,
  side: Side,
  applicationName = `decant ${side}`,
): Promise<pg.Client> {
  if (!url) {
    throw new DecantError('CONFIG_MISSING', `No ${side} database URL was given`, {
      hint: `Pass --${side} postgresql://user:password@host:port/database, or set DECANT_${side.toUpperCase()}`,
    });
  }
  let client: pg.Client;
  try {
    const scheme = new URL(url).protocol;
    if (scheme !== 'postgres:' && scheme !== 'postgresql:')
      throw new Error(`the scheme ${scheme} is not postgresql:`);
    client = new pg.Client(connectionConfig(url, applicationName));
  } catch (error) {
    throw new DecantError(
      'CONFIG_INVALID',
      `The ${side} setting is not a valid URL for PostgreSQL (${messageOf(error)})`,
      {
        hint: 'Write it as postgresql://user:password@host:port/database',
        context: { key: side },
      },
    );
  }
  // An idle client whose server goes away emits 'error'; without a listener Node exits.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw connectError(error, url, side);
  }
}

export function connectError(error: unknown, url: string, side: Side): DecantError {
  const where = `${side} ${describeServer(url)}`;
  const code = (error as { code?: string }).code;
  const sqlstate = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
  if (code === '28P01' || code === '28000') {
    return new DecantError('CONNECT_AUTH', `The ${where} refused the login: ${messageOf(error)}`, {
      hint: `Check the user name and password in the ${side} URL`,
      context: { sqlstate },
      cause: error,
    });
  }
  if (code === '3D000') {
    return new DecantError('CONNECT_DATABASE', `The ${where} has no such database: ${messageOf(error)}`, {
      hint: `Create the database first (CREATE DATABASE), or fix the name in the ${side} URL`,
      context: { sqlstate },
      cause: error,
    });
  }
  const unreachable = ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'EAI_AGAIN', 'ECONNRESET'];
  if ((typeof code === 'string' && unreachable.includes(code)) || /timeout/i.test(messageOf(error))) {
    return new DecantError('CONNECT_UNREACHABLE', `Cannot reach the ${where}: ${messageOf(error)}`, {
      hint: 'Check that the server is running, the host and port are right, and no firewall is in the way',
      cause: error,
    });
  }
  return new DecantError('CONNECT_FAILED', `Cannot connect to the ${where}: ${messageOf(error)}`, {
    hint: 'Check the URL and the server log',
    context: { sqlstate },
    cause: error,
  });
}

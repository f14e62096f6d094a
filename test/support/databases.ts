/**
 * Fresh databases on the test run's embedded server: a source and a target per test,
 * named uniquely so that test files running in parallel never share one.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export function serverUrl(database = 'postgres'): string {
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export async function createDatabase(prefix: string): Promise<string> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl(), (client) => client.query(`CREATE DATABASE "${name}"`));
  return serverUrl(name);
}

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Runs SQL (several statements allowed) on a database. */
export async function execSql(url: string, sql: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query(sql);
  });
}

export async function queryRows<T extends Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  return withClient(url, async (client) => (await client.query<T>(sql, params)).rows);
}

/** A source and a target database, both empty. */
export async function sourceAndTarget(): Promise<{ source: string; target: string }> {
  const [source, target] = await Promise.all([createDatabase('src'), createDatabase('tgt')]);
  return { source, target };
}

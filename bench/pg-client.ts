/**
 * One short-lived PostgreSQL connection for the benchmark's own queries (facts about a
 * source, checks of a target). Not used by the tools under test.
 */
import pg from 'pg';

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'decant bench' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** The column `v` of the first row, as a number. */
export async function scalar(url: string, sql: string): Promise<number> {
  return withClient(url, async (client) => Number((await client.query<{ v: string }>(sql)).rows[0]?.v ?? 0));
}

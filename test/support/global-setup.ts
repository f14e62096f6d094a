/**
 * Starts one embedded PostgreSQL server and one MariaDB server for the whole test run; each
 * test file makes its own databases on them (test/support/databases.ts, mariadb.ts), so files
 * can run side by side. The two start at once, so MariaDB adds nothing to the run's start.
 */
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/embedded/postgres-server.js';
import { startMariaDb, type MariaDbServer } from './mariadb-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    postgresSocketDirectory: string;
    /** The MariaDB server as `decant` (every privilege), no database in the path. */
    mariadbUrl: string;
    /** The same server as `reader`, who may only SELECT. */
    mariadbReaderUrl: string;
  }
}

let postgres: EmbeddedServer | undefined;
let mariadb: MariaDbServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const [postgresStart, mariadbStart] = await Promise.allSettled([
    startEmbeddedPostgres({
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
    }),
    startMariaDb(),
  ]);
  if (postgresStart.status === 'fulfilled') postgres = postgresStart.value;
  if (mariadbStart.status === 'fulfilled') mariadb = mariadbStart.value;
  // One server failing must not leave the other running: stop it, then report the failure.
  if (postgresStart.status === 'rejected' || mariadbStart.status === 'rejected') await teardown();
  if (postgresStart.status === 'rejected') throw postgresStart.reason;
  if (mariadbStart.status === 'rejected') throw mariadbStart.reason;
  project.provide('postgresUrl', postgresStart.value.url());
  project.provide('postgresSocketDirectory', postgresStart.value.socketDirectory);
  project.provide('mariadbUrl', mariadbStart.value.url());
  project.provide('mariadbReaderUrl', mariadbStart.value.readerUrl());
}

export async function teardown(): Promise<void> {
  const running = [postgres, mariadb];
  postgres = mariadb = undefined;
  await Promise.all(running.map((server) => server?.stop()));
}

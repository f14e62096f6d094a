/**
 * Starts one embedded PostgreSQL server for the whole test run; each test file makes its
 * own databases on it (test/support/databases.ts), so files can run side by side.
 */
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/embedded/postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    postgresSocketDirectory: string;
  }
}

let server: EmbeddedServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await startEmbeddedPostgres({
    settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' },
  });
  project.provide('postgresUrl', server.url());
  project.provide('postgresSocketDirectory', server.socketDirectory);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

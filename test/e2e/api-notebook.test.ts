/**
 * Seed 000's migration notebook, cell by cell, over HTTP only: three connections (the
 * source, PostgreSQL, the gateway), the config, init + wait, schema, two concurrent data
 * operations, constraints and check, each through the gateway as the notebook's cells do.
 * After each step the ledger is queried as the notebook queries it. Then the server is
 * restarted on the same state directory and must remember everything but the passwords'
 * plain text, which it never shows.
 */
import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type Gateway } from '../../src/gateway/server.js';
import { connectionFields, startTestApi, type TestApi } from '../support/api.js';
import { queryRows, sourceAndTarget } from '../support/databases.js';
import { createShop } from '../support/fixtures.js';

interface Operation {
  id: number | string;
  status: string;
  stage: string;
  via: string;
  pid?: number;
  messages: string[];
  report?: { table: string; equal: boolean }[];
}

let api: TestApi;
let gateway: Gateway;
let source: string;
let target: string;

beforeAll(async () => {
  ({ source, target } = await sourceAndTarget());
  await createShop(source, 6000);
  const url = new URL(target);
  gateway = await startGateway({
    target: { host: url.hostname, port: Number(url.port) },
    listen: { host: '127.0.0.1', port: 0 },
  });
  api = await startTestApi();
});

afterAll(async () => {
  await api?.close();
  await gateway?.close();
});

const stages = (sql: string) =>
  queryRows<{ count: number; type: string; stage: string; error: string }>(target, sql);

/** The notebook's loop: poll GET /operation/{id} while Running, then POST .../wait. */
async function followOperation(id: number | string): Promise<Operation> {
  for (;;) {
    const { body } = await api.call<Operation>('GET', `/operation/${id}`);
    if (body.status !== 'Running') break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const waited = await api.call<Operation>('POST', `/operation/${id}/wait`);
  expect(waited.status).toBe(200);
  return waited.body;
}

describe("seed 000's notebook over the REST API", () => {
  it('runs init, schema, two data operations, constraints and check through the gateway', async () => {
    // Connection configuration: the source (any engine Decant reads), PostgreSQL, the gateway.
    const gatewayUrl = {
      ...connectionFields(target),
      host: gateway.address.host,
      port: gateway.address.port,
    };
    for (const [id, type, fields] of [
      [1, 'PostgreSQL', connectionFields(source)],
      [2, 'PostgreSQL', connectionFields(target)],
      [3, 'LGW', gatewayUrl],
    ] as const) {
      const created = await api.call('POST', '/connection', { type, ...fields, id });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({ id, type, hasPassword: true });
      expect(created.body).not.toHaveProperty('password');
    }
    const listed = await api.call<unknown[]>('GET', '/connection');
    expect(listed.body).toHaveLength(3);
    const password = String(connectionFields(target).password);
    expect(JSON.stringify(listed.body)).not.toContain(password);

    // The notebook's first check: no operation yet.
    expect((await api.call('GET', '/operation')).body).toEqual([]);

    const config = await api.call('POST', '/config', {
      dataOnePass: true,
      users: ['public'],
      verbose: 2,
      eraseOnInit: true,
    });
    expect(config.status).toBe(200);
    expect(config.body).toMatchObject({
      dataOnePass: true,
      users: ['public'],
      verbose: 2,
      eraseOnInit: true,
    });

    // init, then wait?count=1: the answer holds the final message only.
    const init = await api.call<{ operation: Operation }>('POST', '/operation', {
      id: 1,
      oracle: 1,
      lgw: 3,
      stage: 'init',
    });
    expect(init.status).toBe(200);
    expect(init.body.operation).toMatchObject({ id: 1, status: 'Running', stage: 'init', via: 'gateway' });
    const initDone = await api.call<Operation>('POST', '/operation/1/wait?count=1');
    expect(initDone.body.status).toBe('Succeeded');
    expect(initDone.body.messages).toHaveLength(1);
    expect(initDone.body.messages[0]).toMatch(/init succeeded/);
    const afterInit = await stages(
      `select count(*)::int as count, type, stage, error from dbt.migration_objects group by type, stage, error`,
    );
    expect(afterInit.every((row) => row.stage === 'I' && row.error === '')).toBe(true);
    expect(afterInit.find((row) => row.type === 'TABLE')?.count).toBe(4);

    // Schema: every non-index object reaches D.
    await api.call('POST', '/operation', { id: 1, oracle: 1, lgw: 3, stage: 'schema' });
    expect((await followOperation(1)).status).toBe('Succeeded');
    const afterSchema = await stages(
      `select count(*)::int as count, type, stage, error from dbt.migration_objects where type != 'INDEX' group by type, stage, error`,
    );
    // order_sizes groups by orders' primary key, so it waits for constraints; nothing failed.
    expect(afterSchema.filter((row) => row.error !== '')).toEqual([]);
    expect(afterSchema.filter((row) => row.type === 'TABLE')).toEqual([
      { count: 4, type: 'TABLE', stage: 'D', error: '' },
    ]);

    // Data: small chunks, two operations at once, sharing the tables through the ledger.
    expect((await api.call('PUT', '/config/dataOnePass', { value: false })).body).toMatchObject({
      dataOnePass: false,
    });
    expect((await api.call('PUT', '/config/dataChunkSize', { value: 65536 })).status).toBe(200);
    const started = await Promise.all(
      [0, 1].map(() =>
        api.call<{ operation: Operation }>('POST', '/operation', { oracle: 1, lgw: 3, stage: 'data' }),
      ),
    );
    const ids = started.map((s) => s.body.operation.id);
    expect(new Set(ids).size).toBe(2);
    const dataDone = await Promise.all(ids.map((id) => followOperation(id)));
    expect(dataDone.map((o) => o.status)).toEqual(['Succeeded', 'Succeeded']);
    expect(
      await stages(
        `select count(*)::int as count, stage, error from dbt.migration_objects where type = 'TABLE' group by stage, error`,
      ),
    ).toEqual([{ count: 4, stage: 'R', error: '' }]);
    // Both operations ran workers over the same ledger, and every row arrived once.
    const workers = await queryRows<{ operations: number }>(
      target,
      `select count(distinct operation_id)::int as operations from dbt.workers where step = 'data'`,
    );
    expect(workers[0]!.operations).toBe(2);
    // Each ran in its own process, not in the server's: the HTTP loop only answers.
    const pids = await queryRows<{ pid: number }>(
      target,
      `select distinct pid from dbt.workers where step = 'data' order by pid`,
    );
    expect(pids.map((row) => row.pid)).toEqual(dataDone.map((o) => o.pid!).sort((a, b) => a - b));
    expect(pids.map((row) => row.pid)).not.toContain(process.pid);
    const counts = `select (select count(*) from orders)::int as orders, (select count(*) from items)::int as items`;
    expect(await queryRows(target, counts)).toEqual(await queryRows(source, counts));

    // Constraints, then check: every table at K, and the report in the operation.
    await api.call('POST', '/operation', { id: 1, oracle: 1, lgw: 3, stage: 'constraints' });
    expect((await followOperation(1)).status).toBe('Succeeded');
    await api.call('POST', '/operation', { id: 1, oracle: 1, lgw: 3, stage: 'check' });
    const check = await followOperation(1);
    expect(check.status).toBe('Succeeded');
    expect(check.report).toHaveLength(4);
    expect(check.report!.every((table) => table.equal)).toBe(true);
    expect(
      await stages(
        `select count(*)::int as count, stage, error from dbt.migration_objects where type = 'TABLE' group by stage, error`,
      ),
    ).toEqual([{ count: 4, stage: 'K', error: '' }]);
    expect(gateway.accepted).toBeGreaterThan(5);

    // The notebook's failure report loop finds nothing to report.
    const all = await api.call<Operation[]>('GET', '/operation');
    expect(all.body.map((o) => o.status)).toEqual(['Succeeded', 'Succeeded', 'Succeeded']);

    // Metrics saw the copy.
    const metrics = await api.call<string>('GET', '/metrics');
    const copied = [...String(metrics.body).matchAll(/^decant_rows_copied_total\{table="([^"]+)"\} (\d+)/gm)];
    expect(copied.reduce((sum, m) => sum + Number(m[2]), 0)).toBe(6000 + 18000 + 6000 + 600);
    expect(String(metrics.body)).toMatch(
      /decant_operation_duration_seconds_count\{stage="data",status="Succeeded"\} 2/,
    );
  });

  it('remembers connections, config and operations across a restart, with secrets in a 600 file', async () => {
    const stateDir = api.stateDir;
    await api.close();
    expect(statSync(join(stateDir, 'secrets.json')).mode & 0o777).toBe(0o600);
    const password = String(connectionFields(target).password);
    expect(readFileSync(join(stateDir, 'state.json'), 'utf8')).not.toContain(password);
    api = await startTestApi({ stateDir });
    expect((await api.call<unknown[]>('GET', '/connection')).body).toHaveLength(3);
    expect((await api.call('GET', '/config')).body).toMatchObject({
      dataOnePass: false,
      dataChunkSize: 65536,
    });
    const operations = await api.call<Operation[]>('GET', '/operation');
    expect(operations.body.map((o) => o.stage)).toEqual(['check', 'data', 'data']);
    // The restored connections still carry their passwords to the engine: a check runs.
    await api.call('POST', '/operation', { id: 1, oracle: 1, postgres: 2, stage: 'check' });
    const again = await followOperation(1);
    expect(again).toMatchObject({ status: 'Succeeded', via: 'direct' });
  });
});

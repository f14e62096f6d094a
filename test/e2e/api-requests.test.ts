/**
 * The REST API's answers to what a user gets wrong (each a 4xx that says what and where,
 * after which the server still serves), its token, and the levers and cancel on a real
 * migration: a table whose DDL fails is fixed and retried, another object skipped, and a
 * long data operation cancelled and then resumed.
 */
import { getPriority } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionFields, startTestApi, type TestApi } from '../support/api.js';
import { execSql, queryRows, sourceAndTarget } from '../support/databases.js';
import { createShop } from '../support/fixtures.js';

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  hint?: string;
}

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api?.close();
});

describe('requests the API refuses', () => {
  it.each([
    {
      what: 'invalid JSON',
      method: 'POST',
      path: '/config',
      body: '{"dataOnePass": tru',
      status: 400,
      message: /not valid JSON/,
    },
    {
      what: 'an unknown config key',
      method: 'POST',
      path: '/config',
      body: { dataOnePas: true },
      status: 400,
      message: /Unknown configuration key "dataOnePas"/,
    },
    {
      what: 'a config value of the wrong type',
      method: 'POST',
      path: '/config',
      body: { rowsBuf: 'many' },
      status: 400,
      message: /"rowsBuf" has a wrong value "many"/,
    },
    {
      what: 'PUT of an unknown key',
      method: 'PUT',
      path: '/config/parTable',
      body: { value: true },
      status: 400,
      message: /Unknown configuration key "parTable"/,
    },
    {
      what: 'PUT without value',
      method: 'PUT',
      path: '/config/verbose',
      body: { val: 2 },
      status: 400,
      message: /unknown field "val"|value/,
    },
    {
      what: 'a source or target URL through /config',
      method: 'POST',
      path: '/config',
      body: { target: 'postgresql://x' },
      status: 400,
      message: /set by connections/,
    },
    {
      what: 'a connection of an unknown type',
      method: 'POST',
      path: '/connection',
      body: { id: 9, type: 'DB2', host: 'h', database: 'd' },
      status: 400,
      message: /body\.type .*Oracle, PostgreSQL, MySQL, SQLite, LGW/,
    },
    {
      what: 'a connection with a wrong port type',
      method: 'POST',
      path: '/connection',
      body: { id: 9, type: 'PostgreSQL', host: 'h', port: '5432', database: 'd' },
      status: 400,
      message: /body\.port must be integer/,
    },
    {
      what: 'a connection without its database',
      method: 'POST',
      path: '/connection',
      body: { id: 9, type: 'PostgreSQL', host: 'h' },
      status: 400,
      message: /needs "database"/,
    },
    {
      what: 'an unknown connection id',
      method: 'GET',
      path: '/connection/77',
      status: 404,
      message: /no connection "77"/,
    },
    {
      what: 'an operation on a missing connection',
      method: 'POST',
      path: '/operation',
      body: { oracle: 41, postgres: 42, stage: 'init' },
      status: 404,
      message: /no connection 42/,
    },
    {
      what: 'an operation of an unknown stage',
      method: 'POST',
      path: '/operation',
      body: { oracle: 1, postgres: 2, stage: 'cutover' },
      status: 400,
      message: /body\.stage .*init, schema, data, constraints, check, migrate/,
    },
    {
      what: 'an operation without a target',
      method: 'POST',
      path: '/operation',
      body: { oracle: 1, stage: 'init' },
      status: 400,
      message: /names no target/,
    },
    {
      what: 'a wait on an unknown operation',
      method: 'POST',
      path: '/operation/12345/wait',
      status: 404,
      message: /no operation "12345"/,
    },
    {
      what: 'a wait with a count that is not a number',
      method: 'POST',
      path: '/operation/1/wait?count=all',
      status: 400,
      message: /querystring\.count/,
    },
    {
      what: 'a cancel of an unknown operation',
      method: 'POST',
      path: '/operation/12345/cancel',
      status: 404,
      message: /no operation/,
    },
  ])('$what: $status', async ({ method, path, body, status, message }) => {
    const answer = await api.call<ErrorBody>(method, path, body);
    expect(answer.status).toBe(status);
    expect(answer.body.message).toMatch(message);
    expect(answer.body.code).toMatch(/^(API_|CONFIG_)/);
    // The server keeps serving.
    expect((await api.call('GET', '/config')).status).toBe(200);
  });

  it('asks for the token, and takes the right one only', async () => {
    const bare = await fetch(`${api.url}/operation`);
    expect(bare.status).toBe(401);
    expect(((await bare.json()) as ErrorBody).code).toBe('API_UNAUTHORIZED');
    const wrong = await fetch(`${api.url}/operation`, {
      headers: { authorization: 'Bearer test-token-124' },
    });
    expect(wrong.status).toBe(401);
    expect((await api.call('GET', '/operation')).status).toBe(200);
    // The API's description and the dashboard's page are public.
    expect((await fetch(`${api.url}/api/json`)).status).toBe(200);
    expect((await fetch(`${api.url}/`)).status).toBe(200);
  });

  it('describes every endpoint in its OpenAPI document', async () => {
    const document = (await (await fetch(`${api.url}/api/json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/connection',
        '/config',
        '/config/{key}',
        '/operation',
        '/operation/{id}',
        '/operation/{id}/wait',
        '/operation/{id}/cancel',
        '/object',
        '/object/{id}/retry',
        '/object/{id}/skip',
        '/events',
        '/metrics',
      ]),
    );
  });

  it('refuses an lgw-only operation when useNative asks for a direct connection', async () => {
    await api.call('POST', '/connection', {
      id: 'src',
      type: 'PostgreSQL',
      host: '127.0.0.1',
      database: 'd',
    });
    await api.call('POST', '/connection', { id: 'gw', type: 'LGW', host: '127.0.0.1', database: 'd' });
    await api.call('PUT', '/config/useNative', { value: true });
    const answer = await api.call<ErrorBody>('POST', '/operation', {
      oracle: 'src',
      lgw: 'gw',
      stage: 'init',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/useNative/);
    await api.call('PUT', '/config/useNative', { value: false });
  });
});

describe('levers and cancel through the API', () => {
  it('fixes a failing DDL and retries it, skips another object, cancels and resumes data', async () => {
    const { source, target } = await sourceAndTarget();
    await createShop(source, 40_000);
    await api.call('POST', '/connection', { id: 'source', type: 'PostgreSQL', ...connectionFields(source) });
    await api.call('POST', '/connection', { id: 'target', type: 'PostgreSQL', ...connectionFields(target) });
    await api.call('POST', '/config', { dataChunkSize: 8192, jobs: 1 });
    const run = async (stage: string) => {
      const started = await api.call<{ operation: { id: number } }>('POST', '/operation', {
        source: 'source',
        target: 'target',
        stage,
      });
      expect(started.status).toBe(200);
      return started.body.operation.id;
    };
    const finish = async (id: number) =>
      (await api.call<{ status: string; summary: string }>('POST', `/operation/${id}/wait`)).body;

    expect((await finish(await run('init'))).status).toBe('Succeeded');
    // A DDL that fails, as an operator would find it after a bad translation.
    await execSql(
      target,
      `UPDATE dbt.migration_objects SET ddl1 = replace(ddl1, 'numeric(12,2)', 'numeric(12,2) COLLATE "no such collation"') WHERE name = 'orders' AND type = 'TABLE';
       UPDATE dbt.migration_objects SET ddl1 = 'CREATE VIEW public.big_orders AS SELECT nothing_here FROM orders' WHERE name = 'big_orders'`,
    );
    expect((await finish(await run('schema'))).status).toBe('Failed');
    const failed = await api.call<{ id: number; name: string; ddl1: string; error: string }[]>(
      'GET',
      '/object?target=target&failed=true',
    );
    expect(failed.body.map((o) => o.name)).toEqual(['orders']);
    expect(failed.body[0]!.error).toMatch(/collation/);

    const orders = failed.body[0]!;
    const retried = await api.call<{ stage: string; error: string }>('POST', `/object/${orders.id}/retry`, {
      target: 'target',
      ddl1: orders.ddl1.replace(' COLLATE "no such collation"', ''),
    });
    expect(retried.body).toMatchObject({ stage: 'I', error: '' });
    const view = (
      await api.call<{ id: number; name: string }[]>('GET', '/object?target=target&type=VIEW')
    ).body.find((o) => o.name === 'big_orders')!;
    expect(
      (await api.call<{ stage: string }>('POST', `/object/${view.id}/skip`, { target: 'target' })).body.stage,
    ).toBe('S');
    expect((await finish(await run('schema'))).status).toBe('Succeeded');
    expect(
      await queryRows(
        target,
        `SELECT name, stage FROM dbt.migration_objects WHERE name IN ('orders', 'big_orders') ORDER BY name`,
      ),
    ).toEqual([
      { name: 'big_orders', stage: 'S' },
      { name: 'orders', stage: 'D' },
    ]);
    // A retry of an object that did not fail is refused.
    const notFailed = await api.call<ErrorBody>('POST', `/object/${orders.id}/retry`, { target: 'target' });
    expect(notFailed.status).toBe(409);

    // Cancel a data operation once it has copied something, then resume with a new one.
    const data = await run('data');
    for (;;) {
      const { body } = await api.call<{ tables?: unknown }>('GET', '/status?target=target');
      const copied = (body as { tables: { chunksDone: number }[] }).tables.some((t) => t.chunksDone > 0);
      if (copied) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await api.call('POST', `/operation/${data}/cancel`)).status).toBe(200);
    const cancelled = await finish(data);
    expect(cancelled.status).toBe('Failed');
    expect(cancelled.summary).toMatch(/^cancelled/);
    expect((await api.call<ErrorBody>('POST', `/operation/${data}/cancel`)).status).toBe(409);

    // The operation's process killed mid-copy: the operation fails and says so, the server
    // goes on, and the next run finishes with every row once.
    const chunksDone = async () =>
      (
        await api.call<{ tables: { chunksDone: number }[] }>('GET', '/status?target=target')
      ).body.tables.reduce((sum, table) => sum + table.chunksDone, 0);
    const beforeKill = await chunksDone();
    const killed = await run('data');
    while ((await chunksDone()) < beforeKill + 2) await new Promise((resolve) => setTimeout(resolve, 50));
    const { pid } = (await api.call<{ pid: number }>('GET', `/operation/${killed}`)).body;
    expect(pid).not.toBe(process.pid);
    // The copy runs below the server's CPU priority, so the server answers while it works.
    expect(getPriority(pid)).toBe(Math.min(19, getPriority() + 10));
    process.kill(pid, 'SIGKILL');
    const dead = await finish(killed);
    expect(dead.status).toBe('Failed');
    expect(dead.summary).toMatch(/process ended \(SIGKILL\).*start it again/);
    expect((await api.call('GET', '/operation')).status).toBe(200);

    expect((await finish(await run('data'))).status).toBe('Succeeded');
    const counts = `SELECT (SELECT count(*) FROM orders)::int AS orders, (SELECT count(*) FROM items)::int AS items`;
    expect(await queryRows(target, counts)).toEqual(await queryRows(source, counts));
  });
});

/**
 * Decant itself through the gateway, as the platform in seed 000 reaches its target (the `lgw`
 * connection): a whole migration whose target URL is the gateway's, with the postgres dialect
 * asked for in the URL's options. Every statement the engine sends (DDL, COPY, the ledger's
 * queries, the check's hashing) must pass unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type Gateway } from '../../src/gateway/server.js';
import { queryRows, sourceAndTarget } from '../support/databases.js';
import { testConfig, testEngine } from '../support/engine.js';
import { createShop } from '../support/fixtures.js';

let gateway: Gateway;
let source: string;
let target: string;

beforeAll(async () => {
  ({ source, target } = await sourceAndTarget());
  const url = new URL(target);
  gateway = await startGateway({
    target: { host: url.hostname, port: Number(url.port) },
    listen: { host: '127.0.0.1', port: 0 },
  });
});

afterAll(async () => {
  await gateway?.close();
});

describe('Decant through the gateway', () => {
  it('migrates with the target reached through the gateway in the postgres dialect', async () => {
    await createShop(source, 500);
    const viaGateway = new URL(target);
    viaGateway.hostname = gateway.address.host;
    viaGateway.port = String(gateway.address.port);
    viaGateway.searchParams.set('options', '-c decant.dialect=postgres');
    const result = await testEngine(testConfig(source, viaGateway.toString())).migrate();
    expect(result.ok).toBe(true);
    // The engine's connections went through the gateway (init, copy workers, constraints, check).
    expect(gateway.accepted).toBeGreaterThan(3);
    const counts = `SELECT (SELECT count(*) FROM customers)::int AS customers, (SELECT count(*) FROM orders)::int AS orders`;
    expect(await queryRows(target, counts)).toEqual(await queryRows(source, counts));
  });
});

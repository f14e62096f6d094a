/**
 * The dashboard in a real browser (Debian's Chromium, driven by playwright-core) against a
 * real server and real databases: a migration started step by step from the page reaches
 * K, a table whose DDL fails is fixed in the page's editor and retried, a failing function
 * is skipped, and the live progress and check report appear without a reload. Screenshots
 * are kept in test-results/dashboard/ as the run's artifacts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionFields, startTestApi, type TestApi } from '../support/api.js';
import { execSql, queryRows, sourceAndTarget } from '../support/databases.js';
import { createShop } from '../support/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = 'test-results/dashboard';

let api: TestApi;
let browser: Browser;
let page: Page;
let source: string;
let target: string;
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `The dashboard tests need Chromium at ${CHROMIUM}: on Debian, apt-get install chromium (see the README)`,
    );
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ source, target } = await sourceAndTarget());
  await createShop(source, 20_000);
  api = await startTestApi({ progressIntervalMs: 250 });
  await api.call('POST', '/connection', {
    id: 1,
    type: 'PostgreSQL',
    name: 'source',
    ...connectionFields(source),
  });
  await api.call('POST', '/connection', {
    id: 2,
    type: 'PostgreSQL',
    name: 'target',
    ...connectionFields(target),
  });
  await api.call('POST', '/config', { dataChunkSize: 65536, jobs: 2 });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
}

/** Clicks a step's button and waits until the operation it started has ended in the page. */
async function runStep(step: string): Promise<string> {
  const before = (await api.call<{ id: number }[]>('GET', '/operation')).body.length;
  await page.click(`#run-${step}`);
  let id: number | undefined;
  await expect
    .poll(async () => {
      const operations = (await api.call<{ id: number }[]>('GET', '/operation')).body;
      id = operations.length > before ? operations.at(-1)!.id : undefined;
      return id;
    })
    .toBeDefined();
  const status = page.locator(`#op-${id}-status`);
  await status.waitFor();
  await expect.poll(() => status.getAttribute('data-status'), { timeout: 60_000 }).not.toBe('Running');
  return (await status.getAttribute('data-status'))!;
}

describe('the dashboard', () => {
  it('runs a migration to K, with a DDL fixed and retried and a function skipped', async () => {
    await page.goto(`${api.url}/#token=${api.token}`);
    // The token left the address bar for the page's storage.
    await expect.poll(() => page.url()).not.toContain('token');
    await page.selectOption('#source-select', '1');
    await page.selectOption('#target-select', '2');
    await shot('1-connections');

    expect(await runStep('init')).toBe('Succeeded');
    // Two DDLs that fail, as a bad translation would leave them.
    await execSql(
      target,
      `UPDATE dbt.migration_objects SET ddl1 = replace(ddl1, 'numeric(12,2)', 'numeric(12,2) COLLATE "no such collation"') WHERE name = 'orders' AND type = 'TABLE';
       UPDATE dbt.migration_objects SET ddl1 = 'CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE no_such_language AS $$ $$' WHERE name = 'touch()'`,
    );
    expect(await runStep('schema')).toBe('Failed');
    const orders = page.locator('.failed-object[data-name="orders"]');
    const touch = page.locator('.failed-object[data-name="touch()"]');
    await orders.waitFor();
    await touch.waitFor();
    await shot('2-failed-objects');

    // Fix orders' DDL in the editor and retry; skip the function.
    const editor = orders.locator('textarea.ddl-editor');
    const ddl = await editor.inputValue();
    expect(ddl).toContain('no such collation');
    await editor.fill(ddl.replace(' COLLATE "no such collation"', ''));
    await orders.locator('.retry-button').click();
    await expect.poll(() => orders.count()).toBe(0);
    await touch.locator('.skip-button').click();
    await expect.poll(() => touch.count()).toBe(0);
    expect(
      await queryRows(
        target,
        `SELECT name, stage FROM dbt.migration_objects WHERE name IN ('orders', 'touch()') ORDER BY name`,
      ),
    ).toEqual([
      { name: 'orders', stage: 'I' },
      { name: 'touch()', stage: 'S' },
    ]);

    expect(await runStep('schema')).toBe('Succeeded');
    // Live progress while data copies: rows appear per table without a reload.
    const progressBefore = await page.evaluate(
      () => (globalThis as unknown as { decantProgressEvents: number }).decantProgressEvents,
    );
    await page.click('#run-data');
    await page.locator('.progress-row[data-table="public.items"]').waitFor({ timeout: 30_000 });
    await shot('3-data-progress');
    await expect
      .poll(
        async () => {
          const operations = (await api.call<{ status: string; stage: string }[]>('GET', '/operation')).body;
          return operations.at(-1)!.status;
        },
        { timeout: 60_000 },
      )
      .toBe('Succeeded');
    expect(
      await page.evaluate(
        () => (globalThis as unknown as { decantProgressEvents: number }).decantProgressEvents,
      ),
    ).toBeGreaterThan(progressBefore);

    expect(await runStep('constraints')).toBe('Succeeded');
    expect(await runStep('check')).toBe('Succeeded');
    // The report of the check, table by table, once the operation is opened.
    const last = (await api.call<{ id: number }[]>('GET', '/operation')).body.at(-1)!;
    await page.click(`#op-${last.id}-status`);
    await expect.poll(() => page.locator('#check-report .report-row').count()).toBe(4);
    await expect(page.locator('#check-report').innerText()).resolves.toMatch(/identical/);
    await shot('4-checked');

    expect(
      await queryRows(
        target,
        `SELECT count(*)::int AS n, stage FROM dbt.migration_objects WHERE type = 'TABLE' GROUP BY stage`,
      ),
    ).toEqual([{ n: 4, stage: 'K' }]);
    expect(consoleErrors).toEqual([]);
  });
});

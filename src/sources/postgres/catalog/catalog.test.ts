/**
 * Catalog discovery against a real PostgreSQL: a source with one of everything is
 * discovered, its DDL applied to an empty target in the order the steps use, and the two
 * catalogs must then be equal object by object.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parse } from 'libpg-query';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDatabase,
  execSql,
  serverUrl,
  sourceAndTarget,
  withClient,
} from '../../../../test/support/databases.js';
import { DecantError } from '../../../core/errors.js';
import type { DiscoveredObject, ObjectRef, Selection, TableDetails } from '../../source.js';
import { discoverPostgres } from './index.js';

const role = `decant_reader_${randomBytes(4).toString('hex')}`;
const ALL: Selection = { schemas: [], include: [], exclude: [] };
let source: string;
let target: string;
let objects: DiscoveredObject[];

const discover = (selection: Partial<Selection> = {}): Promise<DiscoveredObject[]> =>
  withClient(source, (client) => discoverPostgres(client, { ...ALL, ...selection }));
const find = (type: string, owner: string, name: string): DiscoveredObject | undefined =>
  objects.find((o) => o.type === type && o.owner === owner && o.name === name);
const get = (type: string, owner: string, name: string): DiscoveredObject => {
  const object = find(type, owner, name);
  if (!object) throw new Error(`${type} ${owner}.${name} was not discovered`);
  return object;
};
const details = (owner: string, name: string): TableDetails =>
  get('TABLE', owner, name).details as TableDetails;

beforeAll(async () => {
  await execSql(serverUrl(), `CREATE ROLE "${role}" NOLOGIN`);
  ({ source, target } = await sourceAndTarget());
  const fixture = await readFile(new URL('./catalog.fixture.sql', import.meta.url), 'utf8');
  await execSql(source, fixture.replaceAll('__ROLE__', role));
  objects = await discover();
});

afterAll(async () => {
  for (const url of [source, target]) {
    if (url) await execSql(url, `DROP OWNED BY "${role}"`).catch(() => undefined);
  }
  await execSql(serverUrl(), `DROP ROLE IF EXISTS "${role}"`);
});

describe('discoverPostgres', () => {
  it('recreates the source catalog in an empty target', async () => {
    await withClient(target, (client) => applyLikeTheSteps(client, objects));
    const [expected, actual] = await Promise.all([catalogFingerprint(source), catalogFingerprint(target)]);
    for (const [section, rows] of Object.entries(expected)) expect(rows.length, section).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });

  it('finds every object family', () => {
    const names = (type: string): string[] =>
      objects.filter((o) => o.type === type).map((o) => `${o.owner}.${o.name}`);
    expect(names('SCHEMA')).toEqual(['Mixed Schema.Mixed Schema', 'app.app', 'ext.ext']);
    expect(names('EXTENSION')).toEqual(['public.citext', 'ext.hstore']);
    expect(names('TYPE').sort()).toEqual([
      'app.address',
      'app.float_range',
      'app.mood',
      'app.positive_int',
      'app.short_text',
      'app.small_positive',
      'app.text_span',
    ]);
    expect(names('SEQUENCE').sort()).toEqual([
      'app.customers_id_seq',
      'app.invoice_no',
      'app.standalone_seq',
    ]);
    // Range constructors are PostgreSQL's own, made by CREATE TYPE: not objects.
    expect(names('FUNCTION').sort()).toEqual([
      'Mixed Schema.Select("from" integer)',
      'app.customer_entry_insert()',
      'app.customers_named(prefix text)',
      'app.next_measure()',
      'app.product(numeric)',
      'app.total_with_tax(amount numeric)',
      'app.total_with_tax(amount numeric, rate numeric)',
      'app.touch()',
    ]);
    expect(names('PROCEDURE')).toEqual(['app.archive(IN before date)']);
    expect(names('VIEW').sort()).toEqual([
      'Mixed Schema.Order View',
      'app.customer_entry',
      'app.customer_names',
      'app.happy_customers',
      'app.invoker_view',
    ]);
    expect(names('MATERIALIZED VIEW').sort()).toEqual(['app.happy_snapshot', 'app.invoice_totals']);
    expect(names('INDEX').sort()).toEqual(
      [
        'Mixed Schema.Order Items by select',
        'Mixed Schema.order_items_including',
        'Mixed Schema.order_items_lower',
        'app.events_2023_payload',
        'app.events_kind',
        'app.invoice_totals_customer',
        'app.invoices_taxed',
      ].sort(),
    );
    expect(names('TRIGGER').sort()).toEqual([
      'app.customer_entry.customer_entry_insert',
      'app.customers.Disabled Trigger',
      'app.customers.customers_touch',
      'app.events.events_touch',
    ]);
    expect(names('GRANT').sort()).toEqual(
      [
        'Mixed Schema.Order Items',
        'app.app',
        'app.customers',
        'app.happy_customers',
        'app.invoices',
        'app.mood',
        'app.standalone_seq',
        'app.total_with_tax(amount numeric, rate numeric)',
        'public.public',
      ].sort(),
    );
  });

  it('records parents and dependencies between found objects only', () => {
    const refs = new Set(objects.map((o) => `${o.type}|${o.owner}|${o.name}`));
    for (const object of objects) {
      for (const ref of object.dependsOn) {
        expect(refs.has(`${ref.type}|${ref.owner}|${ref.name}`), `${object.name} → ${ref.name}`).toBe(true);
        expect(ref.type === object.type && ref.owner === object.owner && ref.name === object.name).toBe(
          false,
        );
      }
    }
    const dependsOn = (object: DiscoveredObject, ref: ObjectRef): void =>
      expect(object.dependsOn).toContainEqual(ref);
    const partition = get('TABLE', 'app', 'events_2024_click');
    expect(partition.parent).toEqual({ owner: 'app', name: 'events_2024', type: 'TABLE' });
    dependsOn(partition, { owner: 'app', name: 'events_2024', type: 'TABLE' });
    const customers = get('TABLE', 'app', 'customers');
    dependsOn(customers, { owner: 'app', name: 'customers_id_seq', type: 'SEQUENCE' });
    dependsOn(customers, { owner: 'app', name: 'mood', type: 'TYPE' });
    dependsOn(customers, { owner: 'app', name: 'address', type: 'TYPE' });
    dependsOn(customers, { owner: 'public', name: 'citext', type: 'EXTENSION' });
    dependsOn(customers, { owner: 'app', name: 'app', type: 'SCHEMA' });
    dependsOn(get('TABLE', 'app', 'shops'), { owner: 'app', name: 'mood', type: 'TYPE' });
    dependsOn(get('VIEW', 'app', 'happy_customers'), { owner: 'app', name: 'customer_names', type: 'VIEW' });
    const orderView = get('VIEW', 'Mixed Schema', 'Order View');
    dependsOn(orderView, { owner: 'app', name: 'total_with_tax(amount numeric)', type: 'FUNCTION' });
    dependsOn(orderView, { owner: 'Mixed Schema', name: 'Order Items', type: 'TABLE' });
    const trigger = get('TRIGGER', 'app', 'customers.customers_touch');
    expect(trigger.parent).toEqual({ owner: 'app', name: 'customers', type: 'TABLE' });
    dependsOn(trigger, { owner: 'app', name: 'touch()', type: 'FUNCTION' });
    dependsOn(get('INDEX', 'app', 'invoices_taxed'), {
      owner: 'app',
      name: 'total_with_tax(amount numeric)',
      type: 'FUNCTION',
    });
    dependsOn(get('TYPE', 'app', 'positive_int'), { owner: 'app', name: 'app', type: 'SCHEMA' });
    dependsOn(get('GRANT', 'app', 'customers'), { owner: 'app', name: 'customers', type: 'TABLE' });
    dependsOn(customers, { owner: 'ext', name: 'hstore', type: 'EXTENSION' });
    dependsOn(get('EXTENSION', 'ext', 'hstore'), { owner: 'ext', name: 'ext', type: 'SCHEMA' });
    const measures = get('TABLE', 'app', 'measures');
    dependsOn(measures, { owner: 'app', name: 'next_measure()', type: 'FUNCTION' });
    dependsOn(measures, { owner: 'app', name: 'customers', type: 'TABLE' });
    dependsOn(measures, { owner: 'app', name: 'small_positive', type: 'TYPE' });
    dependsOn(get('TYPE', 'app', 'small_positive'), { owner: 'app', name: 'positive_int', type: 'TYPE' });
    dependsOn(get('FUNCTION', 'app', 'customers_named(prefix text)'), {
      owner: 'app',
      name: 'customers',
      type: 'TABLE',
    });
    dependsOn(get('MATERIALIZED VIEW', 'app', 'happy_snapshot'), {
      owner: 'app',
      name: 'happy_customers',
      type: 'VIEW',
    });
    expect(get('TRIGGER', 'app', 'customer_entry.customer_entry_insert').parent).toEqual({
      owner: 'app',
      name: 'customer_entry',
      type: 'VIEW',
    });
    expect(get('TABLE', 'app', 'invoices').ddl1).toContain(
      'ALTER SEQUENCE "app"."invoice_no" OWNED BY "app"."invoices"."invoice_no"',
    );
    dependsOn(get('TABLE', 'app', 'invoices'), { owner: 'app', name: 'invoice_no', type: 'SEQUENCE' });
  });

  it('writes DDL that PostgreSQL parses, in ;-separated statements', async () => {
    for (const object of objects) {
      for (const ddl of [object.ddl1, object.ddl2].filter((text) => text !== '')) {
        expect(ddl.endsWith(';'), `${object.type} ${object.name}`).toBe(true);
        await expect(parse(ddl), `${object.type} ${object.name}: ${ddl}`).resolves.toBeDefined();
      }
    }
    const customers = get('TABLE', 'app', 'customers');
    expect(customers.ddl2.indexOf('PRIMARY KEY')).toBeLessThan(customers.ddl2.indexOf('FOREIGN KEY'));
    expect(customers.ddl2).toContain('NOT VALID');
    expect(customers.ddl1).not.toContain('CHECK');
    expect(get('MATERIALIZED VIEW', 'app', 'invoice_totals').ddl1).toContain('WITH NO DATA');
    // pg_get_indexdef's ON ONLY would leave the partitions without the index.
    expect(get('INDEX', 'app', 'events_kind').ddl1).toBe(
      'CREATE INDEX "events_kind" ON "app"."events" USING btree (kind);',
    );
  });

  it('describes tables for the data and check steps', () => {
    expect(details('app', 'customers')).toMatchObject({
      targetSchema: 'app',
      targetName: 'customers',
      partitioned: false,
      key: [{ name: 'id', type: 'integer' }],
      copyFormat: 'text',
    });
    expect(details('app', 'tags').key).toBeNull();
    expect(details('app', 'tags').copyFormat).toBe('binary');
    expect(details('app', 'readings').key).toEqual([
      { name: 'sensor', type: 'uuid' },
      { name: 'at', type: 'timestamp without time zone' },
    ]);
    expect(details('app', 'shops').copyFormat).toBe('text');
    expect(details('app', 'regions').copyFormat).toBe('binary');
    expect(details('app', 'regions').columns[0]).toEqual({
      name: 'id',
      type: 'bigint',
      copied: true,
      identity: true,
    });
    expect(details('app', 'measures')).toMatchObject({
      key: [{ name: 'id', type: 'integer' }],
      copyFormat: 'text',
    });
    expect(details('app', 'invoices').columns.find((c) => c.name === 'tax')).toMatchObject({ copied: false });
    expect(details('app', 'events').partitioned).toBe(true);
    expect(details('app', 'events_2024_click').partitioned).toBe(false);
    const customers = get('TABLE', 'app', 'customers');
    expect(customers.rowEstimate).toBe(2);
    expect(customers.dataSize).toBeGreaterThan(0);
    expect(details('app', 'customers').pages).toBeGreaterThan(0);
    expect(get('SEQUENCE', 'app', 'standalone_seq').details).toEqual({ kind: 'sequence' });
  });

  it('selects by include and exclude patterns', async () => {
    const pick = async (selection: Partial<Selection>): Promise<string[]> =>
      (await discover(selection))
        .filter((o) => ['TABLE', 'VIEW', 'SEQUENCE', 'FUNCTION', 'INDEX', 'TRIGGER'].includes(o.type))
        .map((o) => `${o.type} ${o.owner}.${o.name}`)
        .sort();
    const customersOnly = await pick({ schemas: ['app'], include: ['customers'] });
    expect(customersOnly).toEqual([
      'SEQUENCE app.customers_id_seq',
      'TABLE app.customers',
      'TRIGGER app.customers.Disabled Trigger',
      'TRIGGER app.customers.customers_touch',
    ]);
    const events = await pick({ include: ['app.events'], exclude: ['events\\_2024\\_%'] });
    expect(events).toEqual([
      'INDEX app.events_2023_payload',
      'INDEX app.events_kind',
      'TABLE app.events',
      'TABLE app.events_2023',
      'TABLE app.events_2024',
      'TRIGGER app.events.events_touch',
    ]);
    const mixed = await pick({ schemas: ['Mixed Schema'], exclude: ['%View'] });
    expect(mixed).toEqual([
      'FUNCTION Mixed Schema.Select("from" integer)',
      'INDEX Mixed Schema.Order Items by select',
      'INDEX Mixed Schema.order_items_including',
      'INDEX Mixed Schema.order_items_lower',
      'TABLE Mixed Schema.Order Items',
    ]);
    await expect(pick({ include: ['ORDER%'] })).rejects.toMatchObject({ code: 'SOURCE_NOTHING_SELECTED' });
  });

  it('carries what one schema needs from outside it', async () => {
    const appOnly = await discover({ schemas: ['app'] });
    expect(appOnly.filter((o) => o.type === 'SCHEMA').map((o) => o.name)).toEqual(['app']);
    const hstore = appOnly.find((o) => o.type === 'EXTENSION' && o.name === 'hstore');
    expect(hstore?.ddl1).toBe(
      'CREATE SCHEMA IF NOT EXISTS "ext";\nCREATE EXTENSION IF NOT EXISTS "hstore" WITH SCHEMA "ext";',
    );
    const empty = await createDatabase('tgt');
    await withClient(empty, (client) => applyLikeTheSteps(client, appOnly));
    await execSql(empty, `DROP OWNED BY "${role}"`);
  });

  it('refuses a schema that does not exist', async () => {
    const error = await discover({ schemas: ['app', 'nope'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DecantError);
    expect(error).toMatchObject({ code: 'SOURCE_SCHEMA_MISSING' });
    expect((error as DecantError).hint).toContain('app');
  });

  it('refuses a selection that matches nothing', async () => {
    await expect(discover({ include: ['no_such_table'] })).rejects.toMatchObject({
      code: 'SOURCE_NOTHING_SELECTED',
    });
  });

  it('leaves the session settings as they were', async () => {
    await withClient(source, async (client) => {
      await client.query(`SET search_path = app, public; SET DateStyle = 'SQL, DMY'`);
      await discoverPostgres(client, { ...ALL, schemas: ['app'] });
      const { rows } = await client.query(
        `SELECT current_setting('search_path') AS path, current_setting('DateStyle') AS style`,
      );
      expect(rows[0]).toEqual({ path: 'app, public', style: 'SQL, DMY' });
    });
  });
});

/**
 * What the schema and constraints steps do with the ledger: schema objects in dependency
 * order, then indexes, then every table's ddl2 (foreign keys last), then triggers.
 */
async function applyLikeTheSteps(client: pg.Client, all: DiscoveredObject[]): Promise<void> {
  await client.query('SET check_function_bodies = off');
  const later = new Set(['INDEX', 'TRIGGER']);
  const run = async (object: DiscoveredObject, sql: string): Promise<void> => {
    try {
      await client.query(sql);
    } catch (error) {
      throw new Error(`${object.type} ${object.owner}.${object.name}: ${(error as Error).message}\n${sql}`, {
        cause: error,
      });
    }
  };
  for (const object of topologicalOrder(all.filter((o) => !later.has(o.type))))
    await run(object, object.ddl1);
  for (const object of all.filter((o) => o.type === 'INDEX')) await run(object, object.ddl1);
  const ddl2 = await Promise.all(
    all
      .filter((o) => o.ddl2 !== '')
      .map(async (o) => ({ object: o, statements: await splitStatements(o.ddl2) })),
  );
  for (const foreign of [false, true]) {
    for (const { object, statements } of ddl2) {
      for (const statement of statements.filter((s) => /\bFOREIGN KEY\b/.test(s) === foreign))
        await run(object, statement);
    }
  }
  for (const object of all.filter((o) => o.type === 'TRIGGER')) await run(object, object.ddl1);
}

function topologicalOrder(objects: DiscoveredObject[]): DiscoveredObject[] {
  const key = (ref: ObjectRef): string => `${ref.type}|${ref.owner}|${ref.name}`;
  const byKey = new Map(objects.map((o) => [key(o), o]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: DiscoveredObject[] = [];
  const visit = (object: DiscoveredObject): void => {
    const k = key(object);
    if (done.has(k)) return;
    if (visiting.has(k)) throw new Error(`dependency cycle through ${k}`);
    visiting.add(k);
    for (const ref of object.dependsOn) {
      const dependency = byKey.get(key(ref));
      if (dependency) visit(dependency);
    }
    visiting.delete(k);
    done.add(k);
    order.push(object);
  };
  // Reverse input order, so that an order that only works by accident of the list fails.
  for (const object of [...objects].reverse()) visit(object);
  return order;
}

async function splitStatements(sql: string): Promise<string[]> {
  const tree = (await parse(sql)) as { stmts?: { stmt_location?: number; stmt_len?: number }[] };
  const bytes = Buffer.from(sql, 'utf8');
  return (tree.stmts ?? []).map(({ stmt_location: start = 0, stmt_len: len }) =>
    bytes.subarray(start, len ? start + len : bytes.length).toString('utf8'),
  );
}

async function catalogFingerprint(url: string): Promise<Record<string, unknown[]>> {
  const text = await readFile(new URL('./catalog.fingerprint.sql', import.meta.url), 'utf8');
  const sections = text.split(/^-- section: /m).slice(1);
  return withClient(url, async (client) => {
    await client.query(`SET search_path = ''; SET DateStyle = ISO`);
    const fingerprint: Record<string, unknown[]> = {};
    for (const section of sections) {
      const [name = '', ...sql] = section.split('\n');
      const query = sql.join('\n').trim().replace(/;$/, '');
      fingerprint[name.trim()] = (await client.query(`SELECT * FROM (${query}) f ORDER BY f::text`)).rows;
    }
    return fingerprint;
  });
}

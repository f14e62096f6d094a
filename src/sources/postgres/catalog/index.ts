/**
 * Catalog discovery of a PostgreSQL source (the engine-specific half of `init`): every
 * object of the selection with its DDL, sizes and dependencies. Owns the order of the
 * families, the session settings that make PostgreSQL's deparsers write portable text,
 * and the final clean-up of dependsOn. Each object family lives in its own module.
 *
 * @example
 *   const objects = await discoverPostgres(client, { schemas: ['app'], include: [], exclude: ['%_old'] });
 *   // objects[0] → { owner: 'app', name: 'app', type: 'SCHEMA', ddl1: 'CREATE SCHEMA IF NOT EXISTS "app";', ... }
 */
import type pg from 'pg';
import { DecantError } from '../../../core/errors.js';
import type { DiscoveredObject, ObjectRef, ObjectType, Selection } from '../../source.js';
import { createFound, refId, type CatalogContext } from './context.js';
import { applyDependencies, loadDependencies, usedExtensions } from './dependencies.js';
import { discoverExtensions } from './extensions.js';
import { discoverFunctions } from './functions.js';
import { discoverGrants } from './grants.js';
import { discoverIndexes } from './indexes.js';
import { loadRelations, selectRelations } from './relations.js';
import { discoverSchemas, selectSchemas } from './schemas.js';
import { discoverSequences } from './sequences.js';
import { discoverTables } from './tables.js';
import { discoverTriggers } from './triggers.js';
import { discoverTypes } from './types.js';
import { discoverViews } from './views.js';

export { matchesPattern } from '../../selection-pattern.js';

/**
 * As pg_dump does: an empty search_path makes every deparsed name schema-qualified, and
 * ISO dates, plain intervals, exact floats and standard strings make constants in
 * defaults, partition bounds and views read back the same in the target.
 */
const DISCOVERY_SETTINGS: Record<string, string> = {
  search_path: '',
  DateStyle: 'ISO',
  IntervalStyle: 'postgres',
  extra_float_digits: '3',
  standard_conforming_strings: 'on',
};

const PATTERN_TYPES: readonly ObjectType[] = [
  'TABLE',
  'VIEW',
  'MATERIALIZED VIEW',
  'SEQUENCE',
  'FUNCTION',
  'PROCEDURE',
];

export async function discoverPostgres(client: pg.Client, selection: Selection): Promise<DiscoveredObject[]> {
  return withSettings(client, DISCOVERY_SETTINGS, async () => {
    const { rows } = await client.query<{ version: number }>(
      `SELECT current_setting('server_version_num')::int AS version`,
    );
    const ctx: CatalogContext = {
      client,
      version: rows[0]!.version,
      selection,
      schemas: await selectSchemas(client, selection),
      found: createFound(),
    };
    await discoverSchemas(ctx);
    const relations = await loadRelations(ctx);
    const selected = selectRelations(relations, selection);
    const oidsOf = (...kinds: string[]): string[] =>
      relations.filter((r) => selected.has(r.oid) && kinds.includes(r.kind)).map((r) => r.oid);

    await discoverTypes(ctx);
    await discoverSequences(ctx, oidsOf('S'));
    await discoverFunctions(ctx);
    await discoverTables(ctx, oidsOf('r', 'p'));
    await discoverViews(ctx, oidsOf('v', 'm'));
    await aliasRowTypes(ctx);
    await discoverIndexes(ctx, oidsOf('r', 'p', 'm'));
    await discoverTriggers(ctx, oidsOf('r', 'p', 'v', 'm'));

    const dependencies = await loadDependencies(ctx);
    await discoverExtensions(ctx, usedExtensions(ctx.found, dependencies));
    applyDependencies(ctx.found, dependencies);
    await markViewsNeedingKeys(ctx);
    await discoverGrants(ctx);

    const objects = finish(ctx.found.objects);
    assertSomethingSelected(objects, selection);
    return objects;
  });
}

/**
 * A view whose query relies on a table's primary key (grouping by the key and selecting
 * other columns of the table) cannot be created before that key exists in the target.
 */
async function markViewsNeedingKeys(ctx: CatalogContext): Promise<void> {
  const { rows } = await ctx.client.query<{ oid: string }>(
    `SELECT DISTINCT rw.ev_class::text AS oid
     FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_rewrite rw ON rw.oid = d.objid
     WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_constraint'::regclass
       AND rw.ev_class = ANY($1::oid[])`,
    [ctx.found.oids('class')],
  );
  for (const row of rows) {
    const ref = ctx.found.ref(`class:${row.oid}`);
    const object = ref ? ctx.found.get(ref) : undefined;
    if (object) object.details = { ...object.details, afterConstraints: true };
  }
}

/** A table's or view's row type (and its array) stands for the relation in pg_depend. */
async function aliasRowTypes(ctx: CatalogContext): Promise<void> {
  const { rows } = await ctx.client.query<{ oid: string; rowtype: string; array: string }>(
    `SELECT c.oid::text AS oid, t.oid::text AS rowtype, t.typarray::text AS array
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_type t ON t.oid = c.reltype
     WHERE c.oid = ANY($1::oid[]) AND c.relkind IN ('r', 'p', 'v', 'm')`,
    [ctx.found.oids('class')],
  );
  for (const row of rows) {
    const ref = ctx.found.ref(`class:${row.oid}`);
    if (!ref) continue;
    ctx.found.alias(`type:${row.rowtype}`, ref);
    ctx.found.alias(`type:${row.array}`, ref);
  }
}

/** Every object also needs its schema; dependsOn keeps only found objects, once, never itself. */
function finish(objects: DiscoveredObject[]): DiscoveredObject[] {
  const present = new Set(objects.map(refId));
  for (const object of objects) {
    const schema: ObjectRef = { owner: object.owner, name: object.owner, type: 'SCHEMA' };
    const seen = new Set<string>([refId(object)]);
    object.dependsOn = [...object.dependsOn, ...(object.type === 'SCHEMA' ? [] : [schema])].filter((ref) => {
      const id = refId(ref);
      if (seen.has(id) || !present.has(id)) return false;
      seen.add(id);
      return true;
    });
  }
  return objects;
}

function assertSomethingSelected(objects: readonly DiscoveredObject[], selection: Selection): void {
  const patterned = objects.some((o) => PATTERN_TYPES.includes(o.type));
  const anything = objects.some((o) => !['SCHEMA', 'EXTENSION', 'GRANT'].includes(o.type));
  if ((selection.include.length > 0 && !patterned) || !anything) {
    const where = selection.schemas.length > 0 ? `schemas ${selection.schemas.join(', ')}` : 'all schemas';
    throw new DecantError(
      'SOURCE_NOTHING_SELECTED',
      `The selection matches no table, view, sequence or function in ${where}`,
      {
        hint:
          'Check the schemas, include and exclude settings: patterns use LIKE (% and _), are case-sensitive, ' +
          'and match "schema.name" when they contain a dot, else the bare name',
        context: { schemas: selection.schemas, include: selection.include, exclude: selection.exclude },
      },
    );
  }
}

async function withSettings<T>(
  client: pg.Client,
  settings: Record<string, string>,
  run: () => Promise<T>,
): Promise<T> {
  const names = Object.keys(settings);
  const { rows } = await client.query<{ name: string; value: string }>(
    `SELECT n AS name, current_setting(n) AS value FROM unnest($1::text[]) AS n`,
    [names],
  );
  const set = (values: [string, string][]): Promise<unknown> =>
    client.query(
      `SELECT pg_catalog.set_config(s.name, s.value, false) FROM unnest($1::text[], $2::text[]) AS s(name, value)`,
      [values.map(([name]) => name), values.map(([, value]) => value)],
    );
  await set(Object.entries(settings));
  try {
    return await run();
  } finally {
    // If the session is unusable the caller learns it from its next query, not from here.
    await set(rows.map((row): [string, string] => [row.name, row.value])).catch(() => undefined);
  }
}

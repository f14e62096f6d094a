/**
 * init: discovers the source's objects and records them in the ledger at stage I.
 * Refuses a target that already holds objects in the migrated schemas unless asked to
 * erase, and checks all of that before it writes anything.
 */
import type pg from 'pg';
import { DecantError } from '../../core/errors.js';
import { quoteIdent } from '../../core/sql/ident.js';
import { Stage } from '../../core/stage.js';
import type { DiscoveredObject, TableDetails } from '../../sources/source.js';
import type { Step } from './step.js';

export const initStep: Step = {
  name: 'init',
  async run(ctx) {
    const { config, ledger } = ctx;
    const erase = ctx.options.erase ?? config.eraseOnInit;
    if (!erase && (await ledger.exists())) {
      await ledger.requireInstalled();
      const count = await ledger.objects.count();
      if (count > 0) {
        ctx.operationId = await ledger.operations.start('init', {});
        return {
          ok: true,
          summary: `already initialised: ${count} objects in the ledger, nothing to do (--erase starts again)`,
        };
      }
    }
    const source = await ctx.source();
    ctx.emit({ type: 'log', step: 'init', level: 'debug', message: `discovering ${source.describe()}` });
    const objects = await source.discover({
      schemas: config.users,
      include: config.include,
      exclude: config.exclude,
    });
    if (!objects.some((o) => o.type === 'TABLE' || o.type === 'VIEW' || o.type === 'FUNCTION')) {
      throw new DecantError(
        'SOURCE_NOTHING_SELECTED',
        'The selection matches no table, view or function in the source',
        {
          hint: 'Check --users (schemas) and the include/exclude patterns',
        },
      );
    }
    const schemas = [...new Set(objects.map(targetSchemaOf))].filter((s) => s !== config.ledgerSchema);
    const existing = await objectsInTarget(ctx.target, schemas);
    if (existing.length > 0 && !erase) {
      throw new DecantError(
        'TARGET_NOT_EMPTY',
        `The target already holds ${existing.length} object(s) in the schemas to migrate (${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', ...' : ''})`,
        { hint: 'Use an empty target database, or pass --erase (eraseOnInit) to drop them first' },
      );
    }
    if (erase) await eraseTarget(ctx.target, ledger.schema, schemas);
    await ledger.install();
    ctx.operationId = await ledger.operations.start('init', { erase });
    if (erase) await ctx.log('warn', `erased the ledger and schema(s) ${schemas.join(', ')} in the target`);
    await ledger.objects.insertAll(objects);
    const failed = objects.filter((o) => o.error);
    for (const object of failed) {
      await ctx.target.query(
        `UPDATE ${ledger.table('migration_objects')} SET stage = $4, error = $5 WHERE owner = $1 AND name = $2 AND type = $3`,
        [object.owner, object.name, object.type, Stage.InitFailed, object.error],
      );
    }
    for (const object of objects) {
      for (const note of object.notes ?? [])
        await ctx.log('warn', `${object.type.toLowerCase()} ${object.owner}.${object.name}: ${note}`);
    }
    const byType = new Map<string, number>();
    for (const object of objects) byType.set(object.type, (byType.get(object.type) ?? 0) + 1);
    const counts = [...byType].map(([type, n]) => `${n} ${type.toLowerCase()}`).join(', ');
    await ctx.log('info', `discovered ${counts}`);
    ctx.emit({ type: 'objects', step: 'init', done: objects.length, total: objects.length });
    return {
      ok: failed.length === 0,
      summary: `${objects.length} objects recorded (${counts})${failed.length ? `, ${failed.length} cannot be migrated (stage r)` : ''}`,
    };
  },
};

function targetSchemaOf(object: DiscoveredObject): string {
  if (object.type === 'TABLE') return (object.details as TableDetails).targetSchema;
  return object.type === 'SCHEMA' ? object.name : object.owner;
}

/** Names of user objects (relations, routines, types) in these schemas of the target. */
async function objectsInTarget(target: pg.Pool, schemas: string[]): Promise<string[]> {
  const { rows } = await target.query(
    `WITH s AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = ANY($1)),
     ext AS (SELECT objid FROM pg_depend WHERE deptype = 'e')
     SELECT s.nspname || '.' || c.relname AS name FROM pg_class c JOIN s ON s.oid = c.relnamespace
       WHERE c.oid NOT IN (SELECT objid FROM ext) AND c.relkind IN ('r','p','v','m','S','f')
     UNION ALL
     SELECT s.nspname || '.' || p.proname FROM pg_proc p JOIN s ON s.oid = p.pronamespace
       WHERE p.oid NOT IN (SELECT objid FROM ext)
     UNION ALL
     SELECT s.nspname || '.' || t.typname FROM pg_type t JOIN s ON s.oid = t.typnamespace
       WHERE t.oid NOT IN (SELECT objid FROM ext) AND t.typtype IN ('e','d','r','m')
         OR (t.typtype = 'c' AND t.typnamespace = s.oid AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'
             AND t.oid NOT IN (SELECT objid FROM ext))
     LIMIT 1000`,
    [schemas],
  );
  return rows.map((r) => r.name as string);
}

async function eraseTarget(target: pg.Pool, ledgerSchema: string, schemas: string[]): Promise<void> {
  const client = await target.connect();
  try {
    await client.query('BEGIN');
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(ledgerSchema)} CASCADE`);
    for (const schema of schemas) {
      await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
      if (schema === 'public') {
        // Restore public as a fresh database has it.
        const { rows } = await client.query(
          `SELECT current_setting('server_version_num')::int >= 140000 AS modern`,
        );
        await client.query(
          rows[0].modern ? 'CREATE SCHEMA public AUTHORIZATION pg_database_owner' : 'CREATE SCHEMA public',
        );
        await client.query('GRANT USAGE ON SCHEMA public TO PUBLIC');
      }
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

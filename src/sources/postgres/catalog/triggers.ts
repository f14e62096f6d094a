/**
 * TRIGGER objects: user triggers (and constraint triggers) of selected tables and views,
 * with their enabled state and comments. Not owned here: internal triggers behind foreign
 * keys, and a partition's clones of its parent's triggers (the parent's CREATE TRIGGER
 * makes them).
 */
import { qualified, quoteIdent } from '../../../core/sql/ident.js';
import type { ObjectRef, ObjectType } from '../../source.js';
import { type CatalogContext } from './context.js';
import { commentOn, joinStatements } from './statements.js';

interface TriggerRow {
  oid: string;
  schema: string;
  table: string;
  tableType: ObjectType;
  name: string;
  def: string;
  enabled: string;
  comment: string | null;
}

const ENABLE: Record<string, string> = { D: 'DISABLE', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' };

export async function discoverTriggers(ctx: CatalogContext, relationOids: readonly string[]): Promise<void> {
  const notClone = ctx.version >= 130000 ? 't.tgparentid = 0' : 'true';
  const { rows } = await ctx.client.query<TriggerRow>(
    `SELECT t.oid::text AS oid, n.nspname AS schema, c.relname AS table, t.tgname AS name,
            CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS "tableType",
            pg_catalog.pg_get_triggerdef(t.oid) AS def, t.tgenabled::text AS enabled,
            pg_catalog.obj_description(t.oid, 'pg_trigger') AS comment
     FROM pg_catalog.pg_trigger t
     JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE t.tgrelid = ANY($1::oid[]) AND NOT t.tgisinternal AND ${notClone}
     ORDER BY n.nspname, c.relname, t.tgname`,
    [relationOids],
  );
  for (const row of rows) {
    const table = qualified(row.schema, row.table);
    const trigger = quoteIdent(row.name);
    const enable = ENABLE[row.enabled];
    const ddl1 = joinStatements([
      row.def,
      ...(enable ? [`ALTER TABLE ${table} ${enable} TRIGGER ${trigger}`] : []),
      ...commentOn('TRIGGER', `${trigger} ON ${table}`, row.comment),
    ]);
    const parent: ObjectRef = { owner: row.schema, name: row.table, type: row.tableType };
    ctx.found.add(
      {
        owner: row.schema,
        name: `${row.table}.${row.name}`,
        type: 'TRIGGER',
        ddl1,
        ddl2: '',
        dataSize: 0,
        rowEstimate: 0,
        parent,
        dependsOn: [parent],
        details: { kind: 'trigger' },
      },
      [`trigger:${row.oid}`],
    );
  }
}

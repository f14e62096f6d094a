/**
 * FUNCTION and PROCEDURE objects: pg_get_functiondef for functions, procedures and window
 * functions, aggregates.ts for aggregates. An object's name carries its identity
 * arguments (`name(integer, text)`) so that overloads are distinct. Selection patterns
 * match the bare function name.
 */
import { qualified } from '../../../core/sql/ident.js';
import type { ObjectType } from '../../source.js';
import { aggregateStatement, loadAggregates } from './aggregates.js';
import { baseObject, notExtensionMember, type CatalogContext } from './context.js';
import { isSelected } from '../../selection-pattern.js';
import { commentOn, joinStatements } from './statements.js';

interface FunctionRow {
  oid: string;
  schema: string;
  name: string;
  /** prokind: f function, p procedure, a aggregate, w window. */
  kind: string;
  args: string;
  def: string | null;
  comment: string | null;
}

/** The signature used in COMMENT, GRANT and object names: `schema.name(args)`. */
export function routineSignature(schema: string, name: string, args: string, kind: string): string {
  return `${qualified(schema, name)}(${kind === 'a' && args === '' ? '*' : args})`;
}

export function routineObjectType(kind: string): ObjectType {
  return kind === 'p' ? 'PROCEDURE' : 'FUNCTION';
}

export async function discoverFunctions(ctx: CatalogContext): Promise<void> {
  const { rows } = await ctx.client.query<FunctionRow>(
    `SELECT p.oid::text AS oid, n.nspname AS schema, p.proname AS name, p.prokind::text AS kind,
            pg_catalog.pg_get_function_identity_arguments(p.oid) AS args,
            CASE WHEN p.prokind <> 'a' THEN pg_catalog.pg_get_functiondef(p.oid) END AS def,
            pg_catalog.obj_description(p.oid, 'pg_proc') AS comment
     FROM pg_catalog.pg_proc p
     JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
     WHERE p.pronamespace = ANY($1::oid[]) AND ${notExtensionMember('pg_proc', 'p.oid')}
       -- Functions PostgreSQL made for another object (range and multirange constructors)
       -- come back with that object.
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i WHERE i.classid = 'pg_proc'::regclass
                        AND i.objid = p.oid AND i.deptype = 'i')
     ORDER BY n.nspname, p.proname, args`,
    [ctx.schemas.map((schema) => schema.oid)],
  );
  const selected = rows.filter((row) => isSelected(ctx.selection, row.schema, row.name));
  const aggregates = await loadAggregates(
    ctx,
    selected.filter((row) => row.kind === 'a').map((row) => row.oid),
  );
  for (const row of selected) {
    const signature = routineSignature(row.schema, row.name, row.args, row.kind);
    const create = row.kind === 'a' ? aggregateStatement(signature, aggregates.get(row.oid)) : row.def;
    if (!create) continue;
    const commentKind = row.kind === 'a' ? 'AGGREGATE' : routineObjectType(row.kind);
    const ddl1 = joinStatements([create, ...commentOn(commentKind, signature, row.comment)]);
    const type = routineObjectType(row.kind);
    ctx.found.add(
      {
        ...baseObject({ owner: row.schema, name: `${row.name}(${row.args})`, type }, ddl1),
        details: { kind: row.kind === 'a' ? 'aggregate' : row.kind === 'w' ? 'window' : type.toLowerCase() },
      },
      [`proc:${row.oid}`],
    );
  }
}

/**
 * SEQUENCE objects: standalone sequences with all their options. Not owned here: identity
 * sequences (they come with their column, see table-columns.ts), OWNED BY (it goes into
 * the owning table's DDL, see tables.ts) and the sequence's current value (the engine
 * sets it through SourceAdapter.sequenceValues).
 */
import { qualified } from '../../../core/sql/ident.js';
import { baseObject, type CatalogContext } from './context.js';
import { commentOn, joinStatements } from './statements.js';

export interface SequenceOptions {
  increment: string;
  min: string;
  max: string;
  start: string;
  cache: string;
  cycle: boolean;
}

/** Columns of pg_sequence `s` as SequenceOptions fields. */
export const SEQUENCE_OPTION_COLUMNS = `s.seqincrement::text AS increment, s.seqmin::text AS min, s.seqmax::text AS max,
  s.seqstart::text AS start, s.seqcache::text AS cache, s.seqcycle AS cycle`;

/** The option list shared by CREATE SEQUENCE and identity columns (values are numbers from the catalog). */
export function sequenceOptions(options: SequenceOptions): string {
  return [
    `INCREMENT BY ${options.increment}`,
    `MINVALUE ${options.min}`,
    `MAXVALUE ${options.max}`,
    `START WITH ${options.start}`,
    `CACHE ${options.cache}`,
    options.cycle ? 'CYCLE' : 'NO CYCLE',
  ].join(' ');
}

interface SequenceRow extends SequenceOptions {
  oid: string;
  schema: string;
  name: string;
  type: string;
  unlogged: boolean;
  comment: string | null;
}

export async function discoverSequences(ctx: CatalogContext, oids: readonly string[]): Promise<void> {
  const { rows } = await ctx.client.query<SequenceRow>(
    `SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name,
            pg_catalog.format_type(s.seqtypid, NULL) AS type, c.relpersistence = 'u' AS unlogged,
            pg_catalog.obj_description(c.oid, 'pg_class') AS comment, ${SEQUENCE_OPTION_COLUMNS}
     FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
     WHERE c.oid = ANY($1::oid[])
     ORDER BY n.nspname, c.relname`,
    [oids],
  );
  for (const row of rows) {
    const target = qualified(row.schema, row.name);
    const ddl1 = joinStatements([
      `CREATE ${row.unlogged ? 'UNLOGGED ' : ''}SEQUENCE ${target} AS ${row.type} ${sequenceOptions(row)}`,
      ...commentOn('SEQUENCE', target, row.comment),
    ]);
    ctx.found.add(
      {
        ...baseObject({ owner: row.schema, name: row.name, type: 'SEQUENCE' }, ddl1),
        details: { kind: 'sequence' },
      },
      [`class:${row.oid}`],
    );
  }
}

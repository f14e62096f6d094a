/**
 * VIEW and MATERIALIZED VIEW objects, their options and comments. A materialized view is
 * created WITH NO DATA: the constraints step refreshes it once the tables hold their rows.
 * Not owned here: the indexes of a materialized view (indexes.ts) and the order between
 * views (dependencies.ts, from pg_depend through pg_rewrite).
 */
import { qualified, quoteIdent } from '../../../core/sql/ident.js';
import { baseObject, type CatalogContext } from './context.js';
import { commentOn, joinStatements, optionList } from './statements.js';

interface ViewRow {
  oid: string;
  schema: string;
  name: string;
  materialized: boolean;
  def: string;
  options: string[] | null;
  accessMethod: string | null;
  populated: boolean;
  comment: string | null;
  columnComments: { name: string; comment: string }[] | null;
  dataSize: number;
  rowEstimate: number;
}

export async function discoverViews(ctx: CatalogContext, oids: readonly string[]): Promise<void> {
  const accessMethod =
    ctx.version >= 120000
      ? '(SELECT am.amname FROM pg_catalog.pg_am am WHERE am.oid = c.relam)'
      : 'NULL::name';
  const { rows } = await ctx.client.query<ViewRow>(
    `SELECT c.oid::text AS oid, n.nspname AS schema, c.relname AS name, c.relkind = 'm' AS materialized,
            pg_catalog.pg_get_viewdef(c.oid, true) AS def, c.reloptions::text[] AS options,
            ${accessMethod} AS "accessMethod", c.relispopulated AS populated,
            pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
            (SELECT json_agg(json_build_object('name', a.attname, 'comment', d.description) ORDER BY a.attnum)
               FROM pg_catalog.pg_attribute a
               JOIN pg_catalog.pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass
                AND d.objsubid = a.attnum
              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS "columnComments",
            CASE WHEN c.relkind = 'm' THEN pg_catalog.pg_table_size(c.oid) ELSE 0 END::float8 AS "dataSize",
            greatest(c.reltuples, 0)::float8 AS "rowEstimate"
     FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = ANY($1::oid[])
     ORDER BY n.nspname, c.relname`,
    [oids],
  );
  for (const row of rows) {
    const target = qualified(row.schema, row.name);
    const query = row.def.trim().replace(/;$/, '');
    const checkOption = (row.options ?? []).find((option) => option.startsWith('check_option='));
    const options = optionList((row.options ?? []).filter((option) => option !== checkOption));
    const withOptions = options.length > 0 ? ` WITH (${options.join(', ')})` : '';
    const kind = row.materialized ? 'MATERIALIZED VIEW' : 'VIEW';
    const create = row.materialized
      ? `CREATE MATERIALIZED VIEW ${target}${row.accessMethod && row.accessMethod !== 'heap' ? ` USING ${quoteIdent(row.accessMethod)}` : ''}` +
        `${withOptions} AS\n${query}\nWITH NO DATA`
      : `CREATE OR REPLACE VIEW ${target}${withOptions} AS\n${query}` +
        (checkOption ? `\nWITH ${checkOption.endsWith('=local') ? 'LOCAL' : 'CASCADED'} CHECK OPTION` : '');
    const ddl1 = joinStatements([
      create,
      ...commentOn(kind, target, row.comment),
      ...(row.columnComments ?? []).flatMap((c) =>
        commentOn('COLUMN', `${target}.${quoteIdent(c.name)}`, c.comment),
      ),
    ]);
    ctx.found.add(
      {
        ...baseObject({ owner: row.schema, name: row.name, type: kind }, ddl1),
        dataSize: row.dataSize,
        rowEstimate: row.materialized ? row.rowEstimate : 0,
        details: row.materialized
          ? { kind: 'materialized view', populated: row.populated }
          : { kind: 'view' },
      },
      [`class:${row.oid}`],
    );
  }
}

/**
 * VIEW objects, their query translated from SQLite by the translator's sqlite dialect.
 * Views wait for the constraints step: SQLite lets a query group by a table's key and
 * select its other columns, which PostgreSQL accepts only once the key exists. A query
 * the translator cannot take keeps SQLite's text in ddl1, with the translator's message
 * (stage r), for the operator to rewrite. Dependencies are the tables and views the query
 * names.
 */
import { messageOf } from '../../../core/errors.js';
import { qualified, quoteIdent } from '../../../core/sql/ident.js';
import { translate } from '../../../translate/index.js';
import type { ObjectRef } from '../../source.js';
import { DEFAULT_TARGET_SCHEMA, joinDdl, type CatalogContext } from './context.js';
import { parseCreateView } from './schema-text.js';

export interface ViewEntry {
  name: string;
  sql: string;
}

export function discoverView(
  ctx: CatalogContext,
  view: ViewEntry,
  relations: ReadonlyMap<string, ObjectRef>,
): void {
  const text = parseCreateView(view.sql);
  const columns = text.columns.length ? ` (${text.columns.map(quoteIdent).join(', ')})` : '';
  const dependsOn = new Map<string, ObjectRef>();
  for (const token of text.queryTokens) {
    if (token.kind !== 'word' && token.kind !== 'ident') continue;
    const ref = relations.get(token.value.toLowerCase());
    if (ref && ref.name !== view.name) dependsOn.set(ref.name, ref);
  }
  const create = (query: string): string[] => [
    // The translated query names tables as SQLite does, without a schema.
    ...(ctx.schema === DEFAULT_TARGET_SCHEMA ? [] : [`SET LOCAL search_path TO ${quoteIdent(ctx.schema)}`]),
    `CREATE OR REPLACE VIEW ${qualified(ctx.schema, view.name)}${columns} AS\n${query}`,
  ];
  const object = {
    owner: ctx.schema,
    name: view.name,
    type: 'VIEW' as const,
    ddl2: '',
    dataSize: 0,
    rowEstimate: 0,
    dependsOn: [...dependsOn.values()],
    details: { kind: 'view', afterConstraints: true },
  };
  try {
    const translation = translate(text.query, { from: 'sqlite' });
    const review = translation.diagnostics.map(
      (d) => `translation to review at ${d.line}:${d.column}: ${d.construct}: ${d.message}`,
    );
    ctx.found.push({
      ...object,
      ddl1: joinDdl(create(translation.sql)),
      ...(review.length > 0 ? { notes: review } : {}),
    });
  } catch (error) {
    ctx.found.push({
      ...object,
      ddl1: joinDdl(create(text.query)),
      error: `needs translation: ${messageOf(error)}; rewrite ddl1 for PostgreSQL, then set stage='I'`,
    });
  }
}

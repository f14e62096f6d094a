/**
 * VIEW objects. ddl1 is CREATE OR REPLACE VIEW with the view's query as SQLite wrote it,
 * and the view is reported (stage r) for the operator to rewrite it for PostgreSQL.
 * Dependencies are the tables and views the query names.
 */
import { qualified, quoteIdent } from '../../../core/sql/ident.js';
import type { ObjectRef } from '../../source.js';
import { joinDdl, type CatalogContext } from './context.js';
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
  ctx.found.push({
    owner: ctx.schema,
    name: view.name,
    type: 'VIEW',
    ddl1: joinDdl([`CREATE OR REPLACE VIEW ${qualified(ctx.schema, view.name)}${columns} AS\n${text.query}`]),
    ddl2: '',
    dataSize: 0,
    rowEstimate: 0,
    dependsOn: [...dependsOn.values()],
    details: { kind: 'view' },
    error: "needs translation: the query is SQLite SQL; rewrite ddl1 for PostgreSQL, then set stage='I'",
  });
}

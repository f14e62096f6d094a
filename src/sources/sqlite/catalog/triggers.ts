/**
 * TRIGGER objects, recorded with SQLite's CREATE TRIGGER in ddl1 and reported for review
 * (stage r): their bodies are SQLite statements, and PostgreSQL needs a trigger function
 * in PL/pgSQL. The operator writes it, puts it in ddl1 and sets stage='I'.
 */
import type { ObjectRef } from '../../source.js';
import type { CatalogContext } from './context.js';

export interface TriggerEntry {
  name: string;
  /** The table or view it is on. */
  parent: ObjectRef;
  sql: string;
}

export function discoverTrigger(ctx: CatalogContext, trigger: TriggerEntry): void {
  ctx.found.push({
    owner: ctx.schema,
    name: `${trigger.parent.name}.${trigger.name}`,
    type: 'TRIGGER',
    ddl1: trigger.sql,
    ddl2: '',
    dataSize: 0,
    rowEstimate: 0,
    parent: trigger.parent,
    dependsOn: [trigger.parent],
    details: { kind: 'trigger' },
    error: 'needs review: SQLite trigger bodies are not translated',
  });
}

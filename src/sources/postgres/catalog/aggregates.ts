/**
 * CREATE AGGREGATE from pg_aggregate, which pg_get_functiondef does not cover. Owns the
 * mapping of pg_aggregate columns to aggregate options; the object itself is made by
 * functions.ts. Support functions and types are written schema-qualified.
 */
import { quoteLiteral } from '../../../core/sql/ident.js';
import type { CatalogContext } from './context.js';

export interface AggregateRow {
  oid: string;
  /** aggkind: n normal, o ordered-set, h hypothetical-set. */
  kind: string;
  sfunc: string;
  stype: string;
  sspace: number;
  finalfunc: string | null;
  finalExtra: boolean;
  finalModify: string | null;
  combinefunc: string | null;
  serialfunc: string | null;
  deserialfunc: string | null;
  initcond: string | null;
  msfunc: string | null;
  minvfunc: string | null;
  mstype: string | null;
  msspace: number;
  mfinalfunc: string | null;
  mfinalExtra: boolean;
  mfinalModify: string | null;
  minitcond: string | null;
  sortop: string | null;
  parallel: string;
}

export async function loadAggregates(
  ctx: CatalogContext,
  oids: readonly string[],
): Promise<Map<string, AggregateRow>> {
  if (oids.length === 0) return new Map();
  // regproc/regoperator text is schema-qualified because discovery runs with an empty search_path.
  const proc = (column: string): string => `CASE WHEN a.${column} <> 0 THEN a.${column}::regproc::text END`;
  const modify = (column: string): string => (ctx.version >= 110000 ? `a.${column}::text` : 'NULL');
  const { rows } = await ctx.client.query<AggregateRow>(
    `SELECT a.aggfnoid::oid::text AS oid, a.aggkind::text AS kind, a.aggtransfn::regproc::text AS sfunc,
            pg_catalog.format_type(a.aggtranstype, NULL) AS stype, a.aggtransspace AS sspace,
            ${proc('aggfinalfn')} AS finalfunc, a.aggfinalextra AS "finalExtra", ${modify('aggfinalmodify')} AS "finalModify",
            ${proc('aggcombinefn')} AS combinefunc, ${proc('aggserialfn')} AS serialfunc,
            ${proc('aggdeserialfn')} AS deserialfunc, a.agginitval AS initcond,
            ${proc('aggmtransfn')} AS msfunc, ${proc('aggminvtransfn')} AS minvfunc,
            CASE WHEN a.aggmtranstype <> 0 THEN pg_catalog.format_type(a.aggmtranstype, NULL) END AS mstype,
            a.aggmtransspace AS msspace, ${proc('aggmfinalfn')} AS mfinalfunc, a.aggmfinalextra AS "mfinalExtra",
            ${modify('aggmfinalmodify')} AS "mfinalModify", a.aggminitval AS minitcond,
            CASE WHEN a.aggsortop <> 0 THEN a.aggsortop::regoperator::text END AS sortop,
            p.proparallel::text AS parallel
     FROM pg_catalog.pg_aggregate a JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
     WHERE a.aggfnoid = ANY($1::oid[])`,
    [oids],
  );
  return new Map(rows.map((row) => [row.oid, row]));
}

const MODIFY: Record<string, string> = { r: 'READ_ONLY', s: 'SHAREABLE', w: 'READ_WRITE' };
const PARALLEL: Record<string, string> = { s: 'SAFE', r: 'RESTRICTED', u: 'UNSAFE' };

/** `CREATE AGGREGATE schema.name(args) (...)`, or null when the row is missing. */
export function aggregateStatement(signature: string, row: AggregateRow | undefined): string | null {
  if (!row) return null;
  const options = [`SFUNC = ${row.sfunc}`, `STYPE = ${row.stype}`];
  if (row.sspace) options.push(`SSPACE = ${row.sspace}`);
  if (row.finalfunc) {
    options.push(`FINALFUNC = ${row.finalfunc}`);
    if (row.finalExtra) options.push('FINALFUNC_EXTRA');
    if (row.finalModify && row.finalModify !== (row.kind === 'n' ? 'r' : 'w')) {
      options.push(`FINALFUNC_MODIFY = ${MODIFY[row.finalModify]}`);
    }
  }
  if (row.combinefunc) options.push(`COMBINEFUNC = ${row.combinefunc}`);
  if (row.serialfunc) options.push(`SERIALFUNC = ${row.serialfunc}`);
  if (row.deserialfunc) options.push(`DESERIALFUNC = ${row.deserialfunc}`);
  if (row.initcond !== null) options.push(`INITCOND = ${quoteLiteral(row.initcond)}`);
  if (row.msfunc) {
    options.push(`MSFUNC = ${row.msfunc}`, `MINVFUNC = ${row.minvfunc}`, `MSTYPE = ${row.mstype}`);
    if (row.msspace) options.push(`MSSPACE = ${row.msspace}`);
    if (row.mfinalfunc) {
      options.push(`MFINALFUNC = ${row.mfinalfunc}`);
      if (row.mfinalExtra) options.push('MFINALFUNC_EXTRA');
      if (row.mfinalModify && row.mfinalModify !== 'r')
        options.push(`MFINALFUNC_MODIFY = ${MODIFY[row.mfinalModify]}`);
    }
    if (row.minitcond !== null) options.push(`MINITCOND = ${quoteLiteral(row.minitcond)}`);
  }
  if (row.sortop) options.push(`SORTOP = ${operatorName(row.sortop)}`);
  if (row.parallel !== 'u') options.push(`PARALLEL = ${PARALLEL[row.parallel]}`);
  if (row.kind === 'h') options.push('HYPOTHETICAL');
  return `CREATE AGGREGATE ${signature} (\n    ${options.join(',\n    ')}\n)`;
}

/** regoperator text is `name(left,right)`; SORTOP takes `OPERATOR(schema.name)` or the bare name. */
function operatorName(regoperator: string): string {
  const name = regoperator.slice(0, regoperator.lastIndexOf('('));
  return name.includes('.') ? `OPERATOR(${name})` : name;
}

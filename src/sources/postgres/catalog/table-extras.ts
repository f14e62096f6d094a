/**
 * The parts of a table's ddl2 that are not constraints but must come after the data like
 * them: row-level security and its policies (COPY into a table with forced RLS fails),
 * rules, extended statistics and the replica identity (which may name a constraint's
 * index). Not owned here: the constraints themselves (constraints.ts).
 */
import { qualified, quoteIdent } from '../../../core/sql/ident.js';
import type { CatalogContext } from './context.js';
import { commentOn } from './statements.js';

interface PolicyRow {
  name: string;
  permissive: boolean;
  command: string;
  /** null stands for PUBLIC. */
  roles: (string | null)[];
  using: string | null;
  check: string | null;
  comment: string | null;
}

interface RuleRow {
  name: string;
  def: string;
  enabled: string;
  comment: string | null;
}

interface StatisticsRow {
  schema: string;
  name: string;
  def: string;
  comment: string | null;
}

export interface TableExtrasRow {
  rel: string;
  rowSecurity: boolean;
  forceRowSecurity: boolean;
  replicaIdentity: string;
  replicaIndex: string | null;
  policies: PolicyRow[] | null;
  rules: RuleRow[] | null;
  statistics: StatisticsRow[] | null;
}

const COMMANDS: Record<string, string> = { '*': 'ALL', r: 'SELECT', a: 'INSERT', w: 'UPDATE', d: 'DELETE' };
const ENABLE: Record<string, string> = { D: 'DISABLE', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' };
const REPLICA_IDENTITY: Record<string, string> = { n: 'NOTHING', f: 'FULL' };

export async function loadTableExtras(
  ctx: CatalogContext,
  oids: readonly string[],
): Promise<Map<string, TableExtrasRow>> {
  const { rows } = await ctx.client.query<TableExtrasRow>(
    `SELECT c.oid::text AS rel, c.relrowsecurity AS "rowSecurity", c.relforcerowsecurity AS "forceRowSecurity",
            c.relreplident::text AS "replicaIdentity",
            (SELECT ic.relname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
              WHERE i.indrelid = c.oid AND i.indisreplident LIMIT 1) AS "replicaIndex",
            (SELECT json_agg(json_build_object(
                      'name', p.polname, 'permissive', p.polpermissive, 'command', p.polcmd,
                      'roles', (SELECT array_agg(r.rolname ORDER BY r.rolname NULLS FIRST) FROM unnest(p.polroles) AS pr(oid)
                                  LEFT JOIN pg_catalog.pg_roles r ON r.oid = pr.oid),
                      'using', pg_catalog.pg_get_expr(p.polqual, p.polrelid),
                      'check', pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid),
                      'comment', pg_catalog.obj_description(p.oid, 'pg_policy')) ORDER BY p.polname)
               FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid) AS policies,
            (SELECT json_agg(json_build_object('name', r.rulename, 'def', pg_catalog.pg_get_ruledef(r.oid),
                      'enabled', r.ev_enabled, 'comment', pg_catalog.obj_description(r.oid, 'pg_rewrite'))
                      ORDER BY r.rulename)
               FROM pg_catalog.pg_rewrite r WHERE r.ev_class = c.oid AND r.rulename <> '_RETURN') AS rules,
            (SELECT json_agg(json_build_object('schema', sn.nspname, 'name', s.stxname,
                      'def', pg_catalog.pg_get_statisticsobjdef(s.oid),
                      'comment', pg_catalog.obj_description(s.oid, 'pg_statistic_ext')) ORDER BY s.stxname)
               FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_namespace sn ON sn.oid = s.stxnamespace
              WHERE s.stxrelid = c.oid) AS statistics
     FROM pg_catalog.pg_class c WHERE c.oid = ANY($1::oid[])`,
    [oids],
  );
  return new Map(rows.map((row) => [row.rel, row]));
}

export function tableExtraStatements(table: string, extras: TableExtrasRow | undefined): string[] {
  if (!extras) return [];
  const alter = `ALTER TABLE ONLY ${table}`;
  const statements: string[] = [];
  for (const s of extras.statistics ?? []) {
    statements.push(s.def, ...commentOn('STATISTICS', qualified(s.schema, s.name), s.comment));
  }
  for (const rule of extras.rules ?? []) {
    const enable = ENABLE[rule.enabled];
    statements.push(
      rule.def,
      ...(enable ? [`ALTER TABLE ${table} ${enable} RULE ${quoteIdent(rule.name)}`] : []),
      ...commentOn('RULE', `${quoteIdent(rule.name)} ON ${table}`, rule.comment),
    );
  }
  for (const policy of extras.policies ?? []) {
    const roles = policy.roles.map((role) => (role === null ? 'PUBLIC' : quoteIdent(role))).join(', ');
    statements.push(
      `CREATE POLICY ${quoteIdent(policy.name)} ON ${table} AS ${policy.permissive ? 'PERMISSIVE' : 'RESTRICTIVE'}` +
        ` FOR ${COMMANDS[policy.command] ?? 'ALL'} TO ${roles || 'PUBLIC'}` +
        `${policy.using !== null ? ` USING (${policy.using})` : ''}` +
        `${policy.check !== null ? ` WITH CHECK (${policy.check})` : ''}`,
      ...commentOn('POLICY', `${quoteIdent(policy.name)} ON ${table}`, policy.comment),
    );
  }
  if (extras.rowSecurity) statements.push(`${alter} ENABLE ROW LEVEL SECURITY`);
  if (extras.forceRowSecurity) statements.push(`${alter} FORCE ROW LEVEL SECURITY`);
  const identity = REPLICA_IDENTITY[extras.replicaIdentity];
  if (identity) statements.push(`${alter} REPLICA IDENTITY ${identity}`);
  if (extras.replicaIdentity === 'i' && extras.replicaIndex) {
    statements.push(`${alter} REPLICA IDENTITY USING INDEX ${quoteIdent(extras.replicaIndex)}`);
  }
  return statements;
}

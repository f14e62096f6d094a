/**
 * Splits DDL text into statements with PostgreSQL's own parser (libpg-query), and tells
 * foreign keys apart: they run after every table's keys exist. Operators edit `ddl2` by
 * hand, so this reads whatever they wrote, not a format of Decant's.
 */
import { setFlagsFromString } from 'node:v8';
import type * as libpgQuery from 'libpg-query';
import { quoteIdent } from '../../core/sql/ident.js';

/**
 * The parser is loaded on first use: importing it compiles its WebAssembly, which every
 * step process paid at start though only the constraints step parses. And it is compiled
 * by V8's baseline compiler only: a step parses a few dozen statements, and the optimizing
 * tier V8 runs over the whole module on background threads cost the constraints step about
 * 0.3 s of CPU (beside PostgreSQL's index builds) and 40 MB of memory. The flag applies to
 * WebAssembly compiled from here on in this process; Decant compiles no other.
 */
type LibPgQuery = typeof libpgQuery;
let parser: Promise<LibPgQuery> | undefined;

function loadParser(): Promise<LibPgQuery> {
  if (!parser) {
    setFlagsFromString('--liftoff-only');
    parser = import('libpg-query');
  }
  return parser;
}

export interface DdlStatement {
  sql: string;
  /** Set for ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY: the referenced table. */
  references: { schema: string | null; name: string } | null;
  /**
   * Set for a plain primary key or unique constraint: the same constraint as a unique
   * index build (which, unlike ALTER TABLE ... ADD CONSTRAINT, lets other index builds on
   * the table run beside it) and the quick statement that makes the index the constraint.
   */
  asIndex: { build: string; attach: string; constraint: string; relation: string } | null;
  /**
   * Set for a plain, named foreign key that is to be validated: the same constraint added
   * NOT VALID (a moment's lock on both tables) and the VALIDATE that checks the rows under
   * a lock that lets the other tables' foreign keys, and those referencing this table, be
   * checked at the same time.
   */
  inTwoSteps: { addNotValid: string; validate: string; constraint: string; relation: string } | null;
}

interface RangeVar {
  schemaname?: string;
  relname: string;
}

interface ParsedStatement {
  stmt: Record<string, unknown>;
  stmt_location?: number;
  stmt_len?: number;
}

export async function splitStatements(sql: string): Promise<DdlStatement[]> {
  if (sql.trim() === '') return [];
  const { parse } = await loadParser();
  const tree = (await parse(sql)) as { stmts?: ParsedStatement[] };
  const bytes = Buffer.from(sql, 'utf8');
  return (tree.stmts ?? []).map((entry) => {
    const start = entry.stmt_location ?? 0;
    const end = entry.stmt_len ? start + entry.stmt_len : bytes.length;
    return {
      sql: bytes.subarray(start, end).toString('utf8').trim(),
      references: foreignKeyTarget(entry.stmt),
      asIndex: keyAsIndex(entry.stmt),
      inTwoSteps: foreignKeyInTwoSteps(entry.stmt, bytes.subarray(start, end).toString('utf8').trim()),
    };
  });
}

function foreignKeyTarget(statement: Record<string, unknown>): DdlStatement['references'] {
  const alter = statement.AlterTableStmt as
    | {
        cmds?: {
          AlterTableCmd?: {
            subtype?: string;
            def?: { Constraint?: { contype?: string; pktable?: RangeVar } };
          };
        }[];
      }
    | undefined;
  for (const command of alter?.cmds ?? []) {
    const constraint = command.AlterTableCmd?.def?.Constraint;
    if (
      command.AlterTableCmd?.subtype === 'AT_AddConstraint' &&
      constraint?.contype === 'CONSTR_FOREIGN' &&
      constraint.pktable
    ) {
      return { schema: constraint.pktable.schemaname ?? null, name: constraint.pktable.relname };
    }
  }
  return null;
}

function foreignKeyInTwoSteps(statement: Record<string, unknown>, sql: string): DdlStatement['inTwoSteps'] {
  const single = singleAddConstraint<{ contype?: string; conname?: string; skip_validation?: boolean }>(
    statement,
  );
  const constraint = single?.constraint;
  if (
    !single ||
    constraint?.contype !== 'CONSTR_FOREIGN' ||
    !constraint.conname ||
    constraint.skip_validation
  )
    return null;
  const relation = relationName(single.relation);
  const only = single.relation.inh ? '' : 'ONLY ';
  return {
    constraint: constraint.conname,
    relation,
    // NOT VALID ends the constraint clause, and the statement holds that one clause.
    addNotValid: `${sql} NOT VALID`,
    validate: `ALTER TABLE ${only}${relation} VALIDATE CONSTRAINT ${quoteIdent(constraint.conname)}`,
  };
}

/** ALTER TABLE with a single ADD CONSTRAINT command: its table and its constraint node. */
function singleAddConstraint<C>(
  statement: Record<string, unknown>,
): { relation: RangeVar & { inh?: boolean }; constraint: C | undefined } | null {
  const alter = statement.AlterTableStmt as
    | {
        relation?: RangeVar & { inh?: boolean };
        cmds?: { AlterTableCmd?: { subtype?: string; def?: { Constraint?: C } } }[];
      }
    | undefined;
  const command = alter?.cmds?.length === 1 ? alter.cmds[0]?.AlterTableCmd : undefined;
  if (!alter?.relation || command?.subtype !== 'AT_AddConstraint') return null;
  return { relation: alter.relation, constraint: command.def?.Constraint };
}

function relationName(relation: RangeVar): string {
  return relation.schemaname
    ? `${quoteIdent(relation.schemaname)}.${quoteIdent(relation.relname)}`
    : quoteIdent(relation.relname);
}

interface KeyConstraint {
  contype?: string;
  conname?: string;
  keys?: { String?: { sval: string } }[];
  including?: { String?: { sval: string } }[];
  options?: unknown[];
  indexspace?: string;
  indexname?: string;
  deferrable?: boolean;
  initdeferred?: boolean;
  nulls_not_distinct?: boolean;
}

const KEY_KINDS: Record<string, string> = { CONSTR_PRIMARY: 'PRIMARY KEY', CONSTR_UNIQUE: 'UNIQUE' };

function keyAsIndex(statement: Record<string, unknown>): DdlStatement['asIndex'] {
  const alter = singleAddConstraint<KeyConstraint>(statement);
  const constraint = alter?.constraint;
  const kind = constraint?.contype ? KEY_KINDS[constraint.contype] : undefined;
  // Only the plain form; anything unusual keeps its ALTER TABLE as written.
  if (
    !alter ||
    !constraint ||
    !kind ||
    !constraint.conname ||
    constraint.indexname ||
    constraint.indexspace ||
    constraint.options?.length ||
    !constraint.keys?.length ||
    constraint.keys.some((k) => !k.String) ||
    constraint.including?.some((k) => !k.String)
  ) {
    return null;
  }
  const relation = relationName(alter.relation);
  const names = (list: { String?: { sval: string } }[]): string =>
    list.map((k) => quoteIdent(k.String!.sval)).join(', ');
  const include = constraint.including?.length ? ` INCLUDE (${names(constraint.including)})` : '';
  const nulls = constraint.nulls_not_distinct ? ' NULLS NOT DISTINCT' : '';
  const deferrable = constraint.deferrable
    ? ` DEFERRABLE${constraint.initdeferred ? ' INITIALLY DEFERRED' : ''}`
    : '';
  const index = quoteIdent(constraint.conname);
  return {
    constraint: constraint.conname,
    relation,
    build: `CREATE UNIQUE INDEX ${index} ON ${relation} (${names(constraint.keys)})${include}${nulls}`,
    attach: `ALTER TABLE ${alter.relation.inh ? '' : 'ONLY '}${relation} ADD CONSTRAINT ${index} ${kind} USING INDEX ${index}${deferrable}`,
  };
}

/**
 * Splits DDL text into statements with PostgreSQL's own parser (libpg-query), and tells
 * foreign keys apart: they run after every table's keys exist. Operators edit `ddl2` by
 * hand, so this reads whatever they wrote, not a format of Decant's.
 */
import { parse } from 'libpg-query';

export interface DdlStatement {
  sql: string;
  /** Set for ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY: the referenced table. */
  references: { schema: string | null; name: string } | null;
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
  const tree = (await parse(sql)) as { stmts?: ParsedStatement[] };
  const bytes = Buffer.from(sql, 'utf8');
  return (tree.stmts ?? []).map((entry) => {
    const start = entry.stmt_location ?? 0;
    const end = entry.stmt_len ? start + entry.stmt_len : bytes.length;
    return {
      sql: bytes.subarray(start, end).toString('utf8').trim(),
      references: foreignKeyTarget(entry.stmt),
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

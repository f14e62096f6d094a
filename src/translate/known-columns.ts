/**
 * Column types learnt from an Oracle DDL script without translating it: what
 * `decant translate --schema FILE` gives the translation, so that the queries of another
 * script know that `hiredate + 1` adds days to a DATE, or that `sal || ''` formats a NUMBER.
 * A statement that does not parse gives nothing rather than stopping the rest: the schema
 * script is context, and its own translation (if wanted) is a separate run.
 */
import { isDecantError } from '../core/errors.js';
import { columnsAfter, columnTypesOf } from './parser/ddl.js';
import { parseStatement } from './parser/parser.js';
import { scriptStatements } from './script.js';

export type ColumnTypes = Map<string, Map<string, string>>;

/** Table → column → Oracle type of every CREATE TABLE (and ALTER TABLE ADD/MODIFY) in `text`. */
export function columnTypesOfScript(text: string): ColumnTypes {
  const types: ColumnTypes = new Map();
  for (const statement of scriptStatements(text, [])) {
    if (statement.plsql || statement.error) continue;
    try {
      const parsed = parseStatement({
        text: statement.text,
        tokens: statement.tokens,
        textOffset: statement.start.offset,
      });
      for (const [table, columns] of columnTypesOf(parsed))
        types.set(table, columnsAfter(parsed, types.get(table), columns));
    } catch (error) {
      if (!isDecantError(error)) throw error;
    }
  }
  return types;
}

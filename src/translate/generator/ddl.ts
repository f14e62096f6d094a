/** PostgreSQL text for DDL statements. */
import type { DdlStatement } from '../ast/node.js';
import { unsupported } from '../diagnostics.js';

export function generateDdl(statement: DdlStatement): string {
  throw unsupported(statement.at, 'this DDL statement', 'DDL is not translated yet');
}

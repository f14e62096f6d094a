/** PostgreSQL text for a translated statement: picks the family's generator by node kind. */
import type { Statement } from '../ast/node.js';
import { unsupported } from '../diagnostics.js';
import { generateDelete, generateInsert, generateMerge, generateMultiInsert, generateUpdate } from './dml.js';
import { generateDdl } from './ddl.js';
import { qualified } from './names.js';
import { generateQuery } from './query.js';
import { generateSession } from './session.js';

export function generate(statement: Statement): string {
  switch (statement.kind) {
    case 'select':
    case 'set-operation':
      return generateQuery(statement);
    case 'insert':
      return generateInsert(statement);
    case 'multi-insert':
      return generateMultiInsert(statement);
    case 'update':
      return generateUpdate(statement);
    case 'delete':
      return generateDelete(statement);
    case 'merge':
      return generateMerge(statement);
    case 'transaction':
      switch (statement.action) {
        case 'COMMIT':
          return 'COMMIT';
        case 'ROLLBACK':
          return statement.savepoint
            ? `ROLLBACK TO SAVEPOINT ${qualified([statement.savepoint])}`
            : 'ROLLBACK';
        case 'SAVEPOINT':
          return `SAVEPOINT ${qualified([statement.savepoint!])}`;
        case 'SET TRANSACTION':
          return `SET TRANSACTION ${statement.mode}`;
      }
      break;
    case 'truncate':
      return `TRUNCATE TABLE ${qualified(statement.table.name)}`;
    case 'lock-table':
      return `LOCK TABLE ${statement.tables.map((t) => qualified(t.name)).join(', ')} IN ${statement.mode} MODE${statement.noWait ? ' NOWAIT' : ''}`;
    case 'alter-session':
    case 'set-parameter':
      return generateSession(statement);
    case 'plsql-unit':
      throw unsupported(
        statement.at,
        statement.unit === 'BLOCK' ? 'an anonymous PL/SQL block' : `CREATE ${statement.unit}`,
        'PL/SQL is translated in a later version of Decant; the unit is left untouched',
        'translate the unit to PL/pgSQL by hand for now',
      );
    default:
      return generateDdl(statement);
  }
}

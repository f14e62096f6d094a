/** PostgreSQL text for SET, what ALTER SESSION SET becomes (rules/alter-session.ts). */
import type { SessionStatement, SetValue } from '../ast/node.js';
import { ident, stringLiteral } from './names.js';

function value(v: SetValue): string {
  switch (v.type) {
    case 'string':
      return stringLiteral(v.value);
    case 'name':
      return ident(v.name, 'relation');
    case 'interval-hour-to-minute':
      return `INTERVAL ${stringLiteral(v.value)} HOUR TO MINUTE`;
    case 'keyword':
      return v.word;
  }
}

export function generateSession(statement: SessionStatement): string {
  if (statement.kind === 'alter-session')
    throw new Error('ALTER SESSION reaches the generator only as the SET its rule makes');
  const { parameter, value: v } = statement;
  if (parameter === 'TIME ZONE') return `SET TIME ZONE ${value(v)}`;
  return v.type === 'name' ? `SET ${parameter} TO ${value(v)}` : `SET ${parameter} = ${value(v)}`;
}

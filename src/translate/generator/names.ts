/** Names as PostgreSQL text, through names.ts: the one place the generator spells a name. */
import type { Name } from '../ast/node.js';
import { postgresName, type NameUse } from '../names.js';

export function ident(name: Name, use: NameUse = 'column'): string {
  return postgresName(name, use).sql;
}

export function qualified(parts: readonly Name[], use: NameUse = 'relation'): string {
  return parts.map((part, i) => ident(part, i === parts.length - 1 ? use : 'relation')).join('.');
}

/**
 * PostgreSQL functions with a grammar rule of their own, whose names are keywords that a
 * plain function name may not be: printed bare, never quoted.
 */
const KEYWORD_FUNCTIONS = new Set([
  'coalesce',
  'greatest',
  'grouping',
  'least',
  'nullif',
  'xmlconcat',
  'xmlelement',
  'xmlforest',
]);

/** A function name: built-ins in upper case (PostgreSQL folds them back), user names as names.ts says. */
export function functionName(parts: readonly Name[]): string {
  if (parts.length === 1) {
    const part = parts[0]!;
    const lower = part.value.toLowerCase();
    if (!part.quoted && (KEYWORD_FUNCTIONS.has(lower) || postgresName(part, 'function').sql === lower)) {
      return part.value.toUpperCase();
    }
  }
  return qualified(parts, 'function');
}

export function stringLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * WHERE clauses for key-range chunks, for any PostgreSQL database (a PostgreSQL source
 * and the target alike). Bounds are the key values as text, cast back to the key's type;
 * the lower bound is inclusive and the upper exclusive, either may be open (null).
 */
import { quoteIdent, quoteLiteral } from './ident.js';

export interface KeyColumn {
  name: string;
  type: string;
}

function tuple(key: KeyColumn[]): string {
  const names = key.map((column) => quoteIdent(column.name));
  return key.length === 1 ? names[0]! : `(${names.join(', ')})`;
}

function values(key: KeyColumn[], bound: unknown[]): string {
  const literals = key.map((column, i) => `${quoteLiteral(String(bound[i]))}::${column.type}`);
  return key.length === 1 ? literals[0]! : `(${literals.join(', ')})`;
}

export function keyRangePredicate(
  key: KeyColumn[],
  lower: unknown[] | null,
  upper: unknown[] | null,
): string {
  const parts: string[] = [];
  if (lower) parts.push(`${tuple(key)} >= ${values(key, lower)}`);
  if (upper) parts.push(`${tuple(key)} < ${values(key, upper)}`);
  return parts.length ? parts.join(' AND ') : 'true';
}

/** `ORDER BY` list for the key. */
export function keyOrder(key: KeyColumn[]): string {
  return key.map((column) => quoteIdent(column.name)).join(', ');
}

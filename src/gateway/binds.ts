/**
 * Oracle bind variables and the client's parameters. The translator numbers `:name` and `:1`
 * as $1, $2, ... by first appearance, one number per name. An Oracle client binds by position,
 * one value per placeholder as written (`:x` twice takes two values); a client that thinks in
 * PostgreSQL terms sends one value per name. At Bind the gateway picks, for each $n, the
 * client's value of that name's first placeholder, from whichever of the two layouts the
 * number of values shows.
 */
import { TokenKind, type Token } from '../translate/tokens/token.js';

export interface ParameterMap {
  /** For each placeholder as written (duplicates included): the index of its $n. */
  readonly placeholders: readonly number[];
  /** For each $n: the index of its value when the client sends one value per placeholder. */
  readonly byPlaceholder: readonly number[];
  /** For each $n: the index of its value when the client sends one value per name. */
  readonly byName: readonly number[];
}

/**
 * The map from the client's values to $1..$n, or undefined when the client's order is already
 * PostgreSQL's (each name once, in the order $n numbers them).
 */
export function parameterMap(tokens: readonly Token[], binds: readonly string[]): ParameterMap | undefined {
  const written = tokens
    .filter((t) => t.kind === TokenKind.BindVariable && !t.text.startsWith('$'))
    .map((t) => t.value);
  const names = [...new Set(written)];
  const byPlaceholder = binds.map((name) => written.indexOf(name));
  if (written.length === binds.length && byPlaceholder.every((index, n) => index === n)) return undefined;
  return {
    placeholders: written.map((name) => binds.indexOf(name)),
    byPlaceholder,
    byName: binds.map((name) => names.indexOf(name)),
  };
}

/**
 * The client's values (or parameter formats, or Parse's type OIDs, which follow the same
 * layout) in $n order. A count that fits neither layout is passed on unchanged, so that the
 * target's own error ("bind message supplies 3 parameters, but prepared statement requires 2")
 * reaches the client. A single format code applies to every value and stays as it is.
 */
export function reorder<T>(map: ParameterMap, values: readonly T[]): readonly T[] {
  if (values.length === map.placeholders.length) return map.byPlaceholder.map((i) => values[i]!);
  if (values.length === map.byName.length) return map.byName.map((i) => values[i]!);
  return values;
}

/** ParameterDescription's types ($n order) in the client's layout, one per placeholder. */
export function typesByPlaceholder(map: ParameterMap, types: readonly number[]): number[] {
  return map.placeholders.map((n) => types[n] ?? 0);
}

/**
 * Selection patterns, for every source engine: SQL LIKE matching of object names against include/exclude lists.
 * Owns only the matching rules; which objects the patterns apply to is decided by the
 * families that call it (relations.ts, functions.ts).
 */
import type { Selection } from './source.js';

const compiled = new Map<string, RegExp>();

/** LIKE semantics: `%` any run, `_` one character, `\` escapes the next one; case-sensitive. */
export function likeToRegExp(pattern: string): RegExp {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\' && i + 1 < pattern.length) {
      source += escapeRegExp(pattern[++i]!);
    } else if (char === '%') {
      source += '.*';
    } else if (char === '_') {
      source += '.';
    } else {
      source += escapeRegExp(char);
    }
  }
  const regexp = new RegExp(`^${source}$`, 'su');
  compiled.set(pattern, regexp);
  return regexp;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when `pattern` names the object: a pattern with a dot is matched against
 * `schema.name`, one without a dot against the bare name in any schema.
 */
export function matchesPattern(pattern: string, schema: string, name: string): boolean {
  const subject = pattern.includes('.') ? `${schema}.${name}` : name;
  return likeToRegExp(pattern).test(subject);
}

/** Included (by an empty list or a matching pattern) and not excluded. */
export function isSelected(
  selection: Pick<Selection, 'include' | 'exclude'>,
  schema: string,
  name: string,
): boolean {
  const included =
    selection.include.length === 0 || selection.include.some((p) => matchesPattern(p, schema, name));
  return included && !isExcluded(selection, schema, name);
}

export function isExcluded(selection: Pick<Selection, 'exclude'>, schema: string, name: string): boolean {
  return selection.exclude.some((p) => matchesPattern(p, schema, name));
}

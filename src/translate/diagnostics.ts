/**
 * What the translator says about a statement besides its translation: notes that a person
 * should review (a construct translated with a known difference) and refusals. Refusals are
 * DecantErrors (TRANSLATE_UNSUPPORTED) naming the construct with line and column.
 */
import { DecantError } from '../core/errors.js';
import type { Position } from './tokens/token.js';

export interface Diagnostic {
  readonly severity: 'review' | 'unsupported';
  /** The Oracle construct concerned, in words: 'ROWNUM', 'CONNECT BY', 'NUMBER without precision'. */
  readonly construct: string;
  /** Why: what differs, or why it cannot be translated. */
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** Where a translation error points ("line:column" in its context), or `fallback`. */
export function errorPosition(
  error: DecantError,
  fallback: { readonly line: number; readonly column: number },
): { line: number; column: number } {
  const [line, column] = (error.context.sqlPosition ?? '').split(':').map(Number);
  return line && column ? { line, column } : { line: fallback.line, column: fallback.column };
}

export function unsupported(at: Position, construct: string, why: string, hint?: string): DecantError {
  return new DecantError(
    'TRANSLATE_UNSUPPORTED',
    `${construct} at line ${at.line}, column ${at.column} cannot be translated: ${why}`,
    {
      hint: hint ?? 'rewrite this part by hand, or leave the statement out of the translation',
      context: { sqlPosition: `${at.line}:${at.column}`, construct },
    },
  );
}

export function review(at: Position, construct: string, message: string): Diagnostic {
  return { severity: 'review', construct, message, line: at.line, column: at.column };
}

/** Splitting a condition at its top-level ANDs and joining it back, for rules that move parts of a WHERE. */
import type { Expression } from '../../../ast/node.js';

export function conjuncts(e: Expression | undefined): Expression[] {
  if (!e) return [];
  if (e.kind === 'binary' && e.op === 'AND') return [...conjuncts(e.left), ...conjuncts(e.right)];
  if (e.kind === 'paren' && e.expression.kind === 'binary' && e.expression.op === 'AND')
    return conjuncts(e.expression);
  return [e];
}

export function conjunction(parts: readonly Expression[]): Expression | undefined {
  if (parts.length === 0) return undefined;
  return parts.reduce((left, right) => ({ kind: 'binary', at: left.at, op: 'AND', left, right }));
}

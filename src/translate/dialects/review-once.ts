/** A review note made once per statement, however many places it concerns: a view's report says each difference once. */
import type { Position } from '../tokens/token.js';
import type { RuleContext } from './dialect.js';

export function reviewOnce(ctx: RuleContext, at: Position, construct: string, message: string): void {
  if (!ctx.diagnostics.some((d) => d.construct === construct)) ctx.review(at, construct, message);
}

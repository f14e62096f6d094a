/**
 * Reading a sort order or a window frame backwards, for the rules that turn Oracle's analytic
 * forms into PostgreSQL window aggregates: KEEP (DENSE_RANK LAST) is the first rank of the
 * reversed order, and IGNORE NULLS reads a frame that runs to the partition's end from that end
 * (see functions/ignore-nulls.ts). Builds nodes only; which rule reverses what is theirs.
 */
import type { FrameBound, OrderItem, WindowFrame } from '../../ast/node.js';

/**
 * The same order read from the end: the direction and the place of NULLs both turn. Without
 * NULLS FIRST/LAST each direction's default (Oracle's and PostgreSQL's alike: ASC last, DESC
 * first) already turns with the direction, so none is written.
 */
export function reversed(o: OrderItem): OrderItem {
  const turned: OrderItem = { ...o, descending: !o.descending };
  return o.nulls ? { ...turned, nulls: o.nulls === 'FIRST' ? 'LAST' : 'FIRST' } : turned;
}

const FLIPPED: Record<FrameBound['type'], FrameBound['type']> = {
  'UNBOUNDED PRECEDING': 'UNBOUNDED FOLLOWING',
  'UNBOUNDED FOLLOWING': 'UNBOUNDED PRECEDING',
  PRECEDING: 'FOLLOWING',
  FOLLOWING: 'PRECEDING',
  'CURRENT ROW': 'CURRENT ROW',
};

const flipped = (b: FrameBound): FrameBound => ({ ...b, type: FLIPPED[b.type] });

/** The frame holding the same rows once the window's order is reversed. */
export function mirrored(frame: WindowFrame): WindowFrame {
  const end = frame.end ?? { type: 'CURRENT ROW' };
  return { unit: frame.unit, start: flipped(end), end: flipped(frame.start) };
}

/** ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING: every row of the partition. */
export const WHOLE_PARTITION: WindowFrame = {
  unit: 'ROWS',
  start: { type: 'UNBOUNDED PRECEDING' },
  end: { type: 'UNBOUNDED FOLLOWING' },
};

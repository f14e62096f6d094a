/**
 * What every node shares: where it came from, and names. Names keep Oracle's spelling (upper
 * case when written unquoted) until the generator turns them into PostgreSQL names.
 */
import type { Position } from '../../tokens/token.js';

export interface NodeBase {
  /** Where the construct starts in the input; nodes a rule builds carry the position of what they replace. */
  readonly at: Position;
}

/** One part of a name: `emp`, `"Mixed"`. */
export interface Name {
  /** As Oracle stores it: upper case when written unquoted. An exact name: as written. */
  readonly value: string;
  readonly quoted: boolean;
  /**
   * A name from a source that keeps its case (MySQL, SQLite): the migrated objects keep their
   * source names, so PostgreSQL gets exactly this one, never folded.
   */
  readonly exact?: boolean;
}

/** A name PostgreSQL-side code writes itself (a rule's function, a compatibility schema): never folded. */
export const pgName = (value: string): Name => ({ value, quoted: true });

/** An Oracle name, written unquoted: `oracleName('NVL')`. */
export const oracleName = (value: string): Name => ({ value: value.toUpperCase(), quoted: false });

export const nameIs = (name: Name | undefined, word: string): boolean =>
  name !== undefined && !name.quoted && name.value === word;

/**
 * Sequence options, shared by CREATE SEQUENCE and identity columns: START WITH, INCREMENT
 * BY, [NO]MINVALUE, [NO]MAXVALUE, [NO]CYCLE, CACHE n / NOCACHE; ORDER/NOORDER (only
 * meaningful in RAC), KEEP/NOKEEP, NOSCALE, NOSHARD and GLOBAL are dropped; SCALE, SHARD and
 * SESSION change the values themselves and are refused.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-SEQUENCE.html
 */
import type { SequenceOptions } from '../../ast/node.js';
import { TokenKind } from '../../tokens/token.js';
import type { Cursor } from '../cursor.js';

const DROPPED = new Set([
  'ORDER',
  'NOORDER',
  'KEEP',
  'NOKEEP',
  'NOSCALE',
  'NOSHARD',
  'GLOBAL',
  'NOPARTITION',
]);

/** A signed integer as written. */
export function signedInteger(c: Cursor): string {
  const minus = c.acceptSymbol('-');
  if (!minus) c.acceptSymbol('+');
  const token = c.peek();
  if (token.kind !== TokenKind.Number) c.fail('a whole number');
  c.next();
  if (![...token.value].every((ch) => ch >= '0' && ch <= '9')) c.fail('a whole number', token);
  return (minus ? '-' : '') + token.value;
}

export function parseSequenceOptions(c: Cursor): SequenceOptions {
  const options: { -readonly [K in keyof SequenceOptions]: SequenceOptions[K] } = {};
  for (;;) {
    if (c.acceptWord('START', 'WITH')) options.startWith = signedInteger(c);
    else if (c.acceptWord('INCREMENT', 'BY')) options.incrementBy = signedInteger(c);
    else if (c.acceptWord('MINVALUE')) options.minValue = signedInteger(c);
    else if (c.acceptWord('NOMINVALUE')) options.minValue = null;
    else if (c.acceptWord('MAXVALUE')) options.maxValue = signedInteger(c);
    else if (c.acceptWord('NOMAXVALUE')) options.maxValue = null;
    else if (c.acceptWord('CYCLE')) options.cycle = true;
    else if (c.acceptWord('NOCYCLE')) options.cycle = false;
    else if (c.acceptWord('CACHE')) options.cache = signedInteger(c);
    else if (c.acceptWord('NOCACHE')) options.cache = '1';
    else if (c.isAnyWord(DROPPED)) c.next();
    else if (c.isWord('SCALE') || c.isWord('SHARD') || c.isWord('SESSION')) {
      c.unsupported(
        `${c.peek().value} sequence`,
        c.isWord('SESSION')
          ? 'PostgreSQL sequences are never private to a session'
          : 'PostgreSQL sequences produce plain numbers, without an instance or shard prefix',
      );
    } else return options;
  }
}

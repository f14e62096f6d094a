/**
 * MySQL's string functions. CONCAT is NULL when any argument is (PostgreSQL's concat() skips
 * NULLs), so it becomes ||; LENGTH counts bytes; SUBSTRING counts a negative position from
 * the end and gives '' for 0 and for a negative length, where PostgreSQL's SUBSTR does not.
 * A search (LOCATE, INSTR) is noted for review: MySQL's default collations ignore case.
 * https://dev.mysql.com/doc/refman/8.0/en/string-functions.html
 */
import type { Expression, FunctionCall } from '../../../ast/node.js';
import { unsupported } from '../../../diagnostics.js';
import type { RuleContext } from '../../dialect.js';
import { binary, call, caseWhen, isNull, number, numberValue, string } from '../../build.js';
import { arity, asInteger, asText, plain, scalar, type FunctionTranslation } from '../../source-functions.js';
import { reviewCollation } from '../review.js';

const and = (at: Expression['at'], left: Expression, right: Expression): Expression =>
  binary(at, 'AND', left, right);

/** A length MySQL reads as 0 when negative (SUBSTRING, LEFT, RIGHT); PostgreSQL would count back or fail. */
function nonNegative(e: Expression): Expression {
  const n = numberValue(e);
  if (n !== undefined) return n < 0 ? number(e.at, 0) : e;
  return caseWhen(
    e.at,
    [{ when: binary(e.at, '<', e, number(e.at, 0)), then: number(e.at, 0) }],
    asInteger(e),
  );
}

const concat: FunctionTranslation = (f) => {
  arity(f, 1, Infinity);
  plain(f);
  return f.args.map(asText).reduce((left, right) => binary(f.at, '||', left, right));
};

/** SUBSTRING(s, position[, length]). */
const substring: FunctionTranslation = (f) => {
  arity(f, 2, 3);
  plain(f);
  const [s, given, length] = f.args as [Expression, Expression, Expression?];
  const rest = length === undefined ? [] : [nonNegative(length)];
  const position = asInteger(given);
  const p = numberValue(position);
  const at = f.at;
  if (p !== undefined && Number.isInteger(p) && p >= 1) return call(at, 'SUBSTR', s, position, ...rest);
  const charLength = call(at, 'CHAR_LENGTH', s);
  if (
    p !== undefined &&
    Number.isInteger(p) &&
    p < 0 &&
    (length === undefined || numberValue(length) !== undefined)
  ) {
    // The last -p characters, none when the string is shorter (NULL stays NULL).
    const start = binary(at, '-', charLength, number(at, -p - 1));
    return caseWhen(
      at,
      [{ when: binary(at, '<', charLength, number(at, -p)), then: string(at, '') }],
      call(at, 'SUBSTR', s, start, ...rest),
    );
  }
  const fromEnd = binary(at, '+', binary(at, '+', charLength, position), number(at, 1));
  let known = and(at, isNull(at, s, true), isNull(at, position, true));
  if (length) known = and(at, known, isNull(at, length, true));
  return caseWhen(at, [
    { when: binary(at, '>', position, number(at, 0)), then: call(at, 'SUBSTR', s, position, ...rest) },
    {
      when: and(
        at,
        binary(at, '<', position, number(at, 0)),
        binary(at, '>=', charLength, { kind: 'unary', at, op: '-', operand: position }),
      ),
      then: call(at, 'SUBSTR', s, fromEnd, ...rest),
    },
    { when: known, then: string(at, '') },
  ]);
};

const leftOrRight =
  (name: 'LEFT' | 'RIGHT'): FunctionTranslation =>
  (f) => {
    arity(f, 2);
    plain(f);
    return call(f.at, name, f.args[0]!, nonNegative(f.args[1]!));
  };

/** LOCATE(needle, haystack), INSTR(haystack, needle), POSITION(needle IN haystack): 0 when absent, as STRPOS. */
export function strpos(
  f: FunctionCall,
  haystack: Expression,
  needle: Expression,
  ctx: RuleContext,
): Expression {
  reviewCollation(ctx, f.at);
  return call(f.at, 'STRPOS', haystack, needle);
}

export const STRING_FUNCTIONS: Record<string, FunctionTranslation> = {
  CONCAT: concat,
  CONCAT_WS: scalar('CONCAT_WS', 2, Infinity),
  SUBSTRING: substring,
  SUBSTR: substring,
  MID: substring,
  LEFT: leftOrRight('LEFT'),
  RIGHT: leftOrRight('RIGHT'),
  LENGTH: scalar('OCTET_LENGTH', 1),
  OCTET_LENGTH: scalar('OCTET_LENGTH', 1),
  CHAR_LENGTH: scalar('CHAR_LENGTH', 1),
  CHARACTER_LENGTH: scalar('CHAR_LENGTH', 1),
  LOCATE: (f, ctx) => {
    if (f.args.length === 3)
      throw unsupported(f.at, 'LOCATE() with a start position', 'it is not translated yet');
    arity(f, 2);
    plain(f);
    return strpos(f, f.args[1]!, f.args[0]!, ctx);
  },
  INSTR: (f, ctx) => {
    arity(f, 2);
    plain(f);
    return strpos(f, f.args[0]!, f.args[1]!, ctx);
  },
  UPPER: scalar('UPPER', 1),
  UCASE: scalar('UPPER', 1),
  LOWER: scalar('LOWER', 1),
  LCASE: scalar('LOWER', 1),
  LTRIM: scalar('LTRIM', 1),
  RTRIM: scalar('RTRIM', 1),
  REPLACE: scalar('REPLACE', 3),
  REPEAT: (f) => {
    arity(f, 2);
    plain(f);
    return call(f.at, 'REPEAT', f.args[0]!, asInteger(f.args[1]!));
  },
  REVERSE: scalar('REVERSE', 1),
};

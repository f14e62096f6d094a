/**
 * PostgreSQL to_char / to_timestamp format text from a source's %-format (MySQL's
 * DATE_FORMAT and STR_TO_DATE, SQLite's strftime): each %x becomes the PostgreSQL pattern the
 * dialect's table gives, and the text between them is quoted, so that letters in it are not
 * read as patterns. A specifier the table lacks is refused by name: a format is translated
 * whole or not at all.
 * https://www.postgresql.org/docs/current/functions-formatting.html
 */
import { unsupported } from '../diagnostics.js';
import type { Position } from '../tokens/token.js';

/** Characters to_char copies as they are outside quotes. */
const PLAIN = new Set([' ', '-', '/', ':', ',', '.', ';', '(', ')', '_', '+']);

/** `specifiers`: the character after % → PostgreSQL pattern; `%%` is always a %. */
export function postgresFormat(
  format: string,
  specifiers: Readonly<Record<string, string>>,
  at: Position,
  functionName: string,
): string {
  let result = '';
  let literal = '';
  const flushLiteral = (): void => {
    if (literal === '') return;
    const plain = [...literal].every((ch) => PLAIN.has(ch));
    result += plain ? literal : `"${literal.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
    literal = '';
  };
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch !== '%' || i + 1 >= format.length) {
      literal += ch;
      continue;
    }
    const specifier = format[++i]!;
    if (specifier === '%') {
      literal += '%';
      continue;
    }
    const pattern = specifiers[specifier];
    if (pattern === undefined) {
      throw unsupported(
        at,
        `%${specifier} in ${functionName}`,
        'PostgreSQL has no format pattern of the same meaning',
        'format the value with other specifiers, or by hand',
      );
    }
    flushLiteral();
    result += pattern;
  }
  flushLiteral();
  return result;
}

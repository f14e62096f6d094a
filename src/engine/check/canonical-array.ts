/**
 * Reading PostgreSQL's array text ('{a,"b c",NULL}', '[0:1]={1,2}', '{{1,2},{3,4}}') for
 * check across engines (canonical.ts), which canonicalises each element by the element
 * type. Owns the literal's syntax only (array_in's quoting and escapes, with ',' as the
 * delimiter of every type but box).
 */

/** Elements as their text, NULL as null, nested for more than one dimension. */
export type ArrayItems = (string | null | ArrayItems)[];

export interface ArrayLiteral {
  /** The dimension decoration ('[0:1]=') when a lower bound is not 1, else ''. */
  bounds: string;
  items: ArrayItems;
}

const BOUNDS = /^\s*((?:\[-?\d+:-?\d+\])+)\s*=/;

class Scanner {
  position = 0;
  constructor(readonly text: string) {}

  skipWhitespace(): void {
    while (/\s/.test(this.text[this.position] ?? '')) this.position++;
  }

  expect(char: string): void {
    this.skipWhitespace();
    if (this.text[this.position] !== char) throw new SyntaxError(`'${char}' expected at ${this.position}`);
    this.position++;
  }

  /** One character, or a SyntaxError at the end of the text. */
  next(): string {
    const char = this.text[this.position++];
    if (char === undefined) throw new SyntaxError('unterminated array literal');
    return char;
  }
}

function readQuoted(scanner: Scanner): string {
  scanner.position++;
  let value = '';
  for (let char = scanner.next(); char !== '"'; char = scanner.next()) {
    value += char === '\\' ? scanner.next() : char;
  }
  return value;
}

function readUnquoted(scanner: Scanner): string | null {
  let value = '';
  let escaped = false;
  while (!',}'.includes(scanner.text[scanner.position] ?? '}')) {
    const char = scanner.next();
    if (char === '\\') {
      value += scanner.next();
      escaped = true;
    } else value += char;
  }
  const trimmed = value.trim();
  if (trimmed === '') throw new SyntaxError(`an element expected at ${scanner.position}`);
  return !escaped && trimmed.toUpperCase() === 'NULL' ? null : trimmed;
}

function readItems(scanner: Scanner): ArrayItems {
  scanner.expect('{');
  const items: ArrayItems = [];
  scanner.skipWhitespace();
  if (scanner.text[scanner.position] === '}') {
    scanner.position++;
    return items;
  }
  for (;;) {
    scanner.skipWhitespace();
    const next = scanner.text[scanner.position];
    if (next === '{') items.push(readItems(scanner));
    else if (next === '"') items.push(readQuoted(scanner));
    else items.push(readUnquoted(scanner));
    scanner.skipWhitespace();
    if (scanner.text[scanner.position] === '}') {
      scanner.position++;
      return items;
    }
    scanner.expect(',');
  }
}

/** The elements of an array literal, or null when the text is not one. */
export function parseArrayLiteral(text: string): ArrayLiteral | null {
  const decoration = BOUNDS.exec(text);
  const scanner = new Scanner(text);
  scanner.position = decoration ? decoration[0].length : 0;
  try {
    const items = readItems(scanner);
    scanner.skipWhitespace();
    if (scanner.position !== text.length) return null;
    return { bounds: decoration ? `${decoration[1]}=` : '', items };
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

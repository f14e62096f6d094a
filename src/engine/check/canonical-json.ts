/**
 * Canonical text of a JSON document for check across engines (canonical.ts), equal
 * exactly when jsonb would hold the same value: no whitespace, object keys sorted and
 * unique (the last of duplicates wins, as in jsonb), strings with their escapes decoded
 * and written again one way, numbers as numeric holds them ('1.0' stays apart from '1';
 * '1e2' is '100'). Numbers never go through a double, so big integers stay exact.
 */
import { canonicalDecimal } from './canonical-numeric.js';

const WHITESPACE = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\]|\\.)*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Reader {
  position = 0;
  constructor(readonly text: string) {}

  skipWhitespace(): void {
    WHITESPACE.lastIndex = this.position;
    WHITESPACE.exec(this.text);
    this.position = WHITESPACE.lastIndex;
  }

  /** The token `pattern` matches here, or a SyntaxError. */
  token(pattern: RegExp): string {
    pattern.lastIndex = this.position;
    const match = pattern.exec(this.text);
    if (!match) throw new SyntaxError(`JSON expected at ${this.position}`);
    this.position = pattern.lastIndex;
    return match[0];
  }

  /** Consumes `char` after optional whitespace, if it is next. */
  take(char: string): boolean {
    this.skipWhitespace();
    if (this.text[this.position] !== char) return false;
    this.position++;
    return true;
  }
}

function readString(reader: Reader): string {
  return JSON.parse(reader.token(STRING)) as string;
}

function readValue(reader: Reader): string {
  reader.skipWhitespace();
  const next = reader.text[reader.position];
  if (next === '{') return readObject(reader);
  if (next === '[') return readArray(reader);
  if (next === '"') return JSON.stringify(readString(reader));
  for (const literal of ['true', 'false', 'null']) {
    if (reader.text.startsWith(literal, reader.position)) {
      reader.position += literal.length;
      return literal;
    }
  }
  const number = canonicalDecimal(reader.token(NUMBER));
  if (number === null) throw new SyntaxError(`a number beyond numeric at ${reader.position}`);
  return number;
}

function readObject(reader: Reader): string {
  reader.position++;
  const members = new Map<string, string>();
  if (!reader.take('}')) {
    do {
      reader.skipWhitespace();
      const key = readString(reader);
      if (!reader.take(':')) throw new SyntaxError(`':' expected at ${reader.position}`);
      members.set(key, readValue(reader));
    } while (reader.take(','));
    if (!reader.take('}')) throw new SyntaxError(`'}' expected at ${reader.position}`);
  }
  const keys = [...members.keys()].sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${members.get(key)}`).join(',')}}`;
}

function readArray(reader: Reader): string {
  reader.position++;
  const items: string[] = [];
  if (!reader.take(']')) {
    do items.push(readValue(reader));
    while (reader.take(','));
    if (!reader.take(']')) throw new SyntaxError(`']' expected at ${reader.position}`);
  }
  return `[${items.join(',')}]`;
}

/** The canonical text of a JSON document, or null when the text is not JSON. */
export function canonicalJson(text: string): string | null {
  const reader = new Reader(text);
  try {
    const value = readValue(reader);
    reader.skipWhitespace();
    return reader.position === text.length ? value : null;
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

/**
 * One canonical text per logical value, for check across engines: a MySQL or SQLite value
 * (as its reader yields it, the values the binary COPY encoder takes) and the value the
 * target holds for it (as src/target/row-source.ts reads it: the column's text under
 * HASH_SESSION_SETTINGS, bytea as a Buffer) give the same text exactly when the logical
 * values are equal. The column's target type (format_type's spelling) decides the form:
 *
 * | type | canonical text |
 * | --- | --- |
 * | smallint, integer, bigint | decimal integer, exact at any size ('007' → '7') |
 * | numeric(p,s), numeric | decimal, scale-sensitive as numeric is ('1.5' ≠ '1.50'), except that a source value with fewer than s digits is padded to s, as the column stores it (more digits stay: a value the copy rounded differs); no exponent; 'NaN', 'Infinity' |
 * | real | the shortest decimal that reads back to the same float32 |
 * | double precision | the shortest decimal that reads back to the same double; '-0' ≠ '0'; 'NaN', 'Infinity', '-Infinity' |
 * | boolean | 't' or 'f'; numbers 0 → 'f', others 't' (mysqlTinyint1AsBoolean's rule) |
 * | text, character varying, enum labels and other types | the text as it is; a Buffer is read as UTF-8 |
 * | character(n) | the text without trailing spaces (PostgreSQL pads, MySQL strips, neither counts them) |
 * | bytea | lowercase hex; a string stands for its UTF-8 bytes |
 * | date | 'YYYY-MM-DD', ' BC' before year 1, 'infinity' |
 * | timestamp | 'YYYY-MM-DD HH:MM:SS[.f]', the fraction without trailing zeros |
 * | timestamptz | the instant in UTC in the timestamp form; text without an offset is UTC |
 * | time, timetz | 'HH:MM:SS[.f]', timetz with its offset ('+05:30') |
 * | interval | 'M months D days U microseconds': the three fields PostgreSQL keeps ('1 day' ≠ '24:00:00') |
 * | json, jsonb | compact JSON as jsonb holds it: keys sorted and unique, numbers as numeric |
 * | uuid | lowercase, hyphenated; a 16-byte Buffer is the uuid's bytes |
 * | bit(n), bit varying(n) | the bits as '0'/'1'; a Buffer is big-endian and right-aligned (MySQL's BIT), cut to n bits (all its bits for bit varying without n); shorter text for bit(n) gets leading zeros, as the COPY encoder writes it |
 * | arrays | a JSON array of the elements' canonical texts (null for NULL), nested per dimension, in order; '[l:u]=' first when a lower bound is not 1; a string is PostgreSQL's array text, and each element of a string list its element's text form (bytea as '\x...') |
 *
 * A value that is not one of its column's type (a fraction in an integer column, text
 * that is no date) gets a form that starts with NUL, which no form of a value PostgreSQL
 * holds does, so that its row is reported as different instead of stopping the check.
 *
 * Follows PostgreSQL's output formats (https://www.postgresql.org/docs/current/datatype-datetime.html#DATATYPE-DATETIME-OUTPUT,
 * https://www.postgresql.org/docs/current/datatype-json.html, https://www.postgresql.org/docs/current/arrays.html#ARRAYS-IO)
 * and MySQL's CHAR, whose trailing spaces are removed on retrieval
 * (https://dev.mysql.com/doc/refman/8.0/en/char.html).
 */
import type { SourceValue } from '../../sources/source.js';
import { parseArrayLiteral, type ArrayItems } from './canonical-array.js';
import {
  canonicalDate,
  canonicalInterval,
  canonicalTime,
  canonicalTimestamp,
  canonicalTimestamptz,
} from './canonical-datetime.js';
import { canonicalJson } from './canonical-json.js';
import {
  canonicalDecimal,
  decimalOfNumber,
  float4Text,
  float8Text,
  floatOfText,
} from './canonical-numeric.js';

type Present = Exclude<SourceValue, null>;
/** The canonical text of a non-null value. */
type Form = (value: Present) => string;
/** The canonical text of a value; null for SQL NULL. */
export type Canonicalizer = (value: SourceValue) => string | null;

const INTEGER_TEXT = /^\s*[+-]?\d+\s*$/;
const TRUE_TEXT = new Set(['t', 'true', 'y', 'yes', 'on', '1']);
const FALSE_TEXT = new Set(['f', 'false', 'n', 'no', 'off', '0']);
const HEX_BYTEA = /^\\x([0-9a-fA-F]*)$/;

function invalid(value: Present): string {
  const shown = Buffer.isBuffer(value)
    ? `0x${value.toString('hex')}`
    : JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}` : v));
  return `\u0000not of the column's type: ${typeof value} ${shown}`;
}

/** The value as text, for the types whose canonical form starts from text. */
function textOf(value: Present): string | null {
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return String(value);
  return null;
}

/** A form that reads text (through `read`, null for text it refuses) and refuses other values. */
const fromText =
  (read: (text: string) => string | null): Form =>
  (value) => {
    const text = textOf(value);
    return (text === null ? null : read(text)) ?? invalid(value);
  };

const integerForm: Form = (value) => {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : invalid(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  const text = textOf(value);
  return text !== null && INTEGER_TEXT.test(text) ? BigInt(text.trim()).toString() : invalid(value);
};

function numericForm(scale: number): Form {
  return (value) => {
    if (typeof value === 'number') return decimalOfNumber(value, scale);
    if (typeof value === 'boolean') return invalid(value);
    const text = textOf(value);
    return (text === null ? null : canonicalDecimal(text, scale)) ?? invalid(value);
  };
}

function floatForm(print: (value: number) => string): Form {
  return (value) => {
    if (typeof value === 'number') return print(value);
    if (typeof value === 'bigint') return print(Number(value));
    const text = typeof value === 'boolean' ? null : textOf(value);
    const number = text === null ? null : floatOfText(text);
    return number === null ? invalid(value) : print(number);
  };
}

const booleanForm: Form = (value) => {
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number' || typeof value === 'bigint') {
    const number = Number(value);
    return Number.isNaN(number) ? invalid(value) : number === 0 ? 'f' : 't';
  }
  const text = textOf(value)?.trim().toLowerCase();
  if (text !== undefined && TRUE_TEXT.has(text)) return 't';
  if (text !== undefined && FALSE_TEXT.has(text)) return 'f';
  return invalid(value);
};

const textForm: Form = (value) => textOf(value) ?? invalid(value);

const characterForm: Form = (value) => {
  const text = textOf(value);
  return text === null ? invalid(value) : text.replace(/ +$/, '');
};

const byteaForm: Form = (value) => {
  if (Buffer.isBuffer(value)) return value.toString('hex');
  const text = textOf(value);
  return text === null ? invalid(value) : Buffer.from(text, 'utf8').toString('hex');
};

const uuidForm: Form = (value) => {
  const hex = Buffer.isBuffer(value)
    ? value.length === 16
      ? value.toString('hex')
      : null
    : textOf(value)
        ?.trim()
        .replace(/^\{(.*)\}$/, '$1')
        .replaceAll('-', '')
        .toLowerCase();
  if (!hex || !/^[0-9a-f]{32}$/.test(hex)) return invalid(value);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * bit(n): a Buffer's last n bits (MySQL right-aligns BIT(n) in whole bytes), and shorter
 * text with leading zeros, as the COPY encoder writes both. Text for bit varying(n) stays
 * as it is: there '101' and '00000101' are different values.
 */
function bitForm(length: number | null, varying: boolean): Form {
  const fit = (bits: string, value: Present): string => {
    if (length === null) return bits;
    if (bits.length <= length) return bits.padStart(length, '0');
    const cut = bits.length - length;
    return bits.slice(0, cut).includes('1') ? invalid(value) : bits.slice(cut);
  };
  return (value) => {
    if (Buffer.isBuffer(value)) {
      return fit([...value].map((byte) => byte.toString(2).padStart(8, '0')).join(''), value);
    }
    const text = typeof value === 'string' ? value.trim() : null;
    if (text === null || !/^[01]*$/.test(text)) return invalid(value);
    return varying ? text : fit(text, value);
  };
}

function arrayForm(element: Form, elementIsBytea: boolean): Form {
  const item = (text: string | null): string | null => {
    if (text === null) return null;
    const hex = elementIsBytea ? HEX_BYTEA.exec(text) : null;
    return element(hex ? Buffer.from(hex[1]!, 'hex') : text);
  };
  const items = (list: ArrayItems): unknown[] =>
    list.map((entry) => (Array.isArray(entry) ? items(entry) : item(entry as string | null)));
  return (value) => {
    if (Array.isArray(value)) return JSON.stringify((value as readonly string[]).map(item));
    const literal = typeof value === 'string' ? parseArrayLiteral(value) : null;
    return literal ? `${literal.bounds}${JSON.stringify(items(literal.items))}` : invalid(value);
  };
}

interface TypeShape {
  base: string;
  /** The type modifiers: numeric's precision and scale, a length. */
  modifiers: number[];
  array: boolean;
  element: string;
}

function shapeOf(type: string): TypeShape {
  const trimmed = type.trim();
  const array = trimmed.endsWith('[]');
  const element = trimmed.replace(/(\[\])+$/, '');
  const modifiers = /\(([\d,\s]+)\)/.exec(element)?.[1]?.split(',').map(Number) ?? [];
  const base = element
    .replace(/\([\d,\s]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return { base, modifiers, array, element };
}

function formOf(type: string): Form {
  const shape = shapeOf(type);
  if (shape.array) return arrayForm(formOf(shape.element), shapeOf(shape.element).base === 'bytea');
  const [first, second] = shape.modifiers;
  if (shape.base.startsWith('interval')) return fromText(canonicalInterval);
  switch (shape.base) {
    case 'smallint':
    case 'integer':
    case 'bigint':
      return integerForm;
    case 'numeric':
      return numericForm(shape.modifiers.length ? (second ?? 0) : 0);
    case 'real':
      return floatForm(float4Text);
    case 'double precision':
      return floatForm(float8Text);
    case 'boolean':
      return booleanForm;
    case 'character':
    case 'bpchar':
      return characterForm;
    case 'bytea':
      return byteaForm;
    case 'date':
      return fromText(canonicalDate);
    case 'timestamp without time zone':
      return fromText(canonicalTimestamp);
    case 'timestamp with time zone':
      return fromText(canonicalTimestamptz);
    case 'time without time zone':
      return fromText((text) => canonicalTime(text, false));
    case 'time with time zone':
      return fromText((text) => canonicalTime(text, true));
    case 'json':
    case 'jsonb':
      return fromText(canonicalJson);
    case 'uuid':
      return uuidForm;
    case 'bit':
      return bitForm(first ?? 1, false);
    case 'bit varying':
      return bitForm(first ?? null, true);
    default:
      return textForm;
  }
}

const canonicalizers = new Map<string, Canonicalizer>();

/** The canonicalizer of a target type, made once per type. */
export function canonicalizer(type: string): Canonicalizer {
  let made = canonicalizers.get(type);
  if (!made) {
    const form = formOf(type);
    made = (value) => (value === null ? null : form(value));
    canonicalizers.set(type, made);
  }
  return made;
}

/** The canonical text of `value` in `column` (null for SQL NULL). */
export function canonicalValue(value: SourceValue, column: { type: string }): string | null {
  return canonicalizer(column.type)(value);
}

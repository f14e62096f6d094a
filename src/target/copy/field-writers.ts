/**
 * One writer per wire type: it checks a JavaScript value against what the type accepts
 * and writes the whole field (int32 length, then the bytes of the type's *_recv form) into
 * the CopyBuffer, or NULL where a policy says so. Writers are chosen once per column, so
 * encoding a row is a loop of direct calls. NULL itself never reaches a writer.
 */
import { isUtf8 } from 'node:buffer';
import { DecantError } from '../../core/errors.js';
import type { SourceValue, ValuePolicies, WireColumn, WireType } from './binary-encoder.js';
import type { CopyBuffer } from './copy-buffer.js';
import { writeDate, writeInterval, writeTime, writeTimestamp } from './datetime-fields.js';
import { writeNumeric } from './numeric-field.js';
import { RejectedValue } from './rejected-value.js';
import { writeTextArray } from './text-array-field.js';
import { SHORT_PLAIN_BYTES, writePlainShortBytes, writeText, writeTextBytes } from './text-field.js';

export type FieldWriter = (out: CopyBuffer, value: Exclude<SourceValue, null>) => void;

const INT2 = { name: 'int2', min: -32768, max: 32767 } as const;
const INT4 = { name: 'int4', min: -2147483648, max: 2147483647 } as const;
const INT8_MIN = -(2n ** 63n);
const INT8_MAX = 2n ** 63n - 1n;
const TWO_TO_63 = 2 ** 63;
/** Decimal strings up to this many characters convert to a double exactly. */
const EXACT_DIGITS = 15;
const DECIMAL_INTEGER = /^[+-]?\d+$/;
const DECIMAL_FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const FLOAT_WORDS = new Map<string, number>([
  ['inf', Infinity],
  ['+inf', Infinity],
  ['infinity', Infinity],
  ['+infinity', Infinity],
  ['-inf', -Infinity],
  ['-infinity', -Infinity],
  ['nan', NaN],
]);
const UUID_LENGTH = 36;

const WRITERS: Record<WireType, (column: WireColumn, policies: ValuePolicies) => FieldWriter> = {
  bool: () => writeBool,
  int2: () => (out, value) => writeSmallInteger(out, value, INT2, 2),
  int4: () => (out, value) => writeSmallInteger(out, value, INT4, 4),
  int8: () => writeInt8,
  numeric: () => (out, value) => {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint') {
      throw new RejectedValue('format', 'not a number');
    }
    writeNumeric(out, value);
  },
  float4: () => (out, value) => {
    const number = floatOf(value);
    const single = Math.fround(number);
    // float4in refuses what overflows to infinity or underflows to zero; rounding is the type's own.
    if ((single === Infinity || single === -Infinity || single === 0) && single !== number) {
      throw new RejectedValue('range', 'out of range for float4');
    }
    out.reserve(8);
    out.int32(4);
    out.float32(single);
  },
  float8: () => (out, value) => {
    const number = floatOf(value);
    out.reserve(12);
    out.int32(8);
    out.float64(number);
  },
  text: (_column, policies) => textLike(policies, false),
  json: (_column, policies) => textLike(policies, false),
  jsonb: (_column, policies) => textLike(policies, true),
  bytea: () => (out, value) => {
    if (typeof value === 'string') writeText(out, value, false);
    else if (Buffer.isBuffer(value)) writeTextBytes(out, value, false);
    else throw new RejectedValue('format', 'not bytes or text');
  },
  date: (_column, policies) => {
    const nullInvalid = policies.invalidDates === 'null';
    return (out, value) => writeDate(out, textOf(value), nullInvalid);
  },
  time: () => (out, value) => writeTime(out, textOf(value)),
  timestamp: (_column, policies) => {
    const nullInvalid = policies.invalidDates === 'null';
    return (out, value) => writeTimestamp(out, textOf(value), false, nullInvalid);
  },
  timestamptz: (_column, policies) => {
    const nullInvalid = policies.invalidDates === 'null';
    return (out, value) => writeTimestamp(out, textOf(value), true, nullInvalid);
  },
  interval: () => (out, value) => writeInterval(out, textOf(value)),
  uuid: () => writeUuid,
  bit: (column) => (out, value) => writeBit(out, value, column.bits),
  'text[]': (_column, policies) => (out, value) => writeTextArray(out, value, policies),
};

export function fieldWriter(column: WireColumn, policies: ValuePolicies): FieldWriter {
  const writer = Object.hasOwn(WRITERS, column.type) ? WRITERS[column.type] : undefined;
  if (writer === undefined) {
    throw new DecantError(
      'INTERNAL',
      `Column ${column.name} has no wire type Decant knows: ${String(column.type)}`,
      {
        context: { column: column.name },
      },
    );
  }
  return writer(column, policies);
}

function writeBool(out: CopyBuffer, value: Exclude<SourceValue, null>): void {
  let truth: boolean;
  switch (typeof value === 'string' ? value.toLowerCase() : value) {
    case true:
    case 1:
    case 1n:
    case '1':
    case 't':
    case 'true':
      truth = true;
      break;
    case false:
    case 0:
    case 0n:
    case '0':
    case 'f':
    case 'false':
      truth = false;
      break;
    default:
      throw new RejectedValue('format', 'not a boolean');
  }
  out.reserve(5);
  out.int32(1);
  out.uint8(truth ? 1 : 0);
}

function writeSmallInteger(
  out: CopyBuffer,
  value: Exclude<SourceValue, null>,
  type: typeof INT2 | typeof INT4,
  size: 2 | 4,
): void {
  let number: number;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new RejectedValue('format', 'not an integer');
    number = value;
  } else if (typeof value === 'bigint') {
    number = Number(value);
  } else if (typeof value === 'string' && DECIMAL_INTEGER.test(value)) {
    number = Number(value);
  } else {
    throw new RejectedValue('format', 'not an integer');
  }
  if (number < type.min || number > type.max) {
    throw new RejectedValue('range', `out of range for ${type.name} (${type.min} to ${type.max})`);
  }
  out.reserve(8);
  out.int32(size);
  if (size === 2) out.int16(number);
  else out.int32(number);
}

function writeInt8(out: CopyBuffer, value: Exclude<SourceValue, null>): void {
  let big: bigint;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new RejectedValue('format', 'not an integer');
    if (Number.isSafeInteger(value)) {
      out.reserve(12);
      out.int32(8);
      out.int64(value);
      return;
    }
    if (value < -TWO_TO_63 || value >= TWO_TO_63) throw int8Range();
    big = BigInt(value);
  } else if (typeof value === 'bigint') {
    big = value;
  } else if (typeof value === 'string' && DECIMAL_INTEGER.test(value)) {
    if (value.length <= EXACT_DIGITS) {
      out.reserve(12);
      out.int32(8);
      out.int64(Number(value));
      return;
    }
    big = BigInt(value);
  } else {
    throw new RejectedValue('format', 'not an integer');
  }
  if (big < INT8_MIN || big > INT8_MAX) throw int8Range();
  out.reserve(12);
  out.int32(8);
  out.bigInt64(big);
}

function int8Range(): RejectedValue {
  return new RejectedValue('range', `out of range for int8 (${INT8_MIN} to ${INT8_MAX})`);
}

function floatOf(value: Exclude<SourceValue, null>): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    if (DECIMAL_FLOAT.test(value)) return Number(value);
    const word = FLOAT_WORDS.get(value.toLowerCase());
    if (word !== undefined) return word;
  }
  throw new RejectedValue('format', 'not a floating-point number');
}

function textOf(value: Exclude<SourceValue, null>): string {
  if (typeof value !== 'string') throw new RejectedValue('format', 'not text');
  return value;
}

/** text, json and jsonb: a string, or a Buffer of UTF-8; jsonb also refuses the escape \u0000. */
function textLike(policies: ValuePolicies, jsonb: boolean): FieldWriter {
  return (out, value) => {
    if (typeof value === 'string') writeChecked(out, value, policies, jsonb);
    else if (Buffer.isBuffer(value)) {
      if (value.length > SHORT_PLAIN_BYTES || !writePlainShortBytes(out, value, jsonb))
        writeCheckedBytes(out, value, policies, jsonb);
    } else throw new RejectedValue('format', 'not text');
  };
}

function writeChecked(out: CopyBuffer, text: string, policies: ValuePolicies, jsonb: boolean): void {
  if (text.indexOf('\0') === -1 && !(jsonb && hasNulEscape(text))) {
    writeText(out, text, jsonb);
    return;
  }
  switch (policies.nulCharacters) {
    case 'error':
      throw new RejectedValue(
        'nul',
        `holds a NUL character (U+0000${jsonb ? ' or \\u0000' : ''}), which PostgreSQL cannot store`,
      );
    case 'null':
      out.reserve(4);
      out.int32(-1);
      return;
    case 'remove':
      writeText(out, jsonb ? removeNulEscapes(text.replaceAll('\0', '')) : text.replaceAll('\0', ''), jsonb);
  }
}

function writeCheckedBytes(out: CopyBuffer, bytes: Buffer, policies: ValuePolicies, jsonb: boolean): void {
  const utf8 = isUtf8(bytes);
  if (utf8 && bytes.indexOf(0) === -1 && !(jsonb && bytes.indexOf('\\u0000') !== -1)) {
    writeTextBytes(out, bytes, jsonb);
    return;
  }
  if (utf8) {
    writeChecked(out, bytes.toString('utf8'), policies, jsonb);
    return;
  }
  switch (policies.invalidUtf8) {
    case 'error':
      throw new RejectedValue('utf8', 'is not valid UTF-8');
    case 'null':
      out.reserve(4);
      out.int32(-1);
      return;
    case 'replace':
      writeChecked(out, bytes.toString('utf8'), policies, jsonb);
  }
}

/** Where JSON text has the escape \u0000 (a backslash before it that is not itself escaped), or -1. */
function nulEscapeAt(text: string, from: number): number {
  for (let at = text.indexOf('\\u0000', from); at !== -1; at = text.indexOf('\\u0000', at + 1)) {
    let backslashes = 0;
    while (at - backslashes - 1 >= 0 && text.charCodeAt(at - backslashes - 1) === 92 /* \ */) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

function hasNulEscape(text: string): boolean {
  return nulEscapeAt(text, 0) !== -1;
}

function removeNulEscapes(text: string): string {
  let kept = '';
  let from = 0;
  for (let at = nulEscapeAt(text, 0); at !== -1; at = nulEscapeAt(text, from)) {
    kept += text.slice(from, at);
    from = at + 6;
  }
  return kept + text.slice(from);
}

function writeUuid(out: CopyBuffer, value: Exclude<SourceValue, null>): void {
  if (typeof value !== 'string' || value.length !== UUID_LENGTH)
    throw new RejectedValue('format', 'not a UUID');
  out.reserve(20);
  out.int32(16);
  const bytes = out.bytes;
  let at = out.position;
  for (let index = 0; index < UUID_LENGTH; index += 2) {
    if (index === 8 || index === 13 || index === 18 || index === 23) {
      if (value.charCodeAt(index) !== 45 /* - */) throw new RejectedValue('format', 'not a UUID');
      index++;
    }
    const high = hexDigit(value.charCodeAt(index));
    const low = hexDigit(value.charCodeAt(index + 1));
    if (high < 0 || low < 0) throw new RejectedValue('format', 'not a UUID');
    bytes[at++] = (high << 4) | low;
  }
  out.position = at;
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const letter = (code | 32) - 97;
  return letter >= 0 && letter < 6 ? letter + 10 : -1;
}

/**
 * bit(n) and bit varying(n): int32 bit count, then the bits left-aligned (bit_recv). The
 * value comes right-aligned, as MySQL sends BIT(n): a Buffer, big-endian, or a string of
 * '0' and '1'; either may be shorter (leading zeros), but must fit in n bits.
 */
function writeBit(out: CopyBuffer, value: Exclude<SourceValue, null>, bits: number | undefined): void {
  if (Buffer.isBuffer(value)) writeBitBytes(out, value, bits ?? value.length * 8);
  else if (typeof value === 'string') writeBitText(out, value, bits ?? value.length);
  else throw new RejectedValue('format', 'not bits (a Buffer or a string of 0 and 1)');
}

function writeBitBytes(out: CopyBuffer, value: Buffer, count: number): void {
  const size = (count + 7) >>> 3;
  const pad = size * 8 - count;
  // Byte k of the value, right-aligned to `size` bytes; missing leading bytes are zero.
  const skip = value.length - size;
  const byteAt = (k: number): number => (k + skip >= 0 && k < size ? value[k + skip]! : 0);
  for (let k = 0; k < skip; k++) {
    if (value[k] !== 0) throw bitRange(count);
  }
  if (pad > 0 && byteAt(0) >>> (8 - pad) !== 0) throw bitRange(count);
  out.reserve(8 + size);
  out.int32(4 + size);
  out.int32(count);
  for (let k = 0; k < size; k++) out.uint8(((byteAt(k) << pad) | (byteAt(k + 1) >>> (8 - pad))) & 0xff);
}

function writeBitText(out: CopyBuffer, value: string, count: number): void {
  if (value.length > count) throw bitRange(count);
  const size = (count + 7) >>> 3;
  out.reserve(8 + size);
  out.int32(4 + size);
  out.int32(count);
  const bytes = out.bytes;
  const start = out.position;
  bytes.fill(0, start, start + size);
  const offset = count - value.length;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code !== 48 && code !== 49) throw new RejectedValue('format', 'not bits (a string of 0 and 1)');
    const bit = offset + index;
    const at = start + (bit >>> 3);
    if (code === 49) bytes[at] = bytes[at]! | (0x80 >>> (bit & 7));
  }
  out.position = start + size;
}

function bitRange(count: number): RejectedValue {
  return new RejectedValue('range', `more than the ${count} bits the column holds`);
}

/**
 * numeric in PostgreSQL's binary form (numeric_send/numeric_recv in
 * src/backend/utils/adt/numeric.c): int16 digit count, int16 weight (of the first
 * base-10000 digit), int16 sign, int16 display scale, then the base-10000 digits.
 * The display scale is the one the text shows ('1.50' keeps scale 2); numeric_recv then
 * rounds to the column's typmod as an INSERT would. Nothing here goes through a float.
 */
import type { CopyBuffer } from './copy-buffer.js';
import { RejectedValue } from './rejected-value.js';

const SIGN_POSITIVE = 0x0000;
const SIGN_NEGATIVE = 0x4000;
const SIGN_NAN = 0xc000;
const SIGN_INFINITY = 0xd000;
const SIGN_MINUS_INFINITY = 0xf000;
const WEIGHT_MIN = -32768;
const WEIGHT_MAX = 32767;
/** NUMERIC_DSCALE_MAX. */
const SCALE_MAX = 0x3fff;
/** Exponents beyond this cannot give a weight or scale PostgreSQL accepts. */
const EXPONENT_MAX = 1_000_000;

/** Decimal digits of the value being encoded, leading and trailing zeros left out; grown on demand. */
let digits = new Uint8Array(64);

/** Integers from -2^53 to 2^53 convert between bigint and number exactly. */
const SAFE_BIGINT_MIN = -(2n ** 53n);
const SAFE_BIGINT_MAX = 2n ** 53n;
/** Decimal digits that every double holds exactly (DBL_DIG): a decimal with no more reads back unchanged. */
const DOUBLE_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: DOUBLE_DIGITS + 1 }, (_, n) => 10 ** n);

export function writeNumeric(out: CopyBuffer, value: string | number | bigint): void {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) writeSafeInteger(out, value);
    else if (Number.isNaN(value)) writeSpecial(out, SIGN_NAN);
    else if (!Number.isFinite(value)) writeSpecial(out, value > 0 ? SIGN_INFINITY : SIGN_MINUS_INFINITY);
    else if (!writeShortDecimal(out, value)) writeNumericText(out, String(value));
  } else if (typeof value === 'bigint') {
    if (value >= SAFE_BIGINT_MIN && value <= SAFE_BIGINT_MAX) writeSafeInteger(out, Number(value));
    else writeNumericText(out, value.toString());
  } else {
    writeNumericText(out, value);
  }
}

function writeSpecial(out: CopyBuffer, sign: number): void {
  out.reserve(12);
  out.int32(8);
  out.int16(0);
  out.int16(0);
  out.int16(sign);
  out.int16(0);
}

/** Integers up to 2^53 in at most four base-10000 digits, without going through text. */
function writeSafeInteger(out: CopyBuffer, value: number): void {
  if (value === 0) {
    writeSpecial(out, SIGN_POSITIVE);
    return;
  }
  let rest = Math.abs(value);
  let groups = 0;
  const base = out.position + 12;
  // Least significant digit first, into the slots after the header; reversed below.
  out.reserve(12 + 8);
  while (rest > 0) {
    const next = Math.floor(rest / 10000);
    const group = rest - next * 10000;
    out.bytes[base + groups * 2] = group >>> 8;
    out.bytes[base + groups * 2 + 1] = group & 0xff;
    groups++;
    rest = next;
  }
  let trailingZeros = 0;
  while (out.bytes[base + trailingZeros * 2] === 0 && out.bytes[base + trailingZeros * 2 + 1] === 0) {
    trailingZeros++;
  }
  const kept = groups - trailingZeros;
  out.int32(8 + kept * 2);
  out.int16(kept);
  out.int16(groups - 1);
  out.int16(value < 0 ? SIGN_NEGATIVE : SIGN_POSITIVE);
  out.int16(0);
  const bytes = out.bytes;
  for (let low = trailingZeros, high = groups - 1; low < high; low++, high--) {
    const a = base + low * 2;
    const b = base + high * 2;
    const a0 = bytes[a]!;
    const a1 = bytes[a + 1]!;
    bytes[a] = bytes[b]!;
    bytes[a + 1] = bytes[b + 1]!;
    bytes[b] = a0;
    bytes[b + 1] = a1;
  }
  if (trailingZeros > 0) bytes.copy(bytes, base, base + trailingZeros * 2, base + groups * 2);
  out.position = base + kept * 2;
}

const SPECIAL_TEXTS = new Map<string, number>([
  ['nan', SIGN_NAN],
  ['infinity', SIGN_INFINITY],
  ['+infinity', SIGN_INFINITY],
  ['inf', SIGN_INFINITY],
  ['+inf', SIGN_INFINITY],
  ['-infinity', SIGN_MINUS_INFINITY],
  ['-inf', SIGN_MINUS_INFINITY],
]);

/**
 * A double that is a decimal of at most 15 significant digits (0.1, -123.45, 1e-7), written
 * as that decimal without going through its text: the scaled integer r = value × 10^k for
 * the smallest k with r / 10^k === value. Such a decimal is the only one of its length that
 * reads back as the double, so it is the shortest round-trip text String(value) would give,
 * with the same digits and scale. False (nothing written) for any other double.
 */
function writeShortDecimal(out: CopyBuffer, value: number): boolean {
  const magnitude = Math.abs(value);
  for (let scale = 1; scale <= DOUBLE_DIGITS; scale++) {
    const power = POWERS_OF_TEN[scale]!;
    const scaled = Math.round(magnitude * power);
    if (scaled >= POWERS_OF_TEN[DOUBLE_DIGITS]!) return false;
    if (scaled / power !== magnitude) continue;
    let count = 0;
    for (let rest = scaled; rest > 0; rest = Math.floor(rest / 10)) count++;
    let rest = scaled;
    for (let at = count - 1; at >= 0; at--) {
      const next = Math.floor(rest / 10);
      digits[at] = rest - next * 10;
      rest = next;
    }
    writeDigits(out, value < 0 ? SIGN_NEGATIVE : SIGN_POSITIVE, count, count - scale, scale);
    return true;
  }
  return false;
}

/** '-123.4500', '1.5e-7', '1E+21', 'NaN', 'Infinity'. */
function writeNumericText(out: CopyBuffer, text: string): void {
  const length = text.length;
  if (digits.length < length) digits = new Uint8Array(length * 2);
  let at = 0;
  let sign = SIGN_POSITIVE;
  let code = text.charCodeAt(0);
  if (code === 45 /* - */ || code === 43 /* + */) {
    if (code === 45) sign = SIGN_NEGATIVE;
    at = 1;
  }
  // count: digits kept; point: how many of them stand before the decimal point (negative
  // for 0.00x); scale: digits written after the point.
  let count = 0;
  let point = 0;
  let scale = 0;
  let seenDigit = false;
  let seenPoint = false;
  for (; at < length; at++) {
    code = text.charCodeAt(at);
    const digit = code - 48;
    if (digit >= 0 && digit <= 9) {
      seenDigit = true;
      if (seenPoint) scale++;
      if (count === 0 && digit === 0) {
        if (seenPoint) point--;
      } else {
        digits[count++] = digit;
        if (!seenPoint) point++;
      }
    } else if (code === 46 /* . */ && !seenPoint) {
      seenPoint = true;
    } else {
      break;
    }
  }
  if (!seenDigit) {
    const special = SPECIAL_TEXTS.get(text.toLowerCase());
    if (special === undefined) throw new RejectedValue('format', 'not a number');
    writeSpecial(out, special);
    return;
  }
  if (at < length) {
    if ((code | 32) !== 101 /* e */) throw new RejectedValue('format', 'not a number');
    const exponent = parseExponent(text, at + 1);
    point += exponent;
    scale = Math.max(0, scale - exponent);
  }
  writeDigits(out, sign, count, point, scale);
}

/**
 * The first `count` decimal digits in `digits` (no leading zero), of which `point` stand
 * before the decimal point (negative for 0.00x), shown with `scale` places.
 */
function writeDigits(out: CopyBuffer, sign: number, count: number, point: number, scale: number): void {
  while (count > 0 && digits[count - 1] === 0) count--;
  if (scale > SCALE_MAX) throw new RejectedValue('range', 'more decimal places than numeric holds');
  if (count === 0) {
    out.reserve(12);
    out.int32(8);
    out.int16(0);
    out.int16(0);
    out.int16(SIGN_POSITIVE);
    out.int16(scale);
    return;
  }
  // The first digit stands for 10^(point-1); its base-10000 digit has weight floor((point-1)/4).
  const weight = Math.floor((point - 1) / 4);
  if (weight < WEIGHT_MIN || weight > WEIGHT_MAX)
    throw new RejectedValue('range', 'out of range for numeric');
  const leading = weight * 4 + 3 - (point - 1);
  const groups = Math.ceil((leading + count) / 4);
  out.reserve(12 + groups * 2);
  out.int32(8 + groups * 2);
  out.int16(groups);
  out.int16(weight);
  out.int16(sign);
  out.int16(scale);
  let index = -leading;
  for (let group = 0; group < groups; group++) {
    let value = 0;
    for (let place = 0; place < 4; place++, index++) {
      value = value * 10 + (index >= 0 && index < count ? digits[index]! : 0);
    }
    out.int16(value);
  }
}

function parseExponent(text: string, start: number): number {
  let at = start;
  let negative = false;
  const code = text.charCodeAt(at);
  if (code === 45 || code === 43) {
    negative = code === 45;
    at++;
  }
  if (at >= text.length) throw new RejectedValue('format', 'not a number');
  let exponent = 0;
  for (; at < text.length; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) throw new RejectedValue('format', 'not a number');
    exponent = exponent * 10 + digit;
    if (exponent > EXPONENT_MAX) throw new RejectedValue('range', 'out of range for numeric');
  }
  return negative ? -exponent : exponent;
}

/**
 * Canonical text of numbers for check across engines (canonical.ts): exact decimals as
 * PostgreSQL's numeric holds them, and floats as the shortest text that reads back to the
 * same float4 or float8. Owns number text only; which column gets which form is
 * canonical.ts's business.
 */

const DECIMAL = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/;
const SPECIAL = /^\s*([+-]?)(nan|inf|infinity)\s*$/i;
const FLOAT_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/** numeric's limits (NUMERIC_MAX_PRECISION and NUMERIC_DSCALE_MAX); beyond them no column holds the value. */
const EXPONENT_MAX = 131072 + 16383;
/** Significant digits that tell every float4 apart (FLT_DECIMAL_DIG). */
const FLOAT4_DIGITS_MAX = 9;

/**
 * A decimal as numeric prints it: no '+', no exponent, no leading zeros, no minus on zero,
 * and the scale the text shows ('1.50' stays '1.50'; '1.5e3' is '1500', as numeric_in reads
 * it), padded to at least `minScale` digits. NaN and ±Infinity as numeric spells them.
 * Null when the text is not a decimal.
 */
export function canonicalDecimal(text: string, minScale = 0): string | null {
  const special = SPECIAL.exec(text);
  if (special) {
    if (special[2]!.toLowerCase() === 'nan') return special[1] ? null : 'NaN';
    return special[1] === '-' ? '-Infinity' : 'Infinity';
  }
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = '', exponentText = '0'] = match;
  if (whole === '' && fraction === '') return null;
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > EXPONENT_MAX) return null;
  const digits = whole + fraction;
  const point = whole.length + exponent;
  let integerPart: string;
  let fractionPart: string;
  if (point <= 0) {
    integerPart = '';
    fractionPart = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    integerPart = digits + '0'.repeat(point - digits.length);
    fractionPart = '';
  } else {
    integerPart = digits.slice(0, point);
    fractionPart = digits.slice(point);
  }
  integerPart = integerPart.replace(/^0+/, '') || '0';
  if (fractionPart.length < minScale) fractionPart = fractionPart.padEnd(minScale, '0');
  const zero = /^0*$/.test(integerPart + fractionPart);
  return `${sign === '-' && !zero ? '-' : ''}${integerPart}${fractionPart ? `.${fractionPart}` : ''}`;
}

/** A JavaScript number as a decimal (its shortest round-trip text, which is what the COPY encoder sends). */
export function decimalOfNumber(value: number, minScale = 0): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return canonicalDecimal(String(value), minScale)!;
}

/** A float's text as PostgreSQL's float4in/float8in read it: decimals, NaN, Infinity, inf. Null otherwise. */
export function floatOfText(text: string): number | null {
  const special = SPECIAL.exec(text);
  if (special) {
    if (special[2]!.toLowerCase() === 'nan') return special[1] ? null : NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  return FLOAT_TEXT.test(text) ? Number(text) : null;
}

/** float8: the shortest text that reads back to the same double; '-0' is kept apart from '0', as PostgreSQL keeps it. */
export function float8Text(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * float4: the value rounded to float32 (as float4in stores it), then the fewest significant
 * digits that read back to that float32, as PostgreSQL 12+ prints it: 0.1 from MySQL's FLOAT
 * and PostgreSQL's real '0.1' agree, while float8 0.1 and float8 0.10000000149011612 do not.
 */
export function float4Text(value: number): string {
  const single = Math.fround(value);
  if (!Number.isFinite(single) || single === 0) return float8Text(single);
  for (let digits = 1; digits < FLOAT4_DIGITS_MAX; digits++) {
    const candidate = Number(single.toPrecision(digits));
    if (Math.fround(candidate) === single) return String(candidate);
  }
  return String(Number(single.toPrecision(FLOAT4_DIGITS_MAX)));
}

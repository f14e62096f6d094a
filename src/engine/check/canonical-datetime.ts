/**
 * Canonical text of dates, times and intervals for check across engines (canonical.ts).
 * Input is text: what MySQL and SQLite give ('YYYY-MM-DD HH:MM:SS[.ffffff]', TIME as
 * '[-]H+:MM:SS[.f]') and what PostgreSQL prints under HASH_SESSION_SETTINGS (ISO dates,
 * UTC, intervalstyle postgres). Each function returns null for text it cannot read, and
 * reads it exactly: no Date, no float, so no time zone or rounding slips in.
 */

const DATE_TIME =
  /^\s*(\d{4,})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d*))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2}(?::?\d{2})?)?)?(\s+BC)?\s*$/i;
const DATE = /^\s*(\d{4,})-(\d{1,2})-(\d{1,2})(\s+BC)?\s*$/i;
const TIME = /^\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d*))?)?\s*(Z|[+-]\d{1,2}(?::?\d{2}(?::?\d{2})?)?)?\s*$/i;
const COMMON = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(?:\.(\d+))?$/;
const COMMON_UTC = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(?:\.(\d+))?(?:\+00)?$/;
const INFINITY = /^\s*([+-]?)infinity\s*$/i;
const SECONDS_PER_DAY = 86400;

interface DateTime {
  /** Astronomical year: 1 BC is 0. */
  year: number;
  month: number;
  day: number;
  /** Seconds since midnight, whole; the fraction is kept apart as digits, so it stays exact. */
  seconds: number;
  fraction: string;
  /** Seconds east of UTC; 0 when the text has no offset. */
  offset: number;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Fraction digits without trailing zeros ('500000' → '5'), as PostgreSQL prints them. */
const trimFraction = (digits: string | undefined): string => (digits ?? '').replace(/0+$/, '');

/** '+05:30', '-08', '+0530', 'Z' → seconds east of UTC. */
function offsetSeconds(text: string | undefined): number {
  if (!text || text.toUpperCase() === 'Z') return 0;
  const digits = text.slice(1).replaceAll(':', '');
  const hours = Number(digits.length % 2 ? digits.slice(0, 1) : digits.slice(0, 2));
  const rest = digits.slice(digits.length % 2 ? 1 : 2);
  const seconds = hours * 3600 + Number(rest.slice(0, 2) || 0) * 60 + Number(rest.slice(2, 4) || 0);
  return text.startsWith('-') ? -seconds : seconds;
}

function parseDateTime(text: string): DateTime | null {
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds, fraction, offset, bc] = match;
  const written = Number(year);
  return {
    year: bc ? 1 - written : written,
    month: Number(month),
    day: Number(day),
    seconds: Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0),
    fraction: trimFraction(fraction),
    offset: offsetSeconds(offset),
  };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted + (shifted < 10 ? 3 : -9);
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1,
  };
}

function formatDate(year: number, month: number, day: number): string {
  const bc = year <= 0;
  return `${pad(bc ? 1 - year : year, 4)}-${pad(month)}-${pad(day)}${bc ? ' BC' : ''}`;
}

function formatClock(seconds: number, fraction: string): string {
  const clock = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return fraction ? `${clock}.${fraction}` : clock;
}

function formatDateTime(value: DateTime): string {
  const date = formatDate(value.year, value.month, value.day);
  const [day, era] = date.endsWith(' BC') ? [date.slice(0, -3), ' BC'] : [date, ''];
  return `${day} ${formatClock(value.seconds, value.fraction)}${era}`;
}

function infinity(text: string): string | null {
  const match = INFINITY.exec(text);
  return match ? `${match[1] === '-' ? '-' : ''}infinity` : null;
}

/**
 * The forms nearly every value comes in, MySQL's and PostgreSQL's under UTC, read without
 * the general parse (a check reads every row): already canonical but for the fraction's
 * trailing zeros and an offset of zero. Null for anything else, which the general parse takes.
 */
function commonForm(text: string, zoned: boolean): string | null {
  const match = (zoned ? COMMON_UTC : COMMON).exec(text);
  if (!match) return null;
  const fraction = trimFraction(match[2]);
  return fraction ? `${match[1]}.${fraction}` : match[1]!;
}

/** date: 'YYYY-MM-DD', ' BC' for years before 1. */
export function canonicalDate(text: string): string | null {
  const special = infinity(text);
  if (special) return special;
  const match = DATE.exec(text);
  if (!match) return null;
  const [, year, month, day, bc] = match;
  return formatDate(bc ? 1 - Number(year) : Number(year), Number(month), Number(day));
}

/** timestamp: 'YYYY-MM-DD HH:MM:SS[.f]' with the fraction's trailing zeros dropped; an offset is ignored, as timestamp_in ignores it. */
export function canonicalTimestamp(text: string): string | null {
  const common = commonForm(text, false);
  if (common) return common;
  const special = infinity(text);
  if (special) return special;
  const value = parseDateTime(text);
  return value ? formatDateTime(value) : null;
}

/** timestamptz: the instant in UTC, in the timestamp form; text without an offset is UTC. */
export function canonicalTimestamptz(text: string): string | null {
  const common = commonForm(text, true);
  if (common) return common;
  const special = infinity(text);
  if (special) return special;
  const value = parseDateTime(text);
  if (!value) return null;
  const utc = value.seconds - value.offset;
  const carry = Math.floor(utc / SECONDS_PER_DAY);
  const civil = civilFromDays(daysFromCivil(value.year, value.month, value.day) + carry);
  return formatDateTime({
    ...civil,
    seconds: utc - carry * SECONDS_PER_DAY,
    fraction: value.fraction,
    offset: 0,
  });
}

/** time: 'HH:MM:SS[.f]'; timetz adds the offset as PostgreSQL prints it ('+05:30', '-08'). */
export function canonicalTime(text: string, withZone: boolean): string | null {
  const match = TIME.exec(text);
  if (!match || Boolean(match[5]) !== withZone) return null;
  const [, hours, minutes, seconds, fraction, offset] = match;
  const clock = formatClock(
    Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds ?? 0),
    trimFraction(fraction),
  );
  if (!withZone) return clock;
  const east = offsetSeconds(offset);
  const size = Math.abs(east);
  const parts = [pad(Math.floor(size / 3600))];
  if (size % 3600) parts.push(pad(Math.floor(size / 60) % 60));
  if (size % 60) parts.push(pad(size % 60));
  return `${clock}${east < 0 ? '-' : '+'}${parts.join(':')}`;
}

const INTERVAL_UNIT = /\s*([+-]?\d+)\s*(years?|mons?|months?|days?|hours?|mins?|minutes?|secs?|seconds?)\b/iy;
const INTERVAL_CLOCK = /\s*([+-]?)(\d+):(\d{2})(?::(\d{2})(?:\.(\d*))?)?/y;
const MICROS_PER_SECOND = 1_000_000n;
const UNIT_MICROS: Record<string, bigint> = {
  hour: 3600n * MICROS_PER_SECOND,
  min: 60n * MICROS_PER_SECOND,
  sec: MICROS_PER_SECOND,
};

/**
 * interval: its three fields as PostgreSQL keeps them, 'M months D days U microseconds', so
 * '1 day' and '24:00:00' differ as they do in the database's own hash. Reads the postgres
 * intervalstyle ('1 year 2 mons -3 days +04:05:06.5') and MySQL's TIME ('-838:59:59').
 */
export function canonicalInterval(text: string): string | null {
  let months = 0n;
  let days = 0n;
  let micros = 0n;
  let position = 0;
  let parts = 0;
  const source = text.trimEnd();
  while (position < source.length) {
    INTERVAL_UNIT.lastIndex = position;
    INTERVAL_CLOCK.lastIndex = position;
    const unit = INTERVAL_UNIT.exec(source);
    if (unit) {
      const amount = BigInt(unit[1]!);
      const name = unit[2]!.toLowerCase();
      if (name.startsWith('y')) months += 12n * amount;
      else if (name.startsWith('mo')) months += amount;
      else if (name.startsWith('d')) days += amount;
      else
        micros +=
          amount * UNIT_MICROS[name.startsWith('h') ? 'hour' : name.startsWith('mi') ? 'min' : 'sec']!;
      position = INTERVAL_UNIT.lastIndex;
    } else {
      const clock = INTERVAL_CLOCK.exec(source);
      if (!clock) return null;
      const [, sign, hours, minutes, seconds, fraction = ''] = clock;
      if (fraction.length > 6 && /[1-9]/.test(fraction.slice(6))) return null;
      const size =
        (BigInt(hours!) * 3600n + BigInt(minutes!) * 60n + BigInt(seconds ?? 0)) * MICROS_PER_SECOND +
        BigInt(fraction.slice(0, 6).padEnd(6, '0'));
      micros += sign === '-' ? -size : size;
      position = INTERVAL_CLOCK.lastIndex;
    }
    parts++;
  }
  return parts ? `${months} months ${days} days ${micros} microseconds` : null;
}

/**
 * date, time, timestamp, timestamptz and interval in PostgreSQL's binary form (date_recv,
 * time_recv, timestamp_recv, interval_recv): days or microseconds from 2000-01-01, and
 * interval as microseconds, days, months. Input is the text MySQL and SQLite give; it is
 * read character by character (no Date, no regular expression) so that nothing is lost
 * to a time zone or a float. Calendar dates follow PostgreSQL's date2j (proleptic
 * Gregorian). A date PostgreSQL cannot hold returns through the invalidDates policy;
 * text of the wrong form is a format error.
 */
import type { CopyBuffer } from './copy-buffer.js';
import { RejectedValue } from './rejected-value.js';

/** Julian day of 2000-01-01, PostgreSQL's epoch (POSTGRES_EPOCH_JDATE). */
const EPOCH_JULIAN = 2451545;
/** First Julian day past PostgreSQL's dates (DATE_END_JULIAN, 5874898-01-01). */
const DATE_END_JULIAN = 2147483494;
/** Timestamps from 4714-11-24 BC 00:00 (MIN_TIMESTAMP) to before 294277-01-01 (END_TIMESTAMP), in seconds from 2000. */
const TIMESTAMP_MIN_SECONDS = -211813488000;
const TIMESTAMP_END_SECONDS = 9223371331200;
const SECONDS_PER_DAY = 86400;
const MICROS_PER_SECOND = 1_000_000;
/** Years longer than this are beyond every PostgreSQL range anyway (and still exact in a double). */
const YEAR_DIGITS_MAX = 12;
/** Interval hours beyond this overflow the int64 of microseconds. */
const HOUR_DIGITS_MAX = 9;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const FRACTION_PLACES = 6;
/** What a fraction of n digits is multiplied by to give microseconds. */
const MICROS_SCALE = [1_000_000, 100_000, 10_000, 1000, 100, 10, 1];

/** Position in the text being read, and the parts read so far: module state, as encoding is synchronous. */
let cursor = 0;
let clockSeconds = 0;
let clockMicros = 0;
/** Why the last date read is one PostgreSQL cannot hold. */
let invalidDate = '';

export function writeDate(out: CopyBuffer, text: string, nullInvalid: boolean): void {
  cursor = 0;
  const julian = readDate(text);
  expectEnd(text);
  if (julian >= DATE_END_JULIAN) invalidDate = 'beyond the dates PostgreSQL holds (5874897-12-31)';
  else if (!Number.isNaN(julian)) {
    out.reserve(8);
    out.int32(4);
    out.int32(julian - EPOCH_JULIAN);
    return;
  }
  writeInvalid(out, nullInvalid);
}

/** 'HH:MM:SS[.ffffff]', 00:00:00 to 24:00:00. */
export function writeTime(out: CopyBuffer, text: string): void {
  cursor = 0;
  const hours = readDigits(text, 1, 2);
  readClock(text, hours);
  expectEnd(text);
  if (clockSeconds > SECONDS_PER_DAY || (clockSeconds === SECONDS_PER_DAY && clockMicros > 0)) {
    throw new RejectedValue('range', 'beyond 24:00:00, the largest time');
  }
  out.reserve(12);
  out.int32(8);
  out.int64(clockSeconds * MICROS_PER_SECOND + clockMicros);
}

/**
 * 'YYYY-MM-DD HH:MM:SS[.ffffff]' (or with 'T'); with a zone, also a trailing 'Z', '+HH:MM'
 * or '-HH:MM', and read as UTC without one.
 */
export function writeTimestamp(out: CopyBuffer, text: string, withZone: boolean, nullInvalid: boolean): void {
  const common = commonTimestampSeconds(text);
  if (!Number.isNaN(common)) {
    out.reserve(12);
    out.int32(8);
    out.int64Micros(common, clockMicros);
    return;
  }
  cursor = 0;
  const julian = readDate(text);
  const separator = codeAt(text, cursor);
  if (separator !== 32 /* space */ && separator !== 84 /* T */) throw formatError();
  cursor++;
  const hours = readDigits(text, 1, 2);
  if (hours > 23) throw formatError();
  readClock(text, hours);
  const offset = withZone ? readZone(text) : 0;
  expectEnd(text);
  if (!Number.isNaN(julian)) {
    const seconds = (julian - EPOCH_JULIAN) * SECONDS_PER_DAY + clockSeconds - offset;
    if (seconds >= TIMESTAMP_MIN_SECONDS && seconds < TIMESTAMP_END_SECONDS) {
      out.reserve(12);
      out.int32(8);
      out.int64Micros(seconds, clockMicros);
      return;
    }
    invalidDate = 'beyond the timestamps PostgreSQL holds (294276-12-31 23:59:59.999999)';
  }
  writeInvalid(out, nullInvalid);
}

/** A MySQL TIME of any size, '[-]H+:MM:SS[.ffffff]', as an interval of microseconds (no days, no months). */
export function writeInterval(out: CopyBuffer, text: string): void {
  cursor = 0;
  const negative = codeAt(text, 0) === 45; /* - */
  if (negative) cursor = 1;
  const hours = readDigits(text, 1, HOUR_DIGITS_MAX);
  readClock(text, hours);
  expectEnd(text);
  out.reserve(20);
  out.int32(16);
  if (!negative) out.int64Micros(clockSeconds, clockMicros);
  else if (clockMicros === 0) out.int64Micros(-clockSeconds, 0);
  else out.int64Micros(-clockSeconds - 1, MICROS_PER_SECOND - clockMicros);
  out.int32(0);
  out.int32(0);
}

function writeInvalid(out: CopyBuffer, nullInvalid: boolean): void {
  if (!nullInvalid) throw new RejectedValue('date', invalidDate);
  out.reserve(4);
  out.int32(-1);
}

/** 'Y+-MM-DD' to its Julian day, or NaN for a zero or impossible date (invalidDate says which). */
function readDate(text: string): number {
  const year = readDigits(text, 1, YEAR_DIGITS_MAX);
  expect(text, 45 /* - */);
  const month = readDigits(text, 2, 2);
  expect(text, 45 /* - */);
  const day = readDigits(text, 2, 2);
  if (month > 12 || day > 31) throw formatError();
  if (year === 0 || month === 0 || day === 0) {
    invalidDate = 'a zero date, which PostgreSQL cannot store';
    return NaN;
  }
  if (day > daysInMonth(year, month)) {
    invalidDate = 'not a day of the calendar';
    return NaN;
  }
  return julianDay(year, month, day);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month]!;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** PostgreSQL's date2j, for years from 1 on (every division is of a positive number). */
function julianDay(year: number, month: number, day: number): number {
  let y = year;
  let m = month;
  if (m > 2) {
    m += 1;
    y += 4800;
  } else {
    m += 13;
    y += 4799;
  }
  const century = Math.floor(y / 100);
  let julian = y * 365 - 32167;
  julian += Math.floor(y / 4) - century + Math.floor(century / 4);
  julian += Math.floor((7834 * m) / 256) + day;
  return julian;
}

/** ':MM:SS[.ffffff]' after the hours, into clockSeconds and clockMicros. */
function readClock(text: string, hours: number): void {
  expect(text, 58 /* : */);
  const minutes = readDigits(text, 2, 2);
  expect(text, 58 /* : */);
  const seconds = readDigits(text, 2, 2);
  if (minutes > 59 || seconds > 59) throw formatError();
  clockSeconds = hours * 3600 + minutes * 60 + seconds;
  clockMicros = 0;
  if (codeAt(text, cursor) === 46 /* . */) readClockFraction(text);
}

/** '.f+' at the cursor into clockMicros. */
function readClockFraction(text: string): void {
  cursor++;
  const start = cursor;
  // Integer arithmetic only: a fraction summed in floats would leave the small-integer representation.
  let micros = 0;
  let places = 0;
  for (; cursor < text.length; cursor++) {
    const digit = text.charCodeAt(cursor) - 48;
    if (digit < 0 || digit > 9) break;
    if (places < FRACTION_PLACES) {
      micros = micros * 10 + digit;
      places++;
    } else if (digit !== 0) {
      throw new RejectedValue('range', 'finer than the microseconds PostgreSQL keeps');
    }
  }
  if (cursor === start) throw formatError();
  clockMicros = micros * MICROS_SCALE[places]!;
}

/** An optional 'Z', '+HH', '+HH:MM' or '+HHMM' (or '-'), as seconds east of UTC. */
function readZone(text: string): number {
  const code = codeAt(text, cursor);
  if (code === 90 /* Z */) {
    cursor++;
    return 0;
  }
  if (code !== 43 /* + */ && code !== 45 /* - */) return 0;
  cursor++;
  const hours = readDigits(text, 2, 2);
  let minutes = 0;
  if (codeAt(text, cursor) === 58 /* : */) {
    cursor++;
    minutes = readDigits(text, 2, 2);
  } else if (cursor < text.length) {
    minutes = readDigits(text, 2, 2);
  }
  if (hours > 15 || minutes > 59) throw formatError();
  const seconds = hours * 3600 + minutes * 60;
  return code === 45 ? -seconds : seconds;
}

function readDigits(text: string, fewest: number, most: number): number {
  const start = cursor;
  let value = 0;
  for (; cursor < text.length && cursor - start < most; cursor++) {
    const digit = text.charCodeAt(cursor) - 48;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  if (cursor - start < fewest) throw formatError();
  return value;
}

function expect(text: string, code: number): void {
  if (codeAt(text, cursor) !== code) throw formatError();
  cursor++;
}

/** The character code at a position, or -1 past the end (charCodeAt's NaN there would make V8 deoptimize). */
function codeAt(text: string, at: number): number {
  return at < text.length ? text.charCodeAt(at) : -1;
}

function expectEnd(text: string): void {
  if (cursor !== text.length) throw formatError();
}

function formatError(): RejectedValue {
  return new RejectedValue('format', 'not in the form this column takes');
}

/**
 * The seconds from 2000 of the form nearly every value has, 'YYYY-MM-DD HH:MM:SS[.ffffff]'
 * with a valid date of a four-digit year, read at fixed places; NaN for anything else,
 * which the general reader then takes (and names what is wrong).
 */
function commonTimestampSeconds(text: string): number {
  const length = text.length;
  if (length < 19 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58)
    return NaN;
  const separator = text.charCodeAt(10);
  if ((separator !== 32 && separator !== 84) || text.charCodeAt(16) !== 58) return NaN;
  const century = twoDigits(text, 0);
  const yearOfCentury = twoDigits(text, 2);
  const year = century * 100 + yearOfCentury;
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hours = twoDigits(text, 11);
  const minutes = twoDigits(text, 14);
  const seconds = twoDigits(text, 17);
  if ((century | yearOfCentury | hours | minutes | seconds) < 0 || year === 0) return NaN;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hours > 23 || minutes > 59 || seconds > 59) return NaN;
  if (length === 19) {
    clockMicros = 0;
  } else {
    if (text.charCodeAt(19) !== 46 /* . */) return NaN;
    cursor = 19;
    readClockFraction(text);
    if (cursor !== length) return NaN;
  }
  return (
    (julianDay(year, month, day) - EPOCH_JULIAN) * SECONDS_PER_DAY + hours * 3600 + minutes * 60 + seconds
  );
}

/** Two decimal digits at a place, or -1 when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const units = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

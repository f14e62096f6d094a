/**
 * The date part of the Oracle compatibility schema (see oracle-compat.ts): SYSDATE, date
 * arithmetic in days, ADD_MONTHS, MONTHS_BETWEEN, LAST_DAY, NEXT_DAY, TRUNC and ROUND on
 * dates and numbers, TO_DATE / TO_TIMESTAMP with Oracle's two-digit year rules. Oracle DATE
 * columns are timestamp(0) in PostgreSQL, so every function takes and returns timestamp.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ROUND-and-TRUNC-Date-Functions.html
 */

/** The SQL text for the quoted schema name `s`. */
export function compatDateSql(s: string): string {
  return `
-- SYSDATE and CURRENT_DATE: Oracle reads the clock once per statement, as a DATE (seconds).
CREATE OR REPLACE FUNCTION ${s}.sysdate() RETURNS timestamp(0)
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN statement_timestamp()::timestamp(0);

-- date + number and date - number count days (fractions are hours, minutes, seconds);
-- date - date is a number of days. Overloads let PostgreSQL pick by the operand's real type.
CREATE OR REPLACE FUNCTION ${s}.date_add(d timestamp, days numeric) RETURNS timestamp
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN d + days * interval '1 day';
CREATE OR REPLACE FUNCTION ${s}.date_add(d timestamp, i interval) RETURNS timestamp
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN d + i;
CREATE OR REPLACE FUNCTION ${s}.date_sub(d timestamp, days numeric) RETURNS timestamp
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN d - days * interval '1 day';
CREATE OR REPLACE FUNCTION ${s}.date_sub(d timestamp, i interval) RETURNS timestamp
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN d - i;
CREATE OR REPLACE FUNCTION ${s}.date_sub(a timestamp, b timestamp) RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN trim_scale(extract(epoch FROM a - b) / 86400);

-- ADD_MONTHS: from the last day of a month, or past the end of a shorter month, the result
-- is the last day of the resulting month; the time of day is kept.
CREATE OR REPLACE FUNCTION ${s}.add_months(d timestamp, months numeric) RETURNS timestamp
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    WHEN d::date = (date_trunc('month', d) + interval '1 month - 1 day')::date
      THEN (date_trunc('month', d) + (trunc(months)::int + 1) * interval '1 month' - interval '1 day')::date + d::time
    ELSE d + trunc(months)::int * interval '1 month' END;

-- LAST_DAY keeps the time of day.
CREATE OR REPLACE FUNCTION ${s}.last_day(d timestamp) RETURNS timestamp
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (date_trunc('month', d) + interval '1 month - 1 day')::date + d::time;

-- MONTHS_BETWEEN: whole months when the days of the month are equal or both are last days,
-- otherwise a fraction of a 31-day month that counts the time of day too.
CREATE OR REPLACE FUNCTION ${s}.months_between(a timestamp, b timestamp) RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (extract(year FROM a) - extract(year FROM b)) * 12 + extract(month FROM a) - extract(month FROM b)
    + CASE
        WHEN extract(day FROM a) = extract(day FROM b)
          OR (a::date = ${s}.last_day(a)::date AND b::date = ${s}.last_day(b)::date) THEN 0
        ELSE ((extract(day FROM a) - extract(day FROM b)) * 86400
          + extract(epoch FROM a::time) - extract(epoch FROM b::time)) / 2678400
      END;

-- NEXT_DAY: the first later date on the named day of the week (English names, full or
-- abbreviated, any case); the time of day is kept.
CREATE OR REPLACE FUNCTION ${s}.next_day(d timestamp, day_name text) RETURNS timestamp
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN d + ((coalesce(
      array_position(ARRAY['SUN','MON','TUE','WED','THU','FRI','SAT'], upper(trim(day_name))),
      array_position(ARRAY['SUNDAY','MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY'], upper(trim(day_name))),
      ${s}.raise_error('not a valid day of the week: ' || day_name, 0)
    ) - 1 - extract(dow FROM d)::int + 6) % 7 + 1) * interval '1 day';

-- TRUNC and ROUND serve numbers and dates in Oracle: overloads decide by the argument's type.
CREATE OR REPLACE FUNCTION ${s}.trunc(n numeric) RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN pg_catalog.trunc(n);
CREATE OR REPLACE FUNCTION ${s}.trunc(n numeric, places integer) RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN pg_catalog.trunc(n, places);
CREATE OR REPLACE FUNCTION ${s}.trunc(d timestamp) RETURNS timestamp
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN date_trunc('day', d);
CREATE OR REPLACE FUNCTION ${s}.trunc(d timestamp, format text) RETURNS timestamp
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    WHEN upper(format) IN ('CC', 'SCC') THEN date_trunc('century', d)
    WHEN upper(format) IN ('SYYYY', 'YYYY', 'YEAR', 'SYEAR', 'YYY', 'YY', 'Y') THEN date_trunc('year', d)
    WHEN upper(format) IN ('IYYY', 'IYY', 'IY', 'I')
      THEN date_trunc('week', make_date(extract(isoyear FROM d)::int, 1, 4)::timestamp)
    WHEN upper(format) = 'Q' THEN date_trunc('quarter', d)
    WHEN upper(format) IN ('MONTH', 'MON', 'MM', 'RM') THEN date_trunc('month', d)
    WHEN upper(format) = 'WW'
      THEN date_trunc('year', d) + floor((extract(doy FROM d) - 1) / 7) * interval '7 days'
    WHEN upper(format) = 'IW' THEN date_trunc('week', d)
    WHEN upper(format) = 'W'
      THEN date_trunc('month', d) + floor((extract(day FROM d) - 1) / 7) * interval '7 days'
    WHEN upper(format) IN ('DDD', 'DD', 'J') THEN date_trunc('day', d)
    WHEN upper(format) IN ('DAY', 'DY', 'D') THEN date_trunc('day', d) - extract(dow FROM d) * interval '1 day'
    WHEN upper(format) IN ('HH', 'HH12', 'HH24') THEN date_trunc('hour', d)
    WHEN upper(format) = 'MI' THEN date_trunc('minute', d)
    ELSE ${s}.raise_error('date format not recognized: ' || format, d)
  END;
CREATE OR REPLACE FUNCTION ${s}.round(n numeric) RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN pg_catalog.round(n);
CREATE OR REPLACE FUNCTION ${s}.round(n numeric, places integer) RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN pg_catalog.round(n, places);
-- ROUND on dates: a year rounds up on July 1, a quarter on the 16th day of its second month,
-- a month on the 16th day, a day at noon, an hour at 30 minutes, a minute at 30 seconds, a
-- week half-way through it.
CREATE OR REPLACE FUNCTION ${s}.round(d timestamp, format text DEFAULT 'DD') RETURNS timestamp
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    WHEN upper(format) IN ('SYYYY', 'YYYY', 'YEAR', 'SYEAR', 'YYY', 'YY', 'Y')
      THEN date_trunc('year', d) + CASE WHEN extract(month FROM d) >= 7 THEN interval '1 year' ELSE interval '0' END
    WHEN upper(format) = 'Q'
      THEN date_trunc('quarter', d) + CASE
        WHEN (extract(month FROM d)::int - 1) % 3 = 2
          OR ((extract(month FROM d)::int - 1) % 3 = 1 AND extract(day FROM d) >= 16)
        THEN interval '3 months' ELSE interval '0' END
    WHEN upper(format) IN ('MONTH', 'MON', 'MM', 'RM')
      THEN date_trunc('month', d) + CASE WHEN extract(day FROM d) >= 16 THEN interval '1 month' ELSE interval '0' END
    WHEN upper(format) IN ('WW', 'IW', 'W', 'DAY', 'DY', 'D')
      THEN ${s}.trunc(d, format) + CASE
        WHEN d >= ${s}.trunc(d, format) + interval '3 days 12 hours' THEN interval '7 days' ELSE interval '0' END
    WHEN upper(format) IN ('DDD', 'DD', 'J') THEN date_trunc('day', d + interval '12 hours')
    WHEN upper(format) IN ('HH', 'HH12', 'HH24') THEN date_trunc('hour', d + interval '30 minutes')
    WHEN upper(format) = 'MI' THEN date_trunc('minute', d + interval '30 seconds')
    ELSE ${s}.raise_error('date format not supported by ROUND: ' || format, d)
  END;

-- A two-digit year as Oracle reads it: YY in the current century; RR in the century that
-- puts it nearest the current year (00-49 and 50-99 halves).
CREATE OR REPLACE FUNCTION ${s}.two_digit_year(yy integer, rule text) RETURNS integer
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN (extract(year FROM statement_timestamp())::int / 100) * 100 + yy + CASE
    WHEN rule = 'YY' THEN 0
    WHEN yy < 50 AND extract(year FROM statement_timestamp())::int % 100 >= 50 THEN 100
    WHEN yy >= 50 AND extract(year FROM statement_timestamp())::int % 100 < 50 THEN -100
    ELSE 0 END;

-- The year rule of a parsed value: '' none; 'RR'/'YY' for a year read by YYYY (adjusted
-- when below 100); 'RR%'/'YY%' for a year read by PostgreSQL's YY (its last two digits).
CREATE OR REPLACE FUNCTION ${s}.oracle_year(t timestamp, rule text) RETURNS timestamp
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN CASE
    WHEN rule = '' OR (length(rule) = 2 AND extract(year FROM t) >= 100) THEN t
    ELSE t + make_interval(years =>
      ${s}.two_digit_year(extract(year FROM t)::int % 100, left(rule, 2)) - extract(year FROM t)::int)
  END;

-- TO_DATE and TO_TIMESTAMP with a format already in PostgreSQL's terms. The wall-clock
-- value must not pass through a time zone with daylight saving, hence UTC.
CREATE OR REPLACE FUNCTION ${s}.to_date(str text, format text, years text DEFAULT '') RETURNS timestamp(0)
  LANGUAGE sql STABLE PARALLEL SAFE SET timezone TO 'UTC'
  RETURN ${s}.oracle_year(pg_catalog.to_timestamp(str, format)::timestamp, years)::timestamp(0);
CREATE OR REPLACE FUNCTION ${s}.to_timestamp(str text, format text, years text DEFAULT '') RETURNS timestamp
  LANGUAGE sql STABLE PARALLEL SAFE SET timezone TO 'UTC'
  RETURN ${s}.oracle_year(pg_catalog.to_timestamp(str, format)::timestamp, years);

-- A value Oracle converts to text implicitly, in a session date format other than Oracle's
-- default (the translator passes it as a PostgreSQL template) where the translator cannot tell
-- a date from a number or a string: PostgreSQL picks by the value's type. A TIMESTAMP WITH
-- TIME ZONE keeps Oracle's default NLS_TIMESTAMP_TZ_FORMAT.
CREATE OR REPLACE FUNCTION ${s}.to_char_nls(d timestamp, format text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN pg_catalog.to_char(d, format);
CREATE OR REPLACE FUNCTION ${s}.to_char_nls(d date, format text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN pg_catalog.to_char(d::timestamp, format);
CREATE OR REPLACE FUNCTION ${s}.to_char_nls(d timestamptz, format text) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE RETURN ${s}.to_char(d);
CREATE OR REPLACE FUNCTION ${s}.to_char_nls(n numeric, format text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN ${s}.to_char(n);
CREATE OR REPLACE FUNCTION ${s}.to_char_nls(str text, format text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN str;
`;
}

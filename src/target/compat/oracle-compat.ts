/**
 * Decant's Oracle compatibility schema: functions for Oracle built-ins PostgreSQL lacks or
 * answers differently, used by the translator where an inline rewrite would not be exact.
 * Plain SQL (no extension); `LANGUAGE sql` single-expression functions so that the planner
 * inlines them, PL/pgSQL only for loops and errors. Idempotent: every object is CREATE OR
 * REPLACE, so installing again after an upgrade replaces the bodies.
 * This module owns the SQL text and its installation; which call the translator writes is
 * the business of src/translate/dialects/oracle/functions/.
 */
import type pg from 'pg';
import { DEFAULT_COMPAT_SCHEMA } from '../../core/compat-schema.js';
import { quoteIdent } from '../../core/sql/ident.js';
import { oracleCatalogSql } from './oracle-catalog.js';
import { compatDateSql } from './oracle-compat-dates.js';

/** The compatibility schema's SQL, for a schema name (quoted here). */
export function oracleCompatSql(schema = DEFAULT_COMPAT_SCHEMA): string {
  const s = quoteIdent(schema);
  return `CREATE SCHEMA IF NOT EXISTS ${s};

-- Raises an Oracle-like error from inside an SQL expression; returns its second argument's type.
CREATE OR REPLACE FUNCTION ${s}.raise_error(message text, type_of anyelement) RETURNS anyelement
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$ BEGIN RAISE EXCEPTION '%', message; END $$;

-- SUBSTR: position 0 is 1, a negative position counts from the end (NULL when before the
-- start), a length below 1 is NULL, positions are truncated, and '' is NULL.
CREATE OR REPLACE FUNCTION ${s}.substr(str text, pos numeric) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN NULLIF(CASE
    WHEN trunc(pos) >= 0 THEN pg_catalog.substr(str, greatest(trunc(pos), 1)::int)
    WHEN -trunc(pos) <= length(str) THEN pg_catalog.substr(str, (length(str) + trunc(pos) + 1)::int)
  END, '');
CREATE OR REPLACE FUNCTION ${s}.substr(str text, pos numeric, len numeric) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN NULLIF(CASE
    WHEN trunc(len) < 1 THEN NULL
    WHEN trunc(pos) >= 0
      THEN pg_catalog.substr(str, greatest(trunc(pos), 1)::int, least(trunc(len), 2147483647)::int)
    WHEN -trunc(pos) <= length(str)
      THEN pg_catalog.substr(str, (length(str) + trunc(pos) + 1)::int, least(trunc(len), 2147483647)::int)
  END, '');

-- INSTR: the occurrence-th match at or after a positive start, or at or before a start
-- counted from the end when negative (searching backwards); matches may overlap.
CREATE OR REPLACE FUNCTION ${s}.instr(str text, sub text, pos numeric DEFAULT 1, occurrence numeric DEFAULT 1)
  RETURNS integer LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  p integer := trunc(pos);
  n integer := trunc(occurrence);
  found integer := 0;
  i integer;
  k integer;
BEGIN
  IF n < 1 THEN RAISE EXCEPTION 'argument ''%'' is out of range', occurrence USING ERRCODE = '22003'; END IF;
  IF p = 0 THEN RETURN 0; END IF;
  IF p > 0 THEN
    i := p - 1;
    LOOP
      k := strpos(pg_catalog.substr(str, i + 1), sub);
      IF k = 0 THEN RETURN 0; END IF;
      i := i + k;
      found := found + 1;
      IF found = n THEN RETURN i; END IF;
    END LOOP;
  END IF;
  i := length(str) + p + 1;
  WHILE i >= 1 LOOP
    IF pg_catalog.substr(str, i, length(sub)) = sub THEN
      found := found + 1;
      IF found = n THEN RETURN i; END IF;
    END IF;
    i := i - 1;
  END LOOP;
  RETURN 0;
END $$;

-- REPLACE: a NULL search string leaves the string as is, a NULL replacement removes.
CREATE OR REPLACE FUNCTION ${s}.replace(str text, search text, replacement text DEFAULT NULL) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN NULLIF(CASE WHEN search IS NULL THEN str
    ELSE pg_catalog.replace(str, search, coalesce(replacement, '')) END, '');

-- MOD(m, 0) is m; otherwise PostgreSQL's mod (sign of the dividend) is Oracle's.
CREATE OR REPLACE FUNCTION ${s}.mod(m numeric, n numeric) RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN n = 0 THEN m ELSE pg_catalog.mod(m, n) END;

-- REMAINDER: m - n * N, N the integer nearest m / n, the even one on a tie.
CREATE OR REPLACE FUNCTION ${s}.remainder(m numeric, n numeric) RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN m - n * CASE WHEN abs(m / n - trunc(m / n)) = 0.5 THEN 2 * round(m / n / 2) ELSE round(m / n) END;

-- BITAND on the integer parts, as a number.
CREATE OR REPLACE FUNCTION ${s}.bitand(a numeric, b numeric) RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (trunc(a)::bigint & trunc(b)::bigint)::numeric;

-- GREATEST / LEAST: any NULL argument makes the result NULL (PostgreSQL's skip NULLs).
CREATE OR REPLACE FUNCTION ${s}.greatest(VARIADIC v anycompatiblearray) RETURNS anycompatible
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS 'SELECT CASE WHEN array_position(v, NULL) IS NULL THEN (SELECT max(x) FROM unnest(v) x) END';
CREATE OR REPLACE FUNCTION ${s}.least(VARIADIC v anycompatiblearray) RETURNS anycompatible
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS 'SELECT CASE WHEN array_position(v, NULL) IS NULL THEN (SELECT min(x) FROM unnest(v) x) END';

-- SYS_GUID: 16 random bytes (RAW(16)).
CREATE OR REPLACE FUNCTION ${s}.sys_guid() RETURNS bytea
  LANGUAGE sql VOLATILE PARALLEL SAFE
  RETURN decode(pg_catalog.replace(gen_random_uuid()::text, '-', ''), 'hex');

-- TO_CHAR without a format: a number in Oracle's shortest form (no trailing zeros, no
-- leading zero before the point), a date in the default NLS_DATE_FORMAT DD-MON-RR.
CREATE OR REPLACE FUNCTION ${s}.to_char(n numeric) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    WHEN n > -1 AND n < 0 THEN '-' || ltrim(trim_scale(-n)::text, '0')
    WHEN n > 0 AND n < 1 THEN ltrim(trim_scale(n)::text, '0')
    ELSE trim_scale(n)::text END;
CREATE OR REPLACE FUNCTION ${s}.to_char(d timestamp) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN pg_catalog.to_char(d, 'DD-MON-YY');
CREATE OR REPLACE FUNCTION ${s}.to_char(d date) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN pg_catalog.to_char(d, 'DD-MON-YY');
CREATE OR REPLACE FUNCTION ${s}.to_char(d timestamptz) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN pg_catalog.to_char(d, 'DD-MON-YY HH.MI.SS.US AM TZH:TZM');
CREATE OR REPLACE FUNCTION ${s}.to_char(str text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN str;

-- TO_CHAR of a number with a format: PostgreSQL's, except that a value too wide fills the
-- whole width with # (PostgreSQL keeps the sign and the point), and that Oracle's currency
-- symbol ($, L) floats against the first digit, after the sign.
CREATE OR REPLACE FUNCTION ${s}.to_char(n numeric, format text, currency text DEFAULT '') RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE
    WHEN strpos(pg_catalog.to_char(n, format), '#') > 0
      THEN repeat('#', length(pg_catalog.to_char(n, format)) + length(currency))
    WHEN currency = '' THEN pg_catalog.to_char(n, format)
    ELSE regexp_replace(pg_catalog.to_char(n, format), '([0-9.])', currency || '\\1') END;

-- agg(x) KEEP (DENSE_RANK FIRST ORDER BY k): sorted by k, the first rank is the leading rows.
-- leading_ties(k), aggregated in key order, counts the leading rows that tie with the first
-- on k (NULL ties with NULL); array_head keeps that many values of ARRAY_AGG(x ORDER BY k).
-- The state is the first key in a one-element array whose index is the count so far
-- ('[3:3]={k}' after three ties), so that a step costs the same however long the run; the
-- first key that differs freezes the count by making the array two elements long.
CREATE OR REPLACE FUNCTION ${s}.leading_ties_step(tied anyarray, k anyelement) RETURNS anyarray
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN cardinality(tied) = 0 THEN array_fill(k, ARRAY[1], ARRAY[1])
    WHEN cardinality(tied) > 1 THEN tied
    WHEN tied[array_lower(tied, 1)] IS NOT DISTINCT FROM k
      THEN array_fill(k, ARRAY[1], ARRAY[array_lower(tied, 1) + 1])
    ELSE array_fill(k, ARRAY[2], ARRAY[array_lower(tied, 1)]) END $$;
CREATE OR REPLACE FUNCTION ${s}.leading_ties_count(tied anyarray) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT coalesce(array_lower(tied, 1), 0)::bigint';
CREATE OR REPLACE AGGREGATE ${s}.leading_ties(anyelement) (
  SFUNC = ${s}.leading_ties_step, STYPE = anyarray, FINALFUNC = ${s}.leading_ties_count,
  INITCOND = '{}', PARALLEL = SAFE);
CREATE OR REPLACE FUNCTION ${s}.array_head(a anyarray, n bigint) RETURNS anyarray
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT COALESCE(a[1:n::integer], ''{}'')';
CREATE OR REPLACE FUNCTION ${s}.array_distinct(a anyarray) RETURNS anyarray
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT ARRAY(SELECT DISTINCT x FROM unnest(a) x)';
CREATE OR REPLACE FUNCTION ${s}.array_count(a anyarray) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT count(x) FROM unnest(a) x';
-- SUM, AVG, VARIANCE, STDDEV of an array's values. number_type is never passed: its numeric
-- default joins the array's type, so integer arrays are summed as numeric (Oracle's NUMBER)
-- and real and double precision arrays keep their type (BINARY_FLOAT, BINARY_DOUBLE).
-- VARIANCE and STDDEV of one value are 0 in Oracle.
CREATE OR REPLACE FUNCTION ${s}.array_sum(a anycompatiblearray, number_type anycompatible DEFAULT 0::numeric)
  RETURNS anycompatible LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT sum(x) FROM unnest(a) x';
CREATE OR REPLACE FUNCTION ${s}.array_avg(a anycompatiblearray, number_type anycompatible DEFAULT 0::numeric)
  RETURNS anycompatible LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT avg(x) FROM unnest(a) x';
CREATE OR REPLACE FUNCTION ${s}.array_variance(a anycompatiblearray, number_type anycompatible DEFAULT 0::numeric)
  RETURNS anycompatible LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS 'SELECT CASE count(x) WHEN 1 THEN 0 ELSE var_samp(x) END FROM unnest(a) x';
CREATE OR REPLACE FUNCTION ${s}.array_stddev(a anycompatiblearray, number_type anycompatible DEFAULT 0::numeric)
  RETURNS anycompatible LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS 'SELECT CASE count(x) WHEN 1 THEN 0 ELSE stddev_samp(x) END FROM unnest(a) x';

-- FIRST_VALUE / LAST_VALUE (x IGNORE NULLS) as window aggregates: the first or the last
-- non-NULL value of the frame. The steps are strict, so NULLs are skipped and the first
-- non-NULL value starts the state; the state is one value, and a frame that only grows
-- costs one step per row.
CREATE OR REPLACE FUNCTION ${s}.first_non_null_step(kept anyelement, candidate anyelement) RETURNS anyelement
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT kept';
CREATE OR REPLACE AGGREGATE ${s}.first_non_null(anyelement) (
  SFUNC = ${s}.first_non_null_step, STYPE = anyelement, PARALLEL = SAFE);
CREATE OR REPLACE FUNCTION ${s}.last_non_null_step(kept anyelement, candidate anyelement) RETURNS anyelement
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT candidate';
CREATE OR REPLACE AGGREGATE ${s}.last_non_null(anyelement) (
  SFUNC = ${s}.last_non_null_step, STYPE = anyelement, PARALLEL = SAFE);
-- The n-th element from an array's end (LAG(x, n) IGNORE NULLS); NULL past its start.
CREATE OR REPLACE FUNCTION ${s}.nth_last(a anyarray, n integer) RETURNS anyelement
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT a[cardinality(a) - n + 1]';
${compatDateSql(s)}
${oracleCatalogSql(s)}`;
}

/** The compatibility schema's SQL for the default schema name. */
export const ORACLE_COMPAT_SQL = oracleCompatSql();

/** Creates (or replaces) the compatibility functions in the target. */
export async function installOracleCompat(
  client: pg.ClientBase,
  schema = DEFAULT_COMPAT_SCHEMA,
): Promise<void> {
  await client.query(oracleCompatSql(schema));
}

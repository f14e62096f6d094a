/**
 * Issue 2, point 8: every built-in type and its edge values reach the target unchanged.
 * A source holds one table per family of types (plus odd identifiers, keyless and
 * composite-key tables and 100 MB values); after `migrate`, every table must be at K and
 * an independent comparison, made here and not by Decant, must find source and target
 * equal row by row, with direct assertions on the values most likely to go wrong.
 *
 * Both databases get unusual per-database defaults (time zone, DateStyle, IntervalStyle,
 * float digits, bytea output) so that any Decant session that forgets to pin its own
 * settings shows up as a difference.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type EngineEvent, type StepResult } from '../../src/index.js';
import { execSql, queryRows, sourceAndTarget, withClient } from '../support/databases.js';
import { testConfig } from '../support/engine.js';

/** Odd defaults for new sessions of each database; Decant must not depend on them. */
const SOURCE_DEFAULTS = {
  timezone: 'America/St_Johns',
  datestyle: 'SQL, DMY',
  intervalstyle: 'postgres_verbose',
  extra_float_digits: '-3',
  bytea_output: 'escape',
};
const TARGET_DEFAULTS = {
  timezone: 'Pacific/Chatham',
  datestyle: 'German, DMY',
  intervalstyle: 'sql_standard',
  extra_float_digits: '0',
  bytea_output: 'escape',
};

/** Settings of the sessions that compare: the same on both sides, and not those Decant hashes with. */
const COMPARE_SETTINGS = [
  `SET timezone = 'Asia/Kathmandu'`,
  `SET datestyle = 'ISO, YMD'`,
  `SET intervalstyle = 'iso_8601'`,
  `SET extra_float_digits = 3`,
  `SET bytea_output = 'hex'`,
  `SET lc_monetary = 'C'`,
  `SET search_path = ''`,
].join('; ');

const SCHEMA = String.raw`
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy', 'with space', 'Ünïcødé "q"');
CREATE DOMAIN public.positive_amount AS numeric(12, 2) CHECK (VALUE > 0);
CREATE TYPE public.complex AS (r float8, i float8, note text, at timestamptz, span interval, price money, n numeric);
CREATE TYPE public.wrapper AS (c public.complex, m public.mood, xs int[], label text);

CREATE TABLE public.numbers (
  id int PRIMARY KEY,
  n numeric, n_scaled numeric(20, 6), n_negative_scale numeric(7, -3),
  f4 float4, f8 float8, i2 smallint, i4 int, i8 bigint, m money
);

CREATE TABLE public.times (
  id int PRIMARY KEY,
  d date, ts timestamp, tstz timestamptz, ts3 timestamp(3), t time, ttz timetz, iv interval, iv_ym interval year to month
);

CREATE TABLE public.arrays (
  id int PRIMARY KEY,
  ints int[], texts text[], floats float8[], nums numeric[], bytes bytea[], stamps timestamptz[], uuids uuid[], bools bool[]
);

CREATE TABLE public.docs (id int PRIMARY KEY, j json, jb jsonb, x xml);

CREATE TABLE public.bytes (id int PRIMARY KEY, b bytea);

CREATE TABLE public.network (
  u uuid PRIMARY KEY,
  ip inet, net cidr, mac macaddr, mac8 macaddr8, b8 bit(8), vb varbit, vb5 bit varying(5)
);

CREATE TABLE public.search (id int PRIMARY KEY, v tsvector, q tsquery);

CREATE TABLE public.ranges (
  id int PRIMARY KEY,
  r4 int4range, r8 int8range, rn numrange, rd daterange, rts tsrange, rtz tstzrange,
  mr4 int4multirange, mrn nummultirange, mrtz tstzmultirange
);

CREATE TABLE public.typed (
  id int PRIMARY KEY,
  m public.mood, ms public.mood[], amount public.positive_amount, amounts public.positive_amount[],
  c public.complex, cs public.complex[], w public.wrapper
);

CREATE TABLE public.geometry (
  id int PRIMARY KEY,
  p point, l line, s lseg, b box, pa path, po polygon, c circle
);

CREATE TABLE public.texts (
  id int PRIMARY KEY,
  t text, vc varchar(20), c char(5), nm name, ch "char"
);

CREATE TABLE public.misc (
  id int PRIMARY KEY,
  flag bool, o oid, lsn pg_lsn, rt regtype, rc regclass, snap pg_snapshot, x8 xid8
);

CREATE TABLE public.big_values (id int PRIMARY KEY, t text, b bytea);
ALTER TABLE public.big_values ALTER COLUMN t SET STORAGE EXTERNAL, ALTER COLUMN b SET STORAGE EXTERNAL;

CREATE TABLE public."MixedCase" ("Id" bigint PRIMARY KEY, "CamelCase" text, "lower" text, "UPPER" int);
CREATE TABLE public."select" ("order" int PRIMARY KEY, "from" text, "user" text, "table" int);
CREATE SCHEMA "Odd Schema";
CREATE TABLE "Odd Schema"."we""ird name" ("key col" text PRIMARY KEY, "quote""col" text, "space col" int);
CREATE TABLE "Odd Schema"."tablé 😀" ("ключ" int PRIMARY KEY, "值" text);

CREATE TABLE public.no_pk (a int, b text, c float8);
CREATE TABLE public.composite_pk (tenant int, day date, seq bigint, payload text, PRIMARY KEY (tenant, day, seq));
CREATE TABLE public.numeric_pk (k numeric PRIMARY KEY, v text);
CREATE TABLE public.tstz_pk (at timestamptz PRIMARY KEY, v text);
`;

const DATA = String.raw`
-- numbers
INSERT INTO public.numbers VALUES
  (1, 'NaN', 'NaN', NULL, 'NaN', 'NaN', -32768, -2147483648, -9223372036854775808, '-92233720368547758.08'::numeric::money),
  (2, 'Infinity', 99999999999999.999999, 9999999000, 'Infinity', 'Infinity', 32767, 2147483647, 9223372036854775807, '92233720368547758.07'::numeric::money),
  (3, '-Infinity', -99999999999999.999999, -9999999000, '-Infinity', '-Infinity', 0, 0, 0, 0::money),
  (4, repeat('9', 131072)::numeric, 0.000001, 12345, '-0', '-0', -1, -1, -1, '-0.01'::numeric::money),
  (5, ('0.' || repeat('0', 16382) || '1')::numeric, -0.000001, -12345, '1.4e-45', '4.9e-324', 1, 1, 1, '0.01'::numeric::money),
  (6, ('-' || repeat('1234567890', 1000) || '.' || repeat('0987654321', 1000))::numeric, 1, 0, '3.4028235e38', '1.7976931348623157e308', NULL, NULL, NULL, NULL),
  (7, 0.1 + 0.2, 0, 500, '1.17549435e-38', '2.2250738585072014e-308', 2, 3, 4, '1234567.89'::numeric::money),
  (8, -0.0, NULL, -500, 0.1, 0.1, NULL, NULL, NULL, NULL),
  (9, 1e-130, NULL, 1499, '-3.4028235e38', '-1.7976931348623157e308', NULL, NULL, NULL, NULL),
  (10, '1.000000000000000000000000000000000000000000000000000000000000', NULL, NULL, 3.14159274, 0.30000000000000004, NULL, NULL, NULL, NULL),
  (11, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- times: timestamptz values written by sessions in different time zones
SET timezone = 'UTC';
SET intervalstyle = 'postgres';
INSERT INTO public.times VALUES
  (1, '4713-01-01 BC', '4713-01-01 00:00:00 BC', '4714-11-24 00:00:00+00 BC', '2000-01-01 00:00:00.123', '00:00:00', '00:00:00+15:59', '1 year 2 mons 3 days 04:05:06.789012', '1 year 2 mons'),
  (2, '5874897-12-31', '294276-12-31 23:59:59.999999', '294276-12-31 23:59:59.999999+00', '1999-12-31 23:59:59.999', '24:00:00', '24:00:00-15:59', '-1 years -2 mons +3 days -04:05:06.000001', '-178956970 years -8 mons'),
  (3, 'infinity', 'infinity', 'infinity', 'infinity', '23:59:59.999999', '12:34:56.789012+05:30', '2147483647 mons 2147483647 days 2562047788:00:54.775807', '178956970 years 7 mons'),
  (4, '-infinity', '-infinity', '-infinity', '-infinity', '12:00:00.000001', '12:00:00-00:01', '-2147483648 mons -2147483648 days -2562047788:00:54.775807', '0 mons'),
  (5, '2000-02-29', '2000-02-29 12:00:00', '2024-06-01 12:00:00', '2000-01-01 00:00:00.0005', '13:14:15', '13:14:15+00', '00:00:00', NULL),
  (6, NULL, NULL, NULL, NULL, NULL, NULL, '0.000001 secs', NULL),
  (7, '0001-01-01', '0001-01-01 00:00:00', '0001-01-01 00:00:00+00', NULL, NULL, NULL, '-0.000001 secs', NULL);
SET timezone = 'Asia/Kathmandu';
INSERT INTO public.times (id, tstz, ts) VALUES (10, '2024-06-01 12:00:00', '2024-06-01 12:00:00'), (11, '1900-01-01 00:00:00', '1900-01-01 00:00:00');
SET timezone = 'America/St_Johns';
INSERT INTO public.times (id, tstz) VALUES (12, '2024-06-01 12:00:00'), (13, '2024-11-03 01:30:00');
SET timezone = 'Pacific/Chatham';
INSERT INTO public.times (id, tstz) VALUES (14, '2024-06-01 12:00:00'), (15, '1850-01-01 00:00:00');
SET timezone = 'Europe/Paris';
-- 02:30 on the day of the spring change does not exist in Paris; PostgreSQL moves it forward.
INSERT INTO public.times (id, tstz) VALUES (16, '2024-03-31 02:30:00'), (17, '2024-10-27 02:30:00');
SET timezone = 'America/Los_Angeles';
INSERT INTO public.times (id, tstz) VALUES (18, '2024-06-01 12:00:00.654321'), (19, '1883-11-18 11:00:00');
SET timezone = 'UTC';

-- arrays
INSERT INTO public.arrays VALUES
  (1, '{{1,2},{3,4}}', '{{"a","b"},{"c","d"}}', '{{NaN,Infinity},{-Infinity,-0}}', '{{NaN,1.5},{-1e-20,0}}', '{{"\\x00","\\xff"}}', '{{"2024-01-01 00:00:00+00",NULL}}', '{{00000000-0000-0000-0000-000000000000}}', '{{t,f},{NULL,t}}'),
  (2, '{{{1,NULL},{3,4}},{{5,6},{7,8}}}', '{"",NULL,"NULL","a,b","\"q\"","back\\slash","{}","  space "}', '{4.9e-324,1.7976931348623157e308}', '{1e1000,-1e-1000}', '{NULL,"\\x"}', '{infinity,-infinity}', '{NULL}', '{}'),
  (3, '[2:3]={1,2}', '[0:1]={"zero","one"}', '[-5:-4]={1.5,2.5}', '[2:2]={NaN}', '[3:3]={"\\x0001"}', '[-1:-1]={"2000-01-01 00:00:00+00"}', '[7:7]={ffffffff-ffff-ffff-ffff-ffffffffffff}', '[0:0]={f}'),
  (4, '[-5:-4][0:1]={{1,2},{3,4}}', '[1:1][1:2][5:5]={{{"x"},{"y"}}}', '{}', '{}', '{}', '{}', '{}', '{}'),
  (5, '{}', '{}', NULL, NULL, NULL, NULL, NULL, NULL),
  (6, NULL, '{NULL,NULL}', '{NULL}', '{NULL}', '{NULL}', '{NULL}', NULL, '{NULL}'),
  (7, ARRAY[-2147483648, 2147483647], ARRAY[U&'\+01F600', E'tab\there', E'new\nline', '日本語'], NULL, NULL, NULL, NULL, NULL, NULL);

-- json keeps its text; jsonb its structure
INSERT INTO public.docs VALUES
  (1, '{"b": 1,   "a": 2, "b": 3}', '{"b": 1, "a": 2, "b": 3}', '<a b="1"><c>text &amp; more</c></a>'),
  (2, E'  [1, 2 ,\n\t3 ]  ', '[1, 2.50, 1e400, -0, null, true, "x"]', 'abc<d/>text'),
  (3, '{"k": "\u0000 escaped nul", "u": "\ud83d\ude00", "n": 1.0000000000000000000001}', '{"nested": {"deep": [{"a": null}, {}, []]}, "": "empty key"}', '<?xml version="1.0" encoding="UTF-8"?><r>😀</r>'),
  (4, 'null', 'null', ''),
  (5, '"just a string"', '"\u00e9 and \\ and \""', '<r xmlns="urn:x"><![CDATA[<not a tag>]]></r>'),
  (6, NULL, NULL, NULL),
  (7, '{}', '{}', '<r a=''single'' b="double &quot;">&lt;&gt;</r>');

-- bytea
INSERT INTO public.bytes VALUES
  (1, '\x00'),
  (2, '\x0000ff0000'),
  (3, (SELECT string_agg(set_byte('\x00'::bytea, 0, i), ''::bytea ORDER BY i) FROM generate_series(0, 255) AS i)),
  (4, (SELECT string_agg(set_byte('\x00'::bytea, 0, 255 - i), ''::bytea ORDER BY i) FROM generate_series(0, 255) AS i)),
  (5, '\x'),
  (6, NULL),
  (7, convert_to(E'back\\slash \' quote', 'UTF8'));

-- network, bits, uuid
INSERT INTO public.network VALUES
  ('00000000-0000-0000-0000-000000000000', '192.168.0.1/24', '10.0.0.0/8', '08:00:2b:01:02:03', '08:00:2b:01:02:03:04:05', B'10101010', B'', B'1'),
  ('ffffffff-ffff-ffff-ffff-ffffffffffff', '::1', '2001:db8::/32', 'ff:ff:ff:ff:ff:ff', 'ff:ff:ff:ff:ff:ff:ff:ff', B'00000000', B'1111111111111111111111111111111111111111111111111111111111111111111', B'00000'),
  ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '::ffff:1.2.3.4/128', '0.0.0.0/0', '00:00:00:00:00:00', '00:00:00:00:00:00:00:00', B'11111111', B'0', B'01'),
  ('12345678-1234-5678-1234-567812345678', '255.255.255.255', '::/0', '01:23:45:67:89:ab', '01:23:45:ff:fe:67:89:ab', NULL, NULL, NULL),
  ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', '2001:db8:85a3::8a2e:370:7334/64', '192.168.100.128/25', NULL, NULL, B'00000001', B'10', NULL);

-- full text search
INSERT INTO public.search VALUES
  (1, 'a:1A fat:2B,4C cat:5D', 'fat & (rat | !cat) <-> dog'),
  (2, '', ''),
  (3, $$'with space':1 'quote''s' back\\slash$$, $$'a b' <2> c:* & !d:AB$$),
  (4, to_tsvector('english', 'The quick brown foxes jumped over the lazy dogs'), to_tsquery('english', 'jumping & dog')),
  (5, NULL, NULL);

-- ranges and multiranges
INSERT INTO public.ranges VALUES
  (1, 'empty', 'empty', 'empty', 'empty', 'empty', 'empty', '{}', '{}', '{}'),
  (2, '(,)', '(,)', '(,)', '(,)', '(,)', '(,)', '{(,)}', '{(,)}', '{(,)}'),
  (3, '[1,)', '(,5]', '[1.5,2.5)', '[2000-01-01,infinity)', '[-infinity,infinity]', '[-infinity,infinity]', '{[1,3),[5,7)}', '{[1.5,2),(3,4]}', '{[-infinity,2024-01-01 00:00:00+00),[2025-01-01 00:00:00+00,infinity]}'),
  (4, '[-2147483648,2147483647)', '[-9223372036854775808,9223372036854775807)', '(-1e-100,1e100]', '[4713-01-01 BC,5874897-12-31)', '[4713-01-01 00:00:00 BC,294276-12-31 23:59:59.999999)', '("2024-06-01 12:00:00+05:45","2024-06-01 12:00:00-03:30"]', '{[1,2),[3,4),[5,6)}', '{(,0),(1,)}', '{empty}'),
  (5, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- enum, domain, composite (text COPY: these carry type oids in binary)
INSERT INTO public.typed VALUES
  (1, 'sad', '{sad,happy,NULL,"with space","Ünïcødé \"q\""}', 0.01, '{0.01,9999999999.99}',
      ROW(0.1::float8 + 0.2::float8, '-0', E'a "quoted", (paren) \\ back', '2024-06-01 12:00:00+05:45', '1 mon -2 days -00:00:00.000001', '12.34'::numeric::money, 'NaN')::public.complex,
      ARRAY[ROW('Infinity', '4.9e-324', '', '-infinity', '-178956970 years', '-0.01'::numeric::money, 1e-100)::public.complex, NULL, ROW(NULL, NULL, NULL, NULL, NULL, NULL, NULL)::public.complex],
      ROW(ROW(1, 2, E'tab\tnew\nline', 'infinity', NULL, NULL, repeat('9', 1000)::numeric)::public.complex, 'with space', '{1,NULL,3}', '')::public.wrapper),
  (2, 'Ünïcødé "q"', '{}', 9999999999.99, '{}',
      ROW(NULL, NULL, NULL, NULL, NULL, NULL, NULL)::public.complex, '{}',
      ROW(NULL, NULL, NULL, NULL)::public.wrapper),
  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (4, 'happy', '{NULL}', 1, '{NULL}',
      ROW('NaN', '-Infinity', U&'\+01F600 \+020000 \+0F0000 \+10FFFD', '2024-03-31 01:30:00+00', '2147483647 mons', '92233720368547758.07'::numeric::money, '-Infinity')::public.complex,
      '{}', ROW(NULL, NULL, '{}', NULL)::public.wrapper);

-- geometry
INSERT INTO public.geometry VALUES
  (1, '(0.1,-0)', '{1,-1,0.30000000000000004}', '[(0,0),(1e-300,1e300)]', '(1,1),(0,0)', '[(0,0),(1,1),(2,0)]', '((0,0),(1,1),(2,0))', '<(0,0),1.5>'),
  (2, '(NaN,Infinity)', '{0,1,-Infinity}', '[(-1.7976931348623157e308,0),(4.9e-324,0)]', '(NaN,NaN),(NaN,NaN)', '((0,0),(1,1),(2,0))', '((1,1))', '<(1e300,-1e300),0>'),
  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- text from every Unicode plane, escapes, empty vs NULL
INSERT INTO public.texts VALUES
  (1, 'plain ascii', 'plain', 'ab', 'name', 'a'),
  (2, U&'BMP: \00e9 \00df \4e2d\6587 \0639\0631\0628\064a \fffd \ffff', U&'\00e9\00e9', U&'\00e9', U&'n\00e4me', 'z'),
  (3, U&'emoji: \+01F600 \+01F468\200D\+01F469\200D\+01F467 \+01F1EB\+01F1F7', U&'\+01F600', U&'\+01F600', U&'\+01F600', '~'),
  (4, U&'plane 2: \+020000 \+02A6D6 \+02F800', U&'\+020000', U&'\+020000', NULL, NULL),
  (5, U&'planes 15 and 16: \+0F0000 \+0FFFFD \+100000 \+10FFFD', U&'\+10FFFD', U&'\+0F0000', NULL, NULL),
  (6, E'back\\slash, \'single\', "double", tab\there, newline\nhere, return\rhere, \\N, \\.', E'\\N', E'\\', '\N', E'\\'),
  (7, '', '', '', '', ' '),
  (8, NULL, NULL, NULL, NULL, NULL),
  (9, '   ', '  ', '  ', ' ', NULL),
  (10, U&'combining: e\0301 a\0308 \0915\094D\0937 zero width:\200B\200C\200D\FEFF', U&'e\0301', 'a  ', repeat('x', 63), E'\x01'),
  (11, E'\x01\x02\x1f\x7f control', E'\t', E'\n', E'\r', E'\t');

-- other built-in scalars
INSERT INTO public.misc VALUES
  (1, true, 0, '0/0', 'int4', 'pg_class', '10:20:10,14,15', '0'),
  (2, false, 4294967295, 'FFFFFFFF/FFFFFFFF', 'timestamp with time zone[]', 'pg_catalog.pg_type', '10:10:', '18446744073709551615'),
  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

-- identifiers
INSERT INTO public."MixedCase" VALUES (1, 'Camel', 'lower', 1), (-9223372036854775808, NULL, '', -1), (9223372036854775807, 'max', NULL, NULL);
INSERT INTO public."select" VALUES (1, 'from', 'user', 1), (2, 'where', NULL, 2), (-1, '', 'group', NULL);
INSERT INTO "Odd Schema"."we""ird name" VALUES ('a', 'x"y', 1), ('B', E'it''s', 2), ('', NULL, NULL), (U&'\+01F600', '"', 3), ('a b', ' ', 4);
INSERT INTO "Odd Schema"."tablé 😀" VALUES (1, '一'), (2, '二'), (3, NULL);

-- keyless (with exact duplicate rows), composite, numeric and timestamptz keys; large enough for several chunks
INSERT INTO public.no_pk SELECT i % 1000, 'row ' || (i % 1000) || repeat('.', i % 50), (i % 7) / 3.0 FROM generate_series(1, 20000) AS i;
INSERT INTO public.no_pk VALUES (NULL, NULL, NULL), (NULL, NULL, NULL), (1, '', 'NaN'), (1, '', '-0');
INSERT INTO public.composite_pk
  SELECT i % 5 - 2, date '2000-01-01' + (i / 5) % 3000, i, md5(i::text) || repeat('p', i % 40) FROM generate_series(1, 20000) AS i;
INSERT INTO public.composite_pk VALUES
  (-2147483648, '-infinity', -9223372036854775808, 'min'), (2147483647, 'infinity', 9223372036854775807, 'max'),
  (0, '4713-01-01 BC', 0, 'bc'), (0, '5874897-12-31', 0, 'far');
INSERT INTO public.numeric_pk SELECT i / 7.0, repeat(md5(i::text), 3) FROM generate_series(-4000, 4000) AS i;
INSERT INTO public.numeric_pk VALUES ('NaN', 'nan'), ('Infinity', 'inf'), ('-Infinity', '-inf'),
  (repeat('9', 1000)::numeric, 'huge'), (('0.' || repeat('0', 1000) || '1')::numeric, 'tiny'), (-0.00000000000000000001, 'small negative');
INSERT INTO public.tstz_pk
  SELECT timestamptz '2000-01-01 00:00:00+00' + i * interval '1 hour 1.000001 seconds', repeat(md5(i::text), 3) FROM generate_series(1, 8000) AS i;
INSERT INTO public.tstz_pk VALUES ('infinity', 'inf'), ('-infinity', '-inf'), ('4714-11-24 00:00:00+00 BC', 'min'), ('294276-12-31 23:59:59.999999+00', 'max');
`;

/**
 * 100 MB of text and 100 MB of bytea that no compressor can shrink (a 1 MiB block of md5
 * hex, longer than any compression window, repeated), beside small rows.
 */
const BIG_VALUES = String.raw`
INSERT INTO public.big_values
  SELECT 1, repeat(block, 100), NULL
  FROM (SELECT string_agg(md5(i::text), '' ORDER BY i) AS block FROM generate_series(1, 32768) AS i) AS s;
INSERT INTO public.big_values
  SELECT 2, NULL, (SELECT string_agg(set_byte('\x00'::bytea, 0, i), ''::bytea ORDER BY i) FROM generate_series(0, 255) AS i)
                  || '\x0000'::bytea || decode(repeat(block, 200), 'hex')
  FROM (SELECT string_agg(md5(i::text), '' ORDER BY i) AS block FROM generate_series(1, 32768) AS i) AS s;
INSERT INTO public.big_values SELECT i, 'small ' || i, int4send(i) FROM generate_series(3, 12) AS i;
`;

interface UserTable {
  schema: string;
  name: string;
  /** Quoted and schema-qualified. */
  relation: string;
}

/** Every user table of a database (the ledger schema aside). */
async function userTables(url: string): Promise<UserTable[]> {
  return queryRows<UserTable & Record<string, unknown>>(
    url,
    `SELECT n.nspname AS schema, c.relname AS name, format('%I.%I', n.nspname, c.relname) AS relation
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'dbt') AND n.nspname NOT LIKE 'pg\\_%'
     ORDER BY 1, 2`,
  );
}

/** Column names and types of every user table, as text. */
async function columnTypes(url: string): Promise<string[]> {
  const rows = await queryRows<{ column: string }>(
    url,
    `SELECT format('%I.%I.%I %s%s', n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                   CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END) AS column
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
       AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'dbt') AND n.nspname NOT LIKE 'pg\\_%'
     ORDER BY n.nspname, c.relname, a.attnum`,
  );
  return rows.map((row) => row.column);
}

interface RowDigest {
  hash: string;
  preview: string;
}

/**
 * One digest per row (md5 of its text form) under COMPARE_SETTINGS, sorted: comparing two
 * such lists compares the tables as multisets of rows, duplicates included.
 */
async function rowDigests(url: string, relation: string): Promise<RowDigest[]> {
  // The 100 MB values are digested column by column: their row text would be 200 MB of hex.
  const row =
    relation === 'public.big_values'
      ? `concat_ws(',', r.id, md5(r.t), md5(r.b), r.t IS NULL, r.b IS NULL)`
      : 'r::text';
  return withClient(url, async (client) => {
    await client.query(COMPARE_SETTINGS);
    const { rows } = await client.query<RowDigest>(
      `SELECT md5(${row}) AS hash, left(${row}, 200) AS preview FROM ONLY ${relation} AS r ORDER BY 1`,
    );
    return rows;
  });
}

/** Rows of `a` that `b` lacks (as a multiset difference), as previews. */
function missingFrom(a: RowDigest[], b: RowDigest[]): string[] {
  const counts = new Map<string, number>();
  for (const row of b) counts.set(row.hash, (counts.get(row.hash) ?? 0) + 1);
  const missing: string[] = [];
  for (const row of a) {
    const left = counts.get(row.hash) ?? 0;
    if (left > 0) counts.set(row.hash, left - 1);
    else missing.push(row.preview);
  }
  return missing;
}

/** md5 of the big values, computed here rather than by either database. */
const BIG_MD5 = (() => {
  let block = '';
  for (let i = 1; i <= 32768; i++) block += createHash('md5').update(String(i)).digest('hex');
  const text = createHash('md5');
  for (let i = 0; i < 100; i++) text.update(block);
  const bytes = createHash('md5');
  const binary = Buffer.from(block, 'hex');
  for (let i = 0; i < 200; i++) bytes.update(binary);
  return { text: text.digest('hex'), bytes: bytes.digest('hex') };
})();

/**
 * Facts about single values, true on the source by construction; each must hold on the
 * target too. Written with literals, not read from the source, so that a symmetric
 * mistake (the same wrong value on both sides) cannot hide.
 */
const VALUE_FACTS: [string, string][] = [
  ['numeric NaN', `SELECT n = 'NaN' AND n::text = 'NaN' FROM public.numbers WHERE id = 1`],
  [
    'numeric +/-Infinity',
    `SELECT array_agg(n::text ORDER BY id) = '{Infinity,-Infinity}' FROM public.numbers WHERE id IN (2, 3)`,
  ],
  [
    'numeric 131072 digits',
    `SELECT n = repeat('9', 131072)::numeric AND length(n::text) = 131072 FROM public.numbers WHERE id = 4`,
  ],
  [
    'numeric 16383 decimals',
    `SELECT n::text = '0.' || repeat('0', 16382) || '1' FROM public.numbers WHERE id = 5`,
  ],
  [
    'numeric scale kept',
    `SELECT n::text = '1.000000000000000000000000000000000000000000000000000000000000' FROM public.numbers WHERE id = 10`,
  ],
  ['numeric negative scale', `SELECT n_negative_scale = 12000 FROM public.numbers WHERE id = 4`],
  ['float NaN', `SELECT f4::text = 'NaN' AND f8::text = 'NaN' FROM public.numbers WHERE id = 1`],
  [
    'float Infinity',
    `SELECT f4 = 'Infinity' AND f8 = 'Infinity' AND f4 > 3.4e38 FROM public.numbers WHERE id = 2`,
  ],
  ['float -Infinity', `SELECT f4 = '-Infinity' AND f8 = '-Infinity' FROM public.numbers WHERE id = 3`],
  [
    'float -0',
    `SELECT f4::text = '-0' AND f8::text = '-0' AND f8 = 0 AND atan2(f8, -1) < 0 AND atan2(f4, -1) < 0 FROM public.numbers WHERE id = 4`,
  ],
  [
    'float subnormals',
    `SELECT f4 = '1.4e-45'::float4 AND f4 > 0 AND f8 = '4.9e-324'::float8 AND f8 > 0 FROM public.numbers WHERE id = 5`,
  ],
  [
    'float maxima',
    `SELECT f4 = '3.4028235e38'::float4 AND f8 = '1.7976931348623157e308'::float8 FROM public.numbers WHERE id = 6`,
  ],
  [
    'float 0.1+0.2',
    `SELECT f8 = 0.1::float8 + 0.2::float8 AND f8 <> 0.3::float8 FROM public.numbers WHERE id = 10`,
  ],
  [
    'integer minima',
    `SELECT i2 = -32768 AND i4 = -2147483648 AND i8 = -9223372036854775808 FROM public.numbers WHERE id = 1`,
  ],
  [
    'integer maxima',
    `SELECT i2 = 32767 AND i4 = 2147483647 AND i8 = 9223372036854775807 FROM public.numbers WHERE id = 2`,
  ],
  [
    'money extremes',
    `SELECT array_agg(m::numeric::text ORDER BY id) = '{-92233720368547758.08,92233720368547758.07}' FROM public.numbers WHERE id IN (1, 2)`,
  ],
  [
    'date extremes',
    `SELECT array_agg(d::text ORDER BY id) = '{"4713-01-01 BC",5874897-12-31,infinity,-infinity}' FROM public.times WHERE id <= 4`,
  ],
  [
    'timestamp extremes',
    `SELECT array_agg(ts::text ORDER BY id) = '{"4713-01-01 00:00:00 BC","294276-12-31 23:59:59.999999",infinity,-infinity}' FROM public.times WHERE id <= 4`,
  ],
  [
    'timestamptz written in several time zones',
    `SELECT array_agg(extract(epoch FROM tstz)::text ORDER BY id) = '{1717222500.000000,1717252200.000000,1730610000.000000,1717197300.000000,1711848600.000000,1717268400.654321}'
     FROM public.times WHERE id IN (10, 12, 13, 14, 18, 16)`,
  ],
  ['timestamptz extremes', `SELECT tstz = '294276-12-31 23:59:59.999999+00' FROM public.times WHERE id = 2`],
  ['timestamptz LMT offsets', `SELECT tstz = '1850-01-01 00:00:00+12:13:48' FROM public.times WHERE id = 15`],
  ['time 24:00', `SELECT t = '24:00:00' AND ttz = '24:00:00-15:59' FROM public.times WHERE id = 2`],
  ['timetz offset', `SELECT ttz::text LIKE '12:34:56.789012+05:30' FROM public.times WHERE id = 3`],
  [
    'interval fields kept apart',
    `SELECT extract(month FROM iv) = 2 AND extract(day FROM iv) = 3 AND extract(microseconds FROM iv) = 6789012 AND iv::text = '1 year 2 mons 3 days 04:05:06.789012' FROM public.times WHERE id = 1`,
  ],
  [
    'negative interval',
    `SELECT iv = '-1 years -2 mons +3 days -04:05:06.000001'::interval AND justify_hours(iv) = justify_hours(iv) FROM public.times WHERE id = 2`,
  ],
  [
    'interval maxima',
    `SELECT iv = '2147483647 mons 2147483647 days 2562047788:00:54.775807'::interval FROM public.times WHERE id = 3`,
  ],
  [
    'array lower bounds',
    `SELECT array_dims(ints) = '[2:3]' AND ints[2] = 1 AND array_dims(floats) = '[-5:-4]' FROM public.arrays WHERE id = 3`,
  ],
  [
    'array 2-D lower bounds',
    `SELECT array_dims(ints) = '[-5:-4][0:1]' AND ints[-4][1] = 4 FROM public.arrays WHERE id = 4`,
  ],
  [
    'array 3-D with NULL',
    `SELECT array_dims(ints) = '[1:2][1:2][1:2]' AND ints[1][1][2] IS NULL AND ints[2][2][2] = 8 FROM public.arrays WHERE id = 2`,
  ],
  [
    'array NULL vs "NULL"',
    `SELECT texts[2] IS NULL AND texts[3] = 'NULL' AND texts[1] = '' FROM public.arrays WHERE id = 2`,
  ],
  [
    'empty array vs NULL',
    `SELECT ints = '{}' AND cardinality(ints) = 0 AND floats IS NULL FROM public.arrays WHERE id = 5`,
  ],
  [
    'json keeps key order, spaces and duplicates',
    `SELECT j::text = '{"b": 1,   "a": 2, "b": 3}' FROM public.docs WHERE id = 1`,
  ],
  ['json keeps whitespace around', `SELECT j::text = E'  [1, 2 ,\\n\\t3 ]  ' FROM public.docs WHERE id = 2`],
  [
    'json keeps escapes',
    `SELECT j::text = '{"k": "\\u0000 escaped nul", "u": "\\ud83d\\ude00", "n": 1.0000000000000000000001}' FROM public.docs WHERE id = 3`,
  ],
  ['jsonb', `SELECT jb = '{"a": 2, "b": 3}'::jsonb AND jb->>'b' = '3' FROM public.docs WHERE id = 1`],
  [
    'jsonb numbers',
    `SELECT jb->>2 = '1e400'::numeric::text AND jb->>1 = '2.50' FROM public.docs WHERE id = 2`,
  ],
  ['xml', `SELECT x::text = '<a b="1"><c>text &amp; more</c></a>' FROM public.docs WHERE id = 1`],
  [
    'xml with declaration',
    `SELECT x::text = '<?xml version="1.0" encoding="UTF-8"?><r>😀</r>' FROM public.docs WHERE id = 3`,
  ],
  ['bytea zero byte', `SELECT b = '\\x00'::bytea AND length(b) = 1 FROM public.bytes WHERE id = 1`],
  [
    'bytea all 256 values',
    `SELECT length(b) = 256 AND get_byte(b, 0) = 0 AND get_byte(b, 255) = 255 AND get_byte(b, 92) = 92 FROM public.bytes WHERE id = 3`,
  ],
  [
    'bytea empty vs NULL',
    `SELECT (SELECT b = '\\x'::bytea FROM public.bytes WHERE id = 5) AND (SELECT b IS NULL FROM public.bytes WHERE id = 6)`,
  ],
  [
    'uuid',
    `SELECT count(*) = 2 FROM public.network WHERE u IN ('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff')`,
  ],
  [
    'inet/cidr/macaddr',
    `SELECT ip = '192.168.0.1/24' AND masklen(ip) = 24 AND net = '10.0.0.0/8' AND mac = '08:00:2b:01:02:03' AND mac8 = '08:00:2b:01:02:03:04:05'
     FROM public.network WHERE u = '00000000-0000-0000-0000-000000000000'`,
  ],
  [
    'inet mapped ipv6',
    `SELECT ip::text = '::ffff:1.2.3.4/128' AND family(ip) = 6 FROM public.network WHERE u = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'`,
  ],
  [
    'bit/varbit',
    `SELECT b8 = B'10101010' AND vb = B'' AND length(vb) = 0 AND vb5 = B'1' FROM public.network WHERE u = '00000000-0000-0000-0000-000000000000'`,
  ],
  [
    'varbit 67 bits',
    `SELECT length(vb) = 67 AND vb5 = B'00000' FROM public.network WHERE u = 'ffffffff-ffff-ffff-ffff-ffffffffffff'`,
  ],
  [
    'tsvector positions and weights',
    `SELECT v::text = $$'a':1A 'cat':5 'fat':2B,4C$$ FROM public.search WHERE id = 1`,
  ],
  ['tsquery', `SELECT q::text = $$'fat' & ( 'rat' | !'cat' ) <-> 'dog'$$ FROM public.search WHERE id = 1`],
  [
    'empty ranges',
    `SELECT isempty(r4) AND isempty(rn) AND isempty(rtz) AND mr4 = '{}' FROM public.ranges WHERE id = 1`,
  ],
  [
    'infinite ranges',
    `SELECT lower_inf(r4) AND upper_inf(r4) AND lower_inf(rtz) AND upper_inf(rtz) FROM public.ranges WHERE id = 2`,
  ],
  [
    'range with infinite values',
    `SELECT upper(rd) = 'infinity' AND NOT upper_inf(rd) AND lower(rtz) = '-infinity' AND upper_inc(rtz) FROM public.ranges WHERE id = 3`,
  ],
  ['multirange', `SELECT mr4 = '{[1,3),[5,7)}' AND mrn = '{[1.5,2),(3,4]}' FROM public.ranges WHERE id = 3`],
  [
    'enum',
    `SELECT m = 'sad' AND ms[4] = 'with space' AND ms[5] = 'Ünïcødé "q"' AND ms[3] IS NULL FROM public.typed WHERE id = 1`,
  ],
  [
    'enum order',
    `SELECT enum_range(NULL::public.mood)::text[] = '{sad,ok,happy,"with space","Ünïcødé \\"q\\""}' AND 'sad'::public.mood < 'happy'`,
  ],
  ['domain', `SELECT amount = 0.01 AND amounts[2] = 9999999999.99 FROM public.typed WHERE id = 1`],
  [
    'composite',
    `SELECT (c).r = 0.1::float8 + 0.2::float8 AND (c).i::text = '-0' AND (c).note = E'a "quoted", (paren) \\\\ back'
            AND (c).at = '2024-06-01 12:00:00+05:45' AND (c).span = '1 mon -2 days -00:00:00.000001' AND (c).price = '12.34'::numeric::money
            AND (c).n::text = 'NaN'
     FROM public.typed WHERE id = 1`,
  ],
  [
    'array of composites',
    `SELECT (cs[1]).r = 'Infinity' AND (cs[1]).i = '4.9e-324'::float8 AND (cs[1]).note = '' AND (cs[1]).at = '-infinity'
            AND cs[2] IS NULL AND cs[3]::text = '(,,,,,,)' AND (cs[1]).n = 1e-100
     FROM public.typed WHERE id = 1`,
  ],
  [
    'nested composite',
    `SELECT ((w).c).note = E'tab\\tnew\\nline' AND (w).m = 'with space' AND (w).xs[2] IS NULL AND (w).label = '' FROM public.typed WHERE id = 1`,
  ],
  [
    'composite of NULLs vs NULL',
    `SELECT c::text = '(,,,,,,)' AND w::text = '(,,,)' AND (SELECT c IS NULL FROM public.typed WHERE id = 3) FROM public.typed WHERE id = 2`,
  ],
  [
    'composite with every plane',
    `SELECT (c).note = U&'\\+01F600 \\+020000 \\+0F0000 \\+10FFFD' FROM public.typed WHERE id = 4`,
  ],
  [
    'geometry',
    `SELECT p ~= '(0.1,0)' AND s = s AND area(b) = 1 AND npoints(pa) = 3 AND isopen(pa) AND radius(c) = 1.5 FROM public.geometry WHERE id = 1`,
  ],
  ['geometry extremes', `SELECT p[0]::text = 'NaN' AND p[1] = 'Infinity' FROM public.geometry WHERE id = 2`],
  [
    'text BMP',
    `SELECT t = U&'BMP: \\00e9 \\00df \\4e2d\\6587 \\0639\\0631\\0628\\064a \\fffd \\ffff' FROM public.texts WHERE id = 2`,
  ],
  [
    'text emoji',
    `SELECT vc = U&'\\+01F600' AND length(vc) = 1 AND octet_length(vc) = 4 FROM public.texts WHERE id = 3`,
  ],
  ['text plane 2', `SELECT vc = U&'\\+020000' AND length(t) = 14 FROM public.texts WHERE id = 4`],
  ['text planes 15/16', `SELECT vc = U&'\\+10FFFD' AND c = U&'\\+0F0000' FROM public.texts WHERE id = 5`],
  [
    'text escapes',
    `SELECT t = E'back\\\\slash, \\'single\\', "double", tab\\there, newline\\nhere, return\\rhere, \\\\N, \\\\.' AND vc = E'\\\\N' AND c = E'\\\\' AND ch = '\\'
     FROM public.texts WHERE id = 6`,
  ],
  [
    'empty string vs NULL',
    `SELECT (SELECT t = '' AND vc = '' FROM public.texts WHERE id = 7) AND (SELECT t IS NULL AND vc IS NULL FROM public.texts WHERE id = 8)`,
  ],
  [
    'char padding',
    `SELECT length(c) = 2 AND c::text = 'ab' AND c = 'ab   ' AND octet_length(c) = 5 FROM public.texts WHERE id = 1`,
  ],
  [
    'control characters',
    `SELECT t = E'\\x01\\x02\\x1f\\x7f control' AND vc = E'\\t' FROM public.texts WHERE id = 11`,
  ],
  [
    'misc scalars',
    `SELECT o = 4294967295 AND lsn = 'FFFFFFFF/FFFFFFFF' AND x8 = '18446744073709551615' AND NOT flag FROM public.misc WHERE id = 2`,
  ],
  [
    'big text',
    `SELECT length(t) = 104857600 AND md5(t) = '${BIG_MD5.text}' FROM public.big_values WHERE id = 1`,
  ],
  [
    'big bytea',
    `SELECT length(b) = 104857600 + 258 AND get_byte(b, 255) = 255 AND get_byte(b, 256) = 0 AND get_byte(b, 257) = 0
            AND md5(substr(b, 259)) = '${BIG_MD5.bytes}'
     FROM public.big_values WHERE id = 2`,
  ],
  [
    'mixed-case names',
    `SELECT "CamelCase" = 'Camel' AND "lower" = 'lower' AND "UPPER" = 1 FROM public."MixedCase" WHERE "Id" = 1`,
  ],
  ['reserved words', `SELECT "from" = 'from' AND "user" = 'user' FROM public."select" WHERE "order" = 1`],
  [
    'names with spaces and quotes',
    `SELECT "quote""col" = 'x"y' AND "space col" = 1 FROM "Odd Schema"."we""ird name" WHERE "key col" = 'a'`,
  ],
  ['non-ASCII names', `SELECT "值" = '一' FROM "Odd Schema"."tablé 😀" WHERE "ключ" = 1`],
  [
    'keyless duplicates',
    `SELECT count(*) = 20 FROM public.no_pk WHERE a = 7 AND b = 'row 7' || repeat('.', 7)`,
  ],
  [
    'keyless all rows',
    `SELECT count(*) = 20004 AND count(*) FILTER (WHERE a IS NULL AND b IS NULL AND c IS NULL) = 2 AND count(*) FILTER (WHERE c::text = '-0') = 1 FROM public.no_pk`,
  ],
  [
    'composite key extremes',
    `SELECT count(*) = 4 FROM public.composite_pk WHERE payload IN ('min', 'max', 'bc', 'far')`,
  ],
  [
    'numeric key specials',
    `SELECT count(*) = 3 FROM public.numeric_pk WHERE k IN ('NaN', 'Infinity', '-Infinity')`,
  ],
  [
    'timestamptz key extremes',
    `SELECT count(*) = 4 FROM public.tstz_pk WHERE v IN ('inf', '-inf', 'min', 'max')`,
  ],
];

async function factsThatFail(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    // Settings that differ from both database defaults and from Decant's: the facts use none of the defaults.
    await client.query(
      `SET timezone = 'Australia/Lord_Howe'; SET datestyle = 'ISO, YMD'; SET intervalstyle = 'postgres'; SET extra_float_digits = 3; SET lc_monetary = 'C'`,
    );
    const failing: string[] = [];
    for (const [name, sql] of VALUE_FACTS) {
      try {
        const { rows } = await client.query({ text: sql, rowMode: 'array' });
        if (rows.length !== 1 || (rows[0] as unknown[])[0] !== true)
          failing.push(`${name}: ${JSON.stringify(rows).slice(0, 200)}`);
      } catch (error) {
        failing.push(`${name}: ${(error as Error).message}`);
      }
    }
    return failing;
  });
}

describe('type fidelity: PostgreSQL to PostgreSQL', () => {
  let source = '';
  let target = '';
  let result: StepResult;
  const events: EngineEvent[] = [];
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    ({ source, target } = await sourceAndTarget());
    for (const [url, defaults] of [
      [source, SOURCE_DEFAULTS],
      [target, TARGET_DEFAULTS],
    ] as const) {
      const database = decodeURIComponent(new URL(url).pathname.slice(1));
      await execSql(
        url,
        Object.entries(defaults)
          .map(([name, value]) => `ALTER DATABASE "${database}" SET ${name} = '${value}'`)
          .join('; '),
      );
    }
    let started = Date.now();
    await execSql(source, SCHEMA);
    await execSql(source, DATA);
    await execSql(source, BIG_VALUES);
    await execSql(source, 'ANALYZE');
    timings.setup = Date.now() - started;
    started = Date.now();
    // Small chunks so that keyed, keyless and big tables are all cut into several chunks.
    const onEvent = (event: EngineEvent): void => {
      events.push(event);
      if (event.type === 'step') timings[`${event.step}:${event.phase}`] = Date.now() - started;
    };
    result = await createEngine(testConfig(source, target, { dataChunkSize: 512 * 1024 }), {
      onEvent,
    }).migrate();
    timings.migrate = Date.now() - started;
  }, 600_000);

  afterAll(() => {
    console.log(`type-fidelity timings (ms): ${JSON.stringify(timings)}`);
  });

  it('migrates without error and every table reaches K', async () => {
    const tables = await queryRows<{ owner: string; name: string; stage: string; error: string | null }>(
      target,
      `SELECT owner, name, stage, error FROM dbt.migration_objects WHERE type = 'TABLE' ORDER BY owner, name`,
    );
    expect(tables.filter((t) => t.stage !== 'K')).toEqual([]);
    expect(result.ok, result.summary).toBe(true);
    const report = events.find((event) => event.type === 'check-report');
    const differing =
      report?.type === 'check-report'
        ? report.tables.filter((t) => !t.equal || t.sourceRows !== t.targetRows)
        : null;
    expect(differing).toEqual([]);
    const sourceTables = await userTables(source);
    expect(tables.map((t) => `${t.owner}.${t.name}`).sort()).toEqual(
      sourceTables.map((t) => `${t.schema}.${t.name}`).sort(),
    );
  });

  it('cut keyed, keyless and big tables into several chunks of the expected kind', async () => {
    const chunks = await queryRows<{ name: string; kinds: string; chunks: number }>(
      target,
      `SELECT o.name, string_agg(DISTINCT c.kind, ',') AS kinds, count(*)::int AS chunks
       FROM dbt.chunks c JOIN dbt.migration_objects o ON o.id = c.object_id GROUP BY o.name`,
    );
    const byName = new Map(chunks.map((c) => [c.name, c]));
    for (const [name, kind] of [
      ['no_pk', 'ctid'],
      ['we"ird name', 'whole'],
      ['composite_pk', 'key'],
      ['numeric_pk', 'key'],
      ['tstz_pk', 'key'],
      ['big_values', 'key'],
    ]) {
      const chunk = byName.get(name!);
      expect(chunk?.kinds, name).toBe(kind);
      if (kind !== 'whole') expect(chunk?.chunks, name).toBeGreaterThan(1);
    }
  });

  it('creates the same tables and column types', async () => {
    expect(await userTables(target)).toEqual(await userTables(source));
    expect(await columnTypes(target)).toEqual(await columnTypes(source));
  });

  it('holds the same rows in every table, compared independently of Decant', async () => {
    const tables = await userTables(source);
    expect(tables.length).toBe(21);
    const differences: { table: string; missingInTarget: string[]; extraInTarget: string[]; rows: number }[] =
      [];
    for (const { relation: table } of tables) {
      const [s, t] = await Promise.all([rowDigests(source, table), rowDigests(target, table)]);
      const missingInTarget = missingFrom(s, t);
      const extraInTarget = missingFrom(t, s);
      if (missingInTarget.length || extraInTarget.length || s.length !== t.length) {
        differences.push({
          table,
          rows: s.length,
          missingInTarget: missingInTarget.slice(0, 5),
          extraInTarget: extraInTarget.slice(0, 5),
        });
      }
      expect(s.length, table).toBeGreaterThan(0);
    }
    expect(differences).toEqual([]);
  });

  it('keeps every tricky value exactly', async () => {
    expect(await factsThatFail(source), 'the facts must hold on the source first').toEqual([]);
    expect(await factsThatFail(target)).toEqual([]);
  });

  it('keeps the enum order, the domain check and the composite types as types', async () => {
    await expect(execSql(target, `SELECT (-1)::public.positive_amount`)).rejects.toThrow(/check constraint/);
    const [row] = await queryRows<{ labels: string }>(
      target,
      `SELECT enum_range(NULL::public.mood)::text AS labels`,
    );
    expect(row!.labels).toBe('{sad,ok,happy,"with space","Ünïcødé \\"q\\""}');
    const attributes = await queryRows<{ list: string }>(
      target,
      `SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ', ' ORDER BY attnum) AS list
       FROM pg_attribute WHERE attrelid = 'public.complex'::regclass AND attnum > 0`,
    );
    expect(attributes[0]!.list).toBe(
      'r double precision, i double precision, note text, at timestamp with time zone, span interval, price money, n numeric',
    );
  });
});

-- case: NLS_DATE_FORMAT is kept in decant.nls_date_format
ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD HH24:MI:SS';
SET decant.nls_date_format = 'YYYY-MM-DD HH24:MI:SS';
-- check: SELECT current_setting('decant.nls_date_format')
-- rows: [["YYYY-MM-DD HH24:MI:SS"]]

-- case: NLS_TIMESTAMP_FORMAT, written in lower case
alter session set nls_timestamp_format = 'YYYY-MM-DD HH24:MI:SS.FF';
SET decant.nls_timestamp_format = 'YYYY-MM-DD HH24:MI:SS.FF';
-- check: SELECT current_setting('decant.nls_timestamp_format')
-- rows: [["YYYY-MM-DD HH24:MI:SS.FF"]]

-- case: a date format Decant cannot translate is kept, with a note
-- review: ALTER SESSION SET NLS_DATE_FORMAT
ALTER SESSION SET NLS_DATE_FORMAT = 'DL';
SET decant.nls_date_format = 'DL';

-- case: CURRENT_SCHEMA sets the search path
ALTER SESSION SET CURRENT_SCHEMA = decant_oracle;
SET search_path TO decant_oracle;
-- check: SELECT current_schema()
-- rows: [["decant_oracle"]]

-- case: a quoted CURRENT_SCHEMA keeps its case
ALTER SESSION SET CURRENT_SCHEMA = "Sales";
SET search_path TO "Sales";
-- check: SELECT current_setting('search_path')
-- rows: [["\"Sales\""]]

-- case: CURRENT_SCHEMA is a name, not a string
-- expect-error: TRANSLATE_UNSUPPORTED at 1:36
ALTER SESSION SET CURRENT_SCHEMA = 'HR';

-- case: a time zone offset is east of UTC, as in Oracle
ALTER SESSION SET TIME_ZONE = '+02:00';
SET TIME ZONE INTERVAL '+02:00' HOUR TO MINUTE;
-- check: SELECT to_char(TIMESTAMPTZ '2024-01-01 00:00:00+00', 'YYYY-MM-DD HH24:MI TZH:TZM')
-- rows: [["2024-01-01 02:00 +02:00"]]

-- case: a negative offset with minutes
ALTER SESSION SET TIME_ZONE = '-05:30';
SET TIME ZONE INTERVAL '-05:30' HOUR TO MINUTE;
-- check: SELECT to_char(TIMESTAMPTZ '2024-01-01 00:00:00+00', 'YYYY-MM-DD HH24:MI TZH:TZM')
-- rows: [["2023-12-31 18:30 -05:30"]]

-- case: a time zone region
ALTER SESSION SET TIME_ZONE = 'Europe/Paris';
SET TIME ZONE 'Europe/Paris';
-- check: SELECT to_char(TIMESTAMPTZ '2024-07-01 00:00:00+00', 'HH24:MI TZH:TZM')
-- rows: [["02:00 +02:00"]]

-- case: TIME_ZONE = LOCAL
ALTER SESSION SET TIME_ZONE = LOCAL;
SET TIME ZONE LOCAL;

-- case: TIME_ZONE = DBTIMEZONE is the session's default
-- review: ALTER SESSION SET TIME_ZONE = DBTIMEZONE
ALTER SESSION SET TIME_ZONE = DBTIMEZONE;
SET TIME ZONE DEFAULT;

-- case: ISOLATION_LEVEL sets the default for the next transactions
ALTER SESSION SET ISOLATION_LEVEL = SERIALIZABLE;
SET default_transaction_isolation = 'serializable';
-- check: SELECT current_setting('default_transaction_isolation')
-- rows: [["serializable"]]

-- case: ISOLATION_LEVEL = READ COMMITTED
ALTER SESSION SET ISOLATION_LEVEL = READ COMMITTED;
SET default_transaction_isolation = 'read committed';
-- check: SELECT current_setting('default_transaction_isolation')
-- rows: [["read committed"]]

-- case: NLS_LANGUAGE is kept and noted: names stay English
-- review: ALTER SESSION SET NLS_LANGUAGE
ALTER SESSION SET NLS_LANGUAGE = 'FRENCH';
SET decant.nls_language = 'FRENCH';
-- check: SELECT current_setting('decant.nls_language')
-- rows: [["FRENCH"]]

-- case: an unquoted value is kept as written
-- review: ALTER SESSION SET NLS_TERRITORY
ALTER SESSION SET NLS_TERRITORY = AMERICA;
SET decant.nls_territory = 'AMERICA';

-- case: NLS_SORT only orders, and is noted
-- review: ALTER SESSION SET NLS_SORT
ALTER SESSION SET NLS_SORT = BINARY_CI;
SET decant.nls_sort = 'BINARY_CI';

-- case: NLS_COMP = BINARY is Oracle's default comparison
-- review: ALTER SESSION SET NLS_COMP
ALTER SESSION SET NLS_COMP = BINARY;
SET decant.nls_comp = 'BINARY';

-- case: an optimizer parameter with a number
-- review: ALTER SESSION SET OPTIMIZER_INDEX_COST_ADJ
ALTER SESSION SET OPTIMIZER_INDEX_COST_ADJ = 50;
SET decant.optimizer_index_cost_adj = '50';
-- check: SELECT current_setting('decant.optimizer_index_cost_adj')
-- rows: [["50"]]

-- case: OPTIMIZER_MODE
-- review: ALTER SESSION SET OPTIMIZER_MODE
ALTER SESSION SET OPTIMIZER_MODE = ALL_ROWS;
SET decant.optimizer_mode = 'ALL_ROWS';

-- case: the default numeric characters change nothing
-- review: ALTER SESSION SET NLS_NUMERIC_CHARACTERS
ALTER SESSION SET NLS_NUMERIC_CHARACTERS = '.,';
SET decant.nls_numeric_characters = '.,';

-- case: a hidden parameter, quoted
-- review: ALTER SESSION SET _FIX_CONTROL
ALTER SESSION SET "_fix_control" = '5099019:ON';
SET decant._fix_control = '5099019:ON';

-- case: EVENTS is written without =
-- review: ALTER SESSION SET EVENTS
ALTER SESSION SET EVENTS '10046 trace name context forever, level 12';
SET decant.events = '10046 trace name context forever, level 12';

-- case: NLS_COMP = LINGUISTIC is refused: comparisons would find other rows
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
ALTER SESSION SET NLS_COMP = LINGUISTIC;

-- case: a comma as the decimal character is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
ALTER SESSION SET NLS_NUMERIC_CHARACTERS = ',.';

-- case: deferring constraints for the session is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
ALTER SESSION SET CONSTRAINTS = DEFERRED;

-- case: editions are refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
ALTER SESSION SET EDITION = release_2;

-- case: a case-insensitive default collation is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
ALTER SESSION SET DEFAULT_COLLATION = BINARY_CI;

-- case: ROW ARCHIVAL VISIBILITY is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
ALTER SESSION SET ROW ARCHIVAL VISIBILITY = ALL;

-- case: several parameters in one statement are one statement that sets them all, as a Parse takes
ALTER SESSION SET NLS_DATE_FORMAT = 'DD.MM.YYYY' NLS_TIMESTAMP_FORMAT = 'DD.MM.YYYY HH24:MI:SS.FF';
SELECT pg_catalog.set_config('decant.nls_date_format', 'DD.MM.YYYY', false), pg_catalog.set_config('decant.nls_timestamp_format', 'DD.MM.YYYY HH24:MI:SS.FF', false);
-- check: SELECT current_setting('decant.nls_date_format'), current_setting('decant.nls_timestamp_format')
-- rows: [["DD.MM.YYYY", "DD.MM.YYYY HH24:MI:SS.FF"]]

-- case: several parameters: a schema, an offset east of UTC, an isolation level in two words
ALTER SESSION SET CURRENT_SCHEMA = "Sales" TIME_ZONE = '+02:00' ISOLATION_LEVEL = READ COMMITTED;
SELECT pg_catalog.set_config('search_path', '"Sales"', false), pg_catalog.set_config('TimeZone', '<+0200>-02:00', false), pg_catalog.set_config('default_transaction_isolation', 'read committed', false);
-- check: SELECT current_setting('search_path'), to_char(TIMESTAMPTZ '2024-01-01 00:00:00+00', 'YYYY-MM-DD HH24:MI TZH:TZM'), current_setting('default_transaction_isolation')
-- rows: [["\"Sales\"", "2024-01-01 02:00 +02:00", "read committed"]]

-- case: several parameters: an offset west of UTC with minutes, then LOCAL restores the default
-- review: ALTER SESSION SET NLS_LANGUAGE
ALTER SESSION SET TIME_ZONE = '-05:30' NLS_LANGUAGE = 'AMERICAN';
SELECT pg_catalog.set_config('TimeZone', '<-0530>+05:30', false), pg_catalog.set_config('decant.nls_language', 'AMERICAN', false);
-- check: SELECT to_char(TIMESTAMPTZ '2024-01-01 00:00:00+00', 'YYYY-MM-DD HH24:MI TZH:TZM')
-- rows: [["2023-12-31 18:30 -05:30"]]

-- case: several parameters: TIME_ZONE = LOCAL is the session's default time zone
ALTER SESSION SET TIME_ZONE = LOCAL NLS_DATE_FORMAT = 'YYYY';
SELECT pg_catalog.set_config('TimeZone', (SELECT reset_val FROM pg_catalog.pg_settings WHERE name = 'TimeZone'), false), pg_catalog.set_config('decant.nls_date_format', 'YYYY', false);
-- check: SELECT current_setting('TimeZone') = (SELECT reset_val FROM pg_settings WHERE name = 'TimeZone')
-- rows: [[true]]

-- case: several parameters, one of them refused: the statement is refused at that one
-- expect-error: TRANSLATE_UNSUPPORTED at 1:44
ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY' NLS_COMP = LINGUISTIC;

-- case: ALTER SESSION clauses other than SET are refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:15
ALTER SESSION ENABLE PARALLEL DML;

-- case: a TIME_ZONE that is neither an offset, a region, LOCAL nor DBTIMEZONE
-- expect-error: TRANSLATE_UNSUPPORTED at 1:31
ALTER SESSION SET TIME_ZONE = SESSIONTIMEZONE;

-- case: with nlsDateFormat, TO_CHAR of a date prints in it
-- options: {"nlsDateFormat": "YYYY-MM-DD"}
-- review: TO_CHAR()
SELECT TO_CHAR(DATE '1980-12-17') FROM dual;
SELECT TO_CHAR(DATE '1980-12-17', 'YYYY-MM-DD');
-- rows: [["1980-12-17"]]

-- case: with nlsDateFormat, TO_CHAR of a column of unknown type picks by its type when run
-- options: {"nlsDateFormat": "YYYY-MM-DD"}
-- review: TO_CHAR()
SELECT TO_CHAR(hiredate) FROM emp WHERE empno = 7369;
SELECT decant_oracle.to_char_nls(hiredate, 'YYYY-MM-DD') FROM emp WHERE empno = 7369;
-- rows: [["1980-12-17"]]

-- case: ... a number column of unknown type prints as TO_CHAR(n) does
-- options: {"nlsDateFormat": "YYYY-MM-DD"}
SELECT TO_CHAR(n) FROM t ORDER BY id;
SELECT decant_oracle.to_char_nls(n, 'YYYY-MM-DD') FROM t ORDER BY id;
-- rows: [["1.5"], [null], ["-2.5"]]

-- case: ... and a string column is the string
-- options: {"nlsDateFormat": "YYYY-MM-DD"}
SELECT TO_CHAR(a) FROM t ORDER BY id;
SELECT decant_oracle.to_char_nls(a, 'YYYY-MM-DD') FROM t ORDER BY id;
-- rows: [["x"], [null], ["y"]]

-- case: with nlsDateFormat, TO_DATE without a format reads it
-- options: {"nlsDateFormat": "YYYY-MM-DD"}
-- review: TO_DATE()
SELECT TO_DATE('1980-12-17') FROM dual;
SELECT decant_oracle.to_date('1980-12-17', 'YYYY-MM-DD');
-- rows: [["1980-12-17 00:00:00"]]

-- case: a session format with RR reads two-digit years by Oracle's rule
-- options: {"nlsDateFormat": "DD.MM.RR"}
-- review: TO_DATE()
SELECT TO_DATE('17.12.80') FROM dual;
SELECT decant_oracle.to_date('17.12.80', 'DD.MM.YYYY', 'RR');
-- rows: [["1980-12-17 00:00:00"]]

-- case: with nlsDateFormat, a date compared with a string reads the string in it
-- options: {"nlsDateFormat": "DD/MM/YYYY", "columnTypes": {"emp": {"hiredate": "DATE"}}}
-- review: a string compared with a date
SELECT ename FROM emp WHERE hiredate = '03/12/1981' ORDER BY 1;
SELECT ename FROM emp WHERE hiredate = decant_oracle.to_date('03/12/1981', 'DD/MM/YYYY') ORDER BY 1;
-- rows: [["FORD"], ["JAMES"]]

-- case: with nlsDateFormat, || prints a date in it
-- options: {"nlsDateFormat": "DD/MM/YYYY", "columnTypes": {"emp": {"hiredate": "DATE", "ename": "VARCHAR2(10)"}}}
-- review: a date converted to text
SELECT ename || ' ' || hiredate FROM emp WHERE empno = 7369;
SELECT CONCAT(ename, ' ', TO_CHAR(hiredate, 'DD/MM/YYYY')) FROM emp WHERE empno = 7369;
-- rows: [["SMITH 17/12/1980"]]

-- case: a TIMESTAMP prints in Oracle's default NLS_TIMESTAMP_FORMAT
-- review: TO_CHAR()
SELECT TO_CHAR(CAST(TIMESTAMP '2024-01-05 13:05:09' AS TIMESTAMP)) FROM dual;
SELECT decant_oracle.to_char_nls(CAST(TIMESTAMP '2024-01-05 13:05:09' AS timestamp), 'DD-MON-YY HH.MI.SS.US AM');
-- rows: [["05-JAN-24 01.05.09.000000 PM"]]

-- case: with nlsTimestampFormat, a TIMESTAMP prints in it
-- options: {"nlsTimestampFormat": "YYYY-MM-DD HH24:MI:SS.FF3"}
-- review: TO_CHAR()
SELECT TO_CHAR(TIMESTAMP '2024-01-05 13:05:09.5') FROM dual;
SELECT decant_oracle.to_char_nls(TIMESTAMP '2024-01-05 13:05:09.5', 'YYYY-MM-DD HH24:MI:SS.FF3');
-- rows: [["2024-01-05 13:05:09.500"]]

-- case: with nlsTimestampFormat, TO_TIMESTAMP without a format reads it
-- options: {"nlsTimestampFormat": "YYYY-MM-DD HH24:MI:SS"}
-- review: TO_TIMESTAMP()
SELECT TO_TIMESTAMP('2024-01-05 13:05:09') FROM dual;
SELECT decant_oracle.to_timestamp('2024-01-05 13:05:09', 'YYYY-MM-DD HH24:MI:SS');
-- rows: [["2024-01-05 13:05:09"]]

-- case: a TIMESTAMP compared with a string reads it in NLS_TIMESTAMP_FORMAT
-- options: {"nlsTimestampFormat": "YYYY-MM-DD HH24:MI:SS"}
-- review: a string compared with a date
SELECT COUNT(*) FROM dual WHERE TIMESTAMP '2024-01-05 13:05:09' = '2024-01-05 13:05:09';
SELECT COUNT(*) WHERE TIMESTAMP '2024-01-05 13:05:09' = decant_oracle.to_timestamp('2024-01-05 13:05:09', 'YYYY-MM-DD HH24:MI:SS');
-- rows: [[1]]

-- case: a session date format PostgreSQL has no element for is refused where it is used
-- options: {"nlsDateFormat": "DL"}
-- expect-error: TRANSLATE_UNSUPPORTED at 1:16
SELECT TO_CHAR(DATE '1980-12-17') FROM dual;

-- case: a session date format without a year cannot read a date
-- options: {"nlsDateFormat": "DD-MM"}
-- expect-error: TRANSLATE_UNSUPPORTED at 1:16
SELECT TO_DATE('17-12') FROM dual;

-- case: ... a PostgreSQL date of unknown type prints in it too
-- options: {"nlsDateFormat": "DD/MM/YYYY"}
-- review: TO_CHAR()
SELECT TO_CHAR(d) FROM (SELECT DATE '1980-12-17' AS d FROM dual) x;
SELECT decant_oracle.to_char_nls(d, 'DD/MM/YYYY') FROM (SELECT DATE '1980-12-17' AS d) x;
-- rows: [["17/12/1980"]]

-- case: TO_CHAR of a date with a format
SELECT TO_CHAR(hiredate, 'YYYY-MM-DD HH24:MI:SS') FROM emp WHERE empno = 7369;
SELECT TO_CHAR(hiredate, 'YYYY-MM-DD HH24:MI:SS') FROM emp WHERE empno = 7369;
-- rows: [["1980-12-17 00:00:00"]]

-- case: FM applies to every element after it in Oracle
SELECT TO_CHAR(hiredate, 'FMMonth DD, YYYY') FROM emp WHERE empno = 7369;
SELECT TO_CHAR(hiredate, 'FMMonth FMDD, FMYYYY') FROM emp WHERE empno = 7369;
-- rows: [["December 17, 1980"]]

-- case: Month is blank-padded to nine characters without FM
SELECT TO_CHAR(hiredate, 'Month') FROM emp WHERE empno = 7499;
SELECT TO_CHAR(hiredate, 'Month') FROM emp WHERE empno = 7499;
-- rows: [["February "]]

-- case: the case of MON follows the format element
SELECT TO_CHAR(DATE '1981-02-20', 'MON Mon mon') FROM dual;
SELECT TO_CHAR(DATE '1981-02-20', 'MON Mon mon');
-- rows: [["FEB Feb feb"]]

-- case: day names padded, abbreviated, and with FM
SELECT TO_CHAR(DATE '2024-01-05', 'Day'), TO_CHAR(DATE '2024-01-05', 'DY'), TO_CHAR(DATE '2024-01-05', 'FMDay') FROM dual;
SELECT TO_CHAR(DATE '2024-01-05', 'Day'), TO_CHAR(DATE '2024-01-05', 'DY'), TO_CHAR(DATE '2024-01-05', 'FMDay');
-- rows: [["Friday   ", "FRI", "Friday"]]

-- case: a second FM turns padding back on
SELECT TO_CHAR(DATE '2024-01-05', 'FMDD FMMM') FROM dual;
SELECT TO_CHAR(DATE '2024-01-05', 'FMDD MM');
-- rows: [["5 01"]]

-- case: day of year, Julian day, quarter, weeks and day of week
SELECT TO_CHAR(DATE '2024-01-05', 'DDD J Q WW IW D') FROM dual;
SELECT TO_CHAR(DATE '2024-01-05', 'DDD J Q WW IW D');
-- rows: [["005 2460315 1 01 01 6"]]

-- case: twelve-hour clock with the meridian indicator
SELECT TO_CHAR(TIMESTAMP '2024-01-05 13:05:09', 'HH:MI:SS AM'), TO_CHAR(TIMESTAMP '2024-01-05 13:05:09', 'HH24') FROM dual;
SELECT TO_CHAR(TIMESTAMP '2024-01-05 13:05:09', 'HH:MI:SS AM'), TO_CHAR(TIMESTAMP '2024-01-05 13:05:09', 'HH24');
-- rows: [["01:05:09 PM", "13"]]

-- case: seconds past midnight
SELECT TO_CHAR(TIMESTAMP '2024-01-05 13:05:09', 'SSSSS') FROM dual;
SELECT TO_CHAR(TIMESTAMP '2024-01-05 13:05:09', 'SSSSS');
-- rows: [["47109"]]

-- case: RR and RRRR print the year
SELECT TO_CHAR(DATE '1981-02-20', 'DD-MON-RR'), TO_CHAR(DATE '1981-02-20', 'RRRR') FROM dual;
SELECT TO_CHAR(DATE '1981-02-20', 'DD-MON-YY'), TO_CHAR(DATE '1981-02-20', 'YYYY');
-- rows: [["20-FEB-81", "1981"]]

-- case: fractional seconds with and without a precision
SELECT TO_CHAR(TIMESTAMP '2024-01-05 10:00:00.123456', 'SS.FF3'), TO_CHAR(TIMESTAMP '2024-01-05 10:00:00.123456', 'SS.FF') FROM dual;
SELECT TO_CHAR(TIMESTAMP '2024-01-05 10:00:00.123456', 'SS.FF3'), TO_CHAR(TIMESTAMP '2024-01-05 10:00:00.123456', 'SS.US');
-- rows: [["00.123", "00.123456"]]

-- case: quoted text in a format
SELECT TO_CHAR(DATE '2024-01-05', '"Day "DD') FROM dual;
SELECT TO_CHAR(DATE '2024-01-05', '"Day "DD');
-- rows: [["Day 05"]]

-- case: ordinal suffixes
SELECT TO_CHAR(DATE '2024-01-05', 'DDTH'), TO_CHAR(DATE '2024-01-05', 'FMDDth') FROM dual;
SELECT TO_CHAR(DATE '2024-01-05', 'DDTH'), TO_CHAR(DATE '2024-01-05', 'FMDDth');
-- rows: [["05TH", "5th"]]

-- case: lower-case elements are the same elements
SELECT TO_CHAR(DATE '2024-01-05', 'yyyy-mm-dd') FROM dual;
SELECT TO_CHAR(DATE '2024-01-05', 'YYYY-MM-DD');
-- rows: [["2024-01-05"]]

-- case: TO_CHAR of a number with group and decimal separators
SELECT TO_CHAR(1234.5, '9,999.99') FROM dual;
SELECT decant_oracle.to_char(1234.5, '9,999.99');
-- rows: [[" 1,234.50"]]

-- case: the dollar sign floats against the digits
SELECT TO_CHAR(1234.5, '$9,999.99'), TO_CHAR(12.5, '$9,999.99') FROM dual;
SELECT decant_oracle.to_char(1234.5, '9,999.99', '$'), decant_oracle.to_char(12.5, '9,999.99', '$');
-- rows: [[" $1,234.50", "    $12.50"]]

-- case: FM in a number format drops the padding
SELECT TO_CHAR(0.5, 'FM990.00'), TO_CHAR(12, 'FM999') FROM dual;
SELECT decant_oracle.to_char(0.5, 'FM990.00'), decant_oracle.to_char(12, 'FM999');
-- rows: [["0.50", "12"]]

-- case: leading zeros
SELECT TO_CHAR(7, '000') FROM dual;
SELECT decant_oracle.to_char(7, '000');
-- rows: [[" 007"]]

-- case: trailing minus, angle brackets and a leading sign
SELECT TO_CHAR(-5, '999MI'), TO_CHAR(-5, '999PR'), TO_CHAR(12, 'S999') FROM dual;
SELECT decant_oracle.to_char(-5, '999MI'), decant_oracle.to_char(-5, '999PR'), decant_oracle.to_char(12, 'S999');
-- rows: [["  5-", "  <5>", " +12"]]

-- case: G and D are the group and decimal characters
SELECT TO_CHAR(1234.5, '9G999D99') FROM dual;
SELECT decant_oracle.to_char(1234.5, '9G999D99');
-- rows: [[" 1,234.50"]]

-- case: a number too wide for the format prints as hashes
SELECT TO_CHAR(12345, '999') FROM dual;
SELECT decant_oracle.to_char(12345, '999');
-- rows: [["####"]]

-- case: TO_CHAR of a number literal without a format is its shortest text
SELECT TO_CHAR(0.50) FROM dual;
SELECT '.5';
-- rows: [[".5"]]

-- case: TO_CHAR of a number column without a format
-- review: TO_CHAR()
SELECT TO_CHAR(n) FROM t ORDER BY id;
SELECT decant_oracle.to_char(n) FROM t ORDER BY id;
-- rows: [["1.5"], [null], ["-2.5"]]

-- case: TO_CHAR of a date without a format uses DD-MON-RR
-- review: TO_CHAR()
SELECT TO_CHAR(hiredate) FROM emp WHERE empno = 7369;
SELECT decant_oracle.to_char(hiredate) FROM emp WHERE empno = 7369;
-- rows: [["17-DEC-80"]]

-- case: TO_CHAR of a string is the string
SELECT TO_CHAR('abc') FROM dual;
SELECT 'abc';
-- rows: [["abc"]]

-- case: TO_DATE with a format keeps the time of day
SELECT TO_DATE('2024-01-31 14:30:00', 'YYYY-MM-DD HH24:MI:SS') FROM dual;
SELECT decant_oracle.to_date('2024-01-31 14:30:00', 'YYYY-MM-DD HH24:MI:SS');
-- rows: [["2024-01-31 14:30:00"]]

-- case: TO_DATE with a month name and A.M. (Oracle docs example)
SELECT TO_DATE('January 15, 1989, 11:00 A.M.', 'Month dd, YYYY, HH:MI A.M.') FROM dual;
SELECT decant_oracle.to_date('January 15, 1989, 11:00 A.M.', 'Month DD, YYYY, HH:MI A.M.');
-- rows: [["1989-01-15 11:00:00"]]

-- case: RR reads 00-49 in this century and 50-99 in the previous one
SELECT TO_DATE('27-OCT-98', 'DD-MON-RR'), TO_DATE('27-OCT-17', 'DD-MON-RR') FROM dual;
SELECT decant_oracle.to_date('27-OCT-98', 'DD-MON-YYYY', 'RR'), decant_oracle.to_date('27-OCT-17', 'DD-MON-YYYY', 'RR');
-- rows: [["1998-10-27 00:00:00", "2017-10-27 00:00:00"]]

-- case: YY reads the year in the current century
SELECT TO_DATE('27-OCT-98', 'DD-MON-YY') FROM dual;
SELECT decant_oracle.to_date('27-OCT-98', 'DD-MON-YYYY', 'YY');
-- rows: [["2098-10-27 00:00:00"]]

-- case: RR followed straight by digits reads two digits
SELECT TO_DATE('981027', 'RRMMDD') FROM dual;
SELECT decant_oracle.to_date('981027', 'YYMMDD', 'RR%');
-- rows: [["1998-10-27 00:00:00"]]

-- case: TO_DATE without a format reads DD-MON-RR
-- review: TO_DATE()
SELECT TO_DATE('17-DEC-80') FROM dual;
SELECT decant_oracle.to_date('17-DEC-80', 'DD-MON-YYYY', 'RR');
-- rows: [["1980-12-17 00:00:00"]]

-- case: TO_DATE with a Julian day
SELECT TO_DATE('2460315', 'J') FROM dual;
SELECT decant_oracle.to_date('2460315', 'J');
-- rows: [["2024-01-05 00:00:00"]]

-- case: TO_DATE without a year in the format is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:25
SELECT TO_DATE('10:30', 'HH24:MI') FROM dual;

-- case: TO_DATE with a format from a column is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
SELECT TO_DATE(a, b) FROM t;

-- case: TO_TIMESTAMP with fractional seconds (Oracle docs example)
SELECT TO_TIMESTAMP('10-Sep-02 14:10:10.123000', 'DD-Mon-RR HH24:MI:SS.FF') FROM dual;
SELECT decant_oracle.to_timestamp('10-Sep-02 14:10:10.123000', 'DD-Mon-YYYY HH24:MI:SS.US', 'RR');
-- rows: [["2002-09-10 14:10:10.123"]]

-- case: TO_TIMESTAMP_TZ reads the offset
SELECT TO_TIMESTAMP_TZ('2024-01-05 10:00:00 +02:00', 'YYYY-MM-DD HH24:MI:SS TZH:TZM') AT TIME ZONE 'UTC' FROM dual;
SELECT TO_TIMESTAMP('2024-01-05 10:00:00 +02:00', 'YYYY-MM-DD HH24:MI:SS TZH:TZM') AT TIME ZONE 'UTC';
-- rows: [["2024-01-05 08:00:00"]]

-- case: TO_NUMBER of a numeric literal is the number
SELECT TO_NUMBER(' 42 ') + 1 FROM dual;
SELECT 42 + 1;
-- rows: [[43]]

-- case: TO_NUMBER of a string column casts to numeric
SELECT TO_NUMBER(SUBSTR('12.50', 1)) FROM dual;
SELECT NULLIF(SUBSTR('12.50', 1), '')::numeric;
-- rows: [["12.50"]]

-- case: TO_NUMBER with a format and a dollar sign
SELECT TO_NUMBER('$1,234.50', '$9,999.99') FROM dual;
SELECT TO_NUMBER('$1,234.50', '"$"9,999.99');
-- rows: [["1234.50"]]

-- case: TO_NUMBER with a trailing minus
SELECT TO_NUMBER('12-', '99MI') FROM dual;
SELECT TO_NUMBER('12-', '99MI');
-- rows: [[-12]]

-- case: a spelled-out year has no PostgreSQL element
-- expect-error: TRANSLATE_UNSUPPORTED at 1:26
SELECT TO_CHAR(hiredate, 'YEAR') FROM emp;

-- case: the long date format DL is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:26
SELECT TO_CHAR(hiredate, 'DL') FROM emp;

-- case: the ISO currency element C is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:21
SELECT TO_CHAR(sal, 'C9999') FROM emp;

-- case: an NLS parameter is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:36
SELECT TO_CHAR(hiredate, 'DD-MON', 'NLS_DATE_LANGUAGE = French') FROM emp;

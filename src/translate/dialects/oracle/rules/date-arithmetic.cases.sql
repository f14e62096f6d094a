-- case: a DATE literal plus whole days
SELECT DATE '2024-01-31' + 1 FROM dual;
SELECT DATE '2024-01-31' + INTERVAL '1' DAY;
-- rows: [["2024-02-01 00:00:00"]]

-- case: a DATE literal plus a fraction of a day
SELECT DATE '2024-01-31' + 1.5 FROM dual;
SELECT DATE '2024-01-31' + 1.5 * INTERVAL '1' DAY;
-- rows: [["2024-02-01 12:00:00"]]

-- case: a date minus an hour written as 1/24
SELECT DATE '2024-01-01' - 1/24 FROM dual;
SELECT DATE '2024-01-01' - 1.0 / 24 * INTERVAL '1' DAY;
-- rows: [["2023-12-31 23:00:00"]]

-- case: a number plus a date
SELECT 2 + DATE '2024-01-31' FROM dual;
SELECT DATE '2024-01-31' + INTERVAL '2' DAY;
-- rows: [["2024-02-02 00:00:00"]]

-- case: a date minus a date is a number of days
SELECT DATE '2024-03-01' - DATE '2024-02-01' FROM dual;
SELECT decant_oracle.date_sub(DATE '2024-03-01', DATE '2024-02-01');
-- rows: [["29"]]

-- case: a date minus a date with times gives a fraction
SELECT TO_DATE('2024-01-02 12:00', 'YYYY-MM-DD HH24:MI') - TO_DATE('2024-01-01', 'YYYY-MM-DD') FROM dual;
SELECT decant_oracle.date_sub(decant_oracle.to_date('2024-01-02 12:00', 'YYYY-MM-DD HH24:MI'), decant_oracle.to_date('2024-01-01', 'YYYY-MM-DD'));
-- rows: [["1.5"]]

-- case: ADD_MONTHS is a date, so + counts days
SELECT ADD_MONTHS(DATE '2024-01-31', 1) + 1 FROM dual;
SELECT decant_oracle.add_months(DATE '2024-01-31', 1) + INTERVAL '1' DAY;
-- rows: [["2024-03-01 00:00:00"]]

-- case: SYSDATE plus days
SELECT CASE WHEN SYSDATE + 1 > SYSDATE THEN 'Y' END FROM dual;
SELECT CASE WHEN decant_oracle.sysdate() + INTERVAL '1' DAY > decant_oracle.sysdate() THEN 'Y' END;
-- rows: [["Y"]]

-- case: a known date plus a column of unknown type decides at run time
SELECT DATE '2024-01-01' + n FROM t ORDER BY id;
SELECT decant_oracle.date_add(DATE '2024-01-01', n) FROM t ORDER BY id;
-- rows: [["2024-01-02 12:00:00"], [null], ["2023-12-29 12:00:00"]]

-- case: a column minus a known date is days, flagged for review
-- review: expression - date
SELECT hiredate - DATE '1980-12-01' FROM emp WHERE empno = 7369;
SELECT decant_oracle.date_sub(hiredate, DATE '1980-12-01') FROM emp WHERE empno = 7369;
-- rows: [["16"]]

-- case: a known date minus a column is days, flagged for review
-- review: date - expression
SELECT DATE '1981-01-01' - hiredate FROM emp WHERE empno = 7369;
SELECT decant_oracle.date_sub(DATE '1981-01-01', hiredate) FROM emp WHERE empno = 7369;
-- rows: [["15"]]

-- case: SYSDATE minus a column is days, flagged for review
-- review: date - expression
SELECT SYSDATE - hiredate FROM emp;
SELECT decant_oracle.date_sub(decant_oracle.sysdate(), hiredate) FROM emp;

-- case: a known date minus an interval column decides at run time
SELECT DATE '2024-01-01' - NUMTODSINTERVAL(n, 'HOUR') FROM t WHERE id = 1;
SELECT DATE '2024-01-01' - n * INTERVAL '1' HOUR FROM t WHERE id = 1;
-- rows: [["2023-12-31 22:30:00"]]

-- case: a string that reads as a number in date arithmetic
SELECT DATE '2024-01-01' + '2' FROM dual;
SELECT DATE '2024-01-01' + INTERVAL '2' DAY;
-- rows: [["2024-01-03 00:00:00"]]

-- case: two operands of unknown type are left as written
SELECT hiredate + comm FROM emp;
SELECT hiredate + comm FROM emp;

-- case: a date plus an interval literal is PostgreSQL's too
SELECT TIMESTAMP '2024-01-01 10:00:00' + INTERVAL '90' MINUTE FROM dual;
SELECT TIMESTAMP '2024-01-01 10:00:00' + INTERVAL '90' MINUTE;
-- rows: [["2024-01-01 11:30:00"]]

-- case: a timestamp minus a timestamp stays an interval
SELECT TIMESTAMP '2024-01-02 00:00:00' - TIMESTAMP '2024-01-01 12:00:00' FROM dual;
SELECT TIMESTAMP '2024-01-02 00:00:00' - TIMESTAMP '2024-01-01 12:00:00';
-- rows: [["12:00:00"]]

-- case: TRUNC of a date plus a day
SELECT TRUNC(TIMESTAMP '2024-01-05 13:45:00') + 1 FROM dual;
SELECT DATE_TRUNC('day', TIMESTAMP '2024-01-05 13:45:00'::timestamp) + INTERVAL '1' DAY;
-- rows: [["2024-01-06 00:00:00"]]

-- case: LAST_DAY plus one is the first of the next month
SELECT LAST_DAY(DATE '2024-02-10') + 1 FROM dual;
SELECT decant_oracle.last_day(DATE '2024-02-10') + INTERVAL '1' DAY;
-- rows: [["2024-03-01 00:00:00"]]

-- case: ADD_MONTHS past the end of a shorter month gives its last day
SELECT ADD_MONTHS(DATE '2024-01-31', 1) FROM dual;
SELECT decant_oracle.add_months(DATE '2024-01-31', 1);
-- rows: [["2024-02-29 00:00:00"]]

-- case: ADD_MONTHS from a last day gives the last day
SELECT ADD_MONTHS(DATE '2024-02-29', 1) FROM dual;
SELECT decant_oracle.add_months(DATE '2024-02-29', 1);
-- rows: [["2024-03-31 00:00:00"]]

-- case: ADD_MONTHS backwards
SELECT ADD_MONTHS(DATE '2024-03-31', -1) FROM dual;
SELECT decant_oracle.add_months(DATE '2024-03-31', -1);
-- rows: [["2024-02-29 00:00:00"]]

-- case: ADD_MONTHS on a column keeps the day
SELECT ADD_MONTHS(hiredate, 12) FROM emp WHERE empno = 7369;
SELECT decant_oracle.add_months(hiredate, 12) FROM emp WHERE empno = 7369;
-- rows: [["1981-12-17 00:00:00"]]

-- case: MONTHS_BETWEEN with a fraction of a 31-day month (Oracle docs example)
SELECT ROUND(MONTHS_BETWEEN(TO_DATE('02-02-1995', 'MM-DD-YYYY'), TO_DATE('01-01-1995', 'MM-DD-YYYY')), 8) FROM dual;
SELECT ROUND(decant_oracle.months_between(decant_oracle.to_date('02-02-1995', 'MM-DD-YYYY'), decant_oracle.to_date('01-01-1995', 'MM-DD-YYYY')), 8);
-- rows: [["1.03225806"]]

-- case: MONTHS_BETWEEN two last days of months is whole
SELECT MONTHS_BETWEEN(DATE '2024-02-29', DATE '2024-01-31') FROM dual;
SELECT decant_oracle.months_between(DATE '2024-02-29', DATE '2024-01-31');
-- rows: [["1"]]

-- case: MONTHS_BETWEEN is negative when the first date is earlier
SELECT MONTHS_BETWEEN(DATE '2024-01-01', DATE '2024-03-01') FROM dual;
SELECT decant_oracle.months_between(DATE '2024-01-01', DATE '2024-03-01');
-- rows: [["-2"]]

-- case: LAST_DAY (Oracle docs)
SELECT LAST_DAY(DATE '2024-02-10') FROM dual;
SELECT decant_oracle.last_day(DATE '2024-02-10');
-- rows: [["2024-02-29 00:00:00"]]

-- case: LAST_DAY keeps the time of day
SELECT LAST_DAY(TIMESTAMP '2023-02-10 08:30:00') FROM dual;
SELECT decant_oracle.last_day(TIMESTAMP '2023-02-10 08:30:00');
-- rows: [["2023-02-28 08:30:00"]]

-- case: NEXT_DAY (Oracle docs example)
SELECT NEXT_DAY(DATE '2009-10-15', 'TUESDAY') FROM dual;
SELECT decant_oracle.next_day(DATE '2009-10-15', 'TUESDAY');
-- rows: [["2009-10-20 00:00:00"]]

-- case: NEXT_DAY from the same weekday is a week later; abbreviations are accepted
SELECT NEXT_DAY(DATE '2009-10-20', 'tue') FROM dual;
SELECT decant_oracle.next_day(DATE '2009-10-20', 'tue');
-- rows: [["2009-10-27 00:00:00"]]

-- case: TRUNC of a known date is date_trunc to the day
SELECT TRUNC(TIMESTAMP '2024-01-05 13:45:00') FROM dual;
SELECT DATE_TRUNC('day', TIMESTAMP '2024-01-05 13:45:00'::timestamp);
-- rows: [["2024-01-05 00:00:00"]]

-- case: TRUNC of a column of unknown type goes through the overloaded compatibility function
SELECT TRUNC(hiredate) FROM emp WHERE empno = 7369;
SELECT decant_oracle.trunc(hiredate) FROM emp WHERE empno = 7369;
-- rows: [["1980-12-17 00:00:00"]]

-- case: TRUNC to the month of a DATE literal
SELECT TRUNC(DATE '2024-02-20', 'MM') FROM dual;
SELECT DATE_TRUNC('month', DATE '2024-02-20'::timestamp);
-- rows: [["2024-02-01 00:00:00"]]

-- case: TRUNC to the year (Oracle docs example)
SELECT TRUNC(DATE '1992-10-27', 'YEAR') FROM dual;
SELECT DATE_TRUNC('year', DATE '1992-10-27'::timestamp);
-- rows: [["1992-01-01 00:00:00"]]

-- case: TRUNC to the quarter
SELECT TRUNC(DATE '2024-05-20', 'Q') FROM dual;
SELECT DATE_TRUNC('quarter', DATE '2024-05-20'::timestamp);
-- rows: [["2024-04-01 00:00:00"]]

-- case: TRUNC to the ISO week starts on Monday
SELECT TRUNC(DATE '2024-01-07', 'IW') FROM dual;
SELECT DATE_TRUNC('week', DATE '2024-01-07'::timestamp);
-- rows: [["2024-01-01 00:00:00"]]

-- case: TRUNC to DAY starts the week on Sunday
SELECT TRUNC(DATE '2024-01-05', 'DAY') FROM dual;
SELECT decant_oracle.trunc(DATE '2024-01-05', 'DAY');
-- rows: [["2023-12-31 00:00:00"]]

-- case: TRUNC to WW starts weeks on the weekday of January 1
SELECT TRUNC(DATE '2024-01-10', 'WW') FROM dual;
SELECT decant_oracle.trunc(DATE '2024-01-10', 'WW');
-- rows: [["2024-01-08 00:00:00"]]

-- case: TRUNC to the hour and the minute
SELECT TRUNC(TIMESTAMP '2024-01-05 13:45:30', 'HH'), TRUNC(TIMESTAMP '2024-01-05 13:45:30', 'MI') FROM dual;
SELECT DATE_TRUNC('hour', TIMESTAMP '2024-01-05 13:45:30'::timestamp), DATE_TRUNC('minute', TIMESTAMP '2024-01-05 13:45:30'::timestamp);
-- rows: [["2024-01-05 13:00:00", "2024-01-05 13:45:00"]]

-- case: TRUNC of a column to the month
SELECT TRUNC(hiredate, 'MM') FROM emp WHERE empno = 7369;
SELECT decant_oracle.trunc(hiredate, 'MM') FROM emp WHERE empno = 7369;
-- rows: [["1980-12-01 00:00:00"]]

-- case: TRUNC with an unknown format is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:24
SELECT TRUNC(hiredate, 'XX') FROM emp;

-- case: ROUND to the year rounds up from July (Oracle docs example)
SELECT ROUND(DATE '1992-10-27', 'YEAR') FROM dual;
SELECT decant_oracle.round(DATE '1992-10-27', 'YEAR');
-- rows: [["1993-01-01 00:00:00"]]

-- case: ROUND to the month rounds up on the sixteenth
SELECT ROUND(DATE '2024-02-16', 'MM'), ROUND(DATE '2024-02-15', 'MM') FROM dual;
SELECT decant_oracle.round(DATE '2024-02-16', 'MM'), decant_oracle.round(DATE '2024-02-15', 'MM');
-- rows: [["2024-03-01 00:00:00", "2024-02-01 00:00:00"]]

-- case: ROUND to the quarter rounds up on the sixteenth day of its second month
SELECT ROUND(DATE '2024-05-16', 'Q') FROM dual;
SELECT decant_oracle.round(DATE '2024-05-16', 'Q');
-- rows: [["2024-07-01 00:00:00"]]

-- case: ROUND of a date rounds up at noon
SELECT ROUND(TIMESTAMP '2024-01-01 12:00:00') FROM dual;
SELECT decant_oracle.round(TIMESTAMP '2024-01-01 12:00:00');
-- rows: [["2024-01-02 00:00:00"]]

-- case: ROUND to the century is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:24
SELECT ROUND(hiredate, 'CC') FROM emp;

-- case: SYSDATE minus itself is 0 days
SELECT SYSDATE - SYSDATE FROM dual;
SELECT decant_oracle.date_sub(decant_oracle.sysdate(), decant_oracle.sysdate());
-- rows: [["0"]]

-- case: CURRENT_DATE is SYSDATE
SELECT CURRENT_DATE - SYSDATE FROM dual;
SELECT decant_oracle.date_sub(decant_oracle.sysdate(), decant_oracle.sysdate());
-- rows: [["0"]]

-- case: SYSTIMESTAMP is later than yesterday
SELECT CASE WHEN SYSTIMESTAMP > SYSDATE - 1 THEN 'Y' END FROM dual;
SELECT CASE WHEN STATEMENT_TIMESTAMP() > decant_oracle.sysdate() - INTERVAL '1' DAY THEN 'Y' END;
-- rows: [["Y"]]

-- case: EXTRACT from a date column
SELECT EXTRACT(YEAR FROM hiredate) FROM emp WHERE empno = 7369;
SELECT EXTRACT(YEAR FROM hiredate) FROM emp WHERE empno = 7369;
-- rows: [["1980"]]

-- case: NUMTODSINTERVAL in hours added to a date
SELECT DATE '2024-01-01' + NUMTODSINTERVAL(36, 'HOUR') FROM dual;
SELECT DATE '2024-01-01' + 36 * INTERVAL '1' HOUR;
-- rows: [["2024-01-02 12:00:00"]]

-- case: NUMTOYMINTERVAL in months
SELECT TIMESTAMP '2024-01-15 00:00:00' + NUMTOYMINTERVAL(2, 'MONTH') FROM dual;
SELECT TIMESTAMP '2024-01-15 00:00:00' + 2 * INTERVAL '1' MONTH;
-- rows: [["2024-03-15 00:00:00"]]

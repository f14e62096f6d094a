-- case: with the column's type known, date + number adds days
-- options: {"columnTypes": {"emp": {"hiredate": "DATE"}}}
SELECT hiredate + 30 FROM emp WHERE empno = 7839;
SELECT hiredate + INTERVAL '30' DAY FROM emp WHERE empno = 7839;
-- rows: [["1981-12-17 00:00:00"]]

-- case: with the column's type known, date - date is a number of days
-- options: {"columnTypes": {"emp": {"hiredate": "DATE"}}}
SELECT hiredate - DATE '1981-01-01' FROM emp WHERE empno = 7839;
SELECT decant_oracle.date_sub(hiredate, DATE '1981-01-01') FROM emp WHERE empno = 7839;
-- rows: [["320"]]

-- case: with the column's type known, half a day is twelve hours
-- options: {"columnTypes": {"emp": {"hiredate": "DATE"}}}
SELECT e.hiredate - 0.5 FROM emp e WHERE empno = 7839;
SELECT e.hiredate - 0.5 * INTERVAL '1' DAY FROM emp e WHERE empno = 7839;
-- rows: [["1981-11-16 12:00:00"]]

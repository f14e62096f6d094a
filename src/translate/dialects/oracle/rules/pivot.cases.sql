-- case: PIVOT of salaries by department, grouped by job
SELECT * FROM (SELECT job, deptno, sal FROM emp) PIVOT (SUM(sal) FOR deptno IN (10 AS accounting, 20 AS research, 30 AS sales)) ORDER BY job;
SELECT * FROM (SELECT job, SUM(sal) FILTER (WHERE deptno = 10) AS accounting, SUM(sal) FILTER (WHERE deptno = 20) AS research, SUM(sal) FILTER (WHERE deptno = 30) AS sales FROM (SELECT job, deptno, sal FROM emp) subquery_1 GROUP BY job) pivot_1 ORDER BY job;
-- rows: [["ANALYST", null, "6000.00", null], ["CLERK", "1300.00", "1900.00", "950.00"], ["MANAGER", "2450.00", "2975.00", "2850.00"], ["PRESIDENT", "5000.00", null, null], ["SALESMAN", null, null, "5600.00"]]

-- case: PIVOT with two aggregates names the columns value_aggregate
SELECT * FROM (SELECT deptno, job, sal FROM emp) PIVOT (SUM(sal) AS total, COUNT(*) AS n FOR deptno IN (10 AS d10, 20 AS d20)) ORDER BY job;
SELECT * FROM (SELECT job, SUM(sal) FILTER (WHERE deptno = 10) AS d10_total, COUNT(*) FILTER (WHERE deptno = 10) AS d10_n, SUM(sal) FILTER (WHERE deptno = 20) AS d20_total, COUNT(*) FILTER (WHERE deptno = 20) AS d20_n FROM (SELECT deptno, job, sal FROM emp) subquery_1 GROUP BY job) pivot_1 ORDER BY job;
-- rows: [["ANALYST", null, "0", "6000.00", "2"], ["CLERK", "1300.00", "1", "1900.00", "2"], ["MANAGER", "2450.00", "1", "2975.00", "1"], ["PRESIDENT", "5000.00", "1", null, "0"], ["SALESMAN", null, "0", null, "0"]]

-- case: PIVOT IN values without aliases name the columns after the values
SELECT * FROM (SELECT deptno, job FROM emp) PIVOT (COUNT(*) FOR job IN ('CLERK', 'MANAGER')) ORDER BY deptno;
SELECT * FROM (SELECT deptno, COUNT(*) FILTER (WHERE job = 'CLERK') AS clerk, COUNT(*) FILTER (WHERE job = 'MANAGER') AS manager FROM (SELECT deptno, job FROM emp) subquery_1 GROUP BY deptno) pivot_1 ORDER BY deptno;
-- rows: [["10", "1", "1"], ["20", "2", "1"], ["30", "1", "1"]]

-- case: the pivot's columns can be selected by name
SELECT deptno, clerk FROM (SELECT deptno, job FROM emp) PIVOT (COUNT(*) FOR job IN ('CLERK' AS clerk, 'ANALYST' AS analyst)) WHERE analyst = 0 ORDER BY deptno;
SELECT deptno, clerk FROM (SELECT deptno, COUNT(*) FILTER (WHERE job = 'CLERK') AS clerk, COUNT(*) FILTER (WHERE job = 'ANALYST') AS analyst FROM (SELECT deptno, job FROM emp) subquery_1 GROUP BY deptno) pivot_1 WHERE analyst = 0 ORDER BY deptno;
-- rows: [["10", "1"], ["30", "1"]]

-- case: PIVOT with no other column gives one row
SELECT * FROM (SELECT deptno, sal FROM emp) PIVOT (MAX(sal) FOR deptno IN (10 AS d10, 30 AS d30));
SELECT * FROM (SELECT MAX(sal) FILTER (WHERE deptno = 10) AS d10, MAX(sal) FILTER (WHERE deptno = 30) AS d30 FROM (SELECT deptno, sal FROM emp) subquery_1) pivot_1;
-- rows: [["5000.00", "2850.00"]]

-- case: PIVOT on two columns with tuple values
SELECT * FROM (SELECT deptno, job, sal FROM emp) PIVOT (SUM(sal) FOR (deptno, job) IN ((20, 'CLERK') AS research_clerks, (30, 'CLERK') AS sales_clerks));
SELECT * FROM (SELECT SUM(sal) FILTER (WHERE deptno = 20 AND job = 'CLERK') AS research_clerks, SUM(sal) FILTER (WHERE deptno = 30 AND job = 'CLERK') AS sales_clerks FROM (SELECT deptno, job, sal FROM emp) subquery_1) pivot_1;
-- rows: [["1900.00", "950.00"]]

-- case: PIVOT with an alias after it
SELECT p.d20 FROM (SELECT deptno, sal FROM emp) PIVOT (AVG(sal) FOR deptno IN (20 AS d20)) p;
SELECT p.d20 FROM (SELECT AVG(sal) FILTER (WHERE deptno = 20) AS d20 FROM (SELECT deptno, sal FROM emp) subquery_1) p;
-- rows: [["2175.0000000000000000"]]

-- case: PIVOT over a subquery with an alias and computed columns
SELECT * FROM (SELECT deptno, EXTRACT(YEAR FROM hiredate) AS yr FROM emp) s PIVOT (COUNT(*) FOR yr IN (1981 AS y1981, 1987 AS y1987)) ORDER BY deptno;
SELECT * FROM (SELECT deptno, COUNT(*) FILTER (WHERE yr = 1981) AS y1981, COUNT(*) FILTER (WHERE yr = 1987) AS y1987 FROM (SELECT deptno, EXTRACT(YEAR FROM hiredate) AS yr FROM emp) s GROUP BY deptno) pivot_1 ORDER BY deptno;
-- rows: [["10", "2", "0"], ["20", "2", "2"], ["30", "6", "0"]]

-- case: PIVOT with a string aggregate
SELECT * FROM (SELECT deptno, job, ename FROM emp WHERE deptno = 10) PIVOT (MAX(ename) FOR job IN ('CLERK' AS clerk, 'PRESIDENT' AS boss));
SELECT * FROM (SELECT deptno, MAX(ename) FILTER (WHERE job = 'CLERK') AS clerk, MAX(ename) FILTER (WHERE job = 'PRESIDENT') AS boss FROM (SELECT deptno, job, ename FROM emp WHERE deptno = 10) subquery_1 GROUP BY deptno) pivot_1;
-- rows: [["10", "MILLER", "KING"]]

-- case: PIVOT over a plain table is refused: its other columns are not known
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
SELECT * FROM emp PIVOT (SUM(sal) FOR deptno IN (10, 20));

-- case: PIVOT over a subquery with SELECT * is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:35
SELECT * FROM (SELECT * FROM emp) PIVOT (SUM(sal) FOR deptno IN (10, 20));

-- case: PIVOT IN (ANY) is refused by the parser
-- expect-error: TRANSLATE_UNSUPPORTED at 1:76
SELECT * FROM (SELECT deptno, sal FROM emp) PIVOT (SUM(sal) FOR deptno IN (ANY));

-- case: PIVOT XML is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:51
SELECT * FROM (SELECT deptno, sal FROM emp) PIVOT XML (SUM(sal) FOR deptno IN (ANY));

-- case: two aggregates without aliases are refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:45
SELECT * FROM (SELECT deptno, sal FROM emp) PIVOT (SUM(sal), MAX(sal) FOR deptno IN (10));

-- case: UNPIVOT turns columns into rows and drops NULLs
SELECT * FROM (SELECT empno, sal, comm FROM emp WHERE empno IN (7369, 7499)) UNPIVOT (amount FOR kind IN (sal AS 'SAL', comm AS 'COMM')) ORDER BY empno, kind;
SELECT * FROM (SELECT subquery_1.empno, unpivoted_1.kind, unpivoted_1.amount FROM (SELECT empno, sal, comm FROM emp WHERE empno IN (7369, 7499)) subquery_1 CROSS JOIN LATERAL (SELECT 'SAL', subquery_1.sal UNION ALL SELECT 'COMM', subquery_1.comm) unpivoted_1 (kind, amount) WHERE unpivoted_1.amount IS NOT NULL) unpivot_1 ORDER BY empno, kind;
-- rows: [["7369", "SAL", "800.00"], ["7499", "COMM", "300.00"], ["7499", "SAL", "1600.00"]]

-- case: UNPIVOT INCLUDE NULLS keeps them
SELECT * FROM (SELECT empno, sal, comm FROM emp WHERE empno = 7369) UNPIVOT INCLUDE NULLS (amount FOR kind IN (sal AS 'SAL', comm AS 'COMM')) ORDER BY kind;
SELECT * FROM (SELECT subquery_1.empno, unpivoted_1.kind, unpivoted_1.amount FROM (SELECT empno, sal, comm FROM emp WHERE empno = 7369) subquery_1 CROSS JOIN LATERAL (SELECT 'SAL', subquery_1.sal UNION ALL SELECT 'COMM', subquery_1.comm) unpivoted_1 (kind, amount)) unpivot_1 ORDER BY kind;
-- rows: [["7369", "COMM", null], ["7369", "SAL", "800.00"]]

-- case: UNPIVOT EXCLUDE NULLS written out
SELECT kind, amount FROM (SELECT empno, sal, comm FROM emp WHERE empno = 7844) UNPIVOT EXCLUDE NULLS (amount FOR kind IN (sal AS 'SAL', comm AS 'COMM')) ORDER BY kind;
SELECT kind, amount FROM (SELECT subquery_1.empno, unpivoted_1.kind, unpivoted_1.amount FROM (SELECT empno, sal, comm FROM emp WHERE empno = 7844) subquery_1 CROSS JOIN LATERAL (SELECT 'SAL', subquery_1.sal UNION ALL SELECT 'COMM', subquery_1.comm) unpivoted_1 (kind, amount) WHERE unpivoted_1.amount IS NOT NULL) unpivot_1 ORDER BY kind;
-- rows: [["COMM", "0.00"], ["SAL", "1500.00"]]

-- case: UNPIVOT without labels uses the column names
SELECT * FROM (SELECT ename, sal, comm FROM emp WHERE ename = 'WARD') UNPIVOT (v FOR col IN (sal, comm)) ORDER BY col;
SELECT * FROM (SELECT subquery_1.ename, unpivoted_1.col, unpivoted_1.v FROM (SELECT ename, sal, comm FROM emp WHERE ename = 'WARD') subquery_1 CROSS JOIN LATERAL (SELECT 'SAL', subquery_1.sal UNION ALL SELECT 'COMM', subquery_1.comm) unpivoted_1 (col, v) WHERE unpivoted_1.v IS NOT NULL) unpivot_1 ORDER BY col;
-- rows: [["WARD", "COMM", "500.00"], ["WARD", "SAL", "1250.00"]]

-- case: UNPIVOT with numeric labels
SELECT * FROM (SELECT deptno, sal, comm FROM emp WHERE ename = 'ALLEN') UNPIVOT (v FOR q IN (sal AS 1, comm AS 2)) ORDER BY q;
SELECT * FROM (SELECT subquery_1.deptno, unpivoted_1.q, unpivoted_1.v FROM (SELECT deptno, sal, comm FROM emp WHERE ename = 'ALLEN') subquery_1 CROSS JOIN LATERAL (SELECT 1, subquery_1.sal UNION ALL SELECT 2, subquery_1.comm) unpivoted_1 (q, v) WHERE unpivoted_1.v IS NOT NULL) unpivot_1 ORDER BY q;
-- rows: [["30", "1", "1600.00"], ["30", "2", "300.00"]]

-- case: UNPIVOT of two value columns at once
SELECT * FROM (SELECT ename, sal, comm, empno, mgr FROM emp WHERE ename = 'SMITH') UNPIVOT ((money, person) FOR pair IN ((sal, empno) AS 'SELF', (comm, mgr) AS 'BOSS')) ORDER BY pair;
SELECT * FROM (SELECT subquery_1.ename, unpivoted_1.pair, unpivoted_1.money, unpivoted_1.person FROM (SELECT ename, sal, comm, empno, mgr FROM emp WHERE ename = 'SMITH') subquery_1 CROSS JOIN LATERAL (SELECT 'SELF', subquery_1.sal, subquery_1.empno UNION ALL SELECT 'BOSS', subquery_1.comm, subquery_1.mgr) unpivoted_1 (pair, money, person) WHERE unpivoted_1.money IS NOT NULL OR unpivoted_1.person IS NOT NULL) unpivot_1 ORDER BY pair;
-- rows: [["SMITH", "BOSS", null, "7902"], ["SMITH", "SELF", "800.00", "7369"]]

-- case: UNPIVOT with an alias, aggregated
SELECT u.kind, SUM(u.amount) FROM (SELECT sal, comm FROM emp) UNPIVOT (amount FOR kind IN (sal AS 'SAL', comm AS 'COMM')) u GROUP BY u.kind ORDER BY u.kind;
SELECT u.kind, SUM(u.amount) FROM (SELECT unpivoted_1.kind, unpivoted_1.amount FROM (SELECT sal, comm FROM emp) subquery_1 CROSS JOIN LATERAL (SELECT 'SAL', subquery_1.sal UNION ALL SELECT 'COMM', subquery_1.comm) unpivoted_1 (kind, amount) WHERE unpivoted_1.amount IS NOT NULL) u GROUP BY u.kind ORDER BY u.kind;
-- rows: [["COMM", "2200.00"], ["SAL", "29025.00"]]

-- case: UNPIVOT over a plain table is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
SELECT * FROM emp UNPIVOT (v FOR k IN (sal, comm));

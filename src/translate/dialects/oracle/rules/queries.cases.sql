-- case: subquery factoring with two queries
WITH d AS (SELECT deptno, dname FROM dept), e AS (SELECT deptno, COUNT(*) AS n FROM emp GROUP BY deptno) SELECT d.dname, e.n FROM d JOIN e ON e.deptno = d.deptno ORDER BY d.dname;
WITH d AS (SELECT deptno, dname FROM dept), e AS (SELECT deptno, COUNT(*) AS n FROM emp GROUP BY deptno) SELECT d.dname, e.n FROM d JOIN e ON e.deptno = d.deptno ORDER BY d.dname;
-- rows: [["ACCOUNTING", "3"], ["RESEARCH", "5"], ["SALES", "6"]]

-- case: a WITH query with column names
WITH t (name, pay) AS (SELECT ename, sal FROM emp WHERE deptno = 10) SELECT name FROM t WHERE pay > 2000 ORDER BY name;
WITH t (name, pay) AS (SELECT ename, sal FROM emp WHERE deptno = 10) SELECT name FROM t WHERE pay > 2000 ORDER BY name;
-- rows: [["CLARK"], ["KING"]]

-- case: FETCH FIRST n ROWS ONLY
SELECT ename FROM emp ORDER BY sal DESC, ename FETCH FIRST 2 ROWS ONLY;
SELECT ename FROM emp ORDER BY sal DESC, ename FETCH FIRST 2 ROWS ONLY;
-- rows: [["KING"], ["FORD"]]

-- case: OFFSET and FETCH NEXT
SELECT ename FROM emp ORDER BY empno OFFSET 12 ROWS FETCH NEXT 5 ROWS ONLY;
SELECT ename FROM emp ORDER BY empno OFFSET 12 ROWS FETCH FIRST 5 ROWS ONLY;
-- rows: [["FORD"], ["MILLER"]]

-- case: FETCH FIRST ROW ONLY without a count
SELECT ename FROM emp ORDER BY sal FETCH FIRST ROW ONLY;
SELECT ename FROM emp ORDER BY sal FETCH FIRST 1 ROWS ONLY;
-- rows: [["SMITH"]]

-- case: FETCH WITH TIES keeps the rows tied with the last
SELECT sal FROM emp ORDER BY sal DESC FETCH FIRST 2 ROWS WITH TIES;
SELECT sal FROM emp ORDER BY sal DESC FETCH FIRST 2 ROWS WITH TIES;
-- rows: [["5000.00"], ["3000.00"], ["3000.00"]]

-- case: FETCH FIRST n PERCENT rounds the row count up
SELECT ename FROM emp ORDER BY sal DESC, ename FETCH FIRST 20 PERCENT ROWS ONLY;
SELECT ename FROM emp ORDER BY sal DESC, ename LIMIT (SELECT CEIL(20 * COUNT(*) / 100.0) FROM (SELECT ename FROM emp) counted_1);
-- rows: [["KING"], ["FORD"], ["SCOTT"]]

-- case: FETCH PERCENT over a filtered query counts its rows
SELECT ename FROM emp WHERE deptno = 10 ORDER BY ename FETCH FIRST 50 PERCENT ROWS ONLY;
SELECT ename FROM emp WHERE deptno = 10 ORDER BY ename LIMIT (SELECT CEIL(50 * COUNT(*) / 100.0) FROM (SELECT ename FROM emp WHERE deptno = 10) counted_1);
-- rows: [["CLARK"], ["KING"]]

-- case: FETCH PERCENT WITH TIES
SELECT sal FROM emp WHERE deptno = 20 ORDER BY sal DESC FETCH FIRST 20 PERCENT ROWS WITH TIES;
SELECT sal FROM emp WHERE deptno = 20 ORDER BY sal DESC FETCH FIRST ((SELECT CEIL(20 * COUNT(*) / 100.0) FROM (SELECT sal FROM emp WHERE deptno = 20) counted_1)) ROWS WITH TIES;
-- rows: [["3000.00"], ["3000.00"]]

-- case: FETCH PERCENT with FOR UPDATE is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:1
SELECT ename FROM emp FETCH FIRST 10 PERCENT ROWS ONLY FOR UPDATE;

-- case: hints are dropped
SELECT /*+ INDEX(e emp_pk) FULL(d) */ e.ename FROM emp e WHERE e.empno = 7839;
SELECT e.ename FROM emp e WHERE e.empno = 7839;
-- rows: [["KING"]]

-- case: a flashback query is refused at AS OF
-- expect-error: TRANSLATE_UNSUPPORTED at 1:23
SELECT ename FROM emp AS OF TIMESTAMP SYSTIMESTAMP - INTERVAL '1' HOUR;

-- case: a flashback versions query is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 2:5
SELECT ename FROM emp
    VERSIONS BETWEEN SCN MINVALUE AND MAXVALUE;

-- case: a database link is refused at the @
-- expect-error: TRANSLATE_UNSUPPORTED at 1:22
SELECT ename FROM emp@remote_db;

-- case: a scalar subquery in the select list
SELECT dname, (SELECT COUNT(*) FROM emp e WHERE e.deptno = d.deptno) AS n FROM dept d ORDER BY deptno;
SELECT dname, (SELECT COUNT(*) FROM emp e WHERE e.deptno = d.deptno) AS n FROM dept d ORDER BY deptno;
-- rows: [["ACCOUNTING", "3"], ["RESEARCH", "5"], ["SALES", "6"], ["OPERATIONS", "0"]]

-- case: EXISTS and NOT EXISTS
SELECT dname FROM dept d WHERE NOT EXISTS (SELECT 1 FROM emp e WHERE e.deptno = d.deptno);
SELECT dname FROM dept d WHERE NOT EXISTS (SELECT 1 FROM emp e WHERE e.deptno = d.deptno);
-- rows: [["OPERATIONS"]]

-- case: IN with a subquery
SELECT ename FROM emp WHERE deptno IN (SELECT deptno FROM dept WHERE loc = 'NEW YORK') ORDER BY ename;
SELECT ename FROM emp WHERE deptno IN (SELECT deptno FROM dept WHERE loc = 'NEW YORK') ORDER BY ename;
-- rows: [["CLARK"], ["KING"], ["MILLER"]]

-- case: a multi-column IN subquery
SELECT ename FROM emp WHERE (deptno, sal) IN (SELECT deptno, MAX(sal) FROM emp GROUP BY deptno) ORDER BY ename;
SELECT ename FROM emp WHERE (deptno, sal) IN (SELECT deptno, MAX(sal) FROM emp GROUP BY deptno) ORDER BY ename;
-- rows: [["BLAKE"], ["FORD"], ["KING"], ["SCOTT"]]

-- case: > ALL with a subquery
SELECT ename FROM emp WHERE sal > ALL (SELECT sal FROM emp WHERE deptno = 30) ORDER BY ename;
SELECT ename FROM emp WHERE sal > ALL (SELECT sal FROM emp WHERE deptno = 30) ORDER BY ename;
-- rows: [["FORD"], ["JONES"], ["KING"], ["SCOTT"]]

-- case: = ANY with a list
SELECT ename FROM emp WHERE empno = ANY (7369, 7499) ORDER BY ename;
SELECT ename FROM emp WHERE empno = ANY (ARRAY[7369, 7499]) ORDER BY ename;
-- rows: [["ALLEN"], ["SMITH"]]

-- case: SOME is ANY
SELECT COUNT(*) FROM emp WHERE sal < SOME (SELECT sal FROM emp WHERE deptno = 10);
SELECT COUNT(*) FROM emp WHERE sal < ANY (SELECT sal FROM emp WHERE deptno = 10);
-- rows: [["13"]]

-- case: a searched CASE
SELECT ename, CASE WHEN sal >= 3000 THEN 'HIGH' WHEN sal >= 2000 THEN 'MID' ELSE 'LOW' END AS band FROM emp WHERE deptno = 10 ORDER BY ename;
SELECT ename, CASE WHEN sal >= 3000 THEN 'HIGH' WHEN sal >= 2000 THEN 'MID' ELSE 'LOW' END AS band FROM emp WHERE deptno = 10 ORDER BY ename;
-- rows: [["CLARK", "MID"], ["KING", "HIGH"], ["MILLER", "LOW"]]

-- case: a simple CASE
SELECT CASE deptno WHEN 10 THEN 'A' WHEN 20 THEN 'R' END AS d, COUNT(*) FROM emp GROUP BY deptno ORDER BY deptno;
SELECT CASE deptno WHEN 10 THEN 'A' WHEN 20 THEN 'R' END AS d, COUNT(*) FROM emp GROUP BY deptno ORDER BY deptno;
-- rows: [["A", "3"], ["R", "5"], [null, "6"]]

-- case: a correlated subquery in WHERE
SELECT ename FROM emp e WHERE sal > (SELECT AVG(sal) FROM emp x WHERE x.deptno = e.deptno) ORDER BY ename;
SELECT ename FROM emp e WHERE sal > (SELECT AVG(sal) FROM emp x WHERE x.deptno = e.deptno) ORDER BY ename;
-- rows: [["ALLEN"], ["BLAKE"], ["FORD"], ["JONES"], ["KING"], ["SCOTT"]]

-- case: CROSS APPLY becomes CROSS JOIN LATERAL
SELECT d.dname, x.ename FROM dept d CROSS APPLY (SELECT ename FROM emp e WHERE e.deptno = d.deptno ORDER BY sal DESC, ename FETCH FIRST 1 ROW ONLY) x ORDER BY d.dname;
SELECT d.dname, x.ename FROM dept d CROSS JOIN LATERAL (SELECT ename FROM emp e WHERE e.deptno = d.deptno ORDER BY sal DESC, ename FETCH FIRST 1 ROWS ONLY) x ORDER BY d.dname;
-- rows: [["ACCOUNTING", "KING"], ["RESEARCH", "FORD"], ["SALES", "BLAKE"]]

-- case: OUTER APPLY becomes LEFT JOIN LATERAL ... ON TRUE
SELECT d.dname, x.n FROM dept d OUTER APPLY (SELECT COUNT(*) AS n FROM emp e WHERE e.deptno = d.deptno AND e.job = 'CLERK') x ORDER BY d.deptno;
SELECT d.dname, x.n FROM dept d LEFT JOIN LATERAL (SELECT COUNT(*) AS n FROM emp e WHERE e.deptno = d.deptno AND e.job = 'CLERK') x ON TRUE ORDER BY d.deptno;
-- rows: [["ACCOUNTING", "1"], ["RESEARCH", "2"], ["SALES", "1"], ["OPERATIONS", "0"]]

-- case: LATERAL inline view
SELECT d.dname, x.top FROM dept d, LATERAL (SELECT MAX(sal) AS top FROM emp e WHERE e.deptno = d.deptno) x WHERE d.deptno = 30;
SELECT d.dname, x.top FROM dept d, LATERAL (SELECT MAX(sal) AS top FROM emp e WHERE e.deptno = d.deptno) x WHERE d.deptno = 30;
-- rows: [["SALES", "2850.00"]]

-- case: TABLE() around a collection function
SELECT * FROM TABLE(my_pipelined_function(10));
SELECT * FROM MY_PIPELINED_FUNCTION(10);

-- case: SAMPLE becomes TABLESAMPLE BERNOULLI
SELECT COUNT(*) FROM emp SAMPLE (100);
SELECT COUNT(*) FROM emp TABLESAMPLE BERNOULLI (100);
-- rows: [["14"]]

-- case: SAMPLE BLOCK with a seed
SELECT ename FROM emp SAMPLE BLOCK (50) SEED (7);
SELECT ename FROM emp TABLESAMPLE SYSTEM (50) REPEATABLE (7);

-- case: FOR UPDATE
SELECT ename FROM emp WHERE empno = 7839 FOR UPDATE;
SELECT ename FROM emp WHERE empno = 7839 FOR UPDATE;
-- rows: [["KING"]]

-- case: FOR UPDATE OF a column locks its table, NOWAIT
SELECT e.ename FROM emp e JOIN dept d ON d.deptno = e.deptno WHERE e.empno = 7839 FOR UPDATE OF e.sal NOWAIT;
SELECT e.ename FROM emp e JOIN dept d ON d.deptno = e.deptno WHERE e.empno = 7839 FOR UPDATE OF e NOWAIT;
-- rows: [["KING"]]

-- case: FOR UPDATE SKIP LOCKED
SELECT empno FROM emp WHERE deptno = 10 ORDER BY empno FOR UPDATE SKIP LOCKED;
SELECT empno FROM emp WHERE deptno = 10 ORDER BY empno FOR UPDATE SKIP LOCKED;
-- rows: [["7782"], ["7839"], ["7934"]]

-- case: a subquery in FROM without an alias gets one
SELECT COUNT(*) FROM (SELECT DISTINCT job FROM emp);
SELECT COUNT(*) FROM (SELECT DISTINCT job FROM emp) subquery_1;
-- rows: [["5"]]

-- case: a nested unaliased subquery gets an alias
SELECT a.n + b.n FROM (SELECT COUNT(*) AS n FROM emp) a, (SELECT COUNT(*) AS n FROM (SELECT * FROM dept)) b;
SELECT a.n + b.n FROM (SELECT COUNT(*) AS n FROM emp) a, (SELECT COUNT(*) AS n FROM (SELECT * FROM dept) subquery_1) b;
-- rows: [["18"]]

-- case: DISTINCT and UNIQUE
SELECT UNIQUE deptno FROM emp ORDER BY deptno;
SELECT DISTINCT deptno FROM emp ORDER BY deptno;
-- rows: [["10"], ["20"], ["30"]]

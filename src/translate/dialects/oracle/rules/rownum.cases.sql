-- case: ROWNUM bound becomes LIMIT
SELECT * FROM emp WHERE ROWNUM <= 5;
SELECT * FROM emp LIMIT 5;

-- case: ROWNUM < n is n - 1 rows
SELECT ename FROM emp WHERE deptno = 10 AND ROWNUM < 3;
SELECT ename FROM emp WHERE deptno = 10 LIMIT 2;

-- case: the ORDER BY subquery idiom takes the first rows after sorting
SELECT * FROM (SELECT ename, sal FROM emp ORDER BY sal DESC, ename) WHERE ROWNUM <= 3;
SELECT ename, sal FROM emp ORDER BY sal DESC, ename LIMIT 3;
-- rows: [["KING", "5000.00"], ["FORD", "3000.00"], ["SCOTT", "3000.00"]]

-- case: ROWNUM bound next to ORDER BY is refused, pointing at ROWNUM
-- expect-error: TRANSLATE_UNSUPPORTED at 1:29
SELECT ename FROM emp WHERE ROWNUM <= 5 ORDER BY ename;

-- case: DELETE with a ROWNUM bound picks the rows by ctid
DELETE FROM emp WHERE ROWNUM <= 100;
DELETE FROM emp WHERE emp.ctid IN (SELECT emp.ctid FROM emp LIMIT 100);
-- check: SELECT COUNT(*) FROM emp
-- rows: [["0"]]

-- case: DELETE with a condition and ROWNUM
DELETE FROM emp e WHERE e.deptno = 30 AND ROWNUM < 3;
DELETE FROM emp e WHERE e.ctid IN (SELECT e.ctid FROM emp e WHERE e.deptno = 30 LIMIT 2);
-- check: SELECT COUNT(*) FROM emp WHERE deptno = 30
-- rows: [["4"]]

-- case: UPDATE with ROWNUM = 1
UPDATE emp SET sal = sal * 1.1 WHERE job = 'CLERK' AND ROWNUM = 1;
UPDATE emp SET sal = sal * 1.1 WHERE emp.ctid IN (SELECT emp.ctid FROM emp WHERE job = 'CLERK' LIMIT 1);
-- check: SELECT COUNT(*) FROM emp WHERE job = 'CLERK' AND sal NOT IN (800, 950, 1100, 1300)
-- rows: [["1"]]

-- case: UPDATE with a ROWNUM condition Oracle never satisfies
UPDATE emp SET sal = 0 WHERE ROWNUM > 5;
UPDATE emp SET sal = 0 WHERE emp.ctid IN (SELECT emp.ctid FROM emp LIMIT 0);
-- check: SELECT COUNT(*) FROM emp WHERE sal = 0
-- rows: [["0"]]

-- case: DELETE with a ROWNUM use that is not a bound is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:23
DELETE FROM emp WHERE MOD(ROWNUM, 2) = 0;

-- case: ROWNUM beside an aggregate without GROUP BY is refused (LIMIT would limit the count's one row)
-- expect-error: TRANSLATE_UNSUPPORTED at 1:32
SELECT COUNT(*) FROM emp WHERE ROWNUM <= 3;

-- case: ROWNUM beside an aggregate of a subquery's own rows is still a LIMIT
SELECT ename, (SELECT COUNT(*) FROM dept) AS n FROM emp WHERE ROWNUM <= 1 AND empno = 7369;
SELECT ename, (SELECT COUNT(*) FROM dept) AS n FROM emp WHERE empno = 7369 LIMIT 1;
-- rows: [["SMITH", "4"]]

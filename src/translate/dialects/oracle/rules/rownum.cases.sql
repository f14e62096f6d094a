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

-- case: MINUS becomes EXCEPT
SELECT deptno FROM dept MINUS SELECT deptno FROM emp;
SELECT deptno FROM dept EXCEPT SELECT deptno FROM emp;
-- rows: [["40"]]

-- case: UNION removes duplicates
SELECT job FROM emp WHERE deptno = 10 UNION SELECT job FROM emp WHERE deptno = 20 ORDER BY 1;
SELECT job FROM emp WHERE deptno = 10 UNION SELECT job FROM emp WHERE deptno = 20 ORDER BY 1;
-- rows: [["ANALYST"], ["CLERK"], ["MANAGER"], ["PRESIDENT"]]

-- case: UNION ALL keeps them
SELECT job FROM emp WHERE deptno = 10 UNION ALL SELECT job FROM emp WHERE deptno = 10 AND job = 'CLERK' ORDER BY 1;
SELECT job FROM emp WHERE deptno = 10 UNION ALL SELECT job FROM emp WHERE deptno = 10 AND job = 'CLERK' ORDER BY 1;
-- rows: [["CLERK"], ["CLERK"], ["MANAGER"], ["PRESIDENT"]]

-- case: INTERSECT
SELECT job FROM emp WHERE deptno = 10 INTERSECT SELECT job FROM emp WHERE deptno = 30 ORDER BY 1;
SELECT job FROM emp WHERE deptno = 10 INTERSECT SELECT job FROM emp WHERE deptno = 30 ORDER BY 1;
-- rows: [["CLERK"], ["MANAGER"]]

-- case: Oracle's set operators have equal precedence: UNION then INTERSECT reads left to right
SELECT job FROM emp WHERE deptno = 10 UNION SELECT job FROM emp WHERE deptno = 20 INTERSECT SELECT job FROM emp WHERE deptno = 30 ORDER BY 1;
(SELECT job FROM emp WHERE deptno = 10 UNION SELECT job FROM emp WHERE deptno = 20) INTERSECT SELECT job FROM emp WHERE deptno = 30 ORDER BY 1;
-- rows: [["CLERK"], ["MANAGER"]]

-- case: MINUS then UNION reads left to right
SELECT job FROM emp WHERE deptno = 20 MINUS SELECT job FROM emp WHERE deptno = 10 UNION SELECT 'PRESIDENT' FROM dual ORDER BY 1;
SELECT job FROM emp WHERE deptno = 20 EXCEPT SELECT job FROM emp WHERE deptno = 10 UNION SELECT 'PRESIDENT' ORDER BY 1;
-- rows: [["ANALYST"], ["PRESIDENT"]]

-- case: INTERSECT then UNION needs no parentheses
SELECT job FROM emp WHERE deptno = 10 INTERSECT SELECT job FROM emp WHERE deptno = 30 UNION SELECT 'ANALYST' FROM dual ORDER BY 1;
SELECT job FROM emp WHERE deptno = 10 INTERSECT SELECT job FROM emp WHERE deptno = 30 UNION SELECT 'ANALYST' ORDER BY 1;
-- rows: [["ANALYST"], ["CLERK"], ["MANAGER"]]

-- case: parentheses written in Oracle are kept
SELECT job FROM emp WHERE deptno = 10 UNION (SELECT job FROM emp WHERE deptno = 20 INTERSECT SELECT job FROM emp WHERE deptno = 30) ORDER BY 1;
SELECT job FROM emp WHERE deptno = 10 UNION (SELECT job FROM emp WHERE deptno = 20 INTERSECT SELECT job FROM emp WHERE deptno = 30) ORDER BY 1;
-- rows: [["CLERK"], ["MANAGER"], ["PRESIDENT"]]

-- case: a set operation with ORDER BY a column name
SELECT ename, sal FROM emp WHERE deptno = 10 UNION ALL SELECT dname, NULL FROM dept WHERE deptno = 40 ORDER BY ename;
SELECT ename, sal FROM emp WHERE deptno = 10 UNION ALL SELECT dname, NULL FROM dept WHERE deptno = 40 ORDER BY ename;
-- rows: [["CLARK", "2450.00"], ["KING", "5000.00"], ["MILLER", "1300.00"], ["OPERATIONS", null]]

-- case: a set operation with FETCH FIRST
SELECT deptno FROM dept UNION SELECT deptno FROM emp ORDER BY 1 DESC FETCH FIRST 2 ROWS ONLY;
SELECT deptno FROM dept UNION SELECT deptno FROM emp ORDER BY 1 DESC FETCH FIRST 2 ROWS ONLY;
-- rows: [["40"], ["30"]]

-- case: a set operation inside WITH
WITH jobs AS (SELECT job FROM emp WHERE deptno = 10 MINUS SELECT job FROM emp WHERE deptno = 20) SELECT COUNT(*) FROM jobs;
WITH jobs AS (SELECT job FROM emp WHERE deptno = 10 EXCEPT SELECT job FROM emp WHERE deptno = 20) SELECT COUNT(*) FROM jobs;
-- rows: [["1"]]

-- case: a set operation in a subquery
SELECT COUNT(*) FROM (SELECT empno FROM emp WHERE deptno = 10 UNION SELECT empno FROM emp WHERE job = 'CLERK');
SELECT COUNT(*) FROM (SELECT empno FROM emp WHERE deptno = 10 UNION SELECT empno FROM emp WHERE job = 'CLERK') subquery_1;
-- rows: [["6"]]

-- case: a branch with its own ORDER BY and FETCH is wrapped
SELECT * FROM (SELECT ename FROM emp WHERE deptno = 10 UNION ALL (SELECT ename FROM emp WHERE deptno = 20 ORDER BY sal DESC, ename FETCH FIRST 1 ROW ONLY)) ORDER BY 1;
SELECT * FROM (SELECT ename FROM emp WHERE deptno = 10 UNION ALL (SELECT ename FROM emp WHERE deptno = 20 ORDER BY sal DESC, ename FETCH FIRST 1 ROWS ONLY)) subquery_1 ORDER BY 1;
-- rows: [["CLARK"], ["FORD"], ["KING"], ["MILLER"]]

-- case: MINUS of a row generator
SELECT LEVEL FROM dual CONNECT BY LEVEL <= 4 MINUS SELECT 2 FROM dual ORDER BY 1;
SELECT generator_1.level FROM GENERATE_SERIES(1, 4) generator_1 (level) EXCEPT SELECT 2 ORDER BY 1;
-- rows: [["1"], ["3"], ["4"]]

-- case: comma joins stay
SELECT e.ename, d.dname FROM emp e, dept d WHERE e.deptno = d.deptno AND e.ename = 'KING';
SELECT e.ename, d.dname FROM emp e, dept d WHERE e.deptno = d.deptno AND e.ename = 'KING';
-- rows: [["KING", "ACCOUNTING"]]

-- case: INNER JOIN ... USING
SELECT ename, dname FROM emp JOIN dept USING (deptno) WHERE ename = 'FORD';
SELECT ename, dname FROM emp JOIN dept USING (deptno) WHERE ename = 'FORD';
-- rows: [["FORD", "RESEARCH"]]

-- case: NATURAL JOIN
SELECT COUNT(*) FROM emp NATURAL JOIN dept;
SELECT COUNT(*) FROM emp NATURAL JOIN dept;
-- rows: [["14"]]

-- case: LEFT OUTER JOIN
SELECT d.dname, COUNT(e.empno) FROM dept d LEFT OUTER JOIN emp e ON e.deptno = d.deptno GROUP BY d.dname ORDER BY d.dname;
SELECT d.dname, COUNT(e.empno) FROM dept d LEFT JOIN emp e ON e.deptno = d.deptno GROUP BY d.dname ORDER BY d.dname;
-- rows: [["ACCOUNTING", "3"], ["OPERATIONS", "0"], ["RESEARCH", "5"], ["SALES", "6"]]

-- case: RIGHT JOIN
SELECT d.dname FROM emp e RIGHT JOIN dept d ON e.deptno = d.deptno WHERE e.empno IS NULL;
SELECT d.dname FROM emp e RIGHT JOIN dept d ON e.deptno = d.deptno WHERE e.empno IS NULL;
-- rows: [["OPERATIONS"]]

-- case: FULL OUTER JOIN
SELECT COUNT(*) FROM emp e FULL OUTER JOIN dept d ON e.deptno = d.deptno;
SELECT COUNT(*) FROM emp e FULL JOIN dept d ON e.deptno = d.deptno;
-- rows: [["15"]]

-- case: CROSS JOIN
SELECT COUNT(*) FROM emp CROSS JOIN dept;
SELECT COUNT(*) FROM emp CROSS JOIN dept;
-- rows: [["56"]]

-- case: a self join
SELECT e.ename, m.ename FROM emp e JOIN emp m ON m.empno = e.mgr WHERE e.ename = 'ADAMS';
SELECT e.ename, m.ename FROM emp e JOIN emp m ON m.empno = e.mgr WHERE e.ename = 'ADAMS';
-- rows: [["ADAMS", "SCOTT"]]

-- case: a join in parentheses
SELECT COUNT(*) FROM (emp e JOIN dept d ON d.deptno = e.deptno) WHERE d.loc = 'DALLAS';
SELECT COUNT(*) FROM emp e JOIN dept d ON d.deptno = e.deptno WHERE d.loc = 'DALLAS';
-- rows: [["5"]]

-- case: three tables joined
SELECT e.ename, m.ename, d.dname FROM emp e JOIN emp m ON m.empno = e.mgr JOIN dept d ON d.deptno = m.deptno WHERE e.ename = 'MILLER';
SELECT e.ename, m.ename, d.dname FROM emp e JOIN emp m ON m.empno = e.mgr JOIN dept d ON d.deptno = m.deptno WHERE e.ename = 'MILLER';
-- rows: [["MILLER", "CLARK", "ACCOUNTING"]]

-- case: a non-equi join
SELECT COUNT(*) FROM emp e JOIN emp h ON h.sal > e.sal WHERE e.ename = 'JONES';
SELECT COUNT(*) FROM emp e JOIN emp h ON h.sal > e.sal WHERE e.ename = 'JONES';
-- rows: [["3"]]

-- case: a partitioned outer join is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:21
SELECT * FROM emp e PARTITION BY (e.job) RIGHT JOIN dept d ON d.deptno = e.deptno;

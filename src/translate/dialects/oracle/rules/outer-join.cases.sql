-- case: (+) on the optional side becomes LEFT JOIN
SELECT d.dname, e.ename FROM dept d, emp e WHERE e.deptno (+) = d.deptno AND d.deptno IN (10, 40) ORDER BY d.dname, e.ename;
SELECT d.dname, e.ename FROM dept d LEFT JOIN emp e ON e.deptno = d.deptno WHERE d.deptno IN (10, 40) ORDER BY d.dname, e.ename;
-- rows: [["ACCOUNTING", "CLARK"], ["ACCOUNTING", "KING"], ["ACCOUNTING", "MILLER"], ["OPERATIONS", null]]

-- case: (+) written on the left-hand table
SELECT d.dname, e.ename FROM emp e, dept d WHERE d.deptno = e.deptno (+) AND d.deptno = 40;
SELECT d.dname, e.ename FROM dept d LEFT JOIN emp e ON d.deptno = e.deptno WHERE d.deptno = 40;
-- rows: [["OPERATIONS", null]]

-- case: a multi-column outer join
SELECT e.ename, m.ename AS boss FROM emp e, emp m WHERE m.empno (+) = e.mgr AND m.deptno (+) = e.deptno AND e.deptno = 10 ORDER BY e.ename;
SELECT e.ename, m.ename AS boss FROM emp e LEFT JOIN emp m ON m.empno = e.mgr AND m.deptno = e.deptno WHERE e.deptno = 10 ORDER BY e.ename;
-- rows: [["CLARK", "KING"], ["KING", null], ["MILLER", "CLARK"]]

-- case: a constant condition on the optional side stays in the ON clause
SELECT d.dname, e.ename FROM dept d, emp e WHERE e.deptno (+) = d.deptno AND e.job (+) = 'PRESIDENT' ORDER BY d.deptno;
SELECT d.dname, e.ename FROM dept d LEFT JOIN emp e ON e.deptno = d.deptno AND e.job = 'PRESIDENT' ORDER BY d.deptno;
-- rows: [["ACCOUNTING", "KING"], ["RESEARCH", null], ["SALES", null], ["OPERATIONS", null]]

-- case: a condition without (+) on the optional side filters after the join
SELECT d.dname FROM dept d, emp e WHERE e.deptno (+) = d.deptno AND e.empno IS NULL;
SELECT d.dname FROM dept d LEFT JOIN emp e ON e.deptno = d.deptno WHERE e.empno IS NULL;
-- rows: [["OPERATIONS"]]

-- case: chained outer joins
SELECT e.ename, m.ename AS boss, b.ename AS boss2 FROM emp e, emp m, emp b WHERE m.empno (+) = e.mgr AND b.empno (+) = m.mgr AND e.ename IN ('KING', 'JONES', 'SMITH') ORDER BY e.ename;
SELECT e.ename, m.ename AS boss, b.ename AS boss2 FROM emp e LEFT JOIN emp m ON m.empno = e.mgr LEFT JOIN emp b ON b.empno = m.mgr WHERE e.ename IN ('KING', 'JONES', 'SMITH') ORDER BY e.ename;
-- rows: [["JONES", "KING", null], ["KING", null, null], ["SMITH", "FORD", "JONES"]]

-- case: an outer join mixed with an ANSI join
SELECT e.ename, d.dname, m.ename AS boss FROM emp e JOIN dept d ON d.deptno = e.deptno, emp m WHERE m.empno (+) = e.mgr AND d.deptno = 10 ORDER BY e.ename;
SELECT e.ename, d.dname, m.ename AS boss FROM emp e JOIN dept d ON d.deptno = e.deptno LEFT JOIN emp m ON m.empno = e.mgr WHERE d.deptno = 10 ORDER BY e.ename;
-- rows: [["CLARK", "ACCOUNTING", "KING"], ["KING", "ACCOUNTING", null], ["MILLER", "ACCOUNTING", "CLARK"]]

-- case: an outer join and an inner join condition in WHERE
SELECT e.ename, d.dname FROM emp e, dept d, emp m WHERE d.deptno = e.deptno AND m.empno (+) = e.mgr AND m.empno IS NULL;
SELECT e.ename, d.dname FROM emp e LEFT JOIN emp m ON m.empno = e.mgr, dept d WHERE d.deptno = e.deptno AND m.empno IS NULL;
-- rows: [["KING", "ACCOUNTING"]]

-- case: (+) inside OR is refused as Oracle does
-- expect-error: TRANSLATE_UNSUPPORTED at 1:41
SELECT d.dname FROM dept d, emp e WHERE (e.deptno (+) = d.deptno OR d.deptno = 40);

-- case: (+) on an unqualified column is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:39
SELECT dname FROM dept d, emp e WHERE e.deptno = deptno (+);

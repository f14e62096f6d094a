-- case: LISTAGG becomes STRING_AGG with its order
SELECT deptno, LISTAGG(ename, ',') WITHIN GROUP (ORDER BY ename) AS names FROM emp GROUP BY deptno ORDER BY deptno;
SELECT deptno, STRING_AGG(ename::text, ',' ORDER BY ename) AS names FROM emp GROUP BY deptno ORDER BY deptno;
-- rows: [["10", "CLARK,KING,MILLER"], ["20", "ADAMS,FORD,JONES,SCOTT,SMITH"], ["30", "ALLEN,BLAKE,JAMES,MARTIN,TURNER,WARD"]]

-- case: LISTAGG without a separator joins with nothing
SELECT LISTAGG(ename) WITHIN GROUP (ORDER BY ename) FROM emp WHERE deptno = 10;
SELECT STRING_AGG(ename::text, '' ORDER BY ename) FROM emp WHERE deptno = 10;
-- rows: [["CLARKKINGMILLER"]]

-- case: LISTAGG of numbers ordered by another column, descending
SELECT LISTAGG(empno, '-') WITHIN GROUP (ORDER BY sal DESC, empno) FROM emp WHERE deptno = 20;
SELECT STRING_AGG(empno::text, '-' ORDER BY sal DESC, empno) FROM emp WHERE deptno = 20;
-- rows: [["7788-7902-7566-7876-7369"]]

-- case: LISTAGG DISTINCT removes duplicates before joining
SELECT LISTAGG(DISTINCT job, ', ') WITHIN GROUP (ORDER BY job) FROM emp;
SELECT NULLIF(ARRAY_TO_STRING(ARRAY_AGG(DISTINCT job ORDER BY job), ', '), '') FROM emp;
-- rows: [["ANALYST, CLERK, MANAGER, PRESIDENT, SALESMAN"]]

-- case: LISTAGG DISTINCT per group
SELECT deptno, LISTAGG(DISTINCT job, '/') WITHIN GROUP (ORDER BY job DESC) FROM emp GROUP BY deptno ORDER BY deptno;
SELECT deptno, NULLIF(ARRAY_TO_STRING(ARRAY_AGG(DISTINCT job ORDER BY job DESC), '/'), '') FROM emp GROUP BY deptno ORDER BY deptno;
-- rows: [["10", "PRESIDENT/MANAGER/CLERK"], ["20", "MANAGER/CLERK/ANALYST"], ["30", "SALESMAN/MANAGER/CLERK"]]

-- case: LISTAGG skips NULLs, and gives NULL when all are NULL
SELECT LISTAGG(comm, ',') WITHIN GROUP (ORDER BY comm) AS c, LISTAGG(mgr, ',') WITHIN GROUP (ORDER BY mgr) AS m FROM emp WHERE deptno = 10 AND comm IS NULL AND mgr IS NULL;
SELECT STRING_AGG(comm::text, ',' ORDER BY comm) AS c, STRING_AGG(mgr::text, ',' ORDER BY mgr) AS m FROM emp WHERE deptno = 10 AND comm IS NULL AND mgr IS NULL;
-- rows: [[null, null]]

-- case: LISTAGG as an analytic function
SELECT ename, LISTAGG(ename, ',') WITHIN GROUP (ORDER BY ename) OVER (PARTITION BY deptno) AS team FROM emp WHERE deptno = 10 ORDER BY ename;
SELECT ename, STRING_AGG(ename::text, ',') OVER (PARTITION BY deptno ORDER BY ename ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS team FROM emp WHERE deptno = 10 ORDER BY ename;
-- rows: [["CLARK", "CLARK,KING,MILLER"], ["KING", "CLARK,KING,MILLER"], ["MILLER", "CLARK,KING,MILLER"]]

-- case: LISTAGG ON OVERFLOW ERROR is the default behaviour
SELECT LISTAGG(ename, ',' ON OVERFLOW ERROR) WITHIN GROUP (ORDER BY ename) FROM emp WHERE deptno = 10;
SELECT STRING_AGG(ename::text, ',' ORDER BY ename) FROM emp WHERE deptno = 10;
-- rows: [["CLARK,KING,MILLER"]]

-- case: LISTAGG ON OVERFLOW TRUNCATE is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
SELECT LISTAGG(ename, ',' ON OVERFLOW TRUNCATE '...' WITH COUNT) WITHIN GROUP (ORDER BY ename) FROM emp;

-- case: LISTAGG DISTINCT ordered by another column is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
SELECT LISTAGG(DISTINCT job, ',') WITHIN GROUP (ORDER BY sal) FROM emp;

-- case: ROW_NUMBER, RANK and DENSE_RANK over a partition
SELECT ename, ROW_NUMBER() OVER (PARTITION BY deptno ORDER BY sal DESC, ename) AS rn, RANK() OVER (PARTITION BY deptno ORDER BY sal DESC) AS rk, DENSE_RANK() OVER (PARTITION BY deptno ORDER BY sal DESC) AS dr FROM emp WHERE deptno = 20 ORDER BY rn;
SELECT ename, ROW_NUMBER() OVER (PARTITION BY deptno ORDER BY sal DESC, ename) AS rn, RANK() OVER (PARTITION BY deptno ORDER BY sal DESC) AS rk, DENSE_RANK() OVER (PARTITION BY deptno ORDER BY sal DESC) AS dr FROM emp WHERE deptno = 20 ORDER BY rn;
-- rows: [["FORD", "1", "1", "1"], ["SCOTT", "2", "1", "1"], ["JONES", "3", "3", "2"], ["ADAMS", "4", "4", "3"], ["SMITH", "5", "5", "4"]]

-- case: a running total with a ROWS frame
SELECT ename, SUM(sal) OVER (ORDER BY empno ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM emp WHERE deptno = 10 ORDER BY empno;
SELECT ename, SUM(sal) OVER (ORDER BY empno ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM emp WHERE deptno = 10 ORDER BY empno;
-- rows: [["CLARK", "2450.00"], ["KING", "7450.00"], ["MILLER", "8750.00"]]

-- case: a moving average with a bounded frame
SELECT empno, AVG(sal) OVER (ORDER BY empno ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS avg3 FROM emp WHERE deptno = 10 ORDER BY empno;
SELECT empno, AVG(sal) OVER (ORDER BY empno ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS avg3 FROM emp WHERE deptno = 10 ORDER BY empno;
-- rows: [["7782", "3725.0000000000000000"], ["7839", "2916.6666666666666667"], ["7934", "3150.0000000000000000"]]

-- case: a RANGE frame with a start only
SELECT empno, COUNT(*) OVER (ORDER BY sal RANGE UNBOUNDED PRECEDING) AS n FROM emp WHERE deptno = 20 ORDER BY empno;
SELECT empno, COUNT(*) OVER (ORDER BY sal RANGE UNBOUNDED PRECEDING) AS n FROM emp WHERE deptno = 20 ORDER BY empno;
-- rows: [["7369", "1"], ["7566", "3"], ["7788", "5"], ["7876", "2"], ["7902", "5"]]

-- case: LAG and LEAD with defaults
SELECT ename, LAG(sal, 1, 0) OVER (ORDER BY sal) AS prev, LEAD(ename) OVER (ORDER BY sal) AS next FROM emp WHERE deptno = 10 ORDER BY sal;
SELECT ename, LAG(sal, 1, 0) OVER (ORDER BY sal) AS prev, LEAD(ename) OVER (ORDER BY sal) AS next FROM emp WHERE deptno = 10 ORDER BY sal;
-- rows: [["MILLER", "0", "CLARK"], ["CLARK", "1300.00", "KING"], ["KING", "2450.00", null]]

-- case: FIRST_VALUE and LAST_VALUE with a full frame
SELECT DISTINCT deptno, FIRST_VALUE(ename) OVER (PARTITION BY deptno ORDER BY sal ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS low, LAST_VALUE(ename) OVER (PARTITION BY deptno ORDER BY sal, ename ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS high FROM emp ORDER BY deptno;
SELECT DISTINCT deptno, FIRST_VALUE(ename) OVER (PARTITION BY deptno ORDER BY sal ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS low, LAST_VALUE(ename) OVER (PARTITION BY deptno ORDER BY sal, ename ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS high FROM emp ORDER BY deptno;
-- rows: [["10", "MILLER", "KING"], ["20", "SMITH", "SCOTT"], ["30", "JAMES", "BLAKE"]]

-- case: an aggregate over the whole result
SELECT ename, sal, SUM(sal) OVER () AS total FROM emp WHERE deptno = 10 ORDER BY ename;
SELECT ename, sal, SUM(sal) OVER () AS total FROM emp WHERE deptno = 10 ORDER BY ename;
-- rows: [["CLARK", "2450.00", "8750.00"], ["KING", "5000.00", "8750.00"], ["MILLER", "1300.00", "8750.00"]]

-- case: NTILE
SELECT ename, NTILE(2) OVER (ORDER BY sal) AS half FROM emp WHERE deptno = 10 ORDER BY sal;
SELECT ename, NTILE(2) OVER (ORDER BY sal) AS half FROM emp WHERE deptno = 10 ORDER BY sal;
-- rows: [["MILLER", "1"], ["CLARK", "1"], ["KING", "2"]]

-- case: ROLLUP adds subtotals and a grand total
SELECT deptno, job, SUM(sal) FROM emp WHERE deptno = 10 GROUP BY ROLLUP (deptno, job) ORDER BY deptno, job;
SELECT deptno, job, SUM(sal) FROM emp WHERE deptno = 10 GROUP BY ROLLUP (deptno, job) ORDER BY deptno, job;
-- rows: [["10", "CLERK", "1300.00"], ["10", "MANAGER", "2450.00"], ["10", "PRESIDENT", "5000.00"], ["10", null, "8750.00"], [null, null, "8750.00"]]

-- case: CUBE with GROUPING()
SELECT deptno, GROUPING(deptno) AS gd, COUNT(*) FROM emp GROUP BY CUBE (deptno) ORDER BY deptno;
SELECT deptno, GROUPING(deptno) AS gd, COUNT(*) FROM emp GROUP BY CUBE (deptno) ORDER BY deptno;
-- rows: [["10", "0", "3"], ["20", "0", "5"], ["30", "0", "6"], [null, "1", "14"]]

-- case: GROUPING SETS with the empty set
SELECT deptno, job, COUNT(*) FROM emp GROUP BY GROUPING SETS ((deptno), (job), ()) ORDER BY deptno, job;
SELECT deptno, job, COUNT(*) FROM emp GROUP BY GROUPING SETS ((deptno), (job), ()) ORDER BY deptno, job;
-- rows: [["10", null, "3"], ["20", null, "5"], ["30", null, "6"], [null, "ANALYST", "2"], [null, "CLERK", "4"], [null, "MANAGER", "3"], [null, "PRESIDENT", "1"], [null, "SALESMAN", "4"], [null, null, "14"]]

-- case: ROLLUP with HAVING on GROUPING
SELECT job, SUM(sal) FROM emp GROUP BY ROLLUP (job) HAVING GROUPING(job) = 1;
SELECT job, SUM(sal) FROM emp GROUP BY ROLLUP (job) HAVING GROUPING(job) = 1;
-- rows: [[null, "29025.00"]]

-- case: ROLLUP inside GROUPING SETS is refused by the parser
-- expect-error: TRANSLATE_UNSUPPORTED at 1:58
SELECT deptno, COUNT(*) FROM emp GROUP BY GROUPING SETS (ROLLUP (deptno), ());

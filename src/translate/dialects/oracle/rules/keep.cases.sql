-- case: MIN KEEP DENSE_RANK FIRST: the lowest salary among the earliest hired
SELECT deptno, MIN(sal) KEEP (DENSE_RANK FIRST ORDER BY hiredate) AS first_sal FROM emp GROUP BY deptno ORDER BY deptno;
SELECT deptno, (ARRAY_AGG(sal ORDER BY hiredate, sal))[1] AS first_sal FROM emp GROUP BY deptno ORDER BY deptno;
-- rows: [["10","2450.00"],["20","800.00"],["30","1600.00"]]

-- case: MAX KEEP DENSE_RANK LAST: ties in the last rank
SELECT deptno, MAX(ename) KEEP (DENSE_RANK LAST ORDER BY sal) AS top FROM emp GROUP BY deptno ORDER BY deptno;
SELECT deptno, (ARRAY_AGG(ename ORDER BY sal DESC, ename DESC NULLS LAST))[1] AS top FROM emp GROUP BY deptno ORDER BY deptno;
-- rows: [["10","KING"],["20","SCOTT"],["30","BLAKE"]]

-- case: MIN KEEP FIRST among ties picks the smallest of the tied rows
SELECT MIN(ename) KEEP (DENSE_RANK FIRST ORDER BY sal DESC) FROM emp WHERE deptno = 20;
SELECT (ARRAY_AGG(ename ORDER BY sal DESC, ename))[1] FROM emp WHERE deptno = 20;
-- rows: [["FORD"]]

-- case: KEEP LAST with the same hire date for two rows
SELECT MIN(ename) KEEP (DENSE_RANK LAST ORDER BY hiredate) AS a, MAX(ename) KEEP (DENSE_RANK LAST ORDER BY hiredate) AS b FROM emp WHERE deptno IN (20, 30) AND hiredate < DATE '1982-01-01';
SELECT (ARRAY_AGG(ename ORDER BY hiredate DESC, ename))[1] AS a, (ARRAY_AGG(ename ORDER BY hiredate DESC, ename DESC NULLS LAST))[1] AS b FROM emp WHERE deptno IN (20, 30) AND hiredate < DATE '1982-01-01';
-- rows: [["FORD","JAMES"]]

-- case: KEEP LAST with NULL keys: NULLs sort last, so they are the last rank
SELECT MAX(ename) KEEP (DENSE_RANK LAST ORDER BY comm) FROM emp WHERE deptno = 30;
SELECT (ARRAY_AGG(ename ORDER BY comm DESC, ename DESC NULLS LAST))[1] FROM emp WHERE deptno = 30;
-- rows: [["JAMES"]]

-- case: KEEP FIRST with NULLS FIRST
SELECT MIN(ename) KEEP (DENSE_RANK FIRST ORDER BY comm NULLS FIRST) FROM emp WHERE deptno = 30;
SELECT (ARRAY_AGG(ename ORDER BY comm NULLS FIRST, ename))[1] FROM emp WHERE deptno = 30;
-- rows: [["BLAKE"]]

-- case: MAX KEEP with two keys
SELECT MAX(sal) KEEP (DENSE_RANK FIRST ORDER BY job, hiredate DESC) FROM emp;
SELECT (ARRAY_AGG(sal ORDER BY job, hiredate DESC, sal DESC NULLS LAST))[1] FROM emp;
-- rows: [["3000.00"]]

-- case: MAX KEEP as an analytic function
SELECT ename, MAX(ename) KEEP (DENSE_RANK LAST ORDER BY sal) OVER (PARTITION BY deptno) AS top FROM emp WHERE deptno = 10 ORDER BY ename;
SELECT ename, FIRST_VALUE(ename) OVER (PARTITION BY deptno ORDER BY sal DESC, ename DESC NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS top FROM emp WHERE deptno = 10 ORDER BY ename;
-- rows: [["CLARK","KING"],["KING","KING"],["MILLER","KING"]]

-- case: MIN and MAX KEEP with DISTINCT: it changes neither
SELECT MAX(DISTINCT sal) KEEP (DENSE_RANK FIRST ORDER BY deptno) AS hi, MIN(DISTINCT sal) KEEP (DENSE_RANK LAST ORDER BY deptno) AS lo FROM emp;
SELECT (ARRAY_AGG(sal ORDER BY deptno, sal DESC NULLS LAST))[1] AS hi, (ARRAY_AGG(sal ORDER BY deptno DESC, sal))[1] AS lo FROM emp;
-- rows: [["5000.00","950.00"]]

-- case: SUM KEEP sums every row of the first rank
SELECT deptno, SUM(sal) KEEP (DENSE_RANK FIRST ORDER BY job) AS s FROM emp GROUP BY deptno ORDER BY deptno;
SELECT deptno, decant_oracle.array_sum(decant_oracle.array_head(ARRAY_AGG(sal ORDER BY job), decant_oracle.leading_ties(job ORDER BY job))) AS s FROM emp GROUP BY deptno ORDER BY deptno;
-- rows: [["10","1300.00"],["20","6000.00"],["30","950.00"]]

-- case: SUM KEEP LAST over two rows tied on the hire date
SELECT SUM(sal) KEEP (DENSE_RANK LAST ORDER BY hiredate) FROM emp WHERE hiredate < DATE '1982-01-01';
SELECT decant_oracle.array_sum(decant_oracle.array_head(ARRAY_AGG(sal ORDER BY hiredate DESC), decant_oracle.leading_ties(hiredate ORDER BY hiredate DESC))) FROM emp WHERE hiredate < DATE '1982-01-01';
-- rows: [["3950.00"]]

-- case: COUNT(*) KEEP counts the rows of the rank, NULL keys included
SELECT deptno, COUNT(*) KEEP (DENSE_RANK LAST ORDER BY comm) AS n FROM emp GROUP BY deptno ORDER BY deptno;
SELECT deptno, decant_oracle.leading_ties(comm ORDER BY comm DESC) AS n FROM emp GROUP BY deptno ORDER BY deptno;
-- rows: [["10","3"],["20","5"],["30","2"]]

-- case: COUNT(x) KEEP counts the values of the rank that are not NULL
SELECT COUNT(comm) KEEP (DENSE_RANK FIRST ORDER BY deptno DESC) AS c, COUNT(*) KEEP (DENSE_RANK FIRST ORDER BY deptno DESC) AS n FROM emp;
SELECT decant_oracle.array_count(decant_oracle.array_head(ARRAY_AGG(comm ORDER BY deptno DESC), decant_oracle.leading_ties(deptno ORDER BY deptno DESC))) AS c, decant_oracle.leading_ties(deptno ORDER BY deptno DESC) AS n FROM emp;
-- rows: [["4","6"]]

-- case: KEEP over no rows: SUM and MIN are NULL, COUNT is 0
SELECT SUM(sal) KEEP (DENSE_RANK FIRST ORDER BY hiredate) AS s, COUNT(*) KEEP (DENSE_RANK FIRST ORDER BY hiredate) AS n, COUNT(sal) KEEP (DENSE_RANK LAST ORDER BY hiredate) AS c, MIN(sal) KEEP (DENSE_RANK FIRST ORDER BY hiredate) AS m FROM emp WHERE deptno = 40;
SELECT decant_oracle.array_sum(decant_oracle.array_head(ARRAY_AGG(sal ORDER BY hiredate), decant_oracle.leading_ties(hiredate ORDER BY hiredate))) AS s, decant_oracle.leading_ties(hiredate ORDER BY hiredate) AS n, decant_oracle.array_count(decant_oracle.array_head(ARRAY_AGG(sal ORDER BY hiredate DESC), decant_oracle.leading_ties(hiredate ORDER BY hiredate DESC))) AS c, (ARRAY_AGG(sal ORDER BY hiredate, sal))[1] AS m FROM emp WHERE deptno = 40;
-- rows: [[null,"0","0",null]]

-- case: AVG KEEP ordered DESC: NULL keys rank first unless NULLS LAST says otherwise
SELECT AVG(sal) KEEP (DENSE_RANK FIRST ORDER BY comm DESC) AS a, AVG(sal) KEEP (DENSE_RANK FIRST ORDER BY comm DESC NULLS LAST) AS b FROM emp;
SELECT decant_oracle.array_avg(decant_oracle.array_head(ARRAY_AGG(sal ORDER BY comm DESC), decant_oracle.leading_ties(comm ORDER BY comm DESC))) AS a, decant_oracle.array_avg(decant_oracle.array_head(ARRAY_AGG(sal ORDER BY comm DESC NULLS LAST), decant_oracle.leading_ties(comm ORDER BY comm DESC NULLS LAST))) AS b FROM emp;
-- rows: [["2342.5000000000000000","1250.0000000000000000"]]

-- case: VARIANCE and STDDEV KEEP: 0 for a single row, as in Oracle
SELECT ROUND(VARIANCE(sal) KEEP (DENSE_RANK LAST ORDER BY hiredate), 2) AS v, ROUND(STDDEV(sal) KEEP (DENSE_RANK LAST ORDER BY hiredate), 2) AS s, VARIANCE(sal) KEEP (DENSE_RANK FIRST ORDER BY hiredate) AS one FROM emp WHERE hiredate < DATE '1982-01-01';
SELECT ROUND(decant_oracle.array_variance(decant_oracle.array_head(ARRAY_AGG(sal ORDER BY hiredate DESC), decant_oracle.leading_ties(hiredate ORDER BY hiredate DESC))), 2) AS v, ROUND(decant_oracle.array_stddev(decant_oracle.array_head(ARRAY_AGG(sal ORDER BY hiredate DESC), decant_oracle.leading_ties(hiredate ORDER BY hiredate DESC))), 2) AS s, decant_oracle.array_variance(decant_oracle.array_head(ARRAY_AGG(sal ORDER BY hiredate), decant_oracle.leading_ties(hiredate ORDER BY hiredate))) AS one FROM emp WHERE hiredate < DATE '1982-01-01';
-- rows: [["2101250.00","1449.57","0"]]

-- case: COUNT and SUM DISTINCT KEEP count each value of the rank once
SELECT COUNT(DISTINCT sal) KEEP (DENSE_RANK FIRST ORDER BY job DESC) AS c, SUM(DISTINCT sal) KEEP (DENSE_RANK FIRST ORDER BY job DESC) AS s FROM emp;
SELECT decant_oracle.array_count(decant_oracle.array_distinct(decant_oracle.array_head(ARRAY_AGG(sal ORDER BY job DESC), decant_oracle.leading_ties(job ORDER BY job DESC)))) AS c, decant_oracle.array_sum(decant_oracle.array_distinct(decant_oracle.array_head(ARRAY_AGG(sal ORDER BY job DESC), decant_oracle.leading_ties(job ORDER BY job DESC)))) AS s FROM emp;
-- rows: [["3","4350.00"]]

-- case: KEEP with two keys: the rank ends at the first row that differs on either key
SELECT SUM(sal) KEEP (DENSE_RANK FIRST ORDER BY deptno, job) AS s, COUNT(*) KEEP (DENSE_RANK FIRST ORDER BY deptno, job) AS n, SUM(sal) KEEP (DENSE_RANK LAST ORDER BY deptno, job) AS l FROM emp;
SELECT decant_oracle.array_sum(decant_oracle.array_head(ARRAY_AGG(sal ORDER BY deptno, job), LEAST(decant_oracle.leading_ties(deptno ORDER BY deptno, job), decant_oracle.leading_ties(job ORDER BY deptno, job)))) AS s, LEAST(decant_oracle.leading_ties(deptno ORDER BY deptno, job), decant_oracle.leading_ties(job ORDER BY deptno, job)) AS n, decant_oracle.array_sum(decant_oracle.array_head(ARRAY_AGG(sal ORDER BY deptno DESC, job DESC), LEAST(decant_oracle.leading_ties(deptno ORDER BY deptno DESC, job DESC), decant_oracle.leading_ties(job ORDER BY deptno DESC, job DESC)))) AS l FROM emp;
-- rows: [["1300.00","1","5600.00"]]

-- case: SUM and AVG KEEP of integer columns are numeric, as Oracle's NUMBER
SELECT SUM(mgr) KEEP (DENSE_RANK FIRST ORDER BY job DESC) AS s, AVG(empno) KEEP (DENSE_RANK FIRST ORDER BY job) AS a FROM emp;
SELECT decant_oracle.array_sum(decant_oracle.array_head(ARRAY_AGG(mgr ORDER BY job DESC), decant_oracle.leading_ties(job ORDER BY job DESC))) AS s, decant_oracle.array_avg(decant_oracle.array_head(ARRAY_AGG(empno ORDER BY job), decant_oracle.leading_ties(job ORDER BY job))) AS a FROM emp;
-- rows: [["30792","7845.0000000000000000"]]

-- case: SUM KEEP as an analytic function, per partition
SELECT ename, SUM(sal) KEEP (DENSE_RANK FIRST ORDER BY job) OVER (PARTITION BY deptno) AS s FROM emp WHERE deptno IN (10, 20) ORDER BY empno;
SELECT ename, decant_oracle.array_sum(decant_oracle.array_head(ARRAY_AGG(sal) OVER (PARTITION BY deptno ORDER BY job ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), decant_oracle.leading_ties(job) OVER (PARTITION BY deptno ORDER BY job ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))) AS s FROM emp WHERE deptno IN (10, 20) ORDER BY empno;
-- rows: [["SMITH","6000.00"],["JONES","6000.00"],["CLARK","1300.00"],["SCOTT","6000.00"],["KING","1300.00"],["ADAMS","6000.00"],["FORD","6000.00"],["MILLER","1300.00"]]

-- case: COUNT KEEP as an analytic function over the whole result
SELECT DISTINCT COUNT(*) KEEP (DENSE_RANK LAST ORDER BY comm NULLS FIRST) OVER () AS n, COUNT(comm) KEEP (DENSE_RANK FIRST ORDER BY comm DESC) OVER () AS c FROM emp;
SELECT DISTINCT decant_oracle.leading_ties(comm) OVER (ORDER BY comm DESC NULLS LAST ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n, decant_oracle.array_count(decant_oracle.array_head(ARRAY_AGG(comm) OVER (ORDER BY comm DESC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), decant_oracle.leading_ties(comm) OVER (ORDER BY comm DESC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))) AS c FROM emp;
-- rows: [["1","0"]]

-- case: AVG KEEP LAST as an analytic function
SELECT DISTINCT deptno, AVG(sal) KEEP (DENSE_RANK LAST ORDER BY hiredate) OVER (PARTITION BY deptno) AS a FROM emp ORDER BY deptno;
SELECT DISTINCT deptno, decant_oracle.array_avg(decant_oracle.array_head(ARRAY_AGG(sal) OVER (PARTITION BY deptno ORDER BY hiredate DESC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), decant_oracle.leading_ties(hiredate) OVER (PARTITION BY deptno ORDER BY hiredate DESC ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))) AS a FROM emp ORDER BY deptno;
-- rows: [["10","1300.0000000000000000"],["20","1100.0000000000000000"],["30","950.0000000000000000"]]

-- case: VARIANCE KEEP as an analytic function with two keys
SELECT DISTINCT deptno, ROUND(VARIANCE(sal) KEEP (DENSE_RANK FIRST ORDER BY job DESC, mgr) OVER (PARTITION BY deptno), 2) AS v FROM emp ORDER BY deptno;
SELECT DISTINCT deptno, ROUND(decant_oracle.array_variance(decant_oracle.array_head(ARRAY_AGG(sal) OVER (PARTITION BY deptno ORDER BY job DESC, mgr ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), LEAST(decant_oracle.leading_ties(job) OVER (PARTITION BY deptno ORDER BY job DESC, mgr ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), decant_oracle.leading_ties(mgr) OVER (PARTITION BY deptno ORDER BY job DESC, mgr ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)))), 2) AS v FROM emp ORDER BY deptno;
-- rows: [["10","0.00"],["20","0.00"],["30","31666.67"]]

-- case: KEEP on an aggregate Oracle does not take it on is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
SELECT VAR_POP(sal) KEEP (DENSE_RANK FIRST ORDER BY hiredate) FROM emp;

-- case: KEEP with ORDER BY in its OVER clause is refused: Oracle allows only PARTITION BY
-- expect-error: TRANSLATE_UNSUPPORTED at 1:59
SELECT SUM(sal) KEEP (DENSE_RANK FIRST ORDER BY hiredate) OVER (ORDER BY empno) FROM emp;

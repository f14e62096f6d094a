-- case: MOD (Oracle docs example)
SELECT MOD(11, 4) FROM dual;
SELECT MOD(11, 4);
-- rows: [[3]]

-- case: MOD takes the sign of the dividend
SELECT MOD(-11, 4), MOD(11, -4) FROM dual;
SELECT MOD(-11, 4), MOD(11, -4);
-- rows: [[-3, 3]]

-- case: MOD by 0 returns the dividend
SELECT MOD(11, 0) FROM dual;
SELECT decant_oracle.mod(11, 0);
-- rows: [["11"]]

-- case: MOD by a column goes through the compatibility function
SELECT MOD(sal, deptno) FROM emp WHERE empno = 7499;
SELECT decant_oracle.mod(sal, deptno) FROM emp WHERE empno = 7499;
-- rows: [["10.00"]]

-- case: REMAINDER rounds the quotient to the nearest integer
SELECT REMAINDER(11, 4), REMAINDER(-11, 4) FROM dual;
SELECT decant_oracle.remainder(11, 4), decant_oracle.remainder(-11, 4);
-- rows: [["-1", "1"]]

-- case: REMAINDER on a tie takes the even quotient
SELECT REMAINDER(10, 4) FROM dual;
SELECT decant_oracle.remainder(10, 4);
-- rows: [["2"]]

-- case: TRUNC of a number (Oracle docs example)
SELECT TRUNC(15.79, 1), TRUNC(15.79, -1) FROM dual;
SELECT TRUNC(15.79, 1), TRUNC(15.79, -1);
-- rows: [["15.7", "10"]]

-- case: ROUND of a number (Oracle docs example)
SELECT ROUND(15.193, 1), ROUND(15.193, -1) FROM dual;
SELECT ROUND(15.193, 1), ROUND(15.193, -1);
-- rows: [["15.2", "20"]]

-- case: ROUND of a number rounds half away from zero
SELECT ROUND(-2.5), ROUND(2.5) FROM dual;
SELECT ROUND(-2.5), ROUND(2.5);
-- rows: [["-3", "3"]]

-- case: ROUND of a column of unknown type decides at run time
SELECT ROUND(n) FROM t ORDER BY id;
SELECT decant_oracle.round(n) FROM t ORDER BY id;
-- rows: [["2"], [null], ["-3"]]

-- case: TRUNC of a column of unknown type decides at run time
SELECT TRUNC(n) FROM t ORDER BY id;
SELECT decant_oracle.trunc(n) FROM t ORDER BY id;
-- rows: [["1"], [null], ["-2"]]

-- case: TRUNC of a column with a number of places
SELECT TRUNC(sal / 7, 2) FROM emp WHERE empno = 7369;
SELECT TRUNC(sal::numeric / 7, 2) FROM emp WHERE empno = 7369;
-- rows: [["114.28"]]

-- case: GREATEST of strings (Oracle docs example)
SELECT GREATEST('HARRY', 'HARRIOT', 'HAROLD') FROM dual;
SELECT GREATEST('HARRY', 'HARRIOT', 'HAROLD');
-- rows: [["HARRY"]]

-- case: GREATEST with a NULL argument is NULL
SELECT GREATEST(1, NULL, 3) FROM dual;
SELECT NULL;
-- rows: [[null]]

-- case: GREATEST with a NULL column value is NULL
SELECT ename, GREATEST(sal, comm) FROM emp WHERE empno IN (7369, 7499) ORDER BY empno;
SELECT ename, CASE WHEN sal IS NULL OR comm IS NULL THEN NULL ELSE GREATEST(sal, comm) END FROM emp WHERE empno IN (7369, 7499) ORDER BY empno;
-- rows: [["SMITH", null], ["ALLEN", "1600.00"]]

-- case: LEAST of literals
SELECT LEAST(3, 1, 2) FROM dual;
SELECT LEAST(3, 1, 2);
-- rows: [[1]]

-- case: LEAST with a NULL column value is NULL
SELECT LEAST(sal, comm) FROM emp WHERE empno IN (7654, 7900) ORDER BY empno;
SELECT CASE WHEN sal IS NULL OR comm IS NULL THEN NULL ELSE LEAST(sal, comm) END FROM emp WHERE empno IN (7654, 7900) ORDER BY empno;
-- rows: [["1250.00"], [null]]

-- case: GREATEST of expressions goes through the compatibility function
SELECT GREATEST(sal + 1, comm) FROM emp WHERE empno IN (7654, 7900) ORDER BY empno;
SELECT decant_oracle."greatest"(sal + 1, comm) FROM emp WHERE empno IN (7654, 7900) ORDER BY empno;
-- rows: [["1400.00"], [null]]

-- case: ABS, CEIL, FLOOR and SIGN
SELECT ABS(-15), CEIL(15.7), FLOOR(15.7), SIGN(-15) FROM dual;
SELECT ABS(-15), CEIL(15.7), FLOOR(15.7), SIGN(-15);
-- rows: [[15, "16", "15", -1]]

-- case: POWER, SQRT, EXP and LN
SELECT POWER(3, 2), SQRT(16), EXP(0), LN(1) FROM dual;
SELECT POWER(3, 2), SQRT(16), EXP(0), LN(1);
-- rows: [["9", "4", "1", "0"]]

-- case: LOG takes the base first in both
SELECT CASE WHEN LOG(10, 100) = 2 THEN 'Y' END FROM dual;
SELECT CASE WHEN LOG(10, 100) = 2 THEN 'Y' END;
-- rows: [["Y"]]

-- case: BITAND (Oracle docs example)
SELECT BITAND(6, 3), BITAND(5, 3) FROM dual;
SELECT decant_oracle.bitand(6, 3), decant_oracle.bitand(5, 3);
-- rows: [["2", "1"]]

-- case: WIDTH_BUCKET below, inside and above the range
SELECT empno, WIDTH_BUCKET(sal, 1000, 5000, 4) FROM emp WHERE empno IN (7369, 7566, 7839) ORDER BY empno;
SELECT empno, WIDTH_BUCKET(sal, 1000, 5000, 4) FROM emp WHERE empno IN (7369, 7566, 7839) ORDER BY empno;
-- rows: [[7369, 0], [7566, 2], [7839, 5]]

-- case: COUNT, SUM and MAX keep their meaning
SELECT COUNT(*), SUM(sal), MAX(sal) FROM emp;
SELECT COUNT(*), SUM(sal), MAX(sal) FROM emp;
-- rows: [[14, "29025.00", "5000.00"]]

-- case: AVG keeps its meaning
SELECT AVG(sal) FROM emp WHERE deptno = 10;
SELECT AVG(sal) FROM emp WHERE deptno = 10;
-- rows: [["2916.6666666666666667"]]

-- case: STDDEV of one row is 0 in Oracle
SELECT STDDEV(sal) FROM emp WHERE empno = 7369;
SELECT CASE WHEN COUNT(sal) = 1 THEN 0 ELSE STDDEV(sal) END FROM emp WHERE empno = 7369;
-- rows: [["0"]]

-- case: VARIANCE of one row is 0 in Oracle
SELECT VARIANCE(sal) FROM emp WHERE empno = 7369;
SELECT CASE WHEN COUNT(sal) = 1 THEN 0 ELSE VARIANCE(sal) END FROM emp WHERE empno = 7369;
-- rows: [["0"]]

-- case: VARIANCE of no rows is NULL
SELECT VARIANCE(sal) FROM emp WHERE empno = 1;
SELECT CASE WHEN COUNT(sal) = 1 THEN 0 ELSE VARIANCE(sal) END FROM emp WHERE empno = 1;
-- rows: [[null]]

-- case: MEDIAN is the 0.5 continuous percentile
SELECT MEDIAN(sal) FROM emp;
SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY sal) FROM emp;
-- rows: [["1550"]]

-- case: MEDIAN per group
SELECT deptno, MEDIAN(sal) FROM emp GROUP BY deptno ORDER BY deptno;
SELECT deptno, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY sal) FROM emp GROUP BY deptno ORDER BY deptno;
-- rows: [[10, "2450"], [20, "2975"], [30, "1375"]]

-- case: MEDIAN as an analytic function is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
SELECT MEDIAN(sal) OVER (PARTITION BY deptno) FROM emp;

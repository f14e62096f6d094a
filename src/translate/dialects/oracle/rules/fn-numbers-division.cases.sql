-- case: division of integer columns is exact, as with Oracle's NUMBER
SELECT deptno / 20, empno / 1000 FROM emp WHERE empno = 7369;
SELECT deptno::numeric / 20, empno::numeric / 1000 FROM emp WHERE empno = 7369;
-- rows: [["1.00000000000000000000", "7.3690000000000000"]]

-- case: an aggregate quotient is exact
SELECT SUM(deptno) / COUNT(*) FROM dept;
SELECT SUM(deptno)::numeric / COUNT(*) FROM dept;
-- rows: [["25.0000000000000000"]]

-- case: a quotient of integer literals is exact
SELECT 7 / 2 FROM dual;
SELECT 7.0 / 2;
-- rows: [["3.5000000000000000"]]

-- case: a decimal literal dividend needs no cast
SELECT 7.5 / 2 FROM dual;
SELECT 7.5 / 2;
-- rows: [["3.7500000000000000"]]

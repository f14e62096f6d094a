-- case: FIRST_VALUE IGNORE NULLS over the default frame; RESPECT NULLS beside it
SELECT ename, FIRST_VALUE(comm) RESPECT NULLS OVER (ORDER BY sal, empno) AS r, FIRST_VALUE(comm IGNORE NULLS) OVER (ORDER BY sal, empno) AS i FROM emp WHERE deptno = 30 ORDER BY sal, empno;
SELECT ename, FIRST_VALUE(comm) OVER (ORDER BY sal, empno) AS r, decant_oracle.first_non_null(comm) OVER (ORDER BY sal, empno) AS i FROM emp WHERE deptno = 30 ORDER BY sal, empno;
-- rows: [["JAMES",null,null],["WARD",null,"500.00"],["MARTIN",null,"500.00"],["TURNER",null,"500.00"],["ALLEN",null,"500.00"],["BLAKE",null,"500.00"]]

-- case: LAST_VALUE IGNORE NULLS carries the last value forward
SELECT ename, LAST_VALUE(comm IGNORE NULLS) OVER (ORDER BY empno) AS filled FROM emp ORDER BY empno;
SELECT ename, decant_oracle.last_non_null(comm) OVER (ORDER BY empno) AS filled FROM emp ORDER BY empno;
-- rows: [["SMITH",null],["ALLEN","300.00"],["WARD","500.00"],["JONES","500.00"],["MARTIN","1400.00"],["BLAKE","1400.00"],["CLARK","1400.00"],["SCOTT","1400.00"],["KING","1400.00"],["TURNER","0.00"],["ADAMS","0.00"],["JAMES","0.00"],["FORD","0.00"],["MILLER","0.00"]]

-- case: FIRST_VALUE IGNORE NULLS up to the partition's end is read backwards
SELECT ename, FIRST_VALUE(comm) IGNORE NULLS OVER (ORDER BY empno ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS next_comm FROM emp ORDER BY empno;
SELECT ename, decant_oracle.last_non_null(comm) OVER (ORDER BY empno DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS next_comm FROM emp ORDER BY empno;
-- rows: [["SMITH","300.00"],["ALLEN","300.00"],["WARD","500.00"],["JONES","1400.00"],["MARTIN","1400.00"],["BLAKE","0.00"],["CLARK","0.00"],["SCOTT","0.00"],["KING","0.00"],["TURNER","0.00"],["ADAMS",null],["JAMES",null],["FORD",null],["MILLER",null]]

-- case: LAST_VALUE IGNORE NULLS over the whole partition, NULL when every value is
SELECT DISTINCT deptno, LAST_VALUE(comm IGNORE NULLS) OVER (PARTITION BY deptno ORDER BY empno ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS l FROM emp ORDER BY deptno;
SELECT DISTINCT deptno, decant_oracle.last_non_null(comm) OVER (PARTITION BY deptno ORDER BY empno ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS l FROM emp ORDER BY deptno;
-- rows: [["10",null],["20",null],["30","0.00"]]

-- case: NTH_VALUE IGNORE NULLS counts only the values that are not NULL
SELECT ename, NTH_VALUE(comm, 2) IGNORE NULLS OVER (ORDER BY sal, empno) AS second FROM emp WHERE deptno = 30 ORDER BY sal, empno;
SELECT ename, (ARRAY_AGG(comm) FILTER (WHERE comm IS NOT NULL) OVER (ORDER BY sal, empno))[2] AS second FROM emp WHERE deptno = 30 ORDER BY sal, empno;
-- rows: [["JAMES",null],["WARD",null],["MARTIN","1400.00"],["TURNER","1400.00"],["ALLEN","1400.00"],["BLAKE","1400.00"]]

-- case: NTH_VALUE IGNORE NULLS up to the partition's end counts from the end of the reversed frame
SELECT ename, NTH_VALUE(comm, 3) IGNORE NULLS OVER (ORDER BY empno ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS third FROM emp WHERE deptno = 30 ORDER BY empno;
SELECT ename, decant_oracle.nth_last(ARRAY_AGG(comm) FILTER (WHERE comm IS NOT NULL) OVER (ORDER BY empno DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW), 3) AS third FROM emp WHERE deptno = 30 ORDER BY empno;
-- rows: [["ALLEN","1400.00"],["WARD","0.00"],["MARTIN",null],["BLAKE",null],["TURNER",null],["JAMES",null]]

-- case: LAG IGNORE NULLS: the last value before the row that is not NULL
SELECT ename, LAG(comm IGNORE NULLS) OVER (ORDER BY empno) AS prev FROM emp ORDER BY empno;
SELECT ename, decant_oracle.last_non_null(comm) OVER (ORDER BY empno ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev FROM emp ORDER BY empno;
-- rows: [["SMITH",null],["ALLEN",null],["WARD","300.00"],["JONES","500.00"],["MARTIN","500.00"],["BLAKE","1400.00"],["CLARK","1400.00"],["SCOTT","1400.00"],["KING","1400.00"],["TURNER","1400.00"],["ADAMS","0.00"],["JAMES","0.00"],["FORD","0.00"],["MILLER","0.00"]]

-- case: LAG IGNORE NULLS with an offset and a default, per partition
SELECT ename, LAG(comm IGNORE NULLS, 2, -1) OVER (PARTITION BY deptno ORDER BY empno) AS prev2 FROM emp WHERE deptno IN (20, 30) ORDER BY empno;
SELECT ename, COALESCE(decant_oracle.nth_last(ARRAY_AGG(comm) FILTER (WHERE comm IS NOT NULL) OVER (PARTITION BY deptno ORDER BY empno ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 2), -1) AS prev2 FROM emp WHERE deptno IN (20, 30) ORDER BY empno;
-- rows: [["SMITH","-1"],["ALLEN","-1"],["WARD","-1"],["JONES","-1"],["MARTIN","300.00"],["BLAKE","500.00"],["SCOTT","-1"],["TURNER","500.00"],["ADAMS","-1"],["JAMES","1400.00"],["FORD","-1"]]

-- case: LAG IGNORE NULLS with a column as the default
SELECT ename, LAG(comm, 1, sal) IGNORE NULLS OVER (ORDER BY empno) AS prev FROM emp WHERE deptno = 30 ORDER BY empno;
SELECT ename, COALESCE(decant_oracle.last_non_null(comm) OVER (ORDER BY empno ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), sal) AS prev FROM emp WHERE deptno = 30 ORDER BY empno;
-- rows: [["ALLEN","1600.00"],["WARD","300.00"],["MARTIN","500.00"],["BLAKE","1400.00"],["TURNER","1400.00"],["JAMES","0.00"]]

-- case: LEAD IGNORE NULLS is LAG over the reversed order
SELECT ename, LEAD(comm) IGNORE NULLS OVER (ORDER BY empno) AS next FROM emp ORDER BY empno;
SELECT ename, decant_oracle.last_non_null(comm) OVER (ORDER BY empno DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS next FROM emp ORDER BY empno;
-- rows: [["SMITH","300.00"],["ALLEN","500.00"],["WARD","1400.00"],["JONES","1400.00"],["MARTIN","0.00"],["BLAKE","0.00"],["CLARK","0.00"],["SCOTT","0.00"],["KING","0.00"],["TURNER",null],["ADAMS",null],["JAMES",null],["FORD",null],["MILLER",null]]

-- case: LEAD IGNORE NULLS with an offset and a default
SELECT ename, LEAD(comm, 2, -1) IGNORE NULLS OVER (PARTITION BY deptno ORDER BY empno) AS next2 FROM emp WHERE deptno = 30 ORDER BY empno;
SELECT ename, COALESCE(decant_oracle.nth_last(ARRAY_AGG(comm) FILTER (WHERE comm IS NOT NULL) OVER (PARTITION BY deptno ORDER BY empno DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 2), -1) AS next2 FROM emp WHERE deptno = 30 ORDER BY empno;
-- rows: [["ALLEN","1400.00"],["WARD","0.00"],["MARTIN","-1"],["BLAKE","-1"],["TURNER","-1"],["JAMES","-1"]]

-- case: FIRST_VALUE and LAST_VALUE IGNORE NULLS keep a frame of a few rows
SELECT ename, LAST_VALUE(mgr IGNORE NULLS) OVER (ORDER BY ename ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS l, FIRST_VALUE(mgr IGNORE NULLS) OVER (ORDER BY ename ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING) AS f FROM emp WHERE ename BETWEEN 'JAMES' AND 'MARTIN' ORDER BY ename;
SELECT ename, decant_oracle.last_non_null(mgr) OVER (ORDER BY ename ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS l, decant_oracle.first_non_null(mgr) OVER (ORDER BY ename ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING) AS f FROM emp WHERE ename BETWEEN 'JAMES' AND 'MARTIN' ORDER BY ename;
-- rows: [["JAMES","7698","7698"],["JONES","7839","7839"],["KING","7839","7698"],["MARTIN","7698","7698"]]

-- case: FIRST_VALUE IGNORE NULLS over a RANGE frame to the end, descending
SELECT DISTINCT deptno, FIRST_VALUE(comm IGNORE NULLS) OVER (ORDER BY deptno DESC RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS f FROM emp WHERE comm IS NULL OR empno = 7844 ORDER BY deptno;
SELECT DISTINCT deptno, decant_oracle.last_non_null(comm) OVER (ORDER BY deptno RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS f FROM emp WHERE comm IS NULL OR empno = 7844 ORDER BY deptno;
-- rows: [["10",null],["20",null],["30","0.00"]]

-- case: NTH_VALUE IGNORE NULLS at a position that is not a number is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:24
SELECT NTH_VALUE(comm, deptno) IGNORE NULLS OVER (ORDER BY empno) FROM emp;

-- case: LAG IGNORE NULLS with offset 0 is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:18
SELECT LAG(comm, 0) IGNORE NULLS OVER (ORDER BY empno) FROM emp;

-- case: LEAD IGNORE NULLS without ORDER BY is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:32
SELECT LEAD(comm IGNORE NULLS) OVER (PARTITION BY deptno) FROM emp;

-- case: FIRST_VALUE IGNORE NULLS without OVER is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
SELECT FIRST_VALUE(comm IGNORE NULLS) FROM emp;

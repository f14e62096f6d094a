-- case: CAST to VARCHAR2 is a cast to varchar
SELECT CAST(ename AS VARCHAR2(5)) FROM emp WHERE empno = 7654;
SELECT CAST(ename AS varchar(5)) FROM emp WHERE empno = 7654;
-- rows: [["MARTI"]]

-- case: CAST to NUMBER is a cast to numeric
SELECT CAST('12.50' AS NUMBER) FROM emp WHERE empno = 7369;
SELECT CAST('12.50' AS numeric) FROM emp WHERE empno = 7369;

-- case: CAST to NUMBER(p) stays numeric so that division is not integer division
SELECT CASE WHEN CAST(7 AS NUMBER(4)) / 2 = 3.5 THEN 'exact' ELSE 'cut' END FROM emp WHERE empno = 7369;
SELECT CASE WHEN CAST(7 AS numeric(4)) / 2 = 3.5 THEN 'exact' ELSE 'cut' END FROM emp WHERE empno = 7369;
-- rows: [["exact"]]

-- case: CAST to NUMBER(p,s) rounds to the scale
SELECT CAST(2.345 AS NUMBER(5,2)) FROM emp WHERE empno = 7369;
SELECT CAST(2.345 AS numeric(5, 2)) FROM emp WHERE empno = 7369;
-- rows: [["2.35"]]

-- case: CAST to DATE is a cast to timestamp(0)
SELECT CAST(hiredate AS DATE) FROM emp WHERE empno = 7369;
SELECT CAST(hiredate AS timestamp(0)) FROM emp WHERE empno = 7369;
-- rows: [["1980-12-17 00:00:00"]]

-- case: CAST to TIMESTAMP WITH TIME ZONE
-- review: TIMESTAMP WITH TIME ZONE
SELECT CAST(hiredate AS TIMESTAMP WITH TIME ZONE) FROM emp WHERE empno = 7369;
SELECT CAST(hiredate AS timestamptz) FROM emp WHERE empno = 7369;

-- case: CAST to TIMESTAMP(3)
SELECT CAST(hiredate AS TIMESTAMP(3)) FROM emp WHERE empno = 7369;
SELECT CAST(hiredate AS timestamp(3)) FROM emp WHERE empno = 7369;

-- case: CAST to CHAR is a cast to char(n)
SELECT CAST(job AS CHAR(10)) FROM emp WHERE empno = 7369;
SELECT CAST(job AS char(10)) FROM emp WHERE empno = 7369;

-- case: CAST to BINARY_DOUBLE
SELECT CAST('1.5' AS BINARY_DOUBLE) FROM emp WHERE empno = 7369;
SELECT CAST('1.5' AS double precision) FROM emp WHERE empno = 7369;
-- rows: [["1.5"]]

-- case: CAST to INTEGER keeps Oracle's 38 digits
SELECT CAST(2.5 AS INTEGER) FROM emp WHERE empno = 7369;
SELECT CAST(2.5 AS numeric(38)) FROM emp WHERE empno = 7369;
-- rows: [["3"]]

-- case: CAST to INTERVAL DAY TO SECOND
SELECT CAST(INTERVAL '1' DAY AS INTERVAL DAY(2) TO SECOND(0)) FROM emp WHERE empno = 7369;
SELECT CAST(INTERVAL '1' DAY AS interval day to second(0)) FROM emp WHERE empno = 7369;

-- case: CAST to BFILE is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:22
SELECT CAST(ename AS BFILE) FROM emp;

-- case: NVL replaces NULL
SELECT ename, NVL(comm, 0) FROM emp WHERE empno IN (7369, 7499) ORDER BY empno;
SELECT ename, COALESCE(comm, 0) FROM emp WHERE empno IN (7369, 7499) ORDER BY empno;
-- rows: [["SMITH", "0"], ["ALLEN", "300.00"]]

-- case: NVL of '' is the second argument
SELECT NVL('', 'x') FROM dual;
SELECT COALESCE(NULL, 'x');
-- rows: [["x"]]

-- case: NVL of a string with a number converts the number to the string's type
SELECT NVL(UPPER(a), 5) FROM t ORDER BY id;
SELECT COALESCE(UPPER(a), '5') FROM t ORDER BY id;
-- rows: [["X"], ["5"], ["Y"]]

-- case: NVL of a number with a numeric string converts the string
SELECT NVL(ABS(n), '7') FROM t ORDER BY id;
SELECT COALESCE(ABS(n), 7) FROM t ORDER BY id;
-- rows: [["1.5"], ["7"], ["2.5"]]

-- case: NVL2 chooses by NULL-ness
SELECT ename, NVL2(comm, 'Y', 'N') FROM emp WHERE deptno = 30 ORDER BY ename;
SELECT ename, CASE WHEN comm IS NOT NULL THEN 'Y' ELSE 'N' END FROM emp WHERE deptno = 30 ORDER BY ename;
-- rows: [["ALLEN", "Y"], ["BLAKE", "N"], ["JAMES", "N"], ["MARTIN", "Y"], ["TURNER", "Y"], ["WARD", "Y"]]

-- case: DECODE matches NULL with NULL
SELECT id, DECODE(b, NULL, 'none', 'z', 'zed', 'other') FROM t ORDER BY id;
SELECT id, CASE WHEN b IS NULL THEN 'none' WHEN b = 'z' THEN 'zed' ELSE 'other' END FROM t ORDER BY id;
-- rows: [[1, "none"], [2, "none"], [3, "zed"]]

-- case: DECODE with a default
SELECT DECODE(deptno, 10, 'ACCOUNTING', 20, 'RESEARCH', 'OTHER') FROM emp WHERE empno IN (7782, 7369, 7499) ORDER BY empno;
SELECT CASE WHEN deptno = 10 THEN 'ACCOUNTING' WHEN deptno = 20 THEN 'RESEARCH' ELSE 'OTHER' END FROM emp WHERE empno IN (7782, 7369, 7499) ORDER BY empno;
-- rows: [["RESEARCH"], ["OTHER"], ["ACCOUNTING"]]

-- case: DECODE comparing two columns treats two NULLs as equal
SELECT id, DECODE(a, b, 'same', 'different') FROM t ORDER BY id;
SELECT id, CASE WHEN a IS NOT DISTINCT FROM b THEN 'same' ELSE 'different' END FROM t ORDER BY id;
-- rows: [[1, "different"], [2, "same"], [3, "different"]]

-- case: COALESCE keeps its meaning
SELECT COALESCE(b, a, 'q') FROM t ORDER BY id;
SELECT COALESCE(b, a, 'q') FROM t ORDER BY id;
-- rows: [["x"], ["q"], ["z"]]

-- case: NULLIF keeps its meaning
SELECT NULLIF(a, 'x') FROM t ORDER BY id;
SELECT NULLIF(a, 'x') FROM t ORDER BY id;
-- rows: [[null], [null], ["y"]]

-- case: SYS_GUID is a RAW(16), bytea
SELECT CASE WHEN SYS_GUID() IS NOT NULL THEN 'Y' END FROM dual;
SELECT CASE WHEN decant_oracle.sys_guid() IS NOT NULL THEN 'Y' END;
-- rows: [["Y"]]

-- case: SYS_CONTEXT CURRENT_SCHEMA
SELECT SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA') FROM dual;
SELECT UPPER(CURRENT_SCHEMA);
-- rows: [["PUBLIC"]]

-- case: SYS_CONTEXT SESSION_USER in upper case
SELECT SYS_CONTEXT('USERENV', 'SESSION_USER') FROM dual;
SELECT UPPER(SESSION_USER);

-- case: SYS_CONTEXT DB_NAME, lower-case arguments
SELECT sys_context('userenv', 'db_name') FROM dual;
SELECT CURRENT_DATABASE();

-- case: SYS_CONTEXT SID is the backend process id
SELECT SYS_CONTEXT('USERENV', 'SID') FROM dual;
SELECT PG_BACKEND_PID()::text;

-- case: SYS_CONTEXT IP_ADDRESS
SELECT SYS_CONTEXT('USERENV', 'IP_ADDRESS') FROM dual;
SELECT HOST(INET_CLIENT_ADDR());

-- case: SYS_CONTEXT HOST is refused by name
-- expect-error: TRANSLATE_UNSUPPORTED at 1:31
SELECT SYS_CONTEXT('USERENV', 'HOST') FROM dual;

-- case: SYS_CONTEXT OS_USER is refused by name
-- expect-error: TRANSLATE_UNSUPPORTED at 1:31
SELECT SYS_CONTEXT('USERENV', 'OS_USER') FROM dual;

-- case: SYS_CONTEXT of another namespace is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
SELECT SYS_CONTEXT('MY_CTX', 'X') FROM dual;

-- case: USER is the current user in upper case
SELECT USER FROM dual;
SELECT UPPER(CURRENT_USER);

-- case: EMPTY_CLOB is an empty, non-NULL value
SELECT CASE WHEN EMPTY_CLOB() IS NULL THEN 'null' ELSE 'empty' END FROM dual;
SELECT CASE WHEN '' IS NULL THEN 'null' ELSE 'empty' END;
-- rows: [["empty"]]

-- case: EMPTY_BLOB is an empty bytea
SELECT OCTET_LENGTH(EMPTY_BLOB()) FROM dual;
SELECT OCTET_LENGTH(''::bytea);
-- rows: [[0]]

-- case: ranking functions pass through
SELECT ename, RANK() OVER (ORDER BY sal DESC), DENSE_RANK() OVER (ORDER BY sal DESC), ROW_NUMBER() OVER (ORDER BY sal DESC, ename) FROM emp WHERE deptno = 20 ORDER BY sal DESC, ename;
SELECT ename, RANK() OVER (ORDER BY sal DESC), DENSE_RANK() OVER (ORDER BY sal DESC), ROW_NUMBER() OVER (ORDER BY sal DESC, ename) FROM emp WHERE deptno = 20 ORDER BY sal DESC, ename;
-- rows: [["FORD", 1, 1, 1], ["SCOTT", 1, 1, 2], ["JONES", 3, 2, 3], ["ADAMS", 4, 3, 4], ["SMITH", 5, 4, 5]]

-- case: LAG and LEAD pass through
SELECT ename, LAG(ename) OVER (ORDER BY empno), LEAD(ename, 1, 'none') OVER (ORDER BY empno) FROM emp WHERE deptno = 10 ORDER BY empno;
SELECT ename, LAG(ename) OVER (ORDER BY empno), LEAD(ename, 1, 'none') OVER (ORDER BY empno) FROM emp WHERE deptno = 10 ORDER BY empno;
-- rows: [["CLARK", null, "KING"], ["KING", "CLARK", "MILLER"], ["MILLER", "KING", "none"]]

-- case: FIRST_VALUE with RESPECT NULLS, the default, drops the words
SELECT FIRST_VALUE(comm RESPECT NULLS) OVER (ORDER BY empno) FROM emp WHERE empno IN (7369, 7499) ORDER BY empno;
SELECT FIRST_VALUE(comm) OVER (ORDER BY empno) FROM emp WHERE empno IN (7369, 7499) ORDER BY empno;
-- rows: [[null], [null]]

-- case: LAST_VALUE with a full frame
SELECT LAST_VALUE(ename) OVER (ORDER BY empno ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM emp WHERE deptno = 10 ORDER BY empno;
SELECT LAST_VALUE(ename) OVER (ORDER BY empno ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM emp WHERE deptno = 10 ORDER BY empno;
-- rows: [["MILLER"], ["MILLER"], ["MILLER"]]

-- case: NTILE, CUME_DIST and PERCENT_RANK pass through
SELECT ename, NTILE(2) OVER (ORDER BY sal), CUME_DIST() OVER (ORDER BY sal), PERCENT_RANK() OVER (ORDER BY sal) FROM emp WHERE deptno = 10 ORDER BY sal;
SELECT ename, NTILE(2) OVER (ORDER BY sal), CUME_DIST() OVER (ORDER BY sal), PERCENT_RANK() OVER (ORDER BY sal) FROM emp WHERE deptno = 10 ORDER BY sal;
-- rows: [["MILLER", 1, "0.3333333333333333", "0"], ["CLARK", 1, "0.6666666666666666", "0.5"], ["KING", 2, "1", "1"]]

-- case: RATIO_TO_REPORT is the value over the partition's sum
SELECT ename, ROUND(RATIO_TO_REPORT(sal) OVER (), 4) FROM emp WHERE deptno = 10 ORDER BY ename;
SELECT ename, ROUND(sal / SUM(sal) OVER (), 4) FROM emp WHERE deptno = 10 ORDER BY ename;
-- rows: [["CLARK", "0.2800"], ["KING", "0.5714"], ["MILLER", "0.1486"]]

-- case: RATIO_TO_REPORT with ORDER BY is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
SELECT RATIO_TO_REPORT(sal) OVER (ORDER BY sal) FROM emp;

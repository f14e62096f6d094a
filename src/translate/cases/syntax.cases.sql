-- case: numbers keep their form
SELECT 1, -2, 3.5, .5, 1e3, 2.5E-2 FROM dual;
SELECT 1, -2, 3.5, .5, 1e3, 2.5E-2;

-- case: a string with a quote inside
SELECT 'it''s' FROM dual;
SELECT 'it''s';
-- rows: [["it's"]]

-- case: q-quoted strings become standard strings
SELECT q'[it's]', q'{a}b}', Q'!x!' FROM dual;
SELECT 'it''s', 'a}b', 'x';
-- rows: [["it's", "a}b", "x"]]

-- case: national strings become plain strings
SELECT N'Größe' FROM dual;
SELECT 'Größe';

-- case: DATE and TIMESTAMP literals
SELECT DATE '2024-02-29', TIMESTAMP '2024-02-29 10:30:00' FROM dual;
SELECT DATE '2024-02-29', TIMESTAMP '2024-02-29 10:30:00';

-- case: INTERVAL literals
SELECT INTERVAL '5' DAY, INTERVAL '1-6' YEAR TO MONTH, INTERVAL '10:30' HOUR TO MINUTE FROM dual;
SELECT INTERVAL '5' DAY, INTERVAL '1-6' YEAR TO MONTH, INTERVAL '10:30' HOUR TO MINUTE;
-- rows: [["5 days", "1 year 6 mons", "10:30:00"]]

-- case: operator precedence is kept with parentheses as written
SELECT (a + b) * c, a + b * c, a - (b - c) FROM t;
SELECT (a + b) * c, a + b * c, a - (b - c) FROM t;

-- case: unary minus before a negative stays readable
SELECT - -1, -(-n) FROM t WHERE id = 1;
SELECT -(-1), -(-n) FROM t WHERE id = 1;
-- rows: [["1", "1.5"]]

-- case: Oracle's not-equal spellings
SELECT * FROM emp WHERE a != 1 AND b ^= 2 AND c <> 3 AND d ~= 4;
SELECT * FROM emp WHERE a <> 1 AND b <> 2 AND c <> 3 AND d <> 4;

-- case: AND binds tighter than OR
SELECT ename FROM emp WHERE deptno = 10 OR deptno = 20 AND sal > 2900 ORDER BY ename;
SELECT ename FROM emp WHERE deptno = 10 OR deptno = 20 AND sal > 2900 ORDER BY ename;
-- rows: [["CLARK"], ["FORD"], ["JONES"], ["KING"], ["MILLER"], ["SCOTT"]]

-- case: NOT before a parenthesized condition
SELECT count(*) FROM emp WHERE NOT (deptno = 10 OR deptno = 20);
SELECT COUNT(*) FROM emp WHERE NOT (deptno = 10 OR deptno = 20);
-- rows: [["6"]]

-- case: LIKE with ESCAPE and NOT LIKE
SELECT ename FROM emp WHERE ename LIKE 'A%' AND ename NOT LIKE '%\_%' ESCAPE '\' ORDER BY 1;
SELECT ename FROM emp WHERE ename LIKE 'A%' AND ename NOT LIKE '%\_%' ESCAPE '\' ORDER BY 1;
-- rows: [["ADAMS"], ["ALLEN"]]

-- case: BETWEEN and NOT BETWEEN
SELECT count(*) FROM emp WHERE sal BETWEEN 1000 AND 2000 AND empno NOT BETWEEN 7500 AND 7600;
SELECT COUNT(*) FROM emp WHERE sal BETWEEN 1000 AND 2000 AND empno NOT BETWEEN 7500 AND 7600;
-- rows: [["5"]]

-- case: IN and NOT IN lists
SELECT count(*) FROM emp WHERE job IN ('CLERK', 'ANALYST') AND deptno NOT IN (10);
SELECT COUNT(*) FROM emp WHERE job IN ('CLERK', 'ANALYST') AND deptno NOT IN (10);
-- rows: [["5"]]

-- case: multi-column IN with a subquery
SELECT ename FROM emp WHERE (deptno, sal) IN (SELECT deptno, MAX(sal) FROM emp GROUP BY deptno) ORDER BY ename;
SELECT ename FROM emp WHERE (deptno, sal) IN (SELECT deptno, MAX(sal) FROM emp GROUP BY deptno) ORDER BY ename;
-- rows: [["BLAKE"], ["FORD"], ["KING"], ["SCOTT"]]

-- case: a comparison with ANY of a list
SELECT count(*) FROM emp WHERE sal > ANY (2000, 3000);
SELECT COUNT(*) FROM emp WHERE sal > ANY (ARRAY[2000, 3000]);
-- rows: [["6"]]

-- case: SOME is ANY
SELECT count(*) FROM emp WHERE sal = SOME (800, 950);
SELECT COUNT(*) FROM emp WHERE sal = ANY (ARRAY[800, 950]);
-- rows: [["2"]]

-- case: a comparison with ALL of a subquery
SELECT ename FROM emp WHERE sal >= ALL (SELECT sal FROM emp);
SELECT ename FROM emp WHERE sal >= ALL (SELECT sal FROM emp);
-- rows: [["KING"]]

-- case: IS NULL and IS NOT NULL
SELECT count(*) FROM emp WHERE comm IS NULL AND mgr IS NOT NULL;
SELECT COUNT(*) FROM emp WHERE comm IS NULL AND mgr IS NOT NULL;
-- rows: [["9"]]

-- case: searched CASE
SELECT ename, CASE WHEN sal > 2500 THEN 'high' WHEN sal > 1000 THEN 'mid' ELSE 'low' END FROM emp WHERE empno IN (7369, 7499, 7839) ORDER BY empno;
SELECT ename, CASE WHEN sal > 2500 THEN 'high' WHEN sal > 1000 THEN 'mid' ELSE 'low' END FROM emp WHERE empno IN (7369, 7499, 7839) ORDER BY empno;
-- rows: [["SMITH", "low"], ["ALLEN", "mid"], ["KING", "high"]]

-- case: simple CASE
SELECT CASE deptno WHEN 10 THEN 'A' WHEN 20 THEN 'R' END FROM dept ORDER BY deptno;
SELECT CASE deptno WHEN 10 THEN 'A' WHEN 20 THEN 'R' END FROM dept ORDER BY deptno;
-- rows: [["A"], ["R"], [null], [null]]

-- case: EXTRACT from a date
SELECT EXTRACT(YEAR FROM hiredate), EXTRACT(MONTH FROM hiredate) FROM emp WHERE empno = 7839;
SELECT EXTRACT(YEAR FROM hiredate), EXTRACT(MONTH FROM hiredate) FROM emp WHERE empno = 7839;
-- rows: [["1981", "11"]]

-- case: TRIM with LEADING and a character
SELECT TRIM(LEADING '0' FROM '00120'), TRIM(' x ') FROM dual;
SELECT TRIM(LEADING '0' FROM '00120'), TRIM(BOTH FROM ' x ');
-- rows: [["120", "x"]]

-- case: AT TIME ZONE
SELECT TIMESTAMP '2024-01-01 12:00:00' AT TIME ZONE 'UTC' FROM dual;
SELECT TIMESTAMP '2024-01-01 12:00:00' AT TIME ZONE 'UTC';

-- case: AT LOCAL is AT TIME ZONE the session's zone (PostgreSQL has AT LOCAL only from 17)
SELECT TO_CHAR(TIMESTAMP '2024-01-01 12:00:00 +00:00' AT LOCAL, 'YYYY-MM-DD') FROM dual;
SELECT TO_CHAR(TIMESTAMP WITH TIME ZONE '2024-01-01 12:00:00 +00:00' AT TIME ZONE pg_catalog.current_setting('TimeZone'), 'YYYY-MM-DD');
-- rows: [["2024-01-01"]]

-- case: a TIMESTAMP literal with an offset or a region is a TIMESTAMP WITH TIME ZONE
SELECT TIMESTAMP '2024-01-01 12:00:00 +02:00' AT TIME ZONE 'UTC', TIMESTAMP '2024-07-01 12:00:00 Europe/Paris' AT TIME ZONE 'UTC', TIMESTAMP '2024-01-01 12:00:00' FROM dual;
SELECT TIMESTAMP WITH TIME ZONE '2024-01-01 12:00:00 +02:00' AT TIME ZONE 'UTC', TIMESTAMP WITH TIME ZONE '2024-07-01 12:00:00 Europe/Paris' AT TIME ZONE 'UTC', TIMESTAMP '2024-01-01 12:00:00';
-- rows: [["2024-01-01 10:00:00", "2024-07-01 10:00:00", "2024-01-01 12:00:00"]]

-- case: hints are dropped
SELECT /*+ INDEX(e emp_pk) PARALLEL(4) */ ename FROM emp e WHERE empno = 7839;
SELECT ename FROM emp e WHERE empno = 7839;
-- rows: [["KING"]]

-- case: comments disappear
SELECT ename -- the name
  /* block */ FROM emp WHERE empno = 7839;
SELECT ename FROM emp WHERE empno = 7839;

-- case: a trailing semicolon and line breaks are accepted
SELECT
  ename
FROM
  emp
WHERE empno = 7839;
SELECT ename FROM emp WHERE empno = 7839;

-- case: an unclosed string is a syntax error where it starts
-- expect-error: TRANSLATE_SYNTAX at 1:8
SELECT 'abc FROM dual;

-- case: a missing FROM is a syntax error at the next word
-- expect-error: TRANSLATE_SYNTAX at 1:10
SELECT 1 WHERE 1 = 1;

-- case: an unbalanced parenthesis is found at the word where ) was due
-- expect-error: TRANSLATE_SYNTAX at 1:15
SELECT (1 + 2 FROM dual WHERE x;

-- case: text after the statement
-- expect-error: TRANSLATE_SYNTAX at 1:28
SELECT 1 FROM dual WHERE 1 2;

-- case: the MODEL clause is refused, pointing at MODEL
-- expect-error: TRANSLATE_UNSUPPORTED at 1:17
SELECT * FROM t MODEL DIMENSION BY (id) MEASURES (v) RULES (v[1] = 0);

-- case: a flashback query is refused at AS OF
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
SELECT * FROM emp AS OF TIMESTAMP SYSDATE - 1;

-- case: VERSIONS BETWEEN is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
SELECT * FROM emp VERSIONS BETWEEN SCN MINVALUE AND MAXVALUE;

-- case: a database link in FROM is refused at the @
-- expect-error: TRANSLATE_UNSUPPORTED at 1:18
SELECT * FROM emp@prod e;

-- case: a function over a database link is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
SELECT pkg.f@prod(1) FROM dual;

-- case: CAST MULTISET is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:13
SELECT CAST(MULTISET(SELECT 1 FROM dual) AS num_tab) FROM dual;

-- case: a CURSOR expression is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
SELECT CURSOR(SELECT 1 FROM dual) FROM dual;

-- case: WITH FUNCTION is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:6
WITH FUNCTION f RETURN NUMBER IS BEGIN RETURN 1; END; SELECT f FROM dual;

-- case: a partitioned outer join is refused at PARTITION BY on the right
-- expect-error: TRANSLATE_UNSUPPORTED at 1:44
SELECT * FROM emp e LEFT OUTER JOIN dept d PARTITION BY (d.loc) ON 1 = 1;

-- case: IGNORE NULLS on a function no rule knows is refused, not dropped
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
SELECT my_agg(sal IGNORE NULLS) OVER (ORDER BY empno) FROM emp;

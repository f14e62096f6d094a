-- case: INSERT with VALUES keeps its column list
INSERT INTO dept (deptno, dname, loc) VALUES (50, 'LEGAL', 'PARIS');
INSERT INTO dept (deptno, dname, loc) VALUES (50, 'LEGAL', 'PARIS');
-- check: SELECT dname, loc FROM dept WHERE deptno = 50
-- rows: [["LEGAL", "PARIS"]]

-- case: INSERT without a column list
INSERT INTO dept VALUES (60, 'HR', NULL);
INSERT INTO dept VALUES (60, 'HR', NULL);

-- case: the empty string inserts NULL, as Oracle stores it
INSERT INTO dept VALUES (70, '', 'ROME');
INSERT INTO dept VALUES (70, NULL, 'ROME');
-- check: SELECT count(*) FROM dept WHERE deptno = 70 AND dname IS NULL
-- rows: [["1"]]

-- case: INSERT from a query with DUAL dropped
INSERT INTO dept (deptno, dname) SELECT 80, 'X' FROM dual;
INSERT INTO dept (deptno, dname) SELECT 80, 'X';
-- check: SELECT dname FROM dept WHERE deptno = 80
-- rows: [["X"]]

-- case: INSERT from a query with a join
INSERT INTO t (id, a) SELECT e.empno, d.dname FROM emp e JOIN dept d ON d.deptno = e.deptno WHERE e.ename = 'KING';
INSERT INTO t (id, a) SELECT e.empno, d.dname FROM emp e JOIN dept d ON d.deptno = e.deptno WHERE e.ename = 'KING';
-- check: SELECT a FROM t WHERE id = 7839
-- rows: [["ACCOUNTING"]]

-- case: INSERT with a sequence's NEXTVAL
INSERT INTO t (id, a) VALUES (emp_seq.NEXTVAL, 'seq');
INSERT INTO t (id, a) VALUES (NEXTVAL('emp_seq'), 'seq');
-- check: SELECT count(*) FROM t WHERE a = 'seq' AND id >= 8000
-- rows: [["1"]]

-- case: INSERT with bind variables becomes $n
INSERT INTO dept (deptno, dname, loc) VALUES (:deptno, :dname, :loc);
INSERT INTO dept (deptno, dname, loc) VALUES ($1, $2, $3);

-- case: a bind variable used twice keeps its number
UPDATE emp SET sal = :sal, comm = :sal * 0.1 WHERE empno = :id;
UPDATE emp SET sal = $1, comm = $1 * 0.1 WHERE empno = $2;

-- case: positional bind variables
DELETE FROM emp WHERE empno = :1 AND deptno = :2;
DELETE FROM emp WHERE empno = $1 AND deptno = $2;

-- case: INSERT with an alias on the table
INSERT INTO dept d (d.deptno, d.dname) VALUES (90, 'Z');
INSERT INTO dept AS d (deptno, dname) VALUES (90, 'Z');

-- case: INSERT RETURNING
INSERT INTO dept (deptno, dname) VALUES (91, 'R') RETURNING deptno;
INSERT INTO dept (deptno, dname) VALUES (91, 'R') RETURNING deptno;
-- rows: [["91"]]

-- case: RETURNING INTO returns a row instead
-- review: RETURNING ... INTO
INSERT INTO dept (deptno, dname) VALUES (92, 'R') RETURNING deptno, dname INTO :id, :name;
INSERT INTO dept (deptno, dname) VALUES (92, 'R') RETURNING deptno, dname;
-- rows: [["92", "R"]]

-- case: UPDATE with a simple SET
UPDATE emp SET sal = sal * 1.1 WHERE deptno = 10;
UPDATE emp SET sal = sal * 1.1 WHERE deptno = 10;
-- check: SELECT sum(sal) FROM emp WHERE deptno = 10
-- rows: [["9625.00"]]

-- case: UPDATE with an alias
UPDATE emp e SET e.comm = NVL(e.comm, 0) + 100 WHERE e.job = 'SALESMAN';
UPDATE emp e SET comm = COALESCE(e.comm, 0) + 100 WHERE e.job = 'SALESMAN';
-- check: SELECT sum(comm) FROM emp WHERE job = 'SALESMAN'
-- rows: [["2600.00"]]

-- case: UPDATE with a correlated scalar subquery
UPDATE emp e SET sal = (SELECT MAX(sal) FROM emp m WHERE m.deptno = e.deptno) WHERE empno = 7369;
UPDATE emp e SET sal = (SELECT MAX(sal) FROM emp m WHERE m.deptno = e.deptno) WHERE empno = 7369;
-- check: SELECT sal FROM emp WHERE empno = 7369
-- rows: [["3000.00"]]

-- case: UPDATE of two columns from one subquery
UPDATE emp e SET (sal, comm) = (SELECT AVG(sal), MIN(sal) FROM emp x WHERE x.deptno = e.deptno) WHERE empno = 7934;
UPDATE emp e SET (sal, comm) = (SELECT AVG(sal), MIN(sal) FROM emp x WHERE x.deptno = e.deptno) WHERE empno = 7934;
-- check: SELECT sal, comm FROM emp WHERE empno = 7934
-- rows: [["2916.67", "1300.00"]]

-- case: UPDATE with IN subquery
UPDATE emp SET comm = 0 WHERE deptno IN (SELECT deptno FROM dept WHERE loc = 'DALLAS');
UPDATE emp SET comm = 0 WHERE deptno IN (SELECT deptno FROM dept WHERE loc = 'DALLAS');
-- check: SELECT count(*) FROM emp WHERE comm = 0
-- rows: [["6"]]

-- case: UPDATE RETURNING
UPDATE emp SET sal = sal + 1 WHERE empno = 7839 RETURNING sal;
UPDATE emp SET sal = sal + 1 WHERE empno = 7839 RETURNING sal;
-- rows: [["5001.00"]]

-- case: UPDATE setting a column to the empty string sets NULL
UPDATE emp SET job = '' WHERE empno = 7839;
UPDATE emp SET job = NULL WHERE empno = 7839;
-- check: SELECT job IS NULL FROM emp WHERE empno = 7839
-- rows: [["t"]]

-- case: DELETE without FROM
DELETE emp WHERE deptno = 10;
DELETE FROM emp WHERE deptno = 10;
-- check: SELECT count(*) FROM emp
-- rows: [["11"]]

-- case: DELETE with an alias and EXISTS
DELETE FROM emp e WHERE NOT EXISTS (SELECT 1 FROM dept d WHERE d.deptno = e.deptno AND d.loc = 'DALLAS');
DELETE FROM emp e WHERE NOT EXISTS (SELECT 1 FROM dept d WHERE d.deptno = e.deptno AND d.loc = 'DALLAS');
-- check: SELECT count(*) FROM emp
-- rows: [["5"]]

-- case: DELETE RETURNING
DELETE FROM emp WHERE empno = 7934 RETURNING ename;
DELETE FROM emp WHERE empno = 7934 RETURNING ename;
-- rows: [["MILLER"]]

-- case: DELETE through a database link is refused at the link
-- expect-error: TRANSLATE_UNSUPPORTED at 1:16
DELETE FROM emp@remote WHERE empno = 1;

-- case: DML error logging is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:33
DELETE FROM emp WHERE empno = 1 LOG ERRORS INTO err$_emp;

-- case: MERGE with both branches
MERGE INTO dept d USING (SELECT 10 AS deptno, 'ACCT' AS dname FROM dual UNION ALL SELECT 95, 'NEW' FROM dual) s ON (d.deptno = s.deptno) WHEN MATCHED THEN UPDATE SET d.dname = s.dname WHEN NOT MATCHED THEN INSERT (deptno, dname) VALUES (s.deptno, s.dname);
MERGE INTO dept d USING (SELECT 10 AS deptno, 'ACCT' AS dname UNION ALL SELECT 95, 'NEW') s ON (d.deptno = s.deptno) WHEN MATCHED THEN UPDATE SET dname = s.dname WHEN NOT MATCHED THEN INSERT (deptno, dname) VALUES (s.deptno, s.dname);
-- check: SELECT deptno, dname FROM dept WHERE deptno IN (10, 95) ORDER BY deptno
-- rows: [["10", "ACCT"], ["95", "NEW"]]

-- case: MERGE with a WHERE on the update becomes WHEN MATCHED AND
MERGE INTO emp e USING dept d ON (e.deptno = d.deptno) WHEN MATCHED THEN UPDATE SET e.comm = 1 WHERE d.loc = 'BOSTON';
MERGE INTO emp e USING dept d ON (e.deptno = d.deptno) WHEN MATCHED AND d.loc = 'BOSTON' THEN UPDATE SET comm = 1;

-- case: MERGE with a WHERE on the insert
MERGE INTO dept d USING (SELECT 96 AS deptno, 'A' AS dname FROM dual) s ON (d.deptno = s.deptno) WHEN NOT MATCHED THEN INSERT (deptno, dname) VALUES (s.deptno, s.dname) WHERE s.dname <> 'B';
MERGE INTO dept d USING (SELECT 96 AS deptno, 'A' AS dname) s ON (d.deptno = s.deptno) WHEN NOT MATCHED AND s.dname <> 'B' THEN INSERT (deptno, dname) VALUES (s.deptno, s.dname);
-- check: SELECT dname FROM dept WHERE deptno = 96
-- rows: [["A"]]

-- case: MERGE DELETE WHERE judges the updated values
MERGE INTO emp e USING (SELECT empno, 0 AS bonus FROM emp WHERE deptno = 10) s ON (e.empno = s.empno) WHEN MATCHED THEN UPDATE SET e.comm = s.bonus DELETE WHERE e.comm = 0;
MERGE INTO emp e USING (SELECT empno, 0 AS bonus FROM emp WHERE deptno = 10) s ON (e.empno = s.empno) WHEN MATCHED AND (s.bonus) = 0 THEN DELETE WHEN MATCHED THEN UPDATE SET comm = s.bonus;
-- check: SELECT count(*) FROM emp WHERE deptno = 10
-- rows: [["0"]]

-- case: MERGE DELETE WHERE with an update condition deletes only updated rows
MERGE INTO emp e USING dept d ON (e.deptno = d.deptno) WHEN MATCHED THEN UPDATE SET e.sal = e.sal * 2 WHERE d.loc = 'NEW YORK' DELETE WHERE e.sal > 5000;
MERGE INTO emp e USING dept d ON (e.deptno = d.deptno) WHEN MATCHED AND (d.loc = 'NEW YORK') AND ((e.sal * 2) > 5000) THEN DELETE WHEN MATCHED AND d.loc = 'NEW YORK' THEN UPDATE SET sal = e.sal * 2;
-- check: SELECT ename, sal FROM emp WHERE deptno = 10 ORDER BY ename
-- rows: [["CLARK", "4900.00"], ["MILLER", "2600.00"]]

-- case: MERGE from a table with bind variables
MERGE INTO dept d USING dual ON (d.deptno = :id) WHEN MATCHED THEN UPDATE SET d.loc = :loc WHEN NOT MATCHED THEN INSERT (deptno, loc) VALUES (:id, :loc);
MERGE INTO dept d USING dual ON (d.deptno = $1) WHEN MATCHED THEN UPDATE SET loc = $2 WHEN NOT MATCHED THEN INSERT (deptno, loc) VALUES ($1, $2);

-- case: INSERT ALL without conditions feeds every table
INSERT ALL INTO dept (deptno, dname) VALUES (deptno, dname) INTO t (id, a) VALUES (deptno, loc) SELECT deptno, dname, loc FROM dept WHERE deptno = 10;
WITH insert_source_1 AS MATERIALIZED (SELECT deptno, dname, loc FROM dept WHERE deptno = 10), insert_1 AS (INSERT INTO dept (deptno, dname) SELECT deptno, dname FROM insert_source_1) INSERT INTO t (id, a) SELECT deptno, loc FROM insert_source_1;

-- case: INSERT ALL with conditions inserts a row into every table whose condition holds
INSERT ALL WHEN sal > 2000 THEN INTO t (id, a) VALUES (empno, 'high') WHEN deptno = 10 THEN INTO t (id, a) VALUES (empno + 10000, 'ten') SELECT empno, sal, deptno FROM emp;
WITH insert_source_1 AS MATERIALIZED (SELECT empno, sal, deptno FROM emp), insert_1 AS (INSERT INTO t (id, a) SELECT empno, 'high' FROM insert_source_1 WHERE sal > 2000) INSERT INTO t (id, a) SELECT empno + 10000, 'ten' FROM insert_source_1 WHERE deptno = 10;
-- check: SELECT a, count(*) FROM t WHERE a IN ('high', 'ten') GROUP BY a ORDER BY a
-- rows: [["high", "6"], ["ten", "3"]]

-- case: INSERT FIRST stops at the first condition that holds
INSERT FIRST WHEN sal > 2000 THEN INTO t (id, a) VALUES (empno, 'high') WHEN deptno = 10 THEN INTO t (id, a) VALUES (empno, 'ten') ELSE INTO t (id, a) VALUES (empno, 'other') SELECT empno, sal, deptno FROM emp;
WITH insert_source_1 AS MATERIALIZED (SELECT empno, sal, deptno FROM emp), insert_1 AS (INSERT INTO t (id, a) SELECT empno, 'high' FROM insert_source_1 WHERE (sal > 2000)), insert_2 AS (INSERT INTO t (id, a) SELECT empno, 'ten' FROM insert_source_1 WHERE NOT COALESCE((sal > 2000), FALSE) AND (deptno = 10)) INSERT INTO t (id, a) SELECT empno, 'other' FROM insert_source_1 WHERE NOT COALESCE((sal > 2000), FALSE) AND NOT COALESCE((deptno = 10), FALSE);
-- check: SELECT a, count(*) FROM t WHERE a IN ('high', 'ten', 'other') GROUP BY a ORDER BY a
-- rows: [["high", "6"], ["other", "7"], ["ten", "1"]]

-- case: INSERT ALL's ELSE takes rows no condition held for, a NULL condition included
INSERT ALL WHEN comm > 0 THEN INTO t (id, a) VALUES (empno, 'comm') ELSE INTO t (id, a) VALUES (empno, 'none') SELECT empno, comm FROM emp;
WITH insert_source_1 AS MATERIALIZED (SELECT empno, comm FROM emp), insert_1 AS (INSERT INTO t (id, a) SELECT empno, 'comm' FROM insert_source_1 WHERE comm > 0) INSERT INTO t (id, a) SELECT empno, 'none' FROM insert_source_1 WHERE NOT COALESCE((comm > 0), FALSE);
-- check: SELECT a, count(*) FROM t WHERE a IN ('comm', 'none') GROUP BY a ORDER BY a
-- rows: [["comm", "3"], ["none", "11"]]

-- case: INSERT ALL without VALUES takes the subquery's columns
INSERT ALL INTO dept INTO dept SELECT 97, 'A', 'B' FROM dual;
WITH insert_source_1 AS MATERIALIZED (SELECT 97, 'A', 'B'), insert_1 AS (INSERT INTO dept SELECT * FROM insert_source_1) INSERT INTO dept SELECT * FROM insert_source_1;

-- case: TRUNCATE TABLE drops the storage words
TRUNCATE TABLE emp DROP STORAGE;
TRUNCATE TABLE emp;

-- case: LOCK TABLE with Oracle's modes
LOCK TABLE emp, dept IN ROW EXCLUSIVE MODE NOWAIT;
LOCK TABLE emp, dept IN ROW EXCLUSIVE MODE NOWAIT;

-- case: LOCK TABLE SHARE UPDATE is ROW SHARE
LOCK TABLE emp IN SHARE UPDATE MODE;
LOCK TABLE emp IN ROW SHARE MODE;

-- case: COMMIT WORK
COMMIT WORK;
COMMIT;

-- case: ROLLBACK TO SAVEPOINT
ROLLBACK TO SAVEPOINT before_load;
ROLLBACK TO SAVEPOINT before_load;

-- case: ROLLBACK TO without SAVEPOINT
ROLLBACK WORK TO sp1;
ROLLBACK TO SAVEPOINT sp1;

-- case: SAVEPOINT
SAVEPOINT sp1;
SAVEPOINT sp1;

-- case: SET TRANSACTION READ ONLY
SET TRANSACTION READ ONLY;
SET TRANSACTION READ ONLY;

-- case: SET TRANSACTION ISOLATION LEVEL SERIALIZABLE
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;

-- case: an anonymous PL/SQL block is refused whole, not read as SQL
-- expect-error: TRANSLATE_UNSUPPORTED at 1:1
BEGIN
  UPDATE emp SET sal = sal + 1;
END;
/

-- case: a stored procedure is refused by name
-- expect-error: TRANSLATE_UNSUPPORTED at 1:1
CREATE OR REPLACE PROCEDURE raise_sal (p_id NUMBER) AS
BEGIN
  UPDATE emp SET sal = sal * 1.1 WHERE empno = p_id;
END;
/

-- case: a statement that is not SQL is a syntax error at its first word
-- expect-error: TRANSLATE_SYNTAX at 1:1
FROBNICATE emp;

-- case: INSERT ALL from DUAL, the usual way to insert several rows at once
INSERT ALL INTO dept (deptno, dname) VALUES (98, 'A') INTO dept (deptno, dname) VALUES (99, 'B') SELECT * FROM dual;
WITH insert_source_1 AS MATERIALIZED (SELECT 'X' AS dummy), insert_1 AS (INSERT INTO dept (deptno, dname) SELECT 98, 'A' FROM insert_source_1) INSERT INTO dept (deptno, dname) SELECT 99, 'B' FROM insert_source_1;
-- check: SELECT deptno, dname FROM dept WHERE deptno > 97 ORDER BY deptno
-- rows: [["98", "A"], ["99", "B"]]

-- case: SELECT * FROM dual selects DUMMY
SELECT * FROM dual;
SELECT 'X' AS dummy;
-- rows: [["X"]]

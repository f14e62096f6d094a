-- case: a view's query goes through the query rules
CREATE VIEW emp_v AS SELECT empno, NVL(comm, 0) AS comm FROM emp WHERE deptno = 10;
CREATE VIEW emp_v AS SELECT empno, COALESCE(comm, 0) AS comm FROM emp WHERE deptno = 10;

-- case: OR REPLACE with column aliases
CREATE OR REPLACE VIEW emp_v (no, name) AS SELECT empno, ename FROM emp;
CREATE OR REPLACE VIEW emp_v (no, name) AS SELECT empno, ename FROM emp;

-- case: FORCE needs the objects first in PostgreSQL
-- review: FORCE view
CREATE OR REPLACE FORCE VIEW emp_v AS SELECT empno FROM emp;
CREATE OR REPLACE VIEW emp_v AS SELECT empno FROM emp;

-- case: NOFORCE is the default
CREATE NO FORCE VIEW emp_v AS SELECT empno FROM emp;
CREATE VIEW emp_v AS SELECT empno FROM emp;

-- case: WITH READ ONLY gets a note
-- review: WITH READ ONLY
CREATE VIEW emp_v AS SELECT empno, ename FROM emp WITH READ ONLY;
CREATE VIEW emp_v AS SELECT empno, ename FROM emp;

-- case: WITH CHECK OPTION is kept, its constraint name dropped
CREATE VIEW emp10 AS SELECT * FROM emp WHERE deptno = 10 WITH CHECK OPTION CONSTRAINT emp10_ck;
CREATE VIEW emp10 AS SELECT * FROM emp WHERE deptno = 10 WITH CHECK OPTION;

-- case: EDITIONABLE and BEQUEATH are dropped
CREATE OR REPLACE EDITIONABLE VIEW emp_v BEQUEATH DEFINER AS SELECT empno FROM emp;
CREATE OR REPLACE VIEW emp_v AS SELECT empno FROM emp;

-- case: a view with an Oracle outer join and ROWNUM
CREATE VIEW ed AS SELECT e.ename, d.dname FROM emp e, dept d WHERE e.deptno = d.deptno(+) AND ROWNUM <= 10;
CREATE VIEW ed AS SELECT e.ename, d.dname FROM emp e LEFT JOIN dept d ON e.deptno = d.deptno LIMIT
10;

-- case: a view with a MINUS and a CAST
CREATE VIEW v AS SELECT CAST(empno AS VARCHAR2(10)) AS id FROM emp MINUS SELECT '7369' FROM dual;
CREATE VIEW v AS SELECT CAST(empno AS varchar(10)) AS id FROM emp EXCEPT SELECT '7369';

-- case: view constraints are declarative only and dropped
CREATE VIEW emp_v (no, name, CONSTRAINT emp_v_pk PRIMARY KEY (no) RELY DISABLE NOVALIDATE) AS SELECT empno, ename FROM emp;
CREATE VIEW emp_v (no, name) AS SELECT empno, ename FROM emp;

-- case: an editioning view is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
CREATE EDITIONING VIEW emp_ev AS SELECT * FROM emp;

-- case: an object view is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:15
CREATE VIEW v OF person_t WITH OBJECT IDENTIFIER (id) AS SELECT * FROM people;

-- case: DROP VIEW, CASCADE CONSTRAINTS dropped
DROP VIEW emp_v CASCADE CONSTRAINTS;
DROP VIEW emp_v;

-- case: a materialized view built now and refreshed on demand
CREATE MATERIALIZED VIEW dept_sal BUILD IMMEDIATE REFRESH COMPLETE ON DEMAND AS SELECT deptno, SUM(sal) AS total FROM emp GROUP BY deptno;
CREATE MATERIALIZED VIEW dept_sal AS SELECT deptno, SUM(sal) AS total FROM emp GROUP BY deptno;

-- case: BUILD DEFERRED is WITH NO DATA
CREATE MATERIALIZED VIEW dept_sal BUILD DEFERRED AS SELECT deptno, SUM(sal) AS total FROM emp GROUP BY deptno;
CREATE MATERIALIZED VIEW dept_sal AS SELECT deptno, SUM(sal) AS total FROM emp GROUP BY deptno WITH
NO DATA;

-- case: REFRESH FAST ON COMMIT gets a note
-- review: REFRESH
CREATE MATERIALIZED VIEW dept_sal REFRESH FAST ON COMMIT AS SELECT deptno, COUNT(*) AS n FROM emp GROUP BY deptno;
CREATE MATERIALIZED VIEW dept_sal AS SELECT deptno, COUNT(*) AS n FROM emp GROUP BY deptno;

-- case: a refresh schedule gets a note
-- review: REFRESH
CREATE MATERIALIZED VIEW mv (d, n) TABLESPACE users REFRESH COMPLETE START WITH SYSDATE NEXT SYSDATE + 1 WITH PRIMARY KEY ENABLE QUERY REWRITE AS SELECT deptno, COUNT(*) FROM emp GROUP BY deptno;
CREATE MATERIALIZED VIEW mv (d, n) AS SELECT deptno, COUNT(*) FROM emp GROUP BY deptno;

-- case: NEVER REFRESH and USING INDEX are dropped
CREATE MATERIALIZED VIEW mv USING INDEX TABLESPACE idx NEVER REFRESH DISABLE QUERY REWRITE AS SELECT * FROM dept;
CREATE MATERIALIZED VIEW mv AS SELECT * FROM dept;

-- case: ON PREBUILT TABLE is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:29
CREATE MATERIALIZED VIEW mv ON PREBUILT TABLE AS SELECT * FROM dept;

-- case: a materialized view log is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:26
CREATE MATERIALIZED VIEW LOG ON emp WITH PRIMARY KEY;

-- case: DROP MATERIALIZED VIEW
DROP MATERIALIZED VIEW dept_sal PRESERVE TABLE;
DROP MATERIALIZED VIEW dept_sal;

-- case: COMMENT ON TABLE
COMMENT ON TABLE emp IS 'Employees';
COMMENT ON TABLE emp IS 'Employees';
-- check: SELECT obj_description('emp'::regclass, 'pg_class')
-- rows: [["Employees"]]

-- case: COMMENT ON TABLE of a view the script created becomes COMMENT ON VIEW, which PostgreSQL requires
-- options: {"relations": {"emp_v": {"kind": "view"}}}
COMMENT ON TABLE scott.emp_v IS 'Employees, for reports';
COMMENT ON VIEW scott.emp_v IS 'Employees, for reports';

-- case: COMMENT ON TABLE of a materialized view the script created
-- options: {"relations": {"dept_sal": {"kind": "materialized view"}}}
COMMENT ON TABLE dept_sal IS 'Totals';
COMMENT ON MATERIALIZED VIEW dept_sal IS 'Totals';

-- case: COMMENT ON TABLE of a name not known as a view stays COMMENT ON TABLE
-- options: {"relations": {"emp_v": {"kind": "view"}}}
COMMENT ON TABLE dept IS 'Departments';
COMMENT ON TABLE dept IS 'Departments';

-- case: COMMENT ON COLUMN with a quote in the text
COMMENT ON COLUMN scott.emp.ename IS 'Employee''s name';
COMMENT ON COLUMN scott.emp.ename IS 'Employee''s name';

-- case: COMMENT ON MATERIALIZED VIEW
COMMENT ON MATERIALIZED VIEW dept_sal IS 'Totals';
COMMENT ON MATERIALIZED VIEW dept_sal IS 'Totals';

-- case: COMMENT ON an operator is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:12
COMMENT ON OPERATOR eq_op IS 'x';

-- case: a synonym becomes a view
-- review: SYNONYM
CREATE SYNONYM staff FOR scott.emp;
CREATE VIEW staff AS SELECT * FROM scott.emp;

-- case: a public synonym becomes a view in schema public
-- review: SYNONYM
CREATE OR REPLACE PUBLIC SYNONYM emp FOR scott.emp;
CREATE OR REPLACE VIEW public.emp AS SELECT * FROM scott.emp;

-- case: a synonym over a database link is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:34
CREATE SYNONYM remote_emp FOR emp@prod;

-- case: DROP SYNONYM drops the view
DROP SYNONYM staff;
DROP VIEW staff;

-- case: DROP PUBLIC SYNONYM drops the view in schema public
DROP PUBLIC SYNONYM emp FORCE;
DROP VIEW public.emp;

-- case: GRANT object privileges
GRANT SELECT, INSERT, UPDATE, DELETE ON scott.emp TO hr;
GRANT SELECT, INSERT, UPDATE, DELETE ON scott.emp TO hr;

-- case: GRANT with column privileges, PUBLIC and GRANT OPTION
GRANT SELECT, UPDATE (sal, comm) ON emp TO scott, PUBLIC WITH GRANT OPTION;
GRANT SELECT, UPDATE (sal, comm) ON emp TO scott, PUBLIC WITH GRANT OPTION;

-- case: GRANT ALL PRIVILEGES and REFERENCES
GRANT ALL ON emp TO app_role;
GRANT ALL PRIVILEGES ON emp TO app_role;

-- case: GRANT READ is SELECT
GRANT READ ON emp TO reporter;
GRANT SELECT ON emp TO reporter;

-- case: GRANT EXECUTE is ON ROUTINE
-- review: GRANT EXECUTE
GRANT EXECUTE ON scott.raise_salary TO hr;
GRANT EXECUTE ON ROUTINE scott.raise_salary TO hr;

-- case: REVOKE
REVOKE INSERT, DELETE ON emp FROM hr;
REVOKE INSERT, DELETE ON emp FROM hr;

-- case: system privileges are refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:7
GRANT CREATE SESSION, CREATE TABLE TO scott;

-- case: roles are refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:7
GRANT dba TO scott;

-- case: an object privilege PostgreSQL lacks is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:15
GRANT SELECT, ALTER ON emp TO scott;

-- case: ALTER TABLE ADD a column
ALTER TABLE emp ADD bonus NUMBER(7,2) DEFAULT 0 NOT NULL;
ALTER TABLE emp ADD COLUMN bonus numeric(7, 2) DEFAULT 0 NOT NULL;

-- case: ALTER TABLE ADD several columns and a constraint
ALTER TABLE emp ADD (bonus NUMBER(7,2), hired_on DATE DEFAULT SYSDATE, CONSTRAINT bonus_ck CHECK (bonus >= 0));
ALTER TABLE emp ADD COLUMN bonus numeric(7, 2), ADD COLUMN hired_on timestamp(0) DEFAULT
decant_oracle.sysdate(), ADD CONSTRAINT bonus_ck CHECK (bonus >= 0);

-- case: ALTER TABLE MODIFY type, default and nullability
ALTER TABLE emp MODIFY (ename VARCHAR2(40) NOT NULL, sal DEFAULT 0, comm NULL);
ALTER TABLE emp ALTER COLUMN ename TYPE varchar(40), ALTER COLUMN ename SET NOT NULL, ALTER COLUMN
sal SET DEFAULT 0, ALTER COLUMN comm DROP NOT NULL;

-- case: ALTER TABLE MODIFY one column
ALTER TABLE emp MODIFY hiredate DATE;
ALTER TABLE emp ALTER COLUMN hiredate TYPE timestamp(0);

-- case: ALTER TABLE DROP COLUMN and DROP (columns)
ALTER TABLE emp DROP COLUMN bonus;
ALTER TABLE emp DROP COLUMN bonus;

-- case: ALTER TABLE DROP several columns
ALTER TABLE emp DROP (bonus, hired_on);
ALTER TABLE emp DROP COLUMN bonus, DROP COLUMN hired_on;

-- case: ALTER TABLE RENAME COLUMN
ALTER TABLE emp RENAME COLUMN ename TO emp_name;
ALTER TABLE emp RENAME COLUMN ename TO emp_name;

-- case: ALTER TABLE RENAME TO
ALTER TABLE scott.emp RENAME TO employees;
ALTER TABLE scott.emp RENAME TO employees;

-- case: RENAME statement
RENAME emp TO employees;
ALTER TABLE emp RENAME TO employees;

-- case: ALTER TABLE MOVE is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:17
ALTER TABLE emp MOVE TABLESPACE users;

-- case: ALTER INDEX is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:1
ALTER INDEX emp_ix REBUILD;

-- case: DROP TABLE
DROP TABLE emp;
DROP TABLE emp;

-- case: DROP TABLE CASCADE CONSTRAINTS PURGE
-- review: CASCADE CONSTRAINTS
DROP TABLE scott.emp CASCADE CONSTRAINTS PURGE;
DROP TABLE scott.emp CASCADE;

-- case: DROP USER is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:1
DROP USER scott CASCADE;

-- case: CREATE USER is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:1
CREATE USER scott IDENTIFIED BY tiger;

-- case: CREATE DATABASE LINK is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:1
CREATE DATABASE LINK prod CONNECT TO scott IDENTIFIED BY tiger USING 'prod';

-- case: CREATE OR REPLACE on a table is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:1
CREATE OR REPLACE TABLE t (a NUMBER);

-- case: a PL/SQL procedure is still refused by the PL/SQL recogniser
-- expect-error: TRANSLATE_UNSUPPORTED at 1:1
CREATE OR REPLACE PROCEDURE p IS BEGIN NULL; END;
/

-- case: ANALYZE is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:1
ANALYZE TABLE emp COMPUTE STATISTICS;

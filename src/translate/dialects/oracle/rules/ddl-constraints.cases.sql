-- case: inline primary key, unique, check and references
CREATE TABLE emp (empno NUMBER(4) PRIMARY KEY, email VARCHAR2(50) UNIQUE, sal NUMBER(7,2) CHECK (sal > 0), deptno NUMBER(2) REFERENCES dept (deptno));
CREATE TABLE emp (empno smallint PRIMARY KEY, email varchar(50) UNIQUE, sal numeric(7, 2) CHECK (sal
> 0), deptno smallint REFERENCES dept (deptno));

-- case: named inline constraints keep their names
CREATE TABLE emp (empno NUMBER(4) CONSTRAINT emp_pk PRIMARY KEY, sal NUMBER(7,2) CONSTRAINT sal_ck CHECK (sal > 0));
CREATE TABLE emp (empno smallint CONSTRAINT emp_pk PRIMARY KEY, sal numeric(7, 2) CONSTRAINT sal_ck
CHECK (sal > 0));

-- case: a named NOT NULL constraint loses only its name
CREATE TABLE t (a NUMBER(5) CONSTRAINT a_nn NOT NULL);
CREATE TABLE t (a integer NOT NULL);

-- case: out-of-line primary key over two columns
CREATE TABLE t (a NUMBER(5), b NUMBER(5), CONSTRAINT t_pk PRIMARY KEY (a, b));
CREATE TABLE t (a integer, b integer, CONSTRAINT t_pk PRIMARY KEY (a, b));

-- case: out-of-line unique and check
CREATE TABLE t (a NUMBER(5), b VARCHAR2(5), UNIQUE (a, b), CONSTRAINT b_ck CHECK (b IN ('X', 'Y')));
CREATE TABLE t (a integer, b varchar(5), UNIQUE (a, b), CONSTRAINT b_ck CHECK (b IN ('X', 'Y')));

-- case: foreign key with ON DELETE CASCADE
CREATE TABLE t (a NUMBER(5), CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES parent (id) ON DELETE CASCADE);
CREATE TABLE t (a integer, CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES parent (id) ON DELETE
CASCADE);

-- case: foreign key with ON DELETE SET NULL and no column list
CREATE TABLE t (a NUMBER(5), FOREIGN KEY (a) REFERENCES parent ON DELETE SET NULL);
CREATE TABLE t (a integer, FOREIGN KEY (a) REFERENCES parent ON DELETE SET NULL);

-- case: foreign key to a schema-qualified table
CREATE TABLE t (a NUMBER(5) REFERENCES hr.parent (id));
CREATE TABLE t (a integer REFERENCES hr.parent (id));

-- case: DEFERRABLE INITIALLY DEFERRED foreign key
CREATE TABLE t (a NUMBER(5), CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE t (a integer, CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES parent (id) DEFERRABLE
INITIALLY DEFERRED);

-- case: DEFERRABLE INITIALLY IMMEDIATE unique key
CREATE TABLE t (a NUMBER(5), CONSTRAINT t_uk UNIQUE (a) DEFERRABLE INITIALLY IMMEDIATE);
CREATE TABLE t (a integer, CONSTRAINT t_uk UNIQUE (a) DEFERRABLE);

-- case: INITIALLY DEFERRED implies DEFERRABLE
CREATE TABLE t (a NUMBER(5) CONSTRAINT t_pk PRIMARY KEY INITIALLY DEFERRED);
CREATE TABLE t (a integer CONSTRAINT t_pk PRIMARY KEY DEFERRABLE INITIALLY DEFERRED);

-- case: NOT DEFERRABLE, ENABLE VALIDATE and RELY are the default or optimizer hints
CREATE TABLE t (a NUMBER(5), CONSTRAINT t_pk PRIMARY KEY (a) NOT DEFERRABLE RELY ENABLE VALIDATE);
CREATE TABLE t (a integer, CONSTRAINT t_pk PRIMARY KEY (a));

-- case: USING INDEX clauses are dropped
CREATE TABLE t (a NUMBER(5), CONSTRAINT t_pk PRIMARY KEY (a) USING INDEX PCTFREE 10 TABLESPACE idx ENABLE);
CREATE TABLE t (a integer, CONSTRAINT t_pk PRIMARY KEY (a));

-- case: USING INDEX with an index name or a CREATE INDEX is dropped
CREATE TABLE t (a NUMBER(5), b NUMBER(5), CONSTRAINT t_pk PRIMARY KEY (a) USING INDEX t_pk_ix, CONSTRAINT t_uk UNIQUE (b) USING INDEX (CREATE UNIQUE INDEX t_uk_ix ON t (b)));
CREATE TABLE t (a integer, b integer, CONSTRAINT t_pk PRIMARY KEY (a), CONSTRAINT t_uk UNIQUE (b));

-- case: ENABLE NOVALIDATE in CREATE TABLE has no rows to skip
CREATE TABLE t (a NUMBER(5), CONSTRAINT a_ck CHECK (a > 0) ENABLE NOVALIDATE);
CREATE TABLE t (a integer, CONSTRAINT a_ck CHECK (a > 0));

-- case: a disabled constraint is left out with a note
-- review: a disabled constraint
CREATE TABLE t (a NUMBER(5), CONSTRAINT a_ck CHECK (a > 0) DISABLE);
CREATE TABLE t (a integer);

-- case: DISABLE NOVALIDATE foreign key is left out
-- review: a disabled constraint
CREATE TABLE t (a NUMBER(5) CONSTRAINT t_fk REFERENCES parent (id) DISABLE NOVALIDATE, b NUMBER(5));
CREATE TABLE t (a integer, b integer);

-- case: DISABLE VALIDATE is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:60
CREATE TABLE t (a NUMBER(5), CONSTRAINT a_ck CHECK (a > 0) DISABLE VALIDATE);

-- case: a deferrable CHECK is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:60
CREATE TABLE t (a NUMBER(5), CONSTRAINT a_ck CHECK (a > 0) DEFERRABLE);

-- case: EXCEPTIONS INTO is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:60
CREATE TABLE t (a NUMBER(5), CONSTRAINT a_ck CHECK (a > 0) EXCEPTIONS INTO bad_rows);

-- case: a CHECK condition goes through the expression rules
CREATE TABLE t (a VARCHAR2(5), b VARCHAR2(5), CONSTRAINT ab_ck CHECK (NVL(a, b) IS NOT NULL));
CREATE TABLE t (a varchar(5), b varchar(5), CONSTRAINT ab_ck CHECK (COALESCE(a, b) IS NOT NULL));

-- case: ALTER TABLE ADD CONSTRAINT primary key
ALTER TABLE emp ADD CONSTRAINT emp_pk PRIMARY KEY (empno);
ALTER TABLE emp ADD CONSTRAINT emp_pk PRIMARY KEY (empno);

-- case: ALTER TABLE ADD CONSTRAINT foreign key with ENABLE NOVALIDATE is NOT VALID
ALTER TABLE emp ADD CONSTRAINT emp_fk FOREIGN KEY (deptno) REFERENCES dept (deptno) ENABLE NOVALIDATE;
ALTER TABLE emp ADD CONSTRAINT emp_fk FOREIGN KEY (deptno) REFERENCES dept (deptno) NOT VALID;

-- case: ALTER TABLE ADD CONSTRAINT check NOVALIDATE is NOT VALID
ALTER TABLE emp ADD CONSTRAINT sal_ck CHECK (sal > 0) NOVALIDATE;
ALTER TABLE emp ADD CONSTRAINT sal_ck CHECK (sal > 0) NOT VALID;

-- case: ALTER TABLE ADD unique key with NOVALIDATE is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:54
ALTER TABLE emp ADD CONSTRAINT emp_uk UNIQUE (ename) ENABLE NOVALIDATE;

-- case: ALTER TABLE ADD a disabled constraint adds nothing but a note
-- review: a disabled constraint
ALTER TABLE emp ADD (CONSTRAINT sal_ck CHECK (sal > 0) DISABLE, bonus NUMBER(7,2));
ALTER TABLE emp ADD COLUMN bonus numeric(7, 2);

-- case: ALTER TABLE DROP CONSTRAINT with CASCADE
ALTER TABLE dept DROP CONSTRAINT dept_pk CASCADE;
ALTER TABLE dept DROP CONSTRAINT dept_pk CASCADE;

-- case: ALTER TABLE DROP PRIMARY KEY is refused: PostgreSQL needs the name
-- expect-error: TRANSLATE_UNSUPPORTED at 1:18
ALTER TABLE dept DROP PRIMARY KEY;

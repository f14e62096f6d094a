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

-- case: DROP PRIMARY KEY of a key whose name is known (PostgreSQL names an unnamed one <table>_pkey)
-- options: {"relations": {"t": {"kind": "table", "primaryKey": "t_pkey"}}}
ALTER TABLE t DROP PRIMARY KEY;
ALTER TABLE t DROP CONSTRAINT t_pkey;
-- check: SELECT count(*) FROM pg_constraint WHERE conrelid = 't'::regclass AND contype = 'p'
-- rows: [[0]]

-- case: DROP PRIMARY KEY CASCADE drops the foreign keys that reference it, as in Oracle
-- options: {"relations": {"dept": {"kind": "table", "primaryKey": "dept_pkey"}}}
ALTER TABLE dept DROP PRIMARY KEY CASCADE DROP INDEX;
ALTER TABLE dept DROP CONSTRAINT dept_pkey CASCADE;
-- check: SELECT conname FROM pg_constraint WHERE conrelid IN ('dept'::regclass, 'emp'::regclass) AND contype IN ('p', 'f') ORDER BY 1
-- rows: [["emp_pkey"]]

-- case: DROP PRIMARY KEY of a named key keeps its name's spelling
-- options: {"relations": {"emp": {"kind": "table", "primaryKey": "Emp_PK"}}}
ALTER TABLE scott.emp DROP PRIMARY KEY;
ALTER TABLE scott.emp DROP CONSTRAINT "Emp_PK";

-- case: DROP PRIMARY KEY of a key whose name is not known: looked up in pg_constraint when it runs
ALTER TABLE t DROP PRIMARY KEY;
DO $$DECLARE ddl text; BEGIN SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) INTO ddl FROM pg_constraint WHERE conrelid = 't'::regclass AND contype = 'p'; IF NOT FOUND THEN RAISE EXCEPTION 'cannot drop nonexistent primary key of %', 't'::regclass USING ERRCODE = 'undefined_object'; END IF; EXECUTE ddl; END$$;
-- check: SELECT count(*) FROM pg_constraint WHERE conrelid = 't'::regclass AND contype = 'p'
-- rows: [[0]]

-- case: DROP PRIMARY KEY CASCADE by lookup
ALTER TABLE dept DROP PRIMARY KEY CASCADE;
DO $$DECLARE ddl text; BEGIN SELECT format('ALTER TABLE %s DROP CONSTRAINT %I CASCADE', conrelid::regclass, conname) INTO ddl FROM pg_constraint WHERE conrelid = 'dept'::regclass AND contype = 'p'; IF NOT FOUND THEN RAISE EXCEPTION 'cannot drop nonexistent primary key of %', 'dept'::regclass USING ERRCODE = 'undefined_object'; END IF; EXECUTE ddl; END$$;
-- check: SELECT conname FROM pg_constraint WHERE conrelid IN ('dept'::regclass, 'emp'::regclass) AND contype IN ('p', 'f') ORDER BY 1
-- rows: [["emp_pkey"]]

-- case: DROP PRIMARY KEY by lookup names the table as regclass text: quoted, schema-qualified, its quote doubled
ALTER TABLE sales."Bob's Lines" DROP PRIMARY KEY;
DO $$DECLARE ddl text; BEGIN SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) INTO ddl FROM pg_constraint WHERE conrelid = 'sales."Bob''s Lines"'::regclass AND contype = 'p'; IF NOT FOUND THEN RAISE EXCEPTION 'cannot drop nonexistent primary key of %', 'sales."Bob''s Lines"'::regclass USING ERRCODE = 'undefined_object'; END IF; EXECUTE ddl; END$$;

-- case: DROP UNIQUE (columns) of a named unique key the script created
-- options: {"relations": {"emp": {"kind": "table", "unique": [{"name": "emp_name_uk", "columns": ["ename", "job"]}]}}}
ALTER TABLE emp DROP UNIQUE (ename, job);
ALTER TABLE emp DROP CONSTRAINT emp_name_uk;

-- case: DROP UNIQUE (columns) otherwise: the unique key on those columns, in that order, looked up when it runs
ALTER TABLE emp DROP UNIQUE (ename, job) CASCADE;
DO $$DECLARE ddl text; BEGIN SELECT format('ALTER TABLE %s DROP CONSTRAINT %I CASCADE', conrelid::regclass, conname) INTO ddl FROM pg_constraint WHERE conrelid = 'emp'::regclass AND contype = 'u' AND ARRAY(SELECT attname FROM pg_attribute, unnest(conkey) WITH ORDINALITY AS k(num, i) WHERE attrelid = conrelid AND attnum = num ORDER BY i) = ARRAY['ename', 'job']::name[]; IF NOT FOUND THEN RAISE EXCEPTION 'cannot drop nonexistent unique key of %', 'emp'::regclass USING ERRCODE = 'undefined_object'; END IF; EXECUTE ddl; END$$;

-- case: DROP PRIMARY KEY KEEP INDEX is refused: Oracle's kept index still refuses duplicates, PostgreSQL drops it with the key
-- options: {"relations": {"dept": {"kind": "table", "primaryKey": "dept_pkey"}}}
-- expect-error: TRANSLATE_UNSUPPORTED at 1:35
ALTER TABLE dept DROP PRIMARY KEY KEEP INDEX;

-- case: DROP CONSTRAINT ... KEEP INDEX is refused for the same reason
-- expect-error: TRANSLATE_UNSUPPORTED at 1:42
ALTER TABLE dept DROP CONSTRAINT dept_pk KEEP INDEX;

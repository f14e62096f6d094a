-- case: USER_TABLES lists the session's tables, names as Oracle stores them
SELECT table_name FROM user_tables ORDER BY 1;
SELECT table_name FROM decant_oracle.user_tables ORDER BY 1;
-- rows: [["DEPT"], ["EMP"], ["T"]]

-- case: the dictionary compares with upper-case literals, as in Oracle
SELECT COUNT(*) FROM user_tables WHERE table_name = 'EMP';
SELECT COUNT(*) FROM decant_oracle.user_tables WHERE table_name = 'EMP';
-- rows: [[1]]

-- case: USER_TAB_COLUMNS gives Oracle's type names, lengths, precision and scale
SELECT column_name, data_type, data_length, data_precision, data_scale, nullable FROM user_tab_columns WHERE table_name = 'EMP' AND column_name IN ('EMPNO', 'ENAME', 'HIREDATE', 'SAL') ORDER BY column_id;
SELECT column_name, data_type, data_length, data_precision, data_scale, nullable FROM decant_oracle.user_tab_columns WHERE table_name = 'EMP' AND column_name IN ('EMPNO', 'ENAME', 'HIREDATE', 'SAL') ORDER BY column_id;
-- rows: [["EMPNO", "NUMBER", 22, 4, 0, "N"], ["ENAME", "VARCHAR2", 10, null, null, "Y"], ["HIREDATE", "DATE", 7, null, null, "Y"], ["SAL", "NUMBER", 22, 7, 2, "Y"]]

-- case: COLUMN_ID numbers a table's columns from 1
SELECT MAX(column_id), COUNT(*) FROM user_tab_columns WHERE table_name = 'EMP';
SELECT MAX(column_id), COUNT(*) FROM decant_oracle.user_tab_columns WHERE table_name = 'EMP';
-- rows: [[8, 8]]

-- case: USER_OBJECTS by type
SELECT object_type, object_name, status FROM user_objects WHERE object_type IN ('TABLE', 'SEQUENCE') ORDER BY 1, 2;
SELECT object_type, object_name, status FROM decant_oracle.user_objects WHERE object_type IN ('TABLE', 'SEQUENCE') ORDER BY 1, 2;
-- rows: [["SEQUENCE", "EMP_SEQ", "VALID"], ["TABLE", "DEPT", "VALID"], ["TABLE", "EMP", "VALID"], ["TABLE", "T", "VALID"]]

-- case: USER_SEQUENCES with bounds, step and flags
SELECT sequence_name, min_value, increment_by, cycle_flag, order_flag FROM user_sequences;
SELECT sequence_name, min_value, increment_by, cycle_flag, order_flag FROM decant_oracle.user_sequences;
-- rows: [["EMP_SEQ", 1, 1, "N", "N"]]

-- case: USER_CONSTRAINTS: a foreign key names the key it references
SELECT constraint_name, constraint_type, r_constraint_name, delete_rule, status FROM user_constraints WHERE table_name = 'EMP' ORDER BY 1;
SELECT constraint_name, constraint_type, r_constraint_name, delete_rule, status FROM decant_oracle.user_constraints WHERE table_name = 'EMP' ORDER BY 1;
-- rows: [["EMP_DEPTNO_FKEY", "R", "DEPT_PKEY", "NO ACTION", "ENABLED"], ["EMP_PKEY", "P", null, null, "ENABLED"]]

-- case: primary key columns, joining USER_CONS_COLUMNS and USER_CONSTRAINTS (Oracle's usual query)
SELECT cc.table_name, cc.column_name, cc.position FROM user_constraints c JOIN user_cons_columns cc ON cc.constraint_name = c.constraint_name WHERE c.constraint_type = 'P' ORDER BY 1;
SELECT cc.table_name, cc.column_name, cc.position FROM decant_oracle.user_constraints c JOIN decant_oracle.user_cons_columns cc ON cc.constraint_name = c.constraint_name WHERE c.constraint_type = 'P' ORDER BY 1;
-- rows: [["DEPT", "DEPTNO", 1], ["EMP", "EMPNO", 1], ["T", "ID", 1]]

-- case: the same join in Oracle's comma form
SELECT c.table_name, cc.column_name FROM user_constraints c, user_cons_columns cc WHERE cc.constraint_name = c.constraint_name AND c.constraint_type = 'R';
SELECT c.table_name, cc.column_name FROM decant_oracle.user_constraints c, decant_oracle.user_cons_columns cc WHERE cc.constraint_name = c.constraint_name AND c.constraint_type = 'R';
-- rows: [["EMP", "DEPTNO"]]

-- case: USER_INDEXES with the uniqueness of each
SELECT index_name, index_type, uniqueness, table_owner FROM user_indexes WHERE table_name = 'EMP';
SELECT index_name, index_type, uniqueness, table_owner FROM decant_oracle.user_indexes WHERE table_name = 'EMP';
-- rows: [["EMP_PKEY", "NORMAL", "UNIQUE", "PUBLIC"]]

-- case: USER_VIEWS (the fixture has none)
SELECT view_name, text FROM user_views;
SELECT view_name, text FROM decant_oracle.user_views;
-- rows: []

-- case: ALL_TABLES qualified by SYS, with the owner
SELECT owner, table_name FROM SYS.ALL_TABLES WHERE table_name = 'DEPT';
SELECT owner, table_name FROM decant_oracle.all_tables WHERE table_name = 'DEPT';
-- rows: [["PUBLIC", "DEPT"]]

-- case: ALL_OBJECTS leaves the compatibility schema out
SELECT COUNT(*) FROM all_objects WHERE owner = 'DECANT_ORACLE';
SELECT COUNT(*) FROM decant_oracle.all_objects WHERE owner = 'DECANT_ORACLE';
-- rows: [[0]]

-- case: ALL_TAB_COLUMNS joined with ALL_TABLES
SELECT t.table_name, COUNT(*) FROM all_tables t JOIN all_tab_columns c ON c.owner = t.owner AND c.table_name = t.table_name GROUP BY t.table_name ORDER BY 1;
SELECT t.table_name, COUNT(*) FROM decant_oracle.all_tables t JOIN decant_oracle.all_tab_columns c ON c.owner = t.owner AND c.table_name = t.table_name GROUP BY t.table_name ORDER BY 1;
-- rows: [["DEPT", 3], ["EMP", 8], ["T", 5]]

-- case: a dictionary view in a subquery
SELECT COUNT(*) FROM dual WHERE EXISTS (SELECT 1 FROM user_tables WHERE table_name = 'T');
SELECT COUNT(*) WHERE EXISTS (SELECT 1 FROM decant_oracle.user_tables WHERE table_name = 'T');
-- rows: [[1]]

-- case: V$VERSION names Decant and PostgreSQL
SELECT COUNT(*) FROM v$version WHERE banner LIKE 'Decant Oracle gateway on PostgreSQL%';
SELECT COUNT(*) FROM decant_oracle.v$version WHERE banner LIKE 'Decant Oracle gateway on PostgreSQL%';
-- rows: [[1]]

-- case: a quoted upper-case name is the same name in Oracle
SELECT COUNT(*) FROM "USER_TABLES";
SELECT COUNT(*) FROM decant_oracle.user_tables;
-- rows: [[3]]

-- case: a user's table of that name must be qualified by its schema
SELECT * FROM hr.user_tables;
SELECT * FROM hr.user_tables;

-- case: a quoted lower-case name is another name in Oracle
SELECT * FROM "user_tables";
SELECT * FROM user_tables;

-- case: a WITH query of a dictionary name is the query's own
WITH user_tables AS (SELECT 'MINE' AS table_name FROM dual) SELECT table_name FROM user_tables;
WITH user_tables AS (SELECT 'MINE' AS table_name) SELECT table_name FROM user_tables;
-- rows: [["MINE"]]

-- case: a WITH query may read the dictionary view it is named after
WITH user_tables AS (SELECT table_name FROM user_tables WHERE table_name = 'EMP') SELECT table_name FROM user_tables;
WITH user_tables AS (SELECT table_name FROM decant_oracle.user_tables WHERE table_name = 'EMP') SELECT table_name FROM user_tables;
-- rows: [["EMP"]]

-- case: the compatibility schema follows the option
-- options: {"compatSchema": "oracle_compat"}
SELECT table_name FROM user_tables;
SELECT table_name FROM oracle_compat.user_tables;

-- case: unquoted names fold to lower case
SELECT EmpNo, ENAME FROM Scott.Emp;
SELECT empno, ename FROM scott.emp;

-- case: a quoted upper-case name is the same as unquoted
SELECT "ENAME" FROM "EMP";
SELECT ename FROM emp;

-- case: a quoted mixed-case name stays quoted
SELECT "FirstName", "last name" FROM "People";
SELECT "FirstName", "last name" FROM "People";

-- case: a quoted lower-case name needs no quotes in PostgreSQL
SELECT "ename" FROM "emp";
SELECT ename FROM emp;

-- case: a column named like a PostgreSQL reserved word is quoted
SELECT "USER", "ORDER", "LIMIT" FROM t;
SELECT "user", "order", "limit" FROM t;

-- case: Oracle names PostgreSQL reserves: ANALYSE, OFFSET, WINDOW
SELECT offset, window FROM events;
SELECT "offset", "window" FROM events;

-- case: a table named like a PostgreSQL type-function keyword is quoted
SELECT * FROM verbose;
SELECT * FROM "verbose";

-- case: names with $ and # keep their characters
SELECT sys$col, a#b FROM tab$1;
SELECT sys$col, "a#b" FROM tab$1;

-- case: a quoted name cannot hold a double quote (Oracle forbids it): the empty name is an error
-- expect-error: TRANSLATE_SYNTAX at 1:18
SELECT "say ""hi""" FROM t;

-- case: non-ASCII letters fold too
SELECT Größe FROM maße;
SELECT größe FROM maße;

-- case: an alias that is a PostgreSQL keyword is quoted
SELECT ename AS "FROM", sal "TABLE" FROM emp;
SELECT ename AS "from", sal AS "table" FROM emp;

-- case: an alias without AS
SELECT ename name, sal salary FROM emp e;
SELECT ename AS name, sal AS salary FROM emp e;

-- case: a schema-qualified function keeps its schema
SELECT hr.pkg.f(1) FROM dual;
SELECT hr.pkg.f(1);

-- case: a user function named like a PostgreSQL keyword is quoted
SELECT "Calc"(1), calc(2) FROM dual;
SELECT "Calc"(1), CALC(2);

-- case: named arguments keep their names
SELECT f(p_a => 1, p_b => 'x') FROM dual;
SELECT F(p_a => 1, p_b => 'x');

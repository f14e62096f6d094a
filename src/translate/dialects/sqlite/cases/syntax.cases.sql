-- case: CREATE VIEW as sqlite_master keeps it; names keep their case, unquoted too
CREATE VIEW active_customers AS SELECT id, name FROM Customers WHERE active;
CREATE VIEW active_customers AS SELECT id, name FROM "Customers" WHERE active <> 0;

-- case: "double", `back` and [bracket] quoted names; IF NOT EXISTS is left out (PostgreSQL 13 has none for views)
CREATE VIEW IF NOT EXISTS "Big Orders" AS SELECT [id], `amount` AS "Amount" FROM "orders" WHERE amount > 10;
CREATE VIEW "Big Orders" AS SELECT id, amount AS "Amount" FROM orders WHERE amount > 10;

-- case: a temporary view is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
CREATE TEMP VIEW v AS SELECT 1;

-- case: a condition in the select list is SQLite's 1 or 0; a number as a condition is true unless 0
-- review: ORDER BY
SELECT id, active AS a, active > 0 AS positive FROM Customers WHERE active OR id = 3 ORDER BY id;
SELECT id, active AS a, (active > 0)::integer AS positive FROM "Customers" WHERE active <> 0 OR id = 3 ORDER BY id NULLS FIRST;
-- rows: [[1, 1, 1], [3, null, null]]

-- case: || joins values as text
SELECT 'x' || 1 || 2.5 AS a, name || ' <' || email || '>' AS b FROM Customers WHERE id = 1;
SELECT 'x' || 1::text || 2.5::text AS a, name::text || ' <' || email::text || '>' AS b FROM "Customers" WHERE id = 1;
-- rows: [["x12.5", "Ann <ann@example.com>"]]

-- case: || binds tighter than * and / in SQLite
SELECT a || b * c / d FROM t;
SELECT (a::text || b::text) * c / NULLIF(d, 0) FROM t;

-- case: == is =, IS is equality where NULL equals NULL, ISNULL and NOTNULL
-- review: ORDER BY
SELECT id FROM Customers WHERE email IS NULL OR id == 1 AND active IS NOT 0 AND name NOTNULL ORDER BY id;
SELECT id FROM "Customers" WHERE email IS NULL OR id = 1 AND active IS DISTINCT FROM 0 AND name IS NOT NULL ORDER BY id NULLS FIRST;
-- rows: [[1], [2]]

-- case: IS TRUE and IS NOT FALSE of numbers
-- review: ORDER BY
SELECT id, active IS TRUE AS t, active IS NOT FALSE AS nf FROM Customers ORDER BY id;
SELECT id, (active <> 0 IS TRUE)::integer AS t, (active <> 0 IS NOT FALSE)::integer AS nf FROM "Customers" ORDER BY id NULLS FIRST;
-- rows: [[1, 1, 1], [2, 0, 0], [3, 0, 1]]

-- case: LIKE ignores the case of letters and has no escape character
-- review: LIKE
SELECT name LIKE 'a%' AS a, 'a_c' LIKE 'a\_c' AS b, 'a\xc' LIKE 'a\_c' AS c, name NOT LIKE 'B%' AS d FROM Customers WHERE id = 1;
SELECT (name ILIKE 'a%' ESCAPE '')::integer AS a, ('a_c' ILIKE 'a\_c' ESCAPE '')::integer AS b, ('a\xc' ILIKE 'a\_c' ESCAPE '')::integer AS c, (name NOT ILIKE 'B%' ESCAPE '')::integer AS d FROM "Customers" WHERE id = 1;
-- rows: [[1, 0, 1, 1]]

-- case: / by 0 and % by 0 are NULL; integers divide to an integer; % takes integer parts
SELECT 7 / 2 AS a, -7 / 2 AS b, 7 / 0 AS c, 7 % 0 AS d, 5.5 % 2 AS e, amount / 2 AS f FROM orders WHERE id = 10;
SELECT 7 / 2 AS a, -7 / 2 AS b, 7 / NULLIF(0, 0) AS c, 7 % NULLIF(0, 0) AS d, TRUNC(5.5::numeric) % 2 AS e, amount / 2 AS f FROM orders WHERE id = 10;
-- rows: [[3, -3, null, null, "1", 4.75]]

-- case: LIMIT and OFFSET; NULLs first in ascending order
-- review: ORDER BY
SELECT amount FROM orders ORDER BY amount LIMIT 2 OFFSET 0;
SELECT amount FROM orders ORDER BY amount NULLS FIRST LIMIT 2 OFFSET 0 ROWS;
-- rows: [[null], [9.5]]

-- case: LIMIT offset, count
-- review: ORDER BY
SELECT id FROM orders ORDER BY id DESC LIMIT 1, 5;
SELECT id FROM orders ORDER BY id DESC NULLS LAST LIMIT 5 OFFSET 1 ROWS;
-- rows: [[11], [10]]

-- case: set operators are read left to right in SQLite, INTERSECT included
SELECT 1 UNION SELECT 2 INTERSECT SELECT 2;
(SELECT 1 UNION SELECT 2) INTERSECT SELECT 2;
-- rows: [[2]]

-- case: WITH RECURSIVE, as in SQLite's documentation
WITH RECURSIVE cnt(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM cnt WHERE x < 5) SELECT x FROM cnt;
WITH RECURSIVE cnt (x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM cnt WHERE x < 5) SELECT x FROM cnt;
-- rows: [[1], [2], [3], [4], [5]]

-- case: GLOB is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:39
SELECT name FROM Customers WHERE name GLOB 'A*';

-- case: COLLATE is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:42
SELECT name FROM Customers ORDER BY name COLLATE NOCASE;

-- case: IFNULL, IIF (its condition a number), COALESCE, NULLIF
-- review: ORDER BY
SELECT id, IFNULL(email, 'none') AS e, IIF(active, 'yes', 'no') AS a, COALESCE(email, name) AS c, NULLIF(active, 0) AS n FROM Customers ORDER BY id;
SELECT id, COALESCE(email, 'none') AS e, CASE WHEN active <> 0 THEN 'yes' ELSE 'no' END AS a, COALESCE(email, name) AS c, NULLIF(active, 0) AS n FROM "Customers" ORDER BY id NULLS FIRST;
-- rows: [[1, "ann@example.com", "yes", "ann@example.com", 1], [2, "none", "no", "bob", null], [3, "emile@example.com", "no", "emile@example.com", null]]

-- case: SUBSTR from the start, from the end, and from before the start, as SQLite counts
SELECT substr('Sakila', 2, 3) AS a, substr('Sakila', -3) AS b, substr('Sakila', -5, 3) AS c, substr('Sakila', -10, 6) AS d, substr('abc', 0, 2) AS e, substring(name, id - 2) AS f FROM Customers WHERE id = 1;
SELECT SUBSTR('Sakila', 2, 3) AS a, SUBSTR('Sakila', CHAR_LENGTH('Sakila') + -3 + 1) AS b, SUBSTR('Sakila', CHAR_LENGTH('Sakila') + -5 + 1, 3) AS c, SUBSTR('Sakila', CHAR_LENGTH('Sakila') + -10 + 1, 6) AS d, SUBSTR('abc', 0, 2) AS e, SUBSTR(name, CASE WHEN (id - 2)::integer < 0 THEN CHAR_LENGTH(name) + (id - 2)::integer + 1 ELSE (id - 2)::integer END) AS f FROM "Customers" WHERE id = 1;
-- rows: [["aki", "ila", "aki", "Sa", "a", "n"]]

-- case: SUBSTR with a negative length is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
SELECT substr(name, 3, -2) FROM Customers;

-- case: LENGTH counts characters; INSTR; TRIM, LTRIM and RTRIM of a set of characters; REPLACE
SELECT length('crème') AS a, instr('foobarbar', 'bar') AS b, trim('xxbarxy', 'xy') AS c, ltrim('  a') AS d, rtrim('a..', '.') AS e, replace('abcabc', 'b', '') AS f;
SELECT CHAR_LENGTH('crème') AS a, STRPOS('foobarbar', 'bar') AS b, BTRIM('xxbarxy', 'xy') AS c, LTRIM('  a') AS d, RTRIM('a..', '.') AS e, REPLACE('abcabc', 'b', '') AS f;
-- rows: [[5, 4, "bar", "a", "a", "acac"]]

-- case: UPPER and LOWER are noted: SQLite changes ASCII letters only
-- review: UPPER()
-- review: LOWER()
SELECT upper(name) AS u, lower(name) AS l FROM Customers WHERE id = 2;
SELECT UPPER(name) AS u, LOWER(name) AS l FROM "Customers" WHERE id = 2;
-- rows: [["BOB", "bob"]]

-- case: ROUND half away from zero; the scalar MAX and MIN are NULL when any argument is
SELECT round(2.5) AS a, round(-2.5) AS b, round(1.298, 1) AS c, max(3, 7, 2) AS d, min(id, active) AS e, abs(-2) AS f FROM Customers WHERE id = 3;
SELECT ROUND(2.5::numeric, 0) AS a, ROUND((-2.5)::numeric, 0) AS b, ROUND(1.298::numeric, 1) AS c, GREATEST(3, 7, 2) AS d, CASE WHEN id IS NULL OR active IS NULL THEN NULL ELSE LEAST(id, active) END AS e, ABS(-2) AS f FROM "Customers" WHERE id = 3;
-- rows: [["3", "-3", "1.3", 7, null, 2]]

-- case: the aggregate MAX and MIN, COUNT, SUM, AVG, TOTAL
SELECT count(*) AS a, count(amount) AS b, sum(amount) AS c, avg(amount) AS d, total(amount) AS e, max(placed) AS f, min(amount) AS g FROM orders;
SELECT COUNT(*) AS a, COUNT(amount) AS b, SUM(amount) AS c, AVG(amount) AS d, COALESCE(SUM(amount), 0)::double precision AS e, MAX(placed) AS f, MIN(amount) AS g FROM orders;
-- rows: [[3, 2, 29.5, 14.75, 29.5, "2024-03-06 00:00:00", 9.5]]

-- case: GROUP_CONCAT with the default separator, with another, and DISTINCT
-- review: ORDER BY
SELECT customer_id, group_concat(id) AS a, group_concat(amount, '; ') AS b, group_concat(DISTINCT customer_id) AS c FROM orders GROUP BY customer_id ORDER BY customer_id;
SELECT customer_id, STRING_AGG(id::text, ',') AS a, STRING_AGG(amount::text, '; ') AS b, ARRAY_TO_STRING(ARRAY_AGG(DISTINCT customer_id), ',') AS c FROM orders GROUP BY customer_id ORDER BY customer_id NULLS FIRST;
-- rows: [[1, "10,11", "9.5; 20", "1"], [2, "12", null, "2"]]

-- case: CAST AS INTEGER cuts toward zero; TEXT, REAL and NUMERIC affinities
SELECT CAST(3.7 AS INTEGER) AS a, CAST(-3.7 AS INT) AS b, CAST('12' AS BIGINT) AS c, CAST(amount AS TEXT) AS d, CAST('2.5' AS REAL) AS e, CAST('2.50' AS NUMERIC) AS f FROM orders WHERE id = 10;
SELECT CAST(TRUNC(3.7::numeric) AS bigint) AS a, CAST(TRUNC((-3.7)::numeric) AS bigint) AS b, CAST(TRUNC('12'::numeric) AS bigint) AS c, CAST(amount AS text) AS d, CAST('2.5' AS double precision) AS e, CAST('2.50' AS numeric) AS f FROM orders WHERE id = 10;
-- rows: [[3, -3, 12, "9.5", 2.5, "2.50"]]

-- case: CAST AS a type of NUMERIC affinity other than NUMERIC and DECIMAL is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:23
SELECT CAST(placed AS DATE) FROM orders;

-- case: TYPEOF is refused: a PostgreSQL column holds values of its one type
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
SELECT typeof(amount) FROM orders;

-- case: a window function
-- review: ORDER BY
SELECT id, row_number() OVER (PARTITION BY customer_id ORDER BY amount DESC) AS rn FROM orders ORDER BY id;
SELECT id, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY amount DESC NULLS LAST) AS rn FROM orders ORDER BY id NULLS FIRST;
-- rows: [[10, 2], [11, 1], [12, 1]]

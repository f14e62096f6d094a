-- case: a view definition as MySQL stores it: backquoted names qualified by database and table
-- review: string comparison
select `shop`.`OrderItems`.`sku` AS `Sku`,`shop`.`OrderItems`.`qty` AS `qty` from `shop`.`OrderItems` where `shop`.`OrderItems`.`qty` > 1 order by `shop`.`OrderItems`.`qty`;
SELECT shop."OrderItems".sku AS "Sku", shop."OrderItems".qty AS qty FROM shop."OrderItems" WHERE shop."OrderItems".qty > 1 ORDER BY shop."OrderItems".qty NULLS FIRST;
-- rows: [["A-1", 2], ["A-1", 5]]

-- case: names keep their case, upper case included: the migrated tables keep MySQL's names
select `ID`, Customer_Name from `Orders`;
SELECT "ID", "Customer_Name" FROM "Orders";

-- case: a name PostgreSQL reserves is quoted, a doubled backquote is one
select `order`.`user`, `a``b` from `order`;
SELECT "order"."user", "a`b" FROM "order";

-- case: strings with backslash escapes and doubled quotes; "..." is a string
select 'it\'s' AS `a`, 'a\\b' AS `b`, '50\%' AS `c`, "say ""hi""" AS `d`, 'x''y' AS `e`, '\q' AS `f`;
SELECT 'it''s' AS a, 'a\b' AS b, '50\%' AS c, 'say "hi"' AS d, 'x''y' AS e, 'q' AS f;
-- rows: [["it's", "a\\b", "50\\%", "say \"hi\"", "x'y", "q"]]

-- case: _charset introducers, as MySQL 8 writes string literals in views, are dropped
select _utf8mb4'paid' AS `s`, N'x' AS `n`;
SELECT 'paid' AS s, 'x' AS n;
-- rows: [["paid", "x"]]

-- case: # and -- comments; -- only before white space, so 1--1 is 1 minus -1
select 1--1 AS `x` # the rest of the line is a comment
-- and so is this line
, 2 AS `y` /* and this */;
SELECT 1 - -1 AS x, 2 AS y;
-- rows: [[2, 2]]

-- case: LIMIT offset, count
-- review: string comparison
select `shop`.`orders`.`id` AS `id` from `shop`.`orders` order by `shop`.`orders`.`id` limit 1,2;
SELECT shop.orders.id AS id FROM shop.orders ORDER BY shop.orders.id NULLS FIRST LIMIT 2 OFFSET 1 ROWS;
-- rows: [[2], [3]]

-- case: LIMIT count OFFSET offset
-- review: string comparison
select `shop`.`orders`.`id` AS `id` from `shop`.`orders` order by `shop`.`orders`.`id` desc limit 1 offset 2;
SELECT shop.orders.id AS id FROM shop.orders ORDER BY shop.orders.id DESC NULLS LAST LIMIT 1 OFFSET 2 ROWS;
-- rows: [[2]]

-- case: a SELECT without FROM, and FROM DUAL, which is none
select 1 + 1 AS `two` from dual;
SELECT 1 + 1 AS two;
-- rows: [[2]]

-- case: a join without a condition (MySQL's form of a comma join) is a cross join
select `o`.`id` AS `id`,`i`.`sku` AS `sku` from (`shop`.`orders` `o` join `shop`.`OrderItems` `i`) where `i`.`order_id` = `o`.`id` and `o`.`id` = 2;
SELECT o.id AS id, i.sku AS sku FROM shop.orders o CROSS JOIN shop."OrderItems" i WHERE i.order_id = o.id AND o.id = 2;
-- rows: [[2, "A-1"]]

-- case: joins with ON written as MySQL stores it, on(...)
-- review: string comparison
select `o`.`id` AS `id`,count(`i`.`sku`) AS `n` from (`shop`.`orders` `o` left join `shop`.`OrderItems` `i` on(`i`.`order_id` = `o`.`id`)) group by `o`.`id` order by `o`.`id`;
SELECT o.id AS id, COUNT(i.sku) AS n FROM shop.orders o LEFT JOIN shop."OrderItems" i ON (i.order_id = o.id) GROUP BY o.id ORDER BY o.id NULLS FIRST;
-- rows: [[1, 2], [2, 1], [3, 2], [4, 0]]

-- case: ORDER BY and LIMIT after the last branch belong to the whole UNION
-- review: string comparison
select `shop`.`orders`.`id` AS `id` from `shop`.`orders` where `shop`.`orders`.`id` < 3 union all select `shop`.`orders`.`id` AS `id` from `shop`.`orders` where `shop`.`orders`.`id` > 3 order by 1 desc limit 2;
SELECT shop.orders.id AS id FROM shop.orders WHERE shop.orders.id < 3 UNION ALL SELECT shop.orders.id AS id FROM shop.orders WHERE shop.orders.id > 3 ORDER BY 1 DESC NULLS LAST LIMIT 2;
-- rows: [[4], [2]]

-- case: INTERSECT binds tighter than UNION in MySQL
select 1 AS `x` union select 2 AS `x` intersect select 3 AS `x`;
SELECT 1 AS x UNION (SELECT 2 AS x INTERSECT SELECT 3 AS x);
-- rows: [[1]]

-- case: GROUP BY ... WITH ROLLUP
-- review: string comparison
select `shop`.`orders`.`status` AS `status`,count(0) AS `n` from `shop`.`orders` group by `shop`.`orders`.`status` with rollup;
SELECT shop.orders.status AS status, COUNT(0) AS n FROM shop.orders GROUP BY ROLLUP (shop.orders.status);

-- case: a CTE, and a subquery in the select list
with `c` as (select `shop`.`orders`.`id` AS `id` from `shop`.`orders`)select `c`.`id` AS `id`,(select max(`c`.`id`) from `c`) AS `top` from `c` where `c`.`id` > 3;
WITH c AS (SELECT shop.orders.id AS id FROM shop.orders) SELECT c.id AS id, (SELECT MAX(c.id) FROM c) AS top FROM c WHERE c.id > 3;
-- rows: [[4, 4]]

-- case: WITH RECURSIVE
with recursive `n` (`i`) as (select 1 AS `i` union all select `n`.`i` + 1 AS `i` from `n` where `n`.`i` < 3)select sum(`n`.`i`) AS `total` from `n`;
WITH RECURSIVE n (i) AS (SELECT 1 AS i UNION ALL SELECT n.i + 1 AS i FROM n WHERE n.i < 3) SELECT SUM(n.i) AS total FROM n;
-- rows: [[6]]

-- case: a string with a NUL character ('\0') is refused: PostgreSQL's text cannot hold one
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select 'a\0b' AS `s`;

-- case: CREATE VIEW as SHOW CREATE VIEW prints it: ALGORITHM and DEFINER say nothing about the rows
-- review: string comparison
CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`localhost` SQL SECURITY DEFINER VIEW `shop`.`paid` AS select `shop`.`orders`.`id` AS `id` from `shop`.`orders` where `shop`.`orders`.`status` = 'paid' WITH CASCADED CHECK OPTION;
CREATE VIEW shop.paid AS SELECT shop.orders.id AS id FROM shop.orders WHERE shop.orders.status = 'paid' WITH CHECK OPTION;

-- case: SQL SECURITY INVOKER is noted: a PostgreSQL 13 view runs with its owner's rights
-- review: SQL SECURITY INVOKER
CREATE SQL SECURITY INVOKER VIEW `v` (`a`) AS select 1;
CREATE VIEW v (a) AS SELECT 1;

-- case: a hexadecimal literal is refused by name
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select X'41' AS `h`;

-- case: 0x literals too
-- expect-error: TRANSLATE_UNSUPPORTED at 1:12
select 1 + 0x42;

-- case: COLLATE is refused: MySQL's collations have no PostgreSQL namesakes
-- expect-error: TRANSLATE_UNSUPPORTED at 1:12
select `a` collate utf8mb4_bin from `t`;

-- case: REGEXP is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:31
select `a` from `t` where `a` not regexp '^x';

-- case: a bit operator is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:12
select `a` | 4 from `t`;

-- case: a JSON operator is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:13
select `doc`->>'$.name' from `t`;

-- case: a /*! ... */ comment, whose text MySQL runs, is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select /*!40001 1 + */ 1;

-- case: a statement other than a query or CREATE VIEW is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:1
insert into `t` values (1);

-- case: a stored function is refused: it is not migrated with the view
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select `shop`.`total_of`(`shop`.`orders`.`id`) AS `t` from `shop`.`orders`;

-- case: a function Decant does not know is refused by name
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select soundex(`a`) from `t`;

-- case: a comparison in the select list is MySQL's 1 or 0 (NULL for NULL), an integer in PostgreSQL too
-- review: string comparison
select `shop`.`orders`.`id` AS `id`,`shop`.`orders`.`total` > 10 AS `big`,`shop`.`orders`.`placed` is null AS `undated` from `shop`.`orders` order by `shop`.`orders`.`id`;
SELECT shop.orders.id AS id, (shop.orders.total > 10)::integer AS big, (shop.orders.placed IS NULL)::integer AS undated FROM shop.orders ORDER BY shop.orders.id NULLS FIRST;
-- rows: [[1, 1, 0], [2, 0, 0], [3, 1, 0], [4, 0, 1]]

-- case: SUM of a condition counts the rows where it holds
select sum(`shop`.`OrderItems`.`qty` > 1) AS `many` from `shop`.`OrderItems`;
SELECT SUM((shop."OrderItems".qty > 1)::integer) AS many FROM shop."OrderItems";
-- rows: [[2]]

-- case: TRUE and FALSE are 1 and 0 as values, and true and false as conditions
select true AS `t`,false AS `f` from `shop`.`orders` where true and `shop`.`orders`.`id` = 1;
SELECT 1 AS t, 0 AS f FROM shop.orders WHERE TRUE AND shop.orders.id = 1;
-- rows: [[1, 0]]

-- case: a number as a condition is true unless 0 (MySQL 8 writes (0 <> x) itself; a NULL is not true)
-- review: string comparison
select `shop`.`OrderItems`.`sku` AS `sku` from `shop`.`OrderItems` where `shop`.`OrderItems`.`qty` and 1 order by `shop`.`OrderItems`.`qty` desc,`shop`.`OrderItems`.`sku`;
SELECT shop."OrderItems".sku AS sku FROM shop."OrderItems" WHERE shop."OrderItems".qty <> 0 AND TRUE ORDER BY shop."OrderItems".qty DESC NULLS LAST, shop."OrderItems".sku NULLS FIRST;
-- rows: [["A-1"], ["A-1"], ["B-2"], ["C-3"]]

-- case: || is OR and && AND in MySQL's default sql_mode, ! binds tighter than a comparison
-- review: string comparison
select `shop`.`orders`.`id` AS `id` from `shop`.`orders` where (`shop`.`orders`.`id` = 1 || `shop`.`orders`.`id` = 4) && !`shop`.`orders`.`total` order by `shop`.`orders`.`id`;
SELECT shop.orders.id AS id FROM shop.orders WHERE (shop.orders.id = 1 OR shop.orders.id = 4) AND NOT shop.orders.total <> 0 ORDER BY shop.orders.id NULLS FIRST;
-- rows: [[4]]

-- case: XOR: true when exactly one is, NULL when either is NULL
select 1 xor 0 AS `a`,1 xor 1 AS `b`,0 xor null AS `c`;
SELECT (TRUE <> FALSE)::integer AS a, (TRUE <> TRUE)::integer AS b, (FALSE <> NULL)::integer AS c;
-- rows: [[1, 0, null]]

-- case: IS TRUE, IS NOT FALSE and IS UNKNOWN of numbers
-- review: string comparison
select `shop`.`OrderItems`.`qty` AS `qty`,`shop`.`OrderItems`.`qty` - 1 is true AS `more`,`shop`.`OrderItems`.`qty` is not false AS `some`,`shop`.`OrderItems`.`qty` > 0 is unknown AS `unknown` from `shop`.`OrderItems` order by `shop`.`OrderItems`.`qty`;
SELECT shop."OrderItems".qty AS qty, (shop."OrderItems".qty - 1 <> 0 IS TRUE)::integer AS more, (shop."OrderItems".qty <> 0 IS NOT FALSE)::integer AS "some", (shop."OrderItems".qty > 0 IS NULL)::integer AS unknown FROM shop."OrderItems" ORDER BY shop."OrderItems".qty NULLS FIRST;
-- rows: [[null, 0, 1, 1], [1, 0, 1, 0], [1, 0, 1, 0], [2, 1, 1, 0], [5, 1, 1, 0]]

-- case: <=> is equality where NULL equals NULL
select `shop`.`orders`.`id` AS `id` from `shop`.`orders` where `shop`.`orders`.`note` <=> null;
SELECT shop.orders.id AS id FROM shop.orders WHERE shop.orders.note IS NOT DISTINCT FROM NULL;
-- rows: [[2]]

-- case: IF with a number as condition; a comparison inside IF stays a condition
-- review: string comparison
select `shop`.`OrderItems`.`qty` AS `qty`,if(`shop`.`OrderItems`.`qty`,'some','none') AS `a`,if(`shop`.`OrderItems`.`qty` > 1,'many','few') AS `b` from `shop`.`OrderItems` where `shop`.`OrderItems`.`order_id` = 3 order by `shop`.`OrderItems`.`sku`;
SELECT shop."OrderItems".qty AS qty, CASE WHEN shop."OrderItems".qty <> 0 THEN 'some' ELSE 'none' END AS a, CASE WHEN shop."OrderItems".qty > 1 THEN 'many' ELSE 'few' END AS b FROM shop."OrderItems" WHERE shop."OrderItems".order_id = 3 ORDER BY shop."OrderItems".sku NULLS FIRST;
-- rows: [[null, "none", "few"], [1, "some", "few"]]

-- case: a searched CASE takes conditions, a simple CASE and its results take values
-- review: string comparison
select case when `shop`.`orders`.`id` % 2 then 'odd' else 'even' end AS `parity`,case `shop`.`orders`.`id` > 2 when 1 then 'late' else 'early' end AS `half` from `shop`.`orders` where `shop`.`orders`.`id` in (1,4) order by `shop`.`orders`.`id`;
SELECT CASE WHEN shop.orders.id % 2 <> 0 THEN 'odd' ELSE 'even' END AS parity, CASE (shop.orders.id > 2)::integer WHEN 1 THEN 'late' ELSE 'early' END AS half FROM shop.orders WHERE shop.orders.id IN (1, 4) ORDER BY shop.orders.id NULLS FIRST;
-- rows: [["odd", "early"], ["even", "late"]]

-- case: a string as a condition is refused: MySQL reads the number at its start
-- expect-error: TRANSLATE_UNSUPPORTED at 1:25
select 1 from `t` where 'abc';

-- case: GROUP_CONCAT with ORDER BY and SEPARATOR, as MySQL writes it in views
-- review: string comparison
-- review: GROUP_CONCAT
select `shop`.`OrderItems`.`order_id` AS `order_id`,group_concat(`shop`.`OrderItems`.`sku` order by `shop`.`OrderItems`.`sku` DESC separator ';') AS `skus` from `shop`.`OrderItems` group by `shop`.`OrderItems`.`order_id` order by `shop`.`OrderItems`.`order_id`;
SELECT shop."OrderItems".order_id AS order_id, STRING_AGG(shop."OrderItems".sku::text, ';' ORDER BY shop."OrderItems".sku DESC NULLS LAST) AS skus FROM shop."OrderItems" GROUP BY shop."OrderItems".order_id ORDER BY shop."OrderItems".order_id NULLS FIRST;
-- rows: [[1, "B-2;A-1"], [2, "A-1"], [3, "C-3;A-1"]]

-- case: GROUP_CONCAT DISTINCT, ordered by the value itself, with the default separator
-- review: string comparison
-- review: GROUP_CONCAT
select group_concat(distinct `shop`.`OrderItems`.`sku` order by `shop`.`OrderItems`.`sku` ASC separator ',') AS `skus` from `shop`.`OrderItems`;
SELECT ARRAY_TO_STRING(ARRAY_AGG(DISTINCT shop."OrderItems".sku ORDER BY shop."OrderItems".sku NULLS FIRST), ',') AS skus FROM shop."OrderItems";
-- rows: [["A-1,B-2,C-3"]]

-- case: GROUP_CONCAT of several values joins them; a row with a NULL among them is left out
-- review: string comparison
-- review: GROUP_CONCAT
select `shop`.`OrderItems`.`order_id` AS `order_id`,group_concat(`shop`.`OrderItems`.`sku`,'x',`shop`.`OrderItems`.`qty` order by `shop`.`OrderItems`.`qty` separator ',') AS `items` from `shop`.`OrderItems` group by `shop`.`OrderItems`.`order_id` order by `shop`.`OrderItems`.`order_id`;
SELECT shop."OrderItems".order_id AS order_id, STRING_AGG(shop."OrderItems".sku::text || 'x' || shop."OrderItems".qty::text, ',' ORDER BY shop."OrderItems".qty NULLS FIRST) AS items FROM shop."OrderItems" GROUP BY shop."OrderItems".order_id ORDER BY shop."OrderItems".order_id NULLS FIRST;
-- rows: [[1, "B-2x1,A-1x2"], [2, "A-1x5"], [3, "C-3x1"]]

-- case: GROUP_CONCAT of numbers, ordered as numbers
-- review: string comparison
-- review: GROUP_CONCAT
select group_concat(`shop`.`OrderItems`.`qty` order by `shop`.`OrderItems`.`qty` DESC separator '+') AS `q` from `shop`.`OrderItems`;
SELECT STRING_AGG(shop."OrderItems".qty::text, '+' ORDER BY shop."OrderItems".qty DESC NULLS LAST) AS q FROM shop."OrderItems";
-- rows: [["5+2+1+1"]]

-- case: COUNT(*), COUNT(0) as MySQL writes COUNT(*), COUNT(DISTINCT x), SUM, AVG, MIN, MAX
select count(*) AS `a`,count(0) AS `b`,count(distinct `shop`.`OrderItems`.`sku`) AS `c`,sum(`shop`.`OrderItems`.`qty`) AS `d`,avg(`shop`.`OrderItems`.`qty`) AS `e`,min(`shop`.`OrderItems`.`sku`) AS `f`,max(`shop`.`OrderItems`.`qty`) AS `g` from `shop`.`OrderItems`;
SELECT COUNT(*) AS a, COUNT(0) AS b, COUNT(DISTINCT shop."OrderItems".sku) AS c, SUM(shop."OrderItems".qty) AS d, AVG(shop."OrderItems".qty) AS e, MIN(shop."OrderItems".sku) AS f, MAX(shop."OrderItems".qty) AS g FROM shop."OrderItems";
-- rows: [[5, 5, 3, 9, "2.2500000000000000", "A-1", 5]]

-- case: COUNT(DISTINCT a, b) is refused: PostgreSQL would also count rows with a NULL
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select count(distinct `a`,`b`) from `t`;

-- case: window functions as MySQL writes them; NULLs first in ascending order
-- review: string comparison
select `shop`.`OrderItems`.`sku` AS `sku`,`shop`.`OrderItems`.`qty` AS `qty`,row_number() over ( partition by `shop`.`OrderItems`.`sku` order by `shop`.`OrderItems`.`qty`) AS `rn`,sum(`shop`.`OrderItems`.`qty`) over ( order by `shop`.`OrderItems`.`order_id`,`shop`.`OrderItems`.`sku` rows between 1 preceding  and  current row ) AS `pair` from `shop`.`OrderItems` order by `shop`.`OrderItems`.`order_id`,`shop`.`OrderItems`.`sku`;
SELECT shop."OrderItems".sku AS sku, shop."OrderItems".qty AS qty, ROW_NUMBER() OVER (PARTITION BY shop."OrderItems".sku ORDER BY shop."OrderItems".qty NULLS FIRST) AS rn, SUM(shop."OrderItems".qty) OVER (ORDER BY shop."OrderItems".order_id NULLS FIRST, shop."OrderItems".sku NULLS FIRST ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS pair FROM shop."OrderItems" ORDER BY shop."OrderItems".order_id NULLS FIRST, shop."OrderItems".sku NULLS FIRST;
-- rows: [["A-1", 2, 2, 2], ["B-2", 1, 1, 3], ["A-1", 5, 3, 6], ["A-1", null, 1, 5], ["C-3", 1, 1, 1]]

-- case: a window function without OVER is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select row_number() from `t`;

-- case: HAVING names a select list alias, which MySQL keeps in the view's definition
-- review: string comparison
select `shop`.`OrderItems`.`order_id` AS `order_id`,count(0) AS `c` from `shop`.`OrderItems` group by `shop`.`OrderItems`.`order_id` having `c` > 1 order by `shop`.`OrderItems`.`order_id`;
SELECT shop."OrderItems".order_id AS order_id, COUNT(0) AS c FROM shop."OrderItems" GROUP BY shop."OrderItems".order_id HAVING COUNT(0) > 1 ORDER BY shop."OrderItems".order_id NULLS FIRST;
-- rows: [[1, 2], [3, 2]]

-- case: a HAVING name that GROUP BY also names is the column, as MySQL prefers it
-- review: string comparison
select count(0) AS `sku` from `shop`.`OrderItems` group by `sku` having `sku` <> 'B-2' order by 1;
SELECT COUNT(0) AS sku FROM shop."OrderItems" GROUP BY sku HAVING sku <> 'B-2' ORDER BY 1 NULLS FIRST;
-- rows: [[1], [3]]

-- case: an alias in a subquery of HAVING is refused: it may name a column of the subquery
-- expect-error: TRANSLATE_UNSUPPORTED at 1:53
select count(0) AS `c` from `t` group by `a` having exists (select 1 from `u` where `u`.`x` = `c`);

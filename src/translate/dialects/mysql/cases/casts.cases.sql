-- case: CAST AS SIGNED rounds half away from zero, as MySQL does
select cast('12' as signed) AS `a`,cast(2.5 as signed) AS `b`,cast(-2.5 as signed integer) AS `c`;
SELECT CAST('12' AS bigint) AS a, CAST(2.5 AS bigint) AS b, CAST(-2.5 AS bigint) AS c;
-- rows: [[12, 3, -3]]

-- case: CAST AS CHAR with MySQL's character set, and CHAR(n), which cuts
select cast(`shop`.`orders`.`total` as char charset utf8mb4) AS `a`,cast('abcdef' as char(3) charset utf8mb4) AS `b`,convert(`shop`.`orders`.`id`,char) AS `c`,convert(`shop`.`orders`.`customer` using utf8mb4) AS `d` from `shop`.`orders` where `shop`.`orders`.`id` = 1;
SELECT CAST(shop.orders.total AS text) AS a, CAST('abcdef' AS varchar(3)) AS b, CAST(shop.orders.id AS text) AS c, CAST(shop.orders.customer AS text) AS d FROM shop.orders WHERE shop.orders.id = 1;
-- rows: [["12.50", "abc", "1", "alice"]]

-- case: CAST AS DECIMAL, by default MySQL's DECIMAL(10,0)
select cast(1.25 as decimal(10,1)) AS `a`,cast(3.7 as decimal) AS `b`,cast('2.345' as decimal(5,2)) AS `c`;
SELECT CAST(1.25 AS numeric(10, 1)) AS a, CAST(3.7 AS numeric(10, 0)) AS b, CAST('2.345' AS numeric(5, 2)) AS c;
-- rows: [["1.3", 4, "2.35"]]

-- case: CAST AS DATE, DATETIME (rounded to the second unless given a precision) and TIME
select cast('2024-03-05 14:07:09.6' as date) AS `a`,cast('2024-03-05 14:07:09.6' as datetime) AS `b`,cast('2024-03-05 14:07:09.6' as datetime(1)) AS `c`,cast('14:07:09' as time) AS `d`;
SELECT CAST('2024-03-05 14:07:09.6' AS date) AS a, CAST('2024-03-05 14:07:09.6' AS timestamp(0)) AS b, CAST('2024-03-05 14:07:09.6' AS timestamp(1)) AS c, CAST('14:07:09' AS time(0)) AS d;
-- rows: [["2024-03-05", "2024-03-05 14:07:10", "2024-03-05 14:07:09.6", "14:07:09"]]

-- case: CAST AS DOUBLE and FLOAT
select cast('1.5' as double) AS `a`,cast('2.25' as float) AS `b`;
SELECT CAST('1.5' AS double precision) AS a, CAST('2.25' AS real) AS b;
-- rows: [[1.5, 2.25]]

-- case: CAST AS UNSIGNED is noted: a negative value wraps around in MySQL
-- review: CAST AS UNSIGNED
select cast(`shop`.`orders`.`id` as unsigned) AS `u` from `shop`.`orders` where `shop`.`orders`.`id` = 3;
SELECT CAST(shop.orders.id AS numeric(20)) AS u FROM shop.orders WHERE shop.orders.id = 3;
-- rows: [[3]]

-- case: CAST AS CHAR CHARACTER SET binary is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:20
select cast(`a` as char charset binary) from `t`;

-- case: CAST AS JSON is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:20
select cast(`a` as json) from `t`;

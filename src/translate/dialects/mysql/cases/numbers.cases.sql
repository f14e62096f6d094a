-- case: / divides exactly, even integers (MySQL: 3.5000), and gives NULL for 0
-- review: division
select 7 / 2 AS `a`,`shop`.`orders`.`total` / `shop`.`orders`.`id` AS `b`,1 / 0 AS `c`,`shop`.`orders`.`id` / (`shop`.`orders`.`id` - 1) AS `d` from `shop`.`orders` where `shop`.`orders`.`id` = 1;
SELECT 7::numeric / 2 AS a, shop.orders.total::numeric / NULLIF(shop.orders.id, 0) AS b, 1::numeric / NULLIF(0, 0) AS c, shop.orders.id::numeric / NULLIF((shop.orders.id - 1), 0) AS d FROM shop.orders WHERE shop.orders.id = 1;
-- rows: [["3.5000000000000000", "12.5000000000000000", null, null]]

-- case: DIV divides integers toward zero; MOD, % and MOD() give NULL for 0 (MySQL's examples)
select 5 DIV 2 AS `a`,-5 DIV 2 AS `b`,5 DIV 0 AS `c`,234 MOD 10 AS `d`,29 % 9 AS `e`,mod(`shop`.`orders`.`id`,0) AS `f`,`shop`.`orders`.`id` % (`shop`.`orders`.`id` - 1) AS `g` from `shop`.`orders` where `shop`.`orders`.`id` = 1;
SELECT DIV(5, 2) AS a, DIV(-5, 2) AS b, DIV(5, NULLIF(0, 0)) AS c, 234 % 10 AS d, 29 % 9 AS e, MOD(shop.orders.id, NULLIF(0, 0)) AS f, shop.orders.id % NULLIF((shop.orders.id - 1), 0) AS g FROM shop.orders WHERE shop.orders.id = 1;
-- rows: [[2, -2, null, 4, 2, null, null]]

-- case: ROUND half away from zero; ROUND and TRUNCATE to decimals (MySQL's examples)
select round(-1.23) AS `a`,round(2.5) AS `b`,round(-2.5) AS `c`,round(1.298,1) AS `d`,round(23.298,-1) AS `e`,truncate(1.999,1) AS `f`,truncate(-1.999,1) AS `g`,truncate(122,-2) AS `h`,round(`shop`.`orders`.`total`,1) AS `i` from `shop`.`orders` where `shop`.`orders`.`id` = 2;
SELECT ROUND(-1.23) AS a, ROUND(2.5) AS b, ROUND(-2.5) AS c, ROUND(1.298, 1) AS d, ROUND(23.298, -1) AS e, TRUNC(1.999, 1) AS f, TRUNC(-1.999, 1) AS g, TRUNC(122, -2) AS h, ROUND(shop.orders.total::numeric, 1) AS i FROM shop.orders WHERE shop.orders.id = 2;
-- rows: [[-1, 3, -3, "1.3", 20, "1.9", "-1.9", 100, "7.3"]]

-- case: LOG of one argument is the natural logarithm; LOG2, LOG10, LOG(b, x)
select round(log(exp(2)),6) AS `a`,log2(8) AS `b`,log10(100) AS `c`,log(2,64) AS `d`;
SELECT ROUND(LN(EXP(2))::numeric, 6) AS a, LOG(2, 8) AS b, LOG(100) AS c, LOG(2, 64) AS d;
-- rows: [["2.000000", "3.0000000000000000", 2, "6.0000000000000000"]]

-- case: GREATEST and LEAST are NULL when any argument is NULL
select greatest(2,7,3) AS `a`,least(`shop`.`orders`.`id`,2) AS `b`,greatest(1,`shop`.`orders`.`id`,null) AS `c` from `shop`.`orders` where `shop`.`orders`.`id` = 2;
SELECT GREATEST(2, 7, 3) AS a, CASE WHEN shop.orders.id IS NULL THEN NULL ELSE LEAST(shop.orders.id, 2) END AS b, CASE WHEN shop.orders.id IS NULL OR NULL IS NULL THEN NULL ELSE GREATEST(1, shop.orders.id, NULL) END AS c FROM shop.orders WHERE shop.orders.id = 2;
-- rows: [[7, 2, null]]

-- case: ABS, CEILING, FLOOR, SIGN, POW, SQRT
select abs(-2) AS `a`,ceiling(1.23) AS `b`,ceil(-1.23) AS `c`,floor(-1.23) AS `d`,sign(-32) AS `e`,pow(2,3) AS `f`,sqrt(16) AS `g`;
SELECT ABS(-2) AS a, CEIL(1.23) AS b, CEIL(-1.23) AS c, FLOOR(-1.23) AS d, SIGN(-32) AS e, POWER(2, 3) AS f, SQRT(16) AS g;
-- rows: [[2, 2, -1, -2, -1, 8, 4]]

-- case: CONCAT is NULL when any argument is NULL, unlike PostgreSQL's concat()
-- review: string comparison
select `shop`.`orders`.`id` AS `id`,concat(`shop`.`orders`.`customer`,'-',`shop`.`orders`.`note`) AS `label` from `shop`.`orders` order by `shop`.`orders`.`id`;
SELECT shop.orders.id AS id, shop.orders.customer::text || '-' || shop.orders.note::text AS label FROM shop.orders ORDER BY shop.orders.id NULLS FIRST;
-- rows: [[1, "alice-gift"], [2, null], [3, "Carol-rush"], [4, null]]

-- case: CONCAT converts numbers and dates to text as MySQL prints them
select concat(`shop`.`orders`.`id`,':',`shop`.`orders`.`total`,' ',`shop`.`orders`.`placed`) AS `s` from `shop`.`orders` where `shop`.`orders`.`id` = 1;
SELECT shop.orders.id::text || ':' || shop.orders.total::text || ' ' || shop.orders.placed::text AS s FROM shop.orders WHERE shop.orders.id = 1;
-- rows: [["1:12.50 2024-01-31 09:05:07"]]

-- case: CONCAT_WS skips NULLs, as PostgreSQL's does
-- review: string comparison
select concat_ws(',',`shop`.`orders`.`customer`,`shop`.`orders`.`note`,`shop`.`orders`.`id`) AS `s` from `shop`.`orders` order by `shop`.`orders`.`id`;
SELECT CONCAT_WS(',', shop.orders.customer, shop.orders.note, shop.orders.id) AS s FROM shop.orders ORDER BY shop.orders.id NULLS FIRST;
-- rows: [["alice,gift,1"], ["bob,2"], ["Carol,rush,3"], ["x,4"]]

-- case: SUBSTRING from a position counted from the start (MySQL's examples)
select substring('Quadratically',5) AS `a`,substr('Quadratically',5,6) AS `b`,mid('Sakila',2,3) AS `c`;
SELECT SUBSTR('Quadratically', 5) AS a, SUBSTR('Quadratically', 5, 6) AS b, SUBSTR('Sakila', 2, 3) AS c;
-- rows: [["ratically", "ratica", "aki"]]

-- case: SUBSTRING from a position counted from the end, 0, and beyond the start (MySQL's examples)
select substring('Sakila',-3) AS `a`,substring('Sakila',-5,3) AS `b`,substring('Sakila',0) AS `c`,substring('Sakila',-10) AS `d`,substring('Sakila',2,-1) AS `e`;
SELECT CASE WHEN CHAR_LENGTH('Sakila') < 3 THEN '' ELSE SUBSTR('Sakila', CHAR_LENGTH('Sakila') - 2) END AS a, CASE WHEN CHAR_LENGTH('Sakila') < 5 THEN '' ELSE SUBSTR('Sakila', CHAR_LENGTH('Sakila') - 4, 3) END AS b, CASE WHEN 0 > 0 THEN SUBSTR('Sakila', 0) WHEN 0 < 0 AND CHAR_LENGTH('Sakila') >= -0 THEN SUBSTR('Sakila', CHAR_LENGTH('Sakila') + 0 + 1) WHEN 'Sakila' IS NOT NULL AND 0 IS NOT NULL THEN '' END AS c, CASE WHEN CHAR_LENGTH('Sakila') < 10 THEN '' ELSE SUBSTR('Sakila', CHAR_LENGTH('Sakila') - 9) END AS d, SUBSTR('Sakila', 2, 0) AS e;
-- rows: [["ila", "aki", "", "", ""]]

-- case: SUBSTRING from a computed position
-- review: string comparison
select `shop`.`orders`.`customer` AS `c`,substr(`shop`.`orders`.`customer`,`shop`.`orders`.`id` - 2) AS `s` from `shop`.`orders` where `shop`.`orders`.`id` < 4 order by `shop`.`orders`.`id`;
SELECT shop.orders.customer AS c, CASE WHEN (shop.orders.id - 2)::integer > 0 THEN SUBSTR(shop.orders.customer, (shop.orders.id - 2)::integer) WHEN (shop.orders.id - 2)::integer < 0 AND CHAR_LENGTH(shop.orders.customer) >= -(shop.orders.id - 2)::integer THEN SUBSTR(shop.orders.customer, CHAR_LENGTH(shop.orders.customer) + (shop.orders.id - 2)::integer + 1) WHEN shop.orders.customer IS NOT NULL AND (shop.orders.id - 2)::integer IS NOT NULL THEN '' END AS s FROM shop.orders WHERE shop.orders.id < 4 ORDER BY shop.orders.id NULLS FIRST;
-- rows: [["alice", "e"], ["bob", ""], ["Carol", "Carol"]]

-- case: LEFT and RIGHT take nothing for a negative length
select left('foobar',2) AS `a`,right('foobar',-1) AS `b`,left('foobar',`shop`.`orders`.`id` - 3) AS `c` from `shop`.`orders` where `shop`.`orders`.`id` = 1;
SELECT LEFT('foobar', 2) AS a, RIGHT('foobar', 0) AS b, LEFT('foobar', CASE WHEN shop.orders.id - 3 < 0 THEN 0 ELSE (shop.orders.id - 3)::integer END) AS c FROM shop.orders WHERE shop.orders.id = 1;
-- rows: [["fo", "", ""]]

-- case: LENGTH counts bytes, CHAR_LENGTH characters
select length('crème') AS `bytes`,char_length('crème') AS `chars`,octet_length('é') AS `o`,character_length('é') AS `c`;
SELECT OCTET_LENGTH('crème') AS bytes, CHAR_LENGTH('crème') AS chars, OCTET_LENGTH('é') AS o, CHAR_LENGTH('é') AS c;
-- rows: [[6, 5, 2, 1]]

-- case: LOCATE, INSTR and POSITION give the first position, 0 when absent (MySQL's examples)
-- review: string comparison
select locate('bar','foobarbar') AS `a`,locate('xbar','foobar') AS `b`,instr('foobarbar','bar') AS `c`,position('bar' in 'foobarbar') AS `d`;
SELECT STRPOS('foobarbar', 'bar') AS a, STRPOS('foobar', 'xbar') AS b, STRPOS('foobarbar', 'bar') AS c, STRPOS('foobarbar', 'bar') AS d;
-- rows: [[4, 0, 4, 4]]

-- case: LOCATE with a start position is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select locate('bar','foobarbar',5);

-- case: UCASE, LCASE, UPPER, LOWER
select ucase('MySQL') AS `a`,lcase('MySQL') AS `b`,upper('x') AS `c`,lower('Y') AS `d`;
SELECT UPPER('MySQL') AS a, LOWER('MySQL') AS b, UPPER('x') AS c, LOWER('Y') AS d;
-- rows: [["MYSQL", "mysql", "X", "y"]]

-- case: TRIM of spaces or of one character, LTRIM and RTRIM of spaces (MySQL's examples)
select trim('  bar   ') AS `a`,trim(leading 'x' from 'xxxbarxxx') AS `b`,trim(both 'x' from 'xxxbarxxx') AS `c`,trim(trailing 'x' from 'barxxx') AS `d`,ltrim('  barbar') AS `e`,rtrim('barbar   ') AS `f`;
SELECT TRIM(BOTH FROM '  bar   ') AS a, TRIM(LEADING 'x' FROM 'xxxbarxxx') AS b, TRIM(BOTH 'x' FROM 'xxxbarxxx') AS c, TRIM(TRAILING 'x' FROM 'barxxx') AS d, LTRIM('  barbar') AS e, RTRIM('barbar   ') AS f;
-- rows: [["bar", "barxxx", "bar", "bar", "barbar", "barbar"]]

-- case: TRIM of a longer string is refused: MySQL removes the string, PostgreSQL its characters
-- expect-error: TRANSLATE_UNSUPPORTED at 1:22
select trim(trailing 'xyz' from 'barxxyz');

-- case: REPLACE, REPEAT and REVERSE
select replace('www.mysql.com','w','Ww') AS `a`,repeat('ab',3) AS `b`,reverse('abc') AS `c`;
SELECT REPLACE('www.mysql.com', 'w', 'Ww') AS a, REPEAT('ab', 3) AS b, REVERSE('abc') AS c;
-- rows: [["WwWwWw.mysql.com", "ababab", "cba"]]

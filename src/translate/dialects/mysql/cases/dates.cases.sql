-- case: DATE_FORMAT with numeric specifiers; a date written as a string is a timestamp
select date_format('2024-03-05 14:07:09','%d/%m/%Y %H:%i:%s') AS `a`,date_format('2024-03-05 04:07:09.25','%y%m%d %k:%f') AS `b`;
SELECT TO_CHAR('2024-03-05 14:07:09'::timestamp, 'DD/MM/YYYY HH24:MI:SS') AS a, TO_CHAR('2024-03-05 04:07:09.25'::timestamp, 'YYMMDD FMHH24:US') AS b;
-- rows: [["05/03/2024 14:07:09", "240305 4:250000"]]

-- case: DATE_FORMAT with names, ordinal days and literal text, quoted so that to_char keeps it
select date_format('2024-03-05 14:07:09','%W %M %e %Y') AS `a`,date_format('2024-03-05 14:07:09','%D of %b, %a %l:%i %p') AS `b`,date_format('2024-03-05','%j %c%%') AS `c`;
SELECT TO_CHAR('2024-03-05 14:07:09'::timestamp, 'FMDay FMMonth FMDD YYYY') AS a, TO_CHAR('2024-03-05 14:07:09'::timestamp, 'FMDDth" of "Mon, Dy FMHH12:MI AM') AS b, TO_CHAR('2024-03-05'::timestamp, 'DDD FMMM"%"') AS c;
-- rows: [["Tuesday March 5 2024", "5th of Mar, Tue 2:07 PM", "065 3%"]]

-- case: DATE_FORMAT of a column
-- review: string comparison
select `shop`.`orders`.`id` AS `id`,date_format(`shop`.`orders`.`placed`,'%Y-%m') AS `month` from `shop`.`orders` order by `shop`.`orders`.`id`;
SELECT shop.orders.id AS id, TO_CHAR(shop.orders.placed, 'YYYY-MM') AS month FROM shop.orders ORDER BY shop.orders.id NULLS FIRST;
-- rows: [[1, "2024-01"], [2, "2024-02"], [3, "2023-12"], [4, null]]

-- case: DATE_FORMAT with a week of one of MySQL's week modes is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select date_format(`placed`,'%Y week %U') from `orders`;

-- case: DATE_FORMAT with a computed format is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select date_format(`placed`,`fmt`) from `orders`;

-- case: NOW() and CURRENT_TIMESTAMP are the local time to the second, CURDATE() today
select now() AS `a`,current_timestamp() AS `b`,current_timestamp AS `c`,curdate() AS `d`,current_date AS `e`,now(6) AS `f`;
SELECT DATE_TRUNC('second', LOCALTIMESTAMP) AS a, DATE_TRUNC('second', LOCALTIMESTAMP) AS b, DATE_TRUNC('second', LOCALTIMESTAMP) AS c, CURRENT_DATE AS d, CURRENT_DATE AS e, LOCALTIMESTAMP AS f;

-- case: NOW() has no fractions of a second, NOW(6) has them
select now() <= now(6) AS `a`,date_format(now(),'%f') AS `b`,curdate() = date(now()) AS `c`;
SELECT (DATE_TRUNC('second', LOCALTIMESTAMP) <= LOCALTIMESTAMP)::integer AS a, TO_CHAR(DATE_TRUNC('second', LOCALTIMESTAMP), 'US') AS b, (CURRENT_DATE = DATE_TRUNC('second', LOCALTIMESTAMP)::date)::integer AS c;
-- rows: [[1, "000000", 1]]

-- case: adding and subtracting intervals, as MySQL writes DATE_ADD and DATE_SUB in views
-- review: date arithmetic
select `shop`.`orders`.`placed` + interval 1 month AS `a`,`shop`.`orders`.`placed` - interval 90 minute AS `b`,`shop`.`orders`.`placed` + interval -1 day AS `c`,`shop`.`orders`.`placed` + interval 2 week AS `d`,`shop`.`orders`.`placed` + interval 1 quarter AS `e` from `shop`.`orders` where `shop`.`orders`.`id` = 1;
SELECT shop.orders.placed + INTERVAL '1' MONTH AS a, shop.orders.placed - INTERVAL '90' MINUTE AS b, shop.orders.placed + INTERVAL '-1' DAY AS c, shop.orders.placed + INTERVAL '14' DAY AS d, shop.orders.placed + INTERVAL '3' MONTH AS e FROM shop.orders WHERE shop.orders.id = 1;
-- rows: [["2024-02-29 09:05:07", "2024-01-31 07:35:07", "2024-01-30 09:05:07", "2024-02-14 09:05:07", "2024-04-30 09:05:07"]]

-- case: DATE_ADD, DATE_SUB, ADDDATE of days, an interval of a computed count, INTERVAL first
-- review: date arithmetic
select date_add('2024-01-31 10:00:00',interval 1 year) AS `a`,date_sub('2024-03-01 00:00:00',interval 1 second) AS `b`,adddate('2024-02-28 12:00:00',2) AS `c`,'2024-01-01 00:00:00' + interval (`shop`.`orders`.`id` + 1) day AS `d`,interval 10 microsecond + '2024-01-01 00:00:00' AS `e` from `shop`.`orders` where `shop`.`orders`.`id` = 2;
SELECT '2024-01-31 10:00:00'::timestamp + INTERVAL '1' YEAR AS a, '2024-03-01 00:00:00'::timestamp - INTERVAL '1' SECOND AS b, '2024-02-28 12:00:00'::timestamp + INTERVAL '2' DAY AS c, '2024-01-01 00:00:00'::timestamp + (shop.orders.id + 1) * INTERVAL '1' DAY AS d, '2024-01-01 00:00:00'::timestamp + INTERVAL '0.000010' SECOND AS e FROM shop.orders WHERE shop.orders.id = 2;
-- rows: [["2025-01-31 10:00:00", "2024-02-29 23:59:59", "2024-03-01 12:00:00", "2024-01-04 00:00:00", "2024-01-01 00:00:00.00001"]]

-- case: a composite interval unit is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
select `placed` + interval '1:30' hour_minute from `orders`;

-- case: a fractional interval count is refused: MySQL reads it in a way of its own
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
select `placed` + interval 1.5 hour from `orders`;

-- case: DATEDIFF counts days between the dates, times left out; MySQL writes it with TO_DAYS in views
select datediff('2024-03-01 23:59:59','2024-02-28 00:00:01') AS `a`,to_days('2007-10-07') AS `b`,to_days('2024-03-01') - to_days('2024-02-28') AS `c`;
SELECT '2024-03-01 23:59:59'::date - '2024-02-28 00:00:01'::date AS a, '2007-10-07'::date - DATE '0001-01-01' + 366 AS b, '2024-03-01'::date - DATE '0001-01-01' + 366 - ('2024-02-28'::date - DATE '0001-01-01' + 366) AS c;
-- rows: [[2, 733321, 2]]

-- case: the parts of a date are integers; the second without its fraction
select year('2024-03-05 14:07:09.75') AS `y`,month('2024-03-05') AS `m`,dayofmonth('2024-03-05') AS `d`,hour('2024-03-05 14:07:09') AS `h`,minute('2024-03-05 14:07:09') AS `mi`,second('2024-03-05 14:07:09.75') AS `s`,quarter('2024-03-05') AS `q`,dayofyear('2024-03-05') AS `doy`;
SELECT EXTRACT(YEAR FROM '2024-03-05 14:07:09.75'::timestamp)::integer AS y, EXTRACT(MONTH FROM '2024-03-05'::timestamp)::integer AS m, EXTRACT(DAY FROM '2024-03-05'::timestamp)::integer AS d, EXTRACT(HOUR FROM '2024-03-05 14:07:09'::timestamp)::integer AS h, EXTRACT(MINUTE FROM '2024-03-05 14:07:09'::timestamp)::integer AS mi, FLOOR(EXTRACT(SECOND FROM '2024-03-05 14:07:09.75'::timestamp))::integer AS s, EXTRACT(QUARTER FROM '2024-03-05'::timestamp)::integer AS q, EXTRACT(DOY FROM '2024-03-05'::timestamp)::integer AS doy;
-- rows: [[2024, 3, 5, 14, 7, 9, 1, 65]]

-- case: DAYOFWEEK counts from Sunday = 1, WEEKDAY from Monday = 0; names of months and days
select dayofweek('2024-03-05') AS `a`,weekday('2024-03-05') AS `b`,monthname('2024-03-05') AS `c`,dayname('2024-03-05') AS `d`,last_day('2024-02-10') AS `e`;
SELECT EXTRACT(DOW FROM '2024-03-05'::timestamp)::integer + 1 AS a, EXTRACT(ISODOW FROM '2024-03-05'::timestamp)::integer - 1 AS b, TO_CHAR('2024-03-05'::timestamp, 'FMMonth') AS c, TO_CHAR('2024-03-05'::timestamp, 'FMDay') AS d, (DATE_TRUNC('month', '2024-02-10'::timestamp) + INTERVAL '1' MONTH)::date - 1 AS e;
-- rows: [[3, 1, "March", "Tuesday", "2024-02-29"]]

-- case: EXTRACT gives integers as MySQL does
select extract(year from `shop`.`orders`.`placed`) AS `y`,extract(second from `shop`.`orders`.`placed`) AS `s` from `shop`.`orders` where `shop`.`orders`.`id` = 1;
SELECT EXTRACT(YEAR FROM shop.orders.placed)::integer AS y, FLOOR(EXTRACT(SECOND FROM shop.orders.placed))::integer AS s FROM shop.orders WHERE shop.orders.id = 1;
-- rows: [[2024, 7]]

-- case: EXTRACT of a composite unit is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select extract(year_month from `placed`) from `orders`;

-- case: STR_TO_DATE gives a date for a date format, a timestamp for one with time
-- review: STR_TO_DATE
select str_to_date('05/03/2024','%d/%m/%Y') AS `a`,str_to_date('March 5 2024 2:07 PM','%M %e %Y %l:%i %p') AS `b`;
SELECT TO_DATE('05/03/2024', 'DD/MM/YYYY') AS a, TO_TIMESTAMP('March 5 2024 2:07 PM', 'FMMonth FMDD YYYY FMHH12:MI AM')::timestamp AS b;
-- rows: [["2024-03-05", "2024-03-05 14:07:00"]]

-- case: TIMESTAMPDIFF in whole units, cut toward zero
select timestampdiff(HOUR,'2024-03-05 10:00:00','2024-03-05 12:59:59') AS `a`,timestampdiff(DAY,'2024-03-05 12:00:00','2024-03-04 00:00:00') AS `b`,timestampdiff(SECOND,'2024-03-05 10:00:00','2024-03-05 10:01:00') AS `c`;
SELECT TRUNC(EXTRACT(EPOCH FROM '2024-03-05 12:59:59'::timestamp - '2024-03-05 10:00:00'::timestamp) / 3600)::bigint AS a, TRUNC(EXTRACT(EPOCH FROM '2024-03-04 00:00:00'::timestamp - '2024-03-05 12:00:00'::timestamp) / 86400)::bigint AS b, TRUNC(EXTRACT(EPOCH FROM '2024-03-05 10:01:00'::timestamp - '2024-03-05 10:00:00'::timestamp))::bigint AS c;
-- rows: [[2, -1, 60]]

-- case: TIMESTAMPDIFF in months is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select timestampdiff(MONTH,`a`,`b`) from `t`;

-- case: a date plus a number is refused: MySQL adds to the date's digits (CURDATE() + 1 is 20240306)
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select curdate() + 1 AS `tomorrow`;

-- case: a date minus a date too: MySQL subtracts their digits
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
select cast(`a` as date) - cast(`b` as date) from `t`;

-- case: date() and datetime() of text and of a timestamp column; datetime() cuts fractions of a second
SELECT date(placed) AS a, datetime('2024-03-05 14:07:09.75') AS b, date(joined) AS c FROM orders JOIN Customers ON Customers.id = orders.customer_id WHERE orders.id = 10;
SELECT placed::timestamp::date AS a, DATE_TRUNC('second', '2024-03-05 14:07:09.75'::timestamp) AS b, joined::timestamp::date AS c FROM orders JOIN "Customers" ON "Customers".id = orders.customer_id WHERE orders.id = 10;
-- rows: [["2024-03-05", "2024-03-05 14:07:09", "2024-01-31"]]

-- case: modifiers: +N units, start of month; a month past the month's end is noted
-- review: '+1 month'
SELECT date('2024-03-05', 'start of month', '+1 month', '-1 day') AS a, datetime(placed, '+90 minutes') AS b, date('2024-03-05 23:00', '+1.5 days') AS c, date(joined, '+1 month') AS d FROM orders JOIN Customers ON Customers.id = orders.customer_id WHERE orders.id = 10;
SELECT (DATE_TRUNC('month', '2024-03-05'::timestamp) + INTERVAL '1' MONTH - INTERVAL '1' DAY)::date AS a, DATE_TRUNC('second', placed::timestamp + INTERVAL '90' MINUTE) AS b, ('2024-03-05 23:00'::timestamp + 1.5 * INTERVAL '1' DAY)::date AS c, (joined::timestamp + INTERVAL '1' MONTH)::date AS d FROM orders JOIN "Customers" ON "Customers".id = orders.customer_id WHERE orders.id = 10;
-- rows: [["2024-03-31", "2024-03-05 15:37:09", "2024-03-07", "2024-02-29"]]

-- case: 'now' and CURRENT_TIMESTAMP are UTC in SQLite
SELECT date('now') AS a, datetime('now') AS b, CURRENT_TIMESTAMP AS c, CURRENT_DATE AS d;
SELECT (CURRENT_TIMESTAMP AT TIME ZONE 'UTC')::date AS a, DATE_TRUNC('second', CURRENT_TIMESTAMP AT TIME ZONE 'UTC') AS b, DATE_TRUNC('second', CURRENT_TIMESTAMP AT TIME ZONE 'UTC') AS c, (CURRENT_TIMESTAMP AT TIME ZONE 'UTC')::date AS d;

-- case: strftime with SQLite's specifiers, %f with milliseconds, %s alone for seconds since 1970
SELECT strftime('%Y-%m-%d %H:%M:%f', '2024-03-05 14:07:09.75') AS a, strftime('%j, %H:%M', placed) AS b, strftime('%s', '2024-01-01 00:00:01') AS c, strftime('%F', placed) AS d FROM orders WHERE id = 10;
SELECT TO_CHAR('2024-03-05 14:07:09.75'::timestamp, 'YYYY-MM-DD HH24:MI:SS.MS') AS a, TO_CHAR(placed::timestamp, 'DDD, HH24:MI') AS b, TRUNC(EXTRACT(EPOCH FROM '2024-01-01 00:00:01'::timestamp))::bigint::text AS c, TO_CHAR(placed::timestamp, 'YYYY-MM-DD') AS d FROM orders WHERE id = 10;
-- rows: [["2024-03-05 14:07:09.750", "065, 14:07", "1704067201", "2024-03-05"]]

-- case: julianday and unixepoch
SELECT julianday('2000-01-01') AS a, julianday(placed) - julianday('2024-03-01') AS b, unixepoch('2024-01-01') AS c FROM orders WHERE id = 11;
SELECT EXTRACT(EPOCH FROM '2000-01-01'::timestamp) / 86400 + 2440587.5 AS a, EXTRACT(EPOCH FROM placed::timestamp) / 86400 + 2440587.5 - (EXTRACT(EPOCH FROM '2024-03-01'::timestamp) / 86400 + 2440587.5) AS b, TRUNC(EXTRACT(EPOCH FROM '2024-01-01'::timestamp))::bigint AS c FROM orders WHERE id = 11;
-- rows: [["2451544.500000000000", "5.000000000000", 1704067200]]

-- case: strftime with %w is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:8
SELECT strftime('%w', placed) FROM orders;

-- case: the localtime modifier is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:24
SELECT datetime('now', 'localtime');

-- case: a Julian day number as time value is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:13
SELECT date(2460000.5);

/**
 * Whole MySQL views, as MariaDB stores their definitions (information_schema.VIEWS), translated
 * and created on the test PostgreSQL over tables of the same names (fixtures/schema.sql: the
 * shop database as schema shop, "OrderItems" in mixed case), then read. The expected rows are
 * MySQL's, worked out by hand from MySQL's documented semantics; views.mariadb.test.ts
 * compares with a real MariaDB instead.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../../test/support/databases.js';
import { translate } from '../../index.js';

let client: pg.Client;

beforeAll(async () => {
  // Every value as PostgreSQL's text, to compare with MySQL's as it prints them.
  client = new pg.Client({
    connectionString: await createDatabase('mysql_views'),
    types: { getTypeParser: () => (value: string) => value },
  });
  await client.connect();
  await client.query(readFileSync(new URL('./fixtures/schema.sql', import.meta.url), 'utf8'));
});

afterAll(async () => {
  await client.end();
});

/** Creates the view from MySQL's CREATE VIEW and reads it whole. */
async function createAndRead(createView: string, name: string): Promise<unknown[][]> {
  await client.query(translate(createView, { from: 'mysql' }).sql);
  return (await client.query({ text: `SELECT * FROM shop.${name}`, rowMode: 'array' })).rows as unknown[][];
}

describe('MySQL views on PostgreSQL', () => {
  it('CONCAT with a NULL, IFNULL, IF and LIMIT m, n', async () => {
    const rows = await createAndRead(
      "CREATE VIEW `shop`.`labels` AS select `shop`.`orders`.`id` AS `id`,concat(`shop`.`orders`.`customer`,'-',`shop`.`orders`.`note`) AS `label`,ifnull(`shop`.`orders`.`note`,'none') AS `note`,if(`shop`.`orders`.`total` > 10,'big','small') AS `size` from `shop`.`orders` order by `shop`.`orders`.`id` limit 1,2",
      'labels',
    );
    // Rows 2 and 3 after skipping 1. Order 2 has no note: CONCAT is NULL, IFNULL gives 'none'.
    expect(rows).toEqual([
      ['2', null, 'none', 'small'],
      ['3', 'Carol-rush', 'rush', 'big'],
    ]);
  });

  it('GROUP_CONCAT with ORDER BY and SEPARATOR over a join, HAVING on COUNT(0)', async () => {
    const rows = await createAndRead(
      "CREATE VIEW `shop`.`skus` AS select `o`.`customer` AS `customer`,group_concat(`i`.`sku` order by `i`.`sku` DESC separator ';') AS `skus`,count(0) AS `items` from (`shop`.`orders` `o` join `shop`.`OrderItems` `i` on(`i`.`order_id` = `o`.`id`)) group by `o`.`customer` having count(0) > 1 order by min(`o`.`id`)",
      'skus',
    );
    // alice (order 1) has A-1 and B-2, Carol (order 3) A-1 and C-3; bob has one item.
    expect(rows).toEqual([
      ['alice', 'B-2;A-1', '2'],
      ['Carol', 'C-3;A-1', '2'],
    ]);
  });

  it('DATE_FORMAT, interval arithmetic, DATEDIFF as TO_DAYS, YEAR, and NULLs first in order', async () => {
    const rows = await createAndRead(
      "CREATE VIEW `shop`.`dates` AS select `shop`.`orders`.`id` AS `id`,date_format(`shop`.`orders`.`placed`,'%d %b %Y, %l:%i %p') AS `shown`,`shop`.`orders`.`placed` + interval 1 month AS `next`,to_days(`shop`.`orders`.`placed`) - to_days('2024-01-01') AS `days`,year(`shop`.`orders`.`placed`) AS `y` from `shop`.`orders` order by `shop`.`orders`.`placed`",
      'dates',
    );
    // Order 4 has no date: first in MySQL's ascending order. January 31 plus a month is February 29 (2024).
    expect(rows).toEqual([
      ['4', null, null, null, null],
      ['3', '31 Dec 2023, 12:00 AM', '2024-01-31 00:00:00', '-1', '2023'],
      ['1', '31 Jan 2024, 9:05 AM', '2024-02-29 09:05:07', '30', '2024'],
      ['2', '29 Feb 2024, 11:59 PM', '2024-03-29 23:59:59', '59', '2024'],
    ]);
  });

  it('conditions as numbers: a comparison as a value, SUM of a condition, a number as a condition', async () => {
    const rows = await createAndRead(
      'CREATE VIEW `shop`.`counts` AS select `shop`.`OrderItems`.`order_id` AS `order_id`,sum(`shop`.`OrderItems`.`qty` > 1) AS `many`,max(`shop`.`OrderItems`.`qty` is null) AS `gap`,count(if(`shop`.`OrderItems`.`qty`,1,NULL)) AS `counted` from `shop`.`OrderItems` where `shop`.`OrderItems`.`order_id` <> 0 group by `shop`.`OrderItems`.`order_id` order by `shop`.`OrderItems`.`order_id`',
      'counts',
    );
    // Order 3 has an item without a quantity: IS NULL is 1, IF(NULL, ...) counts nothing.
    expect(rows).toEqual([
      ['1', '1', '0', '2'],
      ['2', '1', '0', '1'],
      ['3', '0', '1', '1'],
    ]);
  });
});

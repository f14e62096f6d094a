/**
 * Small source schemas for engine tests: realistic enough to have keys, foreign keys,
 * indexes, a view, a sequence and a trigger, small enough to migrate in seconds.
 */
import { execSql } from './databases.js';

/** customers ← orders ← items, plus a keyless log table; `rows` orders with 3 items each. */
export async function createShop(url: string, rows = 2000): Promise<void> {
  await execSql(
    url,
    `
    CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, email text UNIQUE);
    CREATE TABLE orders (
      id serial PRIMARY KEY,
      customer_id bigint NOT NULL REFERENCES customers(id),
      placed timestamptz NOT NULL,
      total numeric(12,2) CHECK (total >= 0),
      note text);
    CREATE TABLE items (
      order_id int REFERENCES orders(id),
      line int,
      sku text NOT NULL,
      qty int NOT NULL,
      PRIMARY KEY (order_id, line));
    CREATE TABLE audit_log (at timestamptz, message text);
    CREATE INDEX orders_placed ON orders (placed);
    CREATE INDEX items_sku ON items (lower(sku)) WHERE qty > 1;
    CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 500;
    -- Selecting o.placed while grouping by o.id needs orders' primary key to exist.
    CREATE VIEW order_sizes AS SELECT o.id, o.placed, sum(i.qty) AS qty FROM orders o JOIN items i ON i.order_id = o.id GROUP BY o.id;
    CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := coalesce(NEW.note, 'touched'); RETURN NEW; END $$;
    CREATE TRIGGER orders_touch BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION touch();
    INSERT INTO customers SELECT i, 'customer ' || i, 'c' || i || '@example.com' FROM generate_series(1, ${Math.max(10, Math.ceil(rows / 10))}) i;
    INSERT INTO orders (customer_id, placed, total, note)
      SELECT 1 + i % ${Math.max(10, Math.ceil(rows / 10))}, timestamptz '2024-01-01' + i * interval '1 hour', (i % 1000) + 0.25, CASE WHEN i % 7 = 0 THEN NULL ELSE repeat('n', i % 50) END
      FROM generate_series(1, ${rows}) i;
    INSERT INTO items SELECT o, l, 'SKU-' || (o * l) % 97, 1 + (o + l) % 4 FROM generate_series(1, ${rows}) o, generate_series(1, 3) l;
    INSERT INTO audit_log SELECT timestamptz '2024-01-01' + i * interval '1 minute', 'event ' || i FROM generate_series(1, ${rows}) i;
    `,
  );
}

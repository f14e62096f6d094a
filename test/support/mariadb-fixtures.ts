/**
 * The shop of fixtures.ts (createShop) as a MariaDB source: the same tables, keys and row
 * counts in MySQL syntax, with a few MySQL column types besides. Rows come from MariaDB's
 * sequence engine (seq_1_to_N), so a large shop is built server-side in one round trip.
 */
import { execMaria } from './mariadb.js';

/**
 * customers ← orders ← items, plus a keyless log table; `rows` orders with 3 items each and
 * max(10, rows / 10) customers. The trigger fills the note of every seventh order with
 * 'touched', as in the PostgreSQL shop.
 */
export async function createMariaShop(url: string, rows = 2000): Promise<void> {
  if (!Number.isInteger(rows) || rows < 1)
    throw new RangeError(`createMariaShop needs at least one row, not ${rows}`);
  const customers = Math.max(10, Math.ceil(rows / 10));
  await execMaria(
    url,
    `
    CREATE TABLE customers (
      id bigint AUTO_INCREMENT PRIMARY KEY,
      name varchar(100) NOT NULL,
      email varchar(255) UNIQUE,
      vip tinyint(1) NOT NULL DEFAULT 0);
    CREATE TABLE orders (
      id int AUTO_INCREMENT PRIMARY KEY,
      customer_id bigint NOT NULL,
      placed datetime(6) NOT NULL,
      total decimal(12,2) CHECK (total >= 0),
      status enum('new', 'paid', 'shipped') NOT NULL DEFAULT 'new',
      note text,
      CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
      INDEX orders_placed (placed));
    CREATE TABLE items (
      order_id int,
      line int,
      sku varchar(20) NOT NULL,
      qty int unsigned NOT NULL,
      attributes json,
      PRIMARY KEY (order_id, line),
      CONSTRAINT items_order FOREIGN KEY (order_id) REFERENCES orders (id),
      INDEX items_sku (sku));
    CREATE TABLE audit_log (at timestamp(3) NULL, message text, digest binary(4));
    CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 500;
    CREATE VIEW order_sizes AS
      SELECT o.id, o.placed, sum(i.qty) AS qty FROM orders o JOIN items i ON i.order_id = o.id GROUP BY o.id;
    CREATE TRIGGER orders_touch BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = IFNULL(NEW.note, 'touched');
    INSERT INTO customers (id, name, email, vip)
      SELECT seq, CONCAT('customer ', seq), CONCAT('c', seq, '@example.com'), seq % 5 = 0 FROM seq_1_to_${customers};
    INSERT INTO orders (customer_id, placed, total, status, note)
      SELECT 1 + seq % ${customers}, TIMESTAMP '2024-01-01 00:00:00' + INTERVAL seq HOUR, (seq % 1000) + 0.25,
        ELT(1 + seq % 3, 'new', 'paid', 'shipped'), IF(seq % 7 = 0, NULL, REPEAT('n', seq % 50))
      FROM seq_1_to_${rows};
    INSERT INTO items (order_id, line, sku, qty, attributes)
      SELECT o.seq, l.seq, CONCAT('SKU-', (o.seq * l.seq) % 97), 1 + (o.seq + l.seq) % 4,
        IF(l.seq = 1, JSON_OBJECT('gift', o.seq % 2 = 0), NULL)
      FROM seq_1_to_${rows} o, seq_1_to_3 l;
    INSERT INTO audit_log (at, message, digest)
      SELECT TIMESTAMP '2024-01-01 00:00:00' + INTERVAL seq MINUTE, CONCAT('event ', seq), UNHEX(LPAD(HEX(seq), 8, '0'))
      FROM seq_1_to_${rows};
    `,
  );
}

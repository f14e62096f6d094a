import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { btreeSizes, estimatedBytes } from './sizes.js';

describe('table sizes', () => {
  it('reads b-tree sizes from dbstat, and estimates from rows and their values otherwise', () => {
    const db = new Database(':memory:');
    db.exec(`CREATE TABLE t (a TEXT, b INTEGER);
             WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 5000)
             INSERT INTO t SELECT 'abc', 12345 FROM s;
             CREATE INDEX t_a ON t (a);`);
    const sizes = btreeSizes(db)!;
    const page = Number(db.pragma('page_size', { simple: true }));
    expect(sizes.get('t')! % page).toBe(0);
    expect(sizes.get('t')!).toBeGreaterThan(5000 * 10);
    expect(sizes.get('t_a')!).toBeGreaterThan(0);
    // Each row: 'abc' (3 bytes) and 12345 (5 as text), one more each.
    expect(estimatedBytes(db, 't', ['a', 'b'], 5000)).toBe(50000);
    expect(estimatedBytes(db, 't', ['a', 'b'], 0)).toBe(0);
    db.close();
  });
});

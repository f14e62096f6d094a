import { describe, expect, it } from 'vitest';
import { parseCreateIndex, parseCreateTable, parseCreateView } from './schema-text.js';

const texts = (tokens: { text: string }[] | null): string | null =>
  tokens?.map((t) => t.text).join(' ') ?? null;

describe('parseCreateTable', () => {
  it('finds column and table CHECKs with their names, collations and generated columns', () => {
    const table = parseCreateTable(`CREATE TABLE "odd ""name""" (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      [code] VARCHAR(10) NOT NULL COLLATE NOCASE CONSTRAINT code_form CHECK (length(code) = 10),
      price DECIMAL(10, 2) DEFAULT (0.0) CHECK (price >= 0), -- a comment with CHECK (x)
      total REAL GENERATED ALWAYS AS (price * 1.2) STORED,
      note TEXT DEFAULT 'CHECK (no)',
      /* CHECK (neither) */ CONSTRAINT pair CHECK (price < 1000 OR code = 'x'),
      CHECK (id > 0),
      UNIQUE (code, price)
    )`);
    expect(table.checks.map((check) => ({ ...check, expression: texts(check.expression) }))).toEqual([
      { name: 'code_form', column: 'code', expression: 'length ( code ) = 10' },
      { name: null, column: 'price', expression: 'price >= 0' },
      { name: 'pair', column: null, expression: "price < 1000 OR code = 'x'" },
      { name: null, column: null, expression: 'id > 0' },
    ]);
    expect(table.columns.get('code')).toEqual({ collation: 'NOCASE', generated: null });
    expect(table.columns.get('total')).toEqual({ collation: null, generated: 'price * 1.2' });
  });
});

describe('parseCreateView', () => {
  it('reads the column list and the query', () => {
    const view = parseCreateView('CREATE VIEW IF NOT EXISTS v (a, "b c") AS SELECT 1, (2) FROM t;');
    expect(view.columns).toEqual(['a', 'b c']);
    expect(view.query).toBe('SELECT 1, (2) FROM t');
  });

  it('tells a query in parentheses from a column list', () => {
    const view = parseCreateView('CREATE VIEW v AS SELECT (1) AS x');
    expect(view.columns).toEqual([]);
    expect(view.query).toBe('SELECT (1) AS x');
  });
});

describe('parseCreateIndex', () => {
  it('reads expressions, collations, directions and the WHERE of a partial index', () => {
    const index = parseCreateIndex(
      'CREATE UNIQUE INDEX i ON t (lower(name) COLLATE NOCASE DESC, code, (a + b) ASC) WHERE deleted IS NULL',
    );
    expect(index.items.map((item) => ({ ...item, expression: texts(item.expression) }))).toEqual([
      { expression: 'lower ( name )', collation: 'NOCASE', descending: true },
      { expression: 'code', collation: null, descending: false },
      { expression: '( a + b )', collation: null, descending: false },
    ]);
    expect(texts(index.where)).toBe('deleted IS NULL');
  });
});

/** translateScript: statements see the column types of the CREATE TABLE statements before them. */
import { expect, it } from 'vitest';
import { translateScript } from './index.js';

it('knows the types of columns created earlier in the script, for date arithmetic', () => {
  const script = [
    'SELECT hired + 30 FROM staff;',
    'CREATE TABLE staff (id NUMBER(4), hired DATE);',
    'SELECT hired + 30 FROM staff;',
  ].join('\n');
  const [before, , after] = translateScript(script).entries;
  // Before the CREATE TABLE the type is unknown and the sum is left for PostgreSQL to refuse loudly.
  expect(before!.sql).toBe('SELECT hired + 30 FROM staff');
  expect(after!.sql).toBe("SELECT hired + INTERVAL '30' DAY FROM staff");
});

it('keeps the types of the other columns when ALTER TABLE adds one', () => {
  const script = [
    'CREATE TABLE orders (id NUMBER(10), placed DATE);',
    'ALTER TABLE orders ADD (shipped DATE);',
    'SELECT shipped - placed FROM orders;',
  ].join('\n');
  const query = translateScript(script).entries[2]!;
  expect(query.sql).toBe('SELECT decant_oracle.date_sub(shipped, placed) FROM orders');
});

it('reports a statement the tokenizer refuses, and translates the ones after it', () => {
  const entries = translateScript('SELECT a # b FROM t;\nSELECT NVL(a, 0) FROM t;\n').entries;
  expect(entries.map((e) => [e.status, e.diagnostics[0]?.line, e.diagnostics[0]?.column])).toEqual([
    ['unsupported', 1, 10],
    ['translated', undefined, undefined],
  ]);
  expect(entries[0]!.error?.message).toContain('Unexpected character "#"');
  expect(entries[1]!.sql).toBe('SELECT COALESCE(a, 0) FROM t');
});

it('keeps PostgreSQL $n parameters, and refuses them beside Oracle bind variables', () => {
  const [positional, mixed] = translateScript(
    'SELECT NVL(a, :x) FROM t WHERE id = $2 OR id = $1;\nSELECT a FROM t WHERE id = :id AND b = $1;\n',
  ).entries;
  expect(positional!.status).toBe('unsupported');
  expect(positional!.error?.message).toContain('PostgreSQL $n parameters beside Oracle bind variables');
  expect(mixed!.status).toBe('unsupported');
  const [only] = translateScript('SELECT NVL(a, 0) FROM t WHERE id = $2 OR b = $1;').entries;
  expect(only!.sql).toBe('SELECT COALESCE(a, 0) FROM t WHERE id = $2 OR b = $1');
});

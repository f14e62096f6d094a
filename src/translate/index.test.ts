/** translateScript: statements see the column types of the CREATE TABLE statements before them. */
import { expect, it } from 'vitest';
import { translate, translateScript } from './index.js';

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

it('gives the parameters ALTER SESSION SET sets, in order, for a caller that follows the session', () => {
  expect(translate("ALTER SESSION SET nls_date_format = 'DD/MM/YYYY'").sessionSettings).toEqual([
    { name: 'NLS_DATE_FORMAT', value: 'DD/MM/YYYY' },
  ]);
  expect(
    translate(
      'ALTER SESSION SET CURRENT_SCHEMA = "Sales" ISOLATION_LEVEL = READ COMMITTED NLS_TIMESTAMP_FORMAT = \'YYYY\'',
    ).sessionSettings,
  ).toEqual([
    { name: 'CURRENT_SCHEMA', value: 'Sales' },
    { name: 'ISOLATION_LEVEL', value: 'READ COMMITTED' },
    { name: 'NLS_TIMESTAMP_FORMAT', value: 'YYYY' },
  ]);
  expect(translate('SELECT 1 FROM dual').sessionSettings).toBeUndefined();
});

it("converts dates with the NLS formats the script's ALTER SESSION statements set", () => {
  const script = [
    "SELECT TO_DATE('17-DEC-80') FROM dual;",
    "ALTER SESSION SET NLS_DATE_FORMAT = 'DD/MM/YYYY';",
    "SELECT TO_DATE('17/12/1980') FROM dual;",
    "ALTER SESSION SET NLS_TIMESTAMP_FORMAT = 'YYYY-MM-DD HH24:MI:SS';",
    'CREATE TABLE staff (hired DATE);',
    "SELECT TO_DATE('17/12/1980'), TO_TIMESTAMP('1980-12-17 10:00:00') FROM staff;",
  ].join('\n');
  const entries = translateScript(script).entries;
  expect(entries.map((e) => e.sql)).toEqual([
    "SELECT decant_oracle.to_date('17-DEC-80', 'DD-MON-YYYY', 'RR')",
    "SET decant.nls_date_format = 'DD/MM/YYYY'",
    "SELECT decant_oracle.to_date('17/12/1980', 'DD/MM/YYYY')",
    "SET decant.nls_timestamp_format = 'YYYY-MM-DD HH24:MI:SS'",
    'CREATE TABLE staff (hired timestamp(0))',
    "SELECT decant_oracle.to_date('17/12/1980', 'DD/MM/YYYY'), decant_oracle.to_timestamp('1980-12-17 10:00:00', 'YYYY-MM-DD HH24:MI:SS') FROM staff",
  ]);
});

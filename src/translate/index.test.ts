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

/**
 * A loop in hierarchical data: Oracle stops the query with ORA-01436 unless NOCYCLE is given,
 * and with NOCYCLE returns each row once and marks where the loop closes. Run on PostgreSQL.
 */
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDatabase } from '../../../../../test/support/databases.js';
import { installOracleCompat } from '../../../../target/compat/oracle-compat.js';
import { translate } from '../../../index.js';

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: await createDatabase('connect_by') });
  await client.connect();
  await installOracleCompat(client);
  // 1 → 2 → 3 → 1: a loop; 4 hangs off 3.
  await client.query('CREATE TABLE node (id integer, parent integer)');
  await client.query('INSERT INTO node VALUES (1, 3), (2, 1), (3, 2), (4, 3)');
});

afterAll(async () => {
  await client?.end();
});

it('stops with ORA-01436 on a loop when NOCYCLE is not given', async () => {
  const { sql } = translate('SELECT id FROM node START WITH id = 1 CONNECT BY PRIOR id = parent');
  await expect(client.query(sql)).rejects.toThrow(/ORA-01436/);
});

it('raises nothing on data without a loop', async () => {
  const { sql, diagnostics } = translate(
    'SELECT id, LEVEL FROM node START WITH id = 3 CONNECT BY PRIOR id = parent AND id <> 1',
  );
  expect(diagnostics).toEqual([]);
  const { rows } = await client.query({ text: sql, rowMode: 'array' });
  expect(rows).toEqual([
    [3, 1],
    [4, 2],
  ]);
});

it('follows each row once with NOCYCLE and marks the row that closes the loop', async () => {
  const { sql } = translate(
    'SELECT id, LEVEL, CONNECT_BY_ISCYCLE FROM node START WITH id = 1 CONNECT BY NOCYCLE PRIOR id = parent',
  );
  const { rows } = await client.query({ text: sql, rowMode: 'array' });
  expect(rows).toEqual([
    [1, 1, 0],
    [2, 2, 0],
    [3, 3, 1],
    [4, 4, 0],
  ]);
});

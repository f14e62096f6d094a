/**
 * The data dictionary views (oracle-catalog.ts) on a real PostgreSQL, over a small schema as
 * Decant's DDL translation creates it: a quoted mixed-case table, a sequence, a view, indexes,
 * and primary key, foreign key, unique and check constraints. Expected rows are what Oracle's
 * dictionary shows for the Oracle original (names upper case unless quoted), per the 19c
 * Reference's descriptions of each view.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../test/support/databases.js';
import { installOracleCompat } from './oracle-compat.js';

let client: pg.Client;

const SCHEMA = `
CREATE SCHEMA app;
CREATE SCHEMA other;
SET search_path TO app;
CREATE TABLE dept (
  deptno smallint CONSTRAINT dept_pk PRIMARY KEY,
  dname varchar(14) NOT NULL CONSTRAINT dept_dname_uk UNIQUE
);
CREATE TABLE "MixedCase" (
  "Id" integer CONSTRAINT "MixedCase_pk" PRIMARY KEY,
  amount numeric(10, 2) DEFAULT 0 CONSTRAINT mixed_amount_ck CHECK (amount >= 0),
  created timestamp(0),
  stamp timestamp,
  stamp_tz timestamptz(3),
  note text,
  photo bytea,
  ratio double precision,
  code char(3),
  deptno smallint CONSTRAINT mixed_dept_fk REFERENCES dept ON DELETE CASCADE,
  CONSTRAINT mixed_code_uk UNIQUE (code, deptno)
);
ALTER TABLE "MixedCase" DROP COLUMN photo;
CREATE SEQUENCE order_seq START WITH 100 INCREMENT BY 10 MAXVALUE 100000 CACHE 20 CYCLE;
CREATE SEQUENCE plain_seq;
CREATE VIEW dept_names AS SELECT dname FROM dept;
CREATE INDEX mixed_created_ix ON "MixedCase" (created);
CREATE INDEX mixed_upper_ix ON "MixedCase" (upper(code));
CREATE FUNCTION bonus(n numeric) RETURNS numeric LANGUAGE sql RETURN n * 2;
CREATE TABLE other.audit (id integer);
`;

beforeAll(async () => {
  client = new pg.Client({
    connectionString: await createDatabase('catalog'),
    types: { getTypeParser: () => (value: string) => value },
  });
  await client.connect();
  await installOracleCompat(client);
  await installOracleCompat(client); // idempotent
  await client.query(SCHEMA);
});

afterAll(async () => {
  await client?.end();
});

async function rows(sql: string): Promise<unknown[][]> {
  return (await client.query({ text: sql, rowMode: 'array' })).rows as unknown[][];
}

const d = 'decant_oracle';

describe('tables', () => {
  it('USER_TABLES lists the current schema, unquoted names in upper case', async () => {
    expect(
      await rows(`SELECT table_name, status, partitioned, temporary FROM ${d}.user_tables ORDER BY 1`),
    ).toEqual([
      ['DEPT', 'VALID', 'NO', 'N'],
      ['MixedCase', 'VALID', 'NO', 'N'],
    ]);
  });

  it('ALL_TABLES adds the other schemas with their owner, not the compatibility schema', async () => {
    expect(await rows(`SELECT owner, table_name FROM ${d}.all_tables ORDER BY 1, 2`)).toEqual([
      ['APP', 'DEPT'],
      ['APP', 'MixedCase'],
      ['OTHER', 'AUDIT'],
    ]);
  });

  it('USER_ views have no OWNER column', async () => {
    const columns = await rows(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = '${d}' AND table_name = 'user_tables' AND column_name = 'owner'`,
    );
    expect(columns).toEqual([]);
  });
});

describe('columns', () => {
  it('USER_TAB_COLUMNS maps the types back to Oracle names and numbers the columns 1..n', async () => {
    expect(
      await rows(
        `SELECT column_name, data_type, data_length, data_precision, data_scale, nullable, column_id, data_default
         FROM ${d}.user_tab_columns WHERE table_name = 'MixedCase' ORDER BY column_id`,
      ),
    ).toEqual([
      ['Id', 'NUMBER', '22', '9', '0', 'N', '1', null],
      ['AMOUNT', 'NUMBER', '22', '10', '2', 'Y', '2', '0'],
      ['CREATED', 'DATE', '7', null, null, 'Y', '3', null],
      ['STAMP', 'TIMESTAMP(6)', '11', null, '6', 'Y', '4', null],
      ['STAMP_TZ', 'TIMESTAMP(3) WITH TIME ZONE', '13', null, '3', 'Y', '5', null],
      ['NOTE', 'CLOB', '4000', null, null, 'Y', '6', null],
      ['RATIO', 'BINARY_DOUBLE', '8', null, null, 'Y', '7', null],
      ['CODE', 'CHAR', '3', null, null, 'Y', '8', null],
      ['DEPTNO', 'NUMBER', '22', '4', '0', 'Y', '9', null],
    ]);
  });

  it('character columns give their length in CHAR_LENGTH', async () => {
    expect(
      await rows(
        `SELECT column_name, data_type, data_length, char_length, char_used FROM ${d}.user_tab_columns
         WHERE table_name = 'DEPT' ORDER BY column_id`,
      ),
    ).toEqual([
      ['DEPTNO', 'NUMBER', '22', '0', null],
      ['DNAME', 'VARCHAR2', '14', '14', 'B'],
    ]);
  });

  it("a view's columns are listed too", async () => {
    expect(
      await rows(
        `SELECT table_name, column_name, data_type FROM ${d}.user_tab_columns WHERE table_name = 'DEPT_NAMES'`,
      ),
    ).toEqual([['DEPT_NAMES', 'DNAME', 'VARCHAR2']]);
  });

  it('ALL_TAB_COLUMNS has OWNER', async () => {
    expect(
      await rows(`SELECT owner, table_name, column_name FROM ${d}.all_tab_columns WHERE owner = 'OTHER'`),
    ).toEqual([['OTHER', 'AUDIT', 'ID']]);
  });
});

describe('objects', () => {
  it('USER_OBJECTS lists tables, views, sequences, indexes and functions', async () => {
    expect(
      await rows(
        `SELECT object_name, object_type, status FROM ${d}.user_objects ORDER BY object_type, object_name`,
      ),
    ).toEqual([
      ['BONUS', 'FUNCTION', 'VALID'],
      ['DEPT_DNAME_UK', 'INDEX', 'VALID'],
      ['DEPT_PK', 'INDEX', 'VALID'],
      ['MIXED_CODE_UK', 'INDEX', 'VALID'],
      ['MIXED_CREATED_IX', 'INDEX', 'VALID'],
      ['MIXED_UPPER_IX', 'INDEX', 'VALID'],
      ['MixedCase_pk', 'INDEX', 'VALID'],
      ['ORDER_SEQ', 'SEQUENCE', 'VALID'],
      ['PLAIN_SEQ', 'SEQUENCE', 'VALID'],
      ['DEPT', 'TABLE', 'VALID'],
      ['MixedCase', 'TABLE', 'VALID'],
      ['DEPT_NAMES', 'VIEW', 'VALID'],
    ]);
  });

  it('ALL_OBJECTS leaves out the compatibility schema', async () => {
    expect(await rows(`SELECT count(*) FROM ${d}.all_objects WHERE owner = 'DECANT_ORACLE'`)).toEqual([
      ['0'],
    ]);
    expect(await rows(`SELECT owner, object_name FROM ${d}.all_objects WHERE owner = 'OTHER'`)).toEqual([
      ['OTHER', 'AUDIT'],
    ]);
  });
});

describe('sequences', () => {
  it('USER_SEQUENCES gives bounds, step, cycle and cache; LAST_NUMBER is the next number', async () => {
    await client.query('SELECT nextval($1)', ['app.plain_seq']);
    expect(
      await rows(
        `SELECT sequence_name, min_value, max_value, increment_by, cycle_flag, cache_size, last_number
         FROM ${d}.user_sequences ORDER BY 1`,
      ),
    ).toEqual([
      ['ORDER_SEQ', '1', '100000', '10', 'Y', '20', '100'],
      ['PLAIN_SEQ', '1', '9223372036854775807', '1', 'N', '0', '2'],
    ]);
  });

  it('ALL_SEQUENCES has SEQUENCE_OWNER', async () => {
    expect(await rows(`SELECT sequence_owner, sequence_name FROM ${d}.all_sequences ORDER BY 2`)).toEqual([
      ['APP', 'ORDER_SEQ'],
      ['APP', 'PLAIN_SEQ'],
    ]);
  });
});

describe('views', () => {
  it("USER_VIEWS gives the query's text", async () => {
    const [row] = await rows(`SELECT view_name, text, text_length FROM ${d}.user_views`);
    expect(row?.[0]).toBe('DEPT_NAMES');
    expect(String(row?.[1])).toMatch(/^SELECT dept\.dname\s+FROM dept$/);
    expect(row?.[2]).toBe(String(String(row?.[1]).length));
  });
});

describe('indexes', () => {
  it('USER_INDEXES: uniqueness, function-based indexes, the table and its owner', async () => {
    expect(
      await rows(
        `SELECT index_name, index_type, table_owner, table_name, uniqueness, status, constraint_index
         FROM ${d}.user_indexes ORDER BY 1`,
      ),
    ).toEqual([
      ['DEPT_DNAME_UK', 'NORMAL', 'APP', 'DEPT', 'UNIQUE', 'VALID', 'YES'],
      ['DEPT_PK', 'NORMAL', 'APP', 'DEPT', 'UNIQUE', 'VALID', 'YES'],
      ['MIXED_CODE_UK', 'NORMAL', 'APP', 'MixedCase', 'UNIQUE', 'VALID', 'YES'],
      ['MIXED_CREATED_IX', 'NORMAL', 'APP', 'MixedCase', 'NONUNIQUE', 'VALID', 'NO'],
      ['MIXED_UPPER_IX', 'FUNCTION-BASED NORMAL', 'APP', 'MixedCase', 'NONUNIQUE', 'VALID', 'NO'],
      ['MixedCase_pk', 'NORMAL', 'APP', 'MixedCase', 'UNIQUE', 'VALID', 'YES'],
    ]);
  });
});

describe('constraints', () => {
  it('USER_CONSTRAINTS: P, U, R with the key it references and its delete rule, C with its condition', async () => {
    expect(
      await rows(
        `SELECT constraint_name, constraint_type, table_name, search_condition, r_owner, r_constraint_name,
           delete_rule, status, index_name
         FROM ${d}.user_constraints ORDER BY table_name, constraint_name`,
      ),
    ).toEqual([
      ['DEPT_DNAME_UK', 'U', 'DEPT', null, null, null, null, 'ENABLED', 'DEPT_DNAME_UK'],
      ['DEPT_PK', 'P', 'DEPT', null, null, null, null, 'ENABLED', 'DEPT_PK'],
      ['MIXED_AMOUNT_CK', 'C', 'MixedCase', 'amount >= 0::numeric', null, null, null, 'ENABLED', null],
      ['MIXED_CODE_UK', 'U', 'MixedCase', null, null, null, null, 'ENABLED', 'MIXED_CODE_UK'],
      ['MIXED_DEPT_FK', 'R', 'MixedCase', null, 'APP', 'DEPT_PK', 'CASCADE', 'ENABLED', null],
      ['MixedCase_pk', 'P', 'MixedCase', null, null, null, null, 'ENABLED', 'MixedCase_pk'],
    ]);
  });

  it('USER_CONS_COLUMNS: key columns in order, check columns without a position', async () => {
    expect(
      await rows(
        `SELECT constraint_name, table_name, column_name, position FROM ${d}.user_cons_columns
         ORDER BY constraint_name, position`,
      ),
    ).toEqual([
      ['DEPT_DNAME_UK', 'DEPT', 'DNAME', '1'],
      ['DEPT_PK', 'DEPT', 'DEPTNO', '1'],
      ['MIXED_AMOUNT_CK', 'MixedCase', 'AMOUNT', null],
      ['MIXED_CODE_UK', 'MixedCase', 'CODE', '1'],
      ['MIXED_CODE_UK', 'MixedCase', 'DEPTNO', '2'],
      ['MIXED_DEPT_FK', 'MixedCase', 'DEPTNO', '1'],
      ['MixedCase_pk', 'MixedCase', 'Id', '1'],
    ]);
  });

  it('ALL_CONSTRAINTS has OWNER', async () => {
    expect(await rows(`SELECT DISTINCT owner FROM ${d}.all_constraints WHERE table_name = 'DEPT'`)).toEqual([
      ['APP'],
    ]);
  });
});

describe('v$version', () => {
  it('names Decant and the PostgreSQL version', async () => {
    const [[banner]] = (await rows(`SELECT banner FROM ${d}."v$version"`)) as [[string]];
    expect(banner).toMatch(/^Decant Oracle gateway on PostgreSQL \d+\.\d+/);
  });
});

describe('another compatibility schema', () => {
  it('has its own views, which leave that schema out', async () => {
    await installOracleCompat(client, 'Other Schema');
    expect(
      await rows(`SELECT count(*) FROM "Other Schema".all_objects WHERE owner = 'Other Schema'`),
    ).toEqual([['0']]);
    expect(await rows(`SELECT table_name FROM "Other Schema".user_tables ORDER BY 1`)).toEqual([
      ['DEPT'],
      ['MixedCase'],
    ]);
  });
});

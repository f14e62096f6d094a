/**
 * translateScript: statements see the views and key names of the statements before them
 * (relations.ts), and the column types `||` in generated columns and indexes needs. The last
 * test runs a whole translated script on the embedded PostgreSQL.
 */
import pg from 'pg';
import { expect, it } from 'vitest';
import { createDatabase } from '../../test/support/databases.js';
import { installOracleCompat } from '../target/compat/oracle-compat.js';
import { translateScript } from './index.js';
import { defaultPrimaryKeyName } from './relations.js';

const sqlOf = (script: string): (string | undefined)[] =>
  translateScript(script).entries.map((e) => e.sql ?? `unsupported: ${e.error?.message}`);

const lookup = (table: string): string =>
  `DO $$DECLARE ddl text; BEGIN SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) INTO ddl FROM pg_constraint WHERE conrelid = '${table}'::regclass AND contype = 'p'; IF NOT FOUND THEN RAISE EXCEPTION 'cannot drop nonexistent primary key of %', '${table}'::regclass USING ERRCODE = 'undefined_object'; END IF; EXECUTE ddl; END$$`;

it('drops a primary key by the name CREATE TABLE gave it, then looks up one it no longer knows', () => {
  expect(
    sqlOf(
      [
        'CREATE TABLE a (id NUMBER PRIMARY KEY);',
        'CREATE TABLE b (id NUMBER CONSTRAINT b_pk PRIMARY KEY);',
        'CREATE TABLE c (id NUMBER, CONSTRAINT "C_Key" PRIMARY KEY (id));',
        'ALTER TABLE a DROP PRIMARY KEY;',
        'ALTER TABLE b DROP PRIMARY KEY CASCADE;',
        'ALTER TABLE c DROP PRIMARY KEY;',
        'ALTER TABLE a DROP PRIMARY KEY;',
      ].join('\n'),
    ).slice(3),
  ).toEqual([
    'ALTER TABLE a DROP CONSTRAINT a_pkey',
    'ALTER TABLE b DROP CONSTRAINT b_pk CASCADE',
    'ALTER TABLE c DROP CONSTRAINT "C_Key"',
    lookup('a'),
  ]);
});

it('follows keys added, dropped and tables renamed by ALTER TABLE', () => {
  expect(
    sqlOf(
      [
        'CREATE TABLE t (id NUMBER, a NUMBER, b NUMBER, CONSTRAINT t_pk PRIMARY KEY (id) DISABLE);',
        'ALTER TABLE t DROP PRIMARY KEY;',
        'ALTER TABLE t ADD CONSTRAINT t_ab UNIQUE (a, b);',
        'ALTER TABLE t DROP UNIQUE (b, a);',
        'ALTER TABLE t DROP UNIQUE (a, b);',
        'ALTER TABLE t ADD PRIMARY KEY (id);',
        'RENAME t TO u;',
        'ALTER TABLE u DROP PRIMARY KEY;',
        'ALTER TABLE other ADD CONSTRAINT other_pk PRIMARY KEY (id);',
        'ALTER TABLE other DROP PRIMARY KEY;',
      ].join('\n'),
    ),
  ).toEqual([
    'CREATE TABLE t (id numeric, a numeric, b numeric)',
    // A DISABLEd key is left out of the table, so there is no name to know.
    lookup('t'),
    'ALTER TABLE t ADD CONSTRAINT t_ab UNIQUE (a, b)',
    expect.stringContaining("ARRAY['b', 'a']::name[]"),
    'ALTER TABLE t DROP CONSTRAINT t_ab',
    'ALTER TABLE t ADD PRIMARY KEY (id)',
    'ALTER TABLE t RENAME TO u',
    // PostgreSQL keeps a constraint's name when its table is renamed.
    'ALTER TABLE u DROP CONSTRAINT t_pkey',
    'ALTER TABLE other ADD CONSTRAINT other_pk PRIMARY KEY (id)',
    'ALTER TABLE other DROP CONSTRAINT other_pk',
  ]);
});

it('comments on a view the script created as a view, and forgets it once dropped', () => {
  expect(
    sqlOf(
      [
        'CREATE VIEW v AS SELECT 1 AS x FROM dual;',
        "COMMENT ON TABLE v IS 'a view';",
        'CREATE MATERIALIZED VIEW m AS SELECT 1 AS x FROM dual;',
        "COMMENT ON TABLE m IS 'totals';",
        'DROP VIEW v;',
        'CREATE TABLE v (x NUMBER);',
        "COMMENT ON TABLE v IS 'a table';",
      ].join('\n'),
    ).filter((sql) => sql?.startsWith('COMMENT')),
  ).toEqual([
    "COMMENT ON VIEW v IS 'a view'",
    "COMMENT ON MATERIALIZED VIEW m IS 'totals'",
    "COMMENT ON TABLE v IS 'a table'",
  ]);
});

it('does not record a statement that could not be translated', () => {
  const [create, drop] = sqlOf(
    [
      'CREATE TABLE t (id NUMBER CONSTRAINT t_pk PRIMARY KEY, f BFILE);',
      'ALTER TABLE t DROP PRIMARY KEY;',
    ].join('\n'),
  );
  expect(create).toMatch(/^unsupported: the type BFILE/);
  expect(drop).toBe(lookup('t'));
});

it('cuts the default primary key name as PostgreSQL does, on a character boundary', () => {
  expect(defaultPrimaryKeyName('emp')).toBe('emp_pkey');
  expect(defaultPrimaryKeyName('x'.repeat(70))).toBe(`${'x'.repeat(58)}_pkey`);
  // 'é' is two bytes: 29 of them fill 58 bytes.
  expect(defaultPrimaryKeyName('é'.repeat(40))).toBe(`${'é'.repeat(29)}_pkey`);
  expect(defaultPrimaryKeyName(`a${'é'.repeat(40)}`)).toBe(`a${'é'.repeat(28)}_pkey`);
});

it('runs on PostgreSQL: || in virtual columns and indexes, DROP PRIMARY KEY, COMMENT ON a view', async () => {
  const script = `
CREATE TABLE staff (
  id NUMBER(6) PRIMARY KEY,
  first_name VARCHAR2(20),
  last_name VARCHAR2(20),
  grade CHAR(2),
  pay NUMBER(8,2),
  full_name VARCHAR2(41) AS (first_name || ' ' || last_name),
  badge VARCHAR2(30) AS (grade || '-' || pay)
);
CREATE INDEX staff_name_ix ON staff (last_name || first_name);
CREATE TABLE badges (staff_id NUMBER(6) REFERENCES staff, CONSTRAINT badges_pk PRIMARY KEY (staff_id));
ALTER TABLE staff ADD (sort_key VARCHAR2(50) AS (last_name || ',' || first_name || id));
CREATE VIEW staff_v AS SELECT id, full_name FROM staff;
COMMENT ON TABLE staff_v IS 'Who works here';
INSERT INTO staff (id, first_name, last_name, grade, pay) VALUES (1, 'Ada', 'Lovelace', 'A', 1250.50);
INSERT INTO staff (id, first_name, last_name, grade, pay) VALUES (2, NULL, 'Byron', NULL, NULL);
ALTER TABLE staff DROP PRIMARY KEY CASCADE;
ALTER TABLE badges DROP PRIMARY KEY;
`;
  const entries = translateScript(script).entries;
  expect(entries.map((e) => e.status)).not.toContain('unsupported');
  const client = new pg.Client({ connectionString: await createDatabase('relations') });
  await client.connect();
  try {
    await installOracleCompat(client);
    for (const entry of entries) await client.query(entry.sql!);
    const staff = await client.query(
      "SELECT full_name, badge, sort_key, '[' || badge || ']' AS exact FROM staff ORDER BY id",
    );
    expect(staff.rows).toEqual([
      { full_name: 'Ada Lovelace', badge: 'A -1250.5', sort_key: 'Lovelace,Ada1', exact: '[A -1250.5]' },
      { full_name: ' Byron', badge: '-', sort_key: 'Byron,2', exact: '[-]' },
    ]);
    const keys = await client.query(
      "SELECT count(*)::int AS n FROM pg_constraint WHERE conrelid IN ('staff'::regclass, 'badges'::regclass) AND contype IN ('p', 'f')",
    );
    expect(keys.rows).toEqual([{ n: 0 }]);
    const comment = await client.query("SELECT obj_description('staff_v'::regclass, 'pg_class') AS c");
    expect(comment.rows).toEqual([{ c: 'Who works here' }]);
  } finally {
    await client.end();
  }
});

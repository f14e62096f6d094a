import { parse } from 'libpg-query';
import { describe, expect, it } from 'vitest';
import { postgresName } from './names.js';

const parses = async (sql: string): Promise<boolean> =>
  parse(sql).then(
    () => true,
    () => false,
  );
/** The parse tree without positions, or null when the text does not parse. */
const tree = async (sql: string): Promise<string | null> =>
  parse(sql).then(
    (t) => JSON.stringify(t, (key, value) => (key === 'location' ? undefined : value)),
    () => null,
  );

describe('postgresName', () => {
  it.each([
    [{ value: 'EMP', quoted: false }, 'emp', 'emp'],
    [{ value: 'EMP', quoted: true }, 'emp', 'emp'],
    [{ value: 'Emp', quoted: true }, 'Emp', '"Emp"'],
    [{ value: 'my table', quoted: true }, 'my table', '"my table"'],
    [{ value: 'SYS$X', quoted: false }, 'sys$x', 'sys$x'],
    [{ value: 'A#B', quoted: false }, 'a#b', '"a#b"'],
    [{ value: '1ST', quoted: true }, '1st', '"1st"'],
    [{ value: 'ORDER', quoted: false }, 'order', '"order"'],
    [{ value: 'PRÉNOM', quoted: false }, 'prénom', 'prénom'],
    [{ value: 'say "hi"', quoted: true }, 'say "hi"', '"say ""hi"""'],
  ])('%j → %s as %s', (oracle, name, sql) => {
    expect(postgresName(oracle)).toMatchObject({ name, sql, tooLong: false });
  });

  it('quotes a column-name keyword only where PostgreSQL would refuse it', () => {
    expect(postgresName({ value: 'POSITION', quoted: false }, 'column').sql).toBe('position');
    expect(postgresName({ value: 'POSITION', quoted: false }, 'function').sql).toBe('"position"');
    expect(postgresName({ value: 'VALUES', quoted: false }, 'type').sql).toBe('"values"');
  });

  it('flags a name longer than PostgreSQL keeps', () => {
    expect(postgresName({ value: 'X'.repeat(63), quoted: false }).tooLong).toBe(false);
    expect(postgresName({ value: 'X'.repeat(64), quoted: false }).tooLong).toBe(true);
    // Bytes, not characters: 32 two-byte letters are 64 bytes.
    expect(postgresName({ value: 'É'.repeat(32), quoted: false }).tooLong).toBe(true);
  });

  // The keyword lists are checked against PostgreSQL's own parser, in every place a name goes.
  const keywords = (
    'all analyse and array asc both case cast check collate column constraint create current_date ' +
    'current_user default desc distinct do else end except false fetch for foreign from grant group ' +
    'having in into lateral limit not null offset on only or order primary references returning select ' +
    'some table then to true union unique user using when where window with authorization binary ' +
    'collation cross freeze full ilike inner is join left like natural outer right similar verbose ' +
    'between bigint boolean char coalesce decimal exists extract float greatest int interval least ' +
    'numeric position row substring time timestamp trim values varchar json_table'
  ).split(' ');
  // Oracle words that are names to PostgreSQL, common as Oracle column and table names.
  const oracleWords = (
    'level rownum rowid sysdate systimestamp number varchar2 nvarchar2 comment file size uid mode ' +
    'start connect prior minus long raw date object type name value key text access audit cluster ' +
    'compress exclusive identified increment initial lock maxextents modify noaudit nocompress ' +
    'offline online pctfree public rename resource row_number session share successful synonym ' +
    'trigger validate view whenever position_x status description amount'
  ).split(' ');
  const contexts = (n: string) => ({
    relation: [`CREATE TABLE ${n} (a int)`, `SELECT * FROM ${n} AS ${n}`, `SELECT ${n}.a FROM s.${n}`],
    column: [
      `CREATE TABLE t (${n} int)`,
      `SELECT ${n} FROM t`,
      `SELECT a AS ${n} FROM t`,
      `SELECT t.${n} FROM t`,
    ],
    function: [`CREATE FUNCTION ${n}() RETURNS int LANGUAGE sql AS 'select 1'`],
    type: [`CREATE TYPE ${n} AS (a int)`, `CREATE TABLE t (a ${n})`],
  });

  it.each(['relation', 'column', 'function', 'type'] as const)(
    'gives names PostgreSQL parses as %s names, quoted only where needed',
    async (use) => {
      for (const word of [...keywords, ...oracleWords]) {
        const { sql } = postgresName({ value: word.toUpperCase(), quoted: false }, use);
        for (const statement of contexts(sql)[use]) expect(await parses(statement), statement).toBe(true);
        if (sql.startsWith('"')) {
          // Quoted for a reason: unquoted, a statement fails or means something else (a
          // built-in type or function instead of the name).
          const differs = await Promise.all(
            contexts(word)[use].map(async (statement, n) => {
              const plain = await tree(statement);
              return plain === null || plain !== (await tree(contexts(sql)[use][n]!));
            }),
          );
          expect(differs.includes(true), `${word} as ${use} needs no quotes`).toBe(true);
        }
      }
    },
  );
});

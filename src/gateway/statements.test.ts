/**
 * The statement cache: what stays (a statement in use), what goes (one unused while more than
 * the capacity of others came), and its size bound. A statement served from the cache is the
 * very outcome object of its first translation; a translated-again one is a new object.
 */
import { describe, expect, it } from 'vitest';
import { StatementTranslator } from './statements.js';

const statement = (n: number): string => `SELECT NVL(name, 'none') FROM items WHERE id = ${n}`;

describe('StatementTranslator', () => {
  it('keeps a statement in use while many others come and go, within its capacity', () => {
    const translator = new StatementTranslator({ translate: {}, capacity: 10 });
    const hot = translator.prepare('SELECT NVL(name, 1) FROM items', 'oracle', true);
    for (let n = 0; n < 100; n++) {
      translator.prepare(statement(n), 'oracle', true);
      if (n % 3 === 0) expect(translator.prepare('SELECT NVL(name, 1) FROM items', 'oracle', true)).toBe(hot);
      expect(translator.size).toBeLessThanOrEqual(10);
    }
  });

  it('drops a statement unused while more than its capacity of others came', () => {
    const translator = new StatementTranslator({ translate: {}, capacity: 10 });
    const cold = translator.prepare(statement(-1), 'oracle', true);
    expect(translator.prepare(statement(-1), 'oracle', true)).toBe(cold);
    for (let n = 0; n < 11; n++) translator.prepare(statement(n), 'oracle', true);
    const again = translator.prepare(statement(-1), 'oracle', true);
    expect(again).not.toBe(cold);
    expect(again).toEqual(cold);
  });

  it('keeps nothing of a postgres session, but translates its decant:oracle statements', () => {
    const translator = new StatementTranslator({ translate: {} });
    expect(translator.prepare("SELECT '1'::int", 'postgres', false)).toEqual({ sql: "SELECT '1'::int" });
    expect(translator.prepare('SET decant.dialect = oracle', 'postgres', false)).toEqual({
      sql: 'SET decant.dialect = oracle',
      switchesTo: 'oracle',
    });
    expect(translator.size).toBe(0);
    const oracle = translator.prepare('/* decant:oracle */ SELECT NVL(a, 1) FROM dual', 'postgres', false);
    expect(oracle).toMatchObject({ sql: expect.stringContaining('COALESCE') as unknown });
    expect(translator.size).toBe(1);
  });

  it('sends PostgreSQL commands of an Oracle session as they are, from the cache the second time', () => {
    const translator = new StatementTranslator({ translate: {} });
    const first = translator.prepare('SHOW search_path', 'oracle', false);
    expect(first).toEqual({ sql: 'SHOW search_path' });
    expect(translator.prepare('SHOW search_path', 'oracle', false)).toBe(first);
  });
});

describe('statements that change tables', () => {
  it('are marked, in either dialect, comments and case aside; other statements are not', () => {
    const translator = new StatementTranslator({ translate: {} });
    const marked = (sql: string, dialect: 'oracle' | 'postgres'): boolean =>
      'definesRelations' in translator.prepare(sql, dialect, false);
    expect(marked('CREATE TABLE late (id NUMBER, due DATE)', 'oracle')).toBe(true);
    expect(marked('  /* a note */ alter table late add (note VARCHAR2(10))', 'oracle')).toBe(true);
    expect(marked('SELECT 1 FROM dual; DROP TABLE late', 'oracle')).toBe(true);
    expect(marked('create table t (d timestamp(0))', 'postgres')).toBe(true);
    expect(marked('RENAME late TO later', 'oracle')).toBe(true);
    for (const sql of ['SELECT created FROM late', 'DELETE FROM late', 'COMMENT ON TABLE late IS $$x$$'])
      expect(marked(sql, 'postgres')).toBe(false);
    expect(marked('UPDATE late SET due = SYSDATE', 'oracle')).toBe(false);
  });

  it('are followed by new column types, which replace the translations made with the old', () => {
    const translator = new StatementTranslator({ translate: {} });
    const query = 'SELECT due + 1 FROM late';
    const before = translator.prepare(query, 'oracle', true);
    translator.setColumnTypes(new Map([['late', new Map([['due', 'DATE']])]]));
    const after = translator.prepare(query, 'oracle', true);
    expect(after).not.toEqual(before);
    expect('sql' in after && after.sql).toBe("SELECT due + INTERVAL '1' DAY FROM late");
  });
});

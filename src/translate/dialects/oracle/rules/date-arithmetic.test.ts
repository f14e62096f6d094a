/**
 * Date arithmetic with column types given in TranslateOptions.columnTypes (the golden cases
 * translate without options): known DATE columns are rewritten inline, known NUMBER columns
 * make the other side's date arithmetic exact, and a DATE compared with a string literal reads
 * it as DD-MON-RR.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../../index.js';

const columnTypes = new Map([
  [
    'emp',
    new Map([
      ['hiredate', 'DATE'],
      ['sal', 'NUMBER(7,2)'],
      ['ename', 'VARCHAR2(10)'],
    ]),
  ],
  [
    'events',
    new Map([
      ['at', 'TIMESTAMP(6)'],
      ['hiredate', 'DATE'],
    ]),
  ],
]);

const cases: { input: string; expected: string }[] = [
  { input: 'SELECT hiredate + 30 FROM emp', expected: "SELECT hiredate + INTERVAL '30' DAY FROM emp" },
  {
    input: 'SELECT e.hiredate - 0.5 FROM emp e',
    expected: "SELECT e.hiredate - 0.5 * INTERVAL '1' DAY FROM emp e",
  },
  {
    input: 'SELECT SYSDATE - hiredate FROM emp',
    expected: 'SELECT decant_oracle.date_sub(decant_oracle.sysdate(), hiredate) FROM emp',
  },
  {
    input: 'SELECT emp.hiredate + sal FROM emp',
    expected: "SELECT emp.hiredate + sal * INTERVAL '1' DAY FROM emp",
  },
  { input: 'SELECT TRUNC(hiredate) FROM emp', expected: "SELECT DATE_TRUNC('day', hiredate) FROM emp" },
  { input: 'SELECT TRUNC(sal) FROM emp', expected: 'SELECT TRUNC(sal) FROM emp' },
  {
    input: 'SELECT LPAD(sal, 8) FROM emp',
    expected: "SELECT NULLIF(LPAD(decant_oracle.to_char(sal), 8), '') FROM emp",
  },
  { input: 'SELECT NVL(ename, 0) FROM emp', expected: "SELECT COALESCE(ename, '0') FROM emp" },
  // A TIMESTAMP minus a TIMESTAMP stays an interval in both.
  { input: 'SELECT events.at - events.at FROM events', expected: 'SELECT events.at - events.at FROM events' },
];

describe('date arithmetic with known column types', () => {
  it.each(cases)('$input', ({ input, expected }) => {
    expect(translate(input, { columnTypes }).sql).toBe(expected);
  });

  it('reads a string compared with a DATE column as DD-MON-RR and asks for review', () => {
    const result = translate("SELECT * FROM emp WHERE hiredate > '01-JAN-81'", { columnTypes });
    expect(result.sql).toBe(
      "SELECT * FROM emp WHERE hiredate > decant_oracle.to_date('01-JAN-81', 'DD-MON-YYYY', 'RR')",
    );
    expect(result.diagnostics.map((d) => d.construct)).toEqual(['a string compared with a date']);
  });

  it('does not guess when tables disagree on an unqualified column', () => {
    const types = new Map([...columnTypes, ['other', new Map([['hiredate', 'VARCHAR2(10)']])]]);
    expect(translate('SELECT hiredate + 1 FROM emp', { columnTypes: types }).sql).toBe(
      'SELECT hiredate + 1 FROM emp',
    );
  });

  it('uses the configured compatibility schema', () => {
    expect(translate('SELECT SYSDATE - hiredate FROM emp', { columnTypes, compatSchema: 'compat' }).sql).toBe(
      'SELECT compat.date_sub(compat.sysdate(), hiredate) FROM emp',
    );
  });
});

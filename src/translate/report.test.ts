import { parse } from 'libpg-query';
import { describe, expect, it } from 'vitest';
import type { ScriptTranslation } from './index.js';
import { buildTranslationReport, formatPostgresScript, formatReportText, statementLabel } from './report.js';

describe('statementLabel', () => {
  it.each([
    ['CREATE TABLE emp (id NUMBER)', 'CREATE TABLE emp'],
    ['create global temporary table hr.tmp_rows (id number)', 'CREATE GLOBAL TEMPORARY TABLE hr.tmp_rows'],
    [
      'CREATE OR REPLACE FORCE VIEW "Mixed"."V" AS SELECT 1 FROM dual',
      'CREATE OR REPLACE FORCE VIEW "Mixed"."V"',
    ],
    ['CREATE UNIQUE INDEX emp_ix ON emp (ename)', 'CREATE UNIQUE INDEX emp_ix'],
    ['CREATE TABLE log (id NUMBER)', 'CREATE TABLE log'],
    ['CREATE OR REPLACE PACKAGE BODY pkg AS END;', 'CREATE OR REPLACE PACKAGE BODY pkg'],
    ["COMMENT ON COLUMN emp.sal IS 'pay'", 'COMMENT ON COLUMN emp.sal'],
    ['ALTER TABLE emp ADD CONSTRAINT pk PRIMARY KEY (id)', 'ALTER TABLE emp'],
    ['INSERT INTO emp VALUES (1)', 'INSERT INTO emp'],
    ['INSERT ALL INTO a VALUES (1) INTO b VALUES (2) SELECT * FROM dual', 'INSERT ALL'],
    ['UPDATE emp e SET sal = 1', 'UPDATE emp'],
    ['DELETE emp WHERE id = 1', 'DELETE emp'],
    ['MERGE INTO t USING s ON (t.id = s.id) WHEN MATCHED THEN DELETE', 'MERGE INTO t'],
    ['  /*+ hint */ select * from emp', 'SELECT'],
    ['WITH a AS (SELECT 1 FROM dual) SELECT * FROM a', 'SELECT'],
    ['(SELECT 1 FROM dual) UNION (SELECT 2 FROM dual)', 'SELECT'],
    ['BEGIN NULL; END;', 'PL/SQL block'],
    ['GRANT SELECT ON emp TO app', 'GRANT'],
    ["SELECT 'unclosed FROM emp", 'SELECT'],
  ])('%s → %s', (oracle, label) => {
    expect(statementLabel(oracle)).toBe(label);
  });
});

const RESULT: ScriptTranslation = {
  entries: [
    {
      line: 1,
      column: 1,
      oracle: 'SELECT 1 FROM dual',
      status: 'translated',
      sql: 'SELECT 1',
      diagnostics: [],
    },
    {
      line: 2,
      column: 3,
      oracle: "SELECT 'a\rb' x, 2\r\n  FROM t@link",
      status: 'unsupported',
      diagnostics: [
        { severity: 'unsupported', construct: 'a database link', message: 'no link', line: 3, column: 9 },
      ],
      error: {
        code: 'TRANSLATE_UNSUPPORTED',
        message: 'a database link\ncannot be translated',
        hint: 'copy it',
      },
    },
    {
      line: 5,
      column: 1,
      oracle: 'BEGIN\n  NULL;\nEND;',
      status: 'unsupported',
      diagnostics: [{ severity: 'unsupported', construct: 'PL/SQL', message: 'later', line: 5, column: 1 }],
      error: { code: 'TRANSLATE_UNSUPPORTED', message: 'PL/SQL later' },
    },
    {
      line: 9,
      column: 1,
      oracle: 'SELECT ROWID FROM t',
      status: 'review',
      sql: 'SELECT ctid FROM t',
      diagnostics: [{ severity: 'review', construct: 'ROWID', message: 'ctid changes', line: 9, column: 8 }],
    },
  ],
  setAside: [{ line: 4, text: 'SET ECHO OFF' }],
};

describe('formatPostgresScript', () => {
  it('comments out unsupported statements at every kind of line break, and keeps review notes above', async () => {
    const script = formatPostgresScript(RESULT);
    expect(script).toBe(
      [
        'SELECT 1;',
        '-- decant: unsupported at 3:9: a database link cannot be translated',
        '-- decant: hint: copy it',
        "-- SELECT 'a",
        "-- b' x, 2",
        '--   FROM t@link;',
        '-- decant: unsupported at 5:1: PL/SQL later',
        '-- BEGIN',
        '--   NULL;',
        '-- END;',
        '-- /',
        '-- decant: review at 9:8: ROWID: ctid changes',
        'SELECT ctid FROM t;',
        '',
      ].join('\n'),
    );
    const tree = (await parse(script)) as { stmts: unknown[] };
    expect(tree.stmts).toHaveLength(2);
  });
});

describe('formatReportText', () => {
  it('lists every statement with its status, why, and the totals', () => {
    const text = formatReportText(buildTranslationReport(RESULT));
    expect(text.split('\n')).toEqual([
      'Translation report',
      '',
      '1:1   translated   SELECT',
      '2:3   UNSUPPORTED  SELECT',
      '      why: a database link cannot be translated',
      '      hint: copy it',
      '5:1   UNSUPPORTED  PL/SQL block',
      '      why: PL/SQL later',
      '9:1   review       SELECT',
      '      review: 9:8 ROWID: ctid changes',
      '',
      'SQL*Plus lines set aside (not SQL): 4: SET ECHO OFF',
      '',
      '4 statements: 1 translated, 1 translated with notes to review, 2 unsupported; 1 SQL*Plus line(s) set aside',
      '',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { scriptStatements, splitScript, type ScriptLine } from './script.js';

const texts = (script: string): string[] => splitScript(script).statements.map((s) => s.text);

describe('splitScript', () => {
  it('ends SQL statements at ; and at a line holding only /', () => {
    const script = `select 1 from dual;
select 'a;b' /* ; */ from dual -- ;
;
select 2
  from dual
/
   /
insert into t values (q'[x;y]');`;
    expect(texts(script)).toEqual([
      'select 1 from dual',
      `select 'a;b' /* ; */ from dual`,
      'select 2\n  from dual',
      "insert into t values (q'[x;y]')",
    ]);
  });

  it('keeps the semicolons of PL/SQL units, which only a / line ends', () => {
    const script = `CREATE OR REPLACE PROCEDURE raise_pay(p_id NUMBER) AS
BEGIN
  UPDATE emp SET sal = sal * 1.1 WHERE id = p_id;
  COMMIT;
END;
/
create or replace editionable function f return number is begin return 1; end;
/
DECLARE
  n NUMBER := 10 / 2;
BEGIN
  NULL;
END;
/
begin null; end;
/
create type point as object (x number, y number);
/
create table t (id number);
create trigger trg before insert on t for each row begin :new.id := 1; end;`;
    const { statements } = splitScript(script);
    expect(statements.map((s) => [s.plsql, s.text.split('\n')[0]])).toEqual([
      [true, 'CREATE OR REPLACE PROCEDURE raise_pay(p_id NUMBER) AS'],
      [true, 'create or replace editionable function f return number is begin return 1; end;'],
      [true, 'DECLARE'],
      [true, 'begin null; end;'],
      [true, 'create type point as object (x number, y number);'],
      [false, 'create table t (id number)'],
      [true, 'create trigger trg before insert on t for each row begin :new.id := 1; end;'],
    ]);
    expect(statements[0]!.text.endsWith('END;')).toBe(true);
    expect(statements[2]!.text).toContain('10 / 2');
  });

  it('sets SQL*Plus commands aside, but not SQL that starts like one', () => {
    const script = `SET DEFINE OFF
set serveroutput on size 1000000
PROMPT it's creating the tables
REM a remark with a ' quote
rem
spool out.log
WHENEVER SQLERROR EXIT FAILURE
@other_script.sql
SET TRANSACTION READ ONLY;
set role all;
delete from t;
descending_table_name_is_fine;
EXIT`;
    const { statements, setAside } = splitScript(script);
    expect(statements.map((s) => s.text)).toEqual([
      'SET TRANSACTION READ ONLY',
      'set role all',
      'delete from t',
      'descending_table_name_is_fine',
    ]);
    expect(setAside.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 13]);
    expect(setAside[2]!.text).toBe("PROMPT it's creating the tables");
  });

  it('gives each statement its line and column, and skips comments between statements', () => {
    const script = `-- header
/* a block
   comment */   select 1 from dual;

  -- between
     update t set x = 1
`;
    const { statements } = splitScript(script);
    expect(statements.map((s) => [s.text, s.start.line, s.start.column])).toEqual([
      ['select 1 from dual', 3, 17],
      ['update t set x = 1', 6, 6],
    ]);
    expect(statements[1]!.tokens.map((t) => t.value)).toEqual(['UPDATE', 'T', 'SET', 'X', '=', '1']);
  });

  it('reports an unclosed string with its line in the script, on its statement only', () => {
    const { statements } = splitScript("select 1 from dual;\nselect 'oops from dual;\n");
    expect(statements[0]!.error).toBeUndefined();
    expect(statements[1]!.error?.message).toMatch(/string literal is not closed at line 2, column 8/);
  });

  it('keeps splitting after a character Oracle SQL has no use for', () => {
    const { statements } = splitScript('select 1 from dual;\nselect a # b from t;\n#\nselect 2 from dual;\n');
    expect(statements.map((s) => [s.text, s.start.line, s.error?.context.sqlPosition])).toEqual([
      ['select 1 from dual', 1, undefined],
      ['select a # b from t', 2, '2:10'],
      ['#\nselect 2 from dual', 3, '3:1'],
    ]);
  });
});

describe('scriptStatements', () => {
  it('hands over each statement as it is read, before the lines after it are read', () => {
    const setAside: ScriptLine[] = [];
    const reading = scriptStatements(
      'PROMPT one\nselect 1 from dual;\nPROMPT two\nselect 2 from dual;',
      setAside,
    );
    expect(reading.next().value).toMatchObject({ text: 'select 1 from dual', start: { line: 2, column: 1 } });
    expect(setAside).toEqual([{ line: 1, text: 'PROMPT one' }]);
    expect(reading.next().value).toMatchObject({ text: 'select 2 from dual', start: { line: 4, column: 1 } });
    expect(setAside.map((l) => l.line)).toEqual([1, 3]);
    expect(reading.next().done).toBe(true);
  });
});

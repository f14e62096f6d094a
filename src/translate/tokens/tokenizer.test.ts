import { describe, expect, it } from 'vitest';
import { DecantError } from '../../core/errors.js';
import { MYSQL_SYNTAX } from '../dialects/mysql/syntax.js';
import { SQLITE_SYNTAX } from '../dialects/sqlite/syntax.js';
import type { Syntax } from '../syntax.js';
import { tokenize } from './tokenizer.js';

/** kind:value of every token but End. */
const read = (text: string): string[] =>
  tokenize(text)
    .slice(0, -1)
    .map((t) => `${t.kind}:${t.value}${t.flag ? `/${t.flag}` : ''}`);

describe('tokenize', () => {
  it.each([
    [
      'unquoted names fold to upper case',
      'select Emp_No, sys$x, a#b from dual',
      [
        'word:SELECT',
        'word:EMP_NO',
        'symbol:,',
        'word:SYS$X',
        'symbol:,',
        'word:A#B',
        'word:FROM',
        'word:DUAL',
      ],
    ],
    [
      'non-ASCII letters belong to names',
      'select prénom from état',
      ['word:SELECT', 'word:PRÉNOM', 'word:FROM', 'word:ÉTAT'],
    ],
    [
      'quoted names keep their case and characters',
      'select "Mixed Case", "x" from t',
      [
        'word:SELECT',
        'quoted-identifier:Mixed Case',
        'symbol:,',
        'quoted-identifier:x',
        'word:FROM',
        'word:T',
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["'it''s'", ["string:it's"]],
    ["''", ['string:']],
    ["q'[it's]'", ["string:it's"]],
    ["Q'{a}b}'", ['string:a}b']],
    ["q'<x>'", ['string:x']],
    ["q'(a(b)'", ['string:a(b']],
    ["q'!x'y!'", ["string:x'y"]],
    ["N'abc'", ['string:abc/national']],
    ["nq'(x)'", ['string:x/national']],
    ["'line one\nline two'", ['string:line one\nline two']],
    ["name'x'", ['word:NAME', 'string:x']],
  ])('string %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['42', ['number:42']],
    ['3.14', ['number:3.14']],
    ['.5', ['number:.5']],
    ['1e-3', ['number:1e-3']],
    ['2.5E+10', ['number:2.5E+10']],
    ['1.5f', ['number:1.5/binary-float']],
    ['10D', ['number:10/binary-double']],
    ['1..10', ['number:1', 'symbol:..', 'number:10']],
    ['7days', ['number:7', 'word:DAYS']],
    ['1e', ['number:1', 'word:E']],
    ['t.5', ['word:T', 'number:.5']],
  ])('number %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [':1', ['bind-variable:1']],
    [':name', ['bind-variable:NAME']],
    [':"Mixed"', ['bind-variable:Mixed']],
    [':new.sal', ['bind-variable:NEW', 'symbol:.', 'word:SAL']],
    ['x := 1', ['word:X', 'symbol::=', 'number:1']],
    ['f(a => 1)', ['word:F', 'symbol:(', 'word:A', 'symbol:=>', 'number:1', 'symbol:)']],
  ])('bind variables and assignment %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a||b', ['word:A', 'symbol:||', 'word:B']],
    [
      'a<>b a!=b a^=b a~=b',
      [
        'word:A',
        'symbol:<>',
        'word:B',
        'word:A',
        'symbol:!=',
        'word:B',
        'word:A',
        'symbol:^=',
        'word:B',
        'word:A',
        'symbol:~=',
        'word:B',
      ],
    ],
    ['a<=b>=c', ['word:A', 'symbol:<=', 'word:B', 'symbol:>=', 'word:C']],
    [
      'e.d(+) = d.id',
      [
        'word:E',
        'symbol:.',
        'word:D',
        'symbol:(',
        'symbol:+',
        'symbol:)',
        'symbol:=',
        'word:D',
        'symbol:.',
        'word:ID',
      ],
    ],
    ['v%type', ['word:V', 'symbol:%', 'word:TYPE']],
    ['t@remote', ['word:T', 'symbol:@', 'word:REMOTE']],
    ['2**3', ['number:2', 'symbol:**', 'number:3']],
    ['<<outer>>', ['symbol:<<', 'word:OUTER', 'symbol:>>']],
  ])('symbols %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('skips comments and keeps hints', () => {
    expect(read('select /* plain */ /*+ INDEX(e emp_i) */ x -- to the end\nfrom t --+ FULL(t)\n')).toEqual([
      'word:SELECT',
      'hint:INDEX(e emp_i)',
      'word:X',
      'word:FROM',
      'word:T',
      'hint:FULL(t)',
    ]);
    expect(read("select '/* not a comment */', '--nor this' from dual")).toEqual([
      'word:SELECT',
      'string:/* not a comment */',
      'symbol:,',
      'string:--nor this',
      'word:FROM',
      'word:DUAL',
    ]);
  });

  it('gives each token its line and column, and tells which start a line', () => {
    const tokens = tokenize("select a,\n  'two\nlines' b\n    from /* c\n */ t");
    const at = (value: string) => tokens.find((t) => t.value === value)!;
    expect(at('A').start).toEqual({ offset: 7, line: 1, column: 8 });
    expect(at('two\nlines').start).toMatchObject({ line: 2, column: 3 });
    expect(at('B').start).toMatchObject({ line: 3, column: 8 });
    expect(at('B').firstOnLine).toBe(false);
    expect(at('FROM').start).toMatchObject({ line: 4, column: 5 });
    expect(at('FROM').firstOnLine).toBe(true);
    expect(at('T').start).toMatchObject({ line: 5, column: 5 });
    expect(at('T').firstOnLine).toBe(true);
    expect(tokens.at(-1)).toMatchObject({ kind: 'end', start: { line: 5, column: 6 } });
  });

  it.each([
    ["select 'abc from dual", /string literal is not closed at line 1, column 8/],
    ['select x /* open', /comment that opens with \/\* is not closed at line 1, column 10/],
    ['select "abc from dual', /quoted name is not closed at line 1, column 8/],
    ['select "" from dual', /quoted name is empty at line 1, column 8/],
    ['select\n  a \\ b', /Unexpected character "\\\\" at line 2, column 5/],
    ['select `a` from t', /Unexpected character "`" at line 1, column 8/],
    ["select q' x' from dual", /needs a delimiter right after the quote at line 1, column 9/],
    ["select q'[x' from dual", /string is not closed at line 1, column 9/],
  ])('refuses %j with its position', (text, message) => {
    let error: unknown;
    try {
      tokenize(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DecantError);
    expect((error as DecantError).code).toBe('TRANSLATE_SYNTAX');
    expect((error as DecantError).message).toMatch(message);
    expect((error as DecantError).hint).toBeTruthy();
  });
});

describe('tokenize with MySQL and SQLite syntax', () => {
  const readAs = (syntax: Syntax, text: string): string[] =>
    tokenize(text, Infinity, syntax)
      .slice(0, -1)
      .map((t) => `${t.kind}:${t.value}${t.flag ? `/${t.flag}` : ''}`);

  it.each([
    [
      'backquoted names, a doubled backquote',
      'select `Order``s`.`Id`',
      ['word:SELECT', 'quoted-identifier:Order`s', 'symbol:.', 'quoted-identifier:Id'],
    ],
    ['"..." is a string', 'select "it""s"', ['word:SELECT', 'string:it"s']],
    [
      'backslash escapes',
      "select 'a\\'b\\\\c\\nd\\te\\0f\\%g\\_h\\qi'",
      ['word:SELECT', "string:a'b\\c\nd\te\0f\\%g\\_hqi"],
    ],
    ['a doubled quote and a backslash-escaped one', "select 'x''y\\'z'", ['word:SELECT', "string:x'y'z"]],
    [
      '# comments to the end of the line',
      'select 1 # not 2\n, 3',
      ['word:SELECT', 'number:1', 'symbol:,', 'number:3'],
    ],
    ['-- before a space is a comment', 'select 1 -- 2\n', ['word:SELECT', 'number:1']],
    [
      '-- before anything else is two minus signs',
      'select 1--1',
      ['word:SELECT', 'number:1', 'symbol:-', 'symbol:-', 'number:1'],
    ],
    ['names may start with _ and hold $, not #', 'select _x$1', ['word:SELECT', 'word:_X$1']],
    ['a charset introducer is a word before a string', "_utf8mb4'paid'", ['word:_UTF8MB4', 'string:paid']],
    [
      'binary literals are read whole',
      "X'4f' 0x4F b'01' 0b01",
      [
        "string:X'4f'/binary-string",
        'string:0x4F/binary-string',
        "string:b'01'/binary-string",
        'string:0b01/binary-string',
      ],
    ],
    [
      '<=>, && and ->> are single symbols',
      'a<=>b&&c->>d',
      ['word:A', 'symbol:<=>', 'word:B', 'symbol:&&', 'word:C', 'symbol:->>', 'word:D'],
    ],
    [
      'no Oracle bind variables, q strings or number suffixes',
      "a:=1 q'x' 1d",
      ['word:A', 'symbol::=', 'number:1', 'word:Q', 'string:x', 'number:1', 'word:D'],
    ],
  ])('MySQL: %s', (_name, text, expected) => {
    expect(readAs(MYSQL_SYNTAX, text)).toEqual(expected);
  });

  it.each([
    [
      '"..." and [..] and `..` are names',
      'select "a""b", [c d], `e`',
      [
        'word:SELECT',
        'quoted-identifier:a"b',
        'symbol:,',
        'quoted-identifier:c d',
        'symbol:,',
        'quoted-identifier:e',
      ],
    ],
    ['a backslash is an ordinary character in a string', "select 'a\\nb'", ['word:SELECT', 'string:a\\nb']],
    ['== is one symbol', 'a==b', ['word:A', 'symbol:==', 'word:B']],
    ['-- is always a comment', 'select 1--1\n', ['word:SELECT', 'number:1']],
  ])('SQLite: %s', (_name, text, expected) => {
    expect(readAs(SQLITE_SYNTAX, text)).toEqual(expected);
  });

  it("refuses MySQL's /*! ... */ comments by name: MySQL runs their text", () => {
    expect(() => tokenize('select /*!50001 1 */ 2', Infinity, MYSQL_SYNTAX)).toThrow(
      /a \/\*! \.\.\. \*\/ comment at line 1, column 8 cannot be translated/,
    );
  });

  it('names the dialect in the hint for an unexpected character', () => {
    let error: unknown;
    try {
      tokenize('select a \\ b', Infinity, SQLITE_SYNTAX);
    } catch (caught) {
      error = caught;
    }
    expect((error as DecantError).message).toMatch(/Unexpected character "\\\\" at line 1, column 10/);
    expect((error as DecantError).hint).toMatch(/SQLite SQL has no such character/);
  });
});

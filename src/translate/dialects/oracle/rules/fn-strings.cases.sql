-- case: SUBSTR with a negative position counts from the end (Oracle docs example)
SELECT SUBSTR('ABCDEFG', -5, 4) FROM dual;
SELECT decant_oracle.substr('ABCDEFG', -5, 4);
-- rows: [["CDEF"]]

-- case: SUBSTR from a positive position keeps PostgreSQL's SUBSTR (Oracle docs example)
SELECT SUBSTR('ABCDEFG', 3, 4) FROM dual;
SELECT NULLIF(SUBSTR('ABCDEFG', 3, 4), '');
-- rows: [["CDEF"]]

-- case: SUBSTR position 0 is treated as 1
SELECT SUBSTR('ABCDEFG', 0, 3) FROM dual;
SELECT decant_oracle.substr('ABCDEFG', 0, 3);
-- rows: [["ABC"]]

-- case: SUBSTR with a length of 0 is NULL
SELECT SUBSTR('ABC', 2, 0) FROM dual;
SELECT decant_oracle.substr('ABC', 2, 0);
-- rows: [[null]]

-- case: SUBSTR with a negative length is NULL
SELECT SUBSTR('ABC', 1, -1) FROM dual;
SELECT decant_oracle.substr('ABC', 1, -1);
-- rows: [[null]]

-- case: SUBSTR past the end is NULL, not ''
SELECT SUBSTR('ABC', 4) FROM dual;
SELECT NULLIF(SUBSTR('ABC', 4), '');
-- rows: [[null]]

-- case: SUBSTR with a negative position before the start is NULL
SELECT SUBSTR('ABC', -4) FROM dual;
SELECT decant_oracle.substr('ABC', -4);
-- rows: [[null]]

-- case: SUBSTR counting from the end of a column
SELECT ename, SUBSTR(ename, -2) FROM emp WHERE deptno = 10 ORDER BY ename;
SELECT ename, decant_oracle.substr(ename, -2) FROM emp WHERE deptno = 10 ORDER BY ename;
-- rows: [["CLARK", "RK"], ["KING", "NG"], ["MILLER", "ER"]]

-- case: SUBSTR truncates fractional positions and lengths
SELECT SUBSTR('ABCDEFG', 2.5, 2.9) FROM dual;
SELECT decant_oracle.substr('ABCDEFG', 2.5, 2.9);
-- rows: [["BC"]]

-- case: SUBSTR of a number converts it to text first
SELECT SUBSTR(12345, 2, 3) FROM dual;
SELECT NULLIF(SUBSTR('12345', 2, 3), '');
-- rows: [["234"]]

-- case: INSTR with a start and an occurrence (Oracle docs example)
SELECT INSTR('CORPORATE FLOOR', 'OR', 3, 2) FROM dual;
SELECT decant_oracle.instr('CORPORATE FLOOR', 'OR', 3, 2);
-- rows: [[14]]

-- case: INSTR with a negative start searches backwards (Oracle docs example)
SELECT INSTR('CORPORATE FLOOR', 'OR', -3, 2) FROM dual;
SELECT decant_oracle.instr('CORPORATE FLOOR', 'OR', -3, 2);
-- rows: [[2]]

-- case: INSTR with two arguments is STRPOS
SELECT INSTR('CORPORATE FLOOR', 'OR') FROM dual;
SELECT STRPOS('CORPORATE FLOOR', 'OR');
-- rows: [[2]]

-- case: INSTR not found is 0
SELECT INSTR('CORPORATE FLOOR', 'XY', 1, 1) FROM dual;
SELECT decant_oracle.instr('CORPORATE FLOOR', 'XY', 1, 1);
-- rows: [[0]]

-- case: INSTR of the empty string is NULL ('' is NULL)
SELECT INSTR('abc', '') FROM dual;
SELECT STRPOS('abc', NULL);
-- rows: [[null]]

-- case: LPAD with a two-character pad (Oracle docs example)
SELECT LPAD('Page 1', 15, '*.') FROM dual;
SELECT NULLIF(LPAD('Page 1', 15, '*.'), '');
-- rows: [["*.*.*.*.*Page 1"]]

-- case: RPAD with a pad string
SELECT RPAD('MORRISON', 12, 'ab') FROM dual;
SELECT NULLIF(RPAD('MORRISON', 12, 'ab'), '');
-- rows: [["MORRISONabab"]]

-- case: LPAD shorter than the string truncates it
SELECT LPAD('abcdef', 3) FROM dual;
SELECT NULLIF(LPAD('abcdef', 3), '');
-- rows: [["abc"]]

-- case: LPAD to length 0 is NULL in Oracle
SELECT LPAD('abc', 0) FROM dual;
SELECT NULLIF(LPAD('abc', 0), '');
-- rows: [[null]]

-- case: LPAD pads with blanks by default
SELECT LPAD('7', 3) FROM dual;
SELECT NULLIF(LPAD('7', 3), '');
-- rows: [["  7"]]

-- case: LPAD of a number literal converts it to text
SELECT LPAD(7, 3, '0') FROM dual;
SELECT NULLIF(LPAD('7', 3, '0'), '');
-- rows: [["007"]]

-- case: LTRIM with a set of characters (Oracle docs example)
SELECT LTRIM('<=====>BROWNING<=====>', '<>=') FROM dual;
SELECT NULLIF(LTRIM('<=====>BROWNING<=====>', '<>='), '');
-- rows: [["BROWNING<=====>"]]

-- case: RTRIM with a set of characters (Oracle docs example)
SELECT RTRIM('BROWNING: ./=./=./=./=./=.=', '/=.') FROM dual;
SELECT NULLIF(RTRIM('BROWNING: ./=./=./=./=./=.=', '/=.'), '');
-- rows: [["BROWNING: "]]

-- case: LTRIM that removes everything is NULL
SELECT LTRIM('xxx', 'x') FROM dual;
SELECT NULLIF(LTRIM('xxx', 'x'), '');
-- rows: [[null]]

-- case: TRIM LEADING a character
SELECT TRIM(LEADING '0' FROM '0009872348900') FROM dual;
SELECT TRIM(LEADING '0' FROM '0009872348900');
-- rows: [["9872348900"]]

-- case: TRIM of blanks on both sides
SELECT TRIM('  x  ') FROM dual;
SELECT TRIM(BOTH FROM '  x  ');
-- rows: [["x"]]

-- case: TRIM of only blanks is NULL
SELECT TRIM('   ') FROM dual;
SELECT NULLIF(TRIM(BOTH FROM '   '), '');
-- rows: [[null]]

-- case: TRIM TRAILING a character
SELECT TRIM(TRAILING 'x' FROM 'axx') FROM dual;
SELECT TRIM(TRAILING 'x' FROM 'axx');
-- rows: [["a"]]

-- case: TRANSLATE maps and removes characters (Oracle docs example)
SELECT TRANSLATE('SQL*Plus User''s Guide', ' */''', '___') FROM dual;
SELECT NULLIF(TRANSLATE('SQL*Plus User''s Guide', ' */''', '___'), '');
-- rows: [["SQL_Plus_Users_Guide"]]

-- case: TRANSLATE removing every character is NULL
SELECT TRANSLATE('bbb', 'ab', 'a') FROM dual;
SELECT NULLIF(TRANSLATE('bbb', 'ab', 'a'), '');
-- rows: [[null]]

-- case: TRANSLATE with an empty (NULL) to-string is NULL
SELECT TRANSLATE('abc', 'a', '') FROM dual;
SELECT NULLIF(TRANSLATE('abc', 'a', NULL), '');
-- rows: [[null]]

-- case: REPLACE (Oracle docs example)
SELECT REPLACE('JACK and JUE', 'J', 'BL') FROM dual;
SELECT NULLIF(REPLACE('JACK and JUE', 'J', 'BL'), '');
-- rows: [["BLACK and BLUE"]]

-- case: REPLACE with two arguments removes the search string
SELECT REPLACE('JACK and JUE', 'J') FROM dual;
SELECT NULLIF(REPLACE('JACK and JUE', 'J', ''), '');
-- rows: [["ACK and UE"]]

-- case: REPLACE with a NULL replacement removes
SELECT REPLACE('abc', 'b', NULL) FROM dual;
SELECT NULLIF(REPLACE('abc', 'b', ''), '');
-- rows: [["ac"]]

-- case: REPLACE with a NULL search string returns the string
SELECT REPLACE(a, b) FROM t WHERE id = 1;
SELECT decant_oracle.replace(a, b) FROM t WHERE id = 1;
-- rows: [["x"]]

-- case: REPLACE that removes everything is NULL
SELECT REPLACE('aa', 'a') FROM dual;
SELECT NULLIF(REPLACE('aa', 'a', ''), '');
-- rows: [[null]]

-- case: INITCAP (Oracle docs example)
SELECT INITCAP('the soap') FROM dual;
SELECT INITCAP('the soap');
-- rows: [["The Soap"]]

-- case: INITCAP starts a word after any non-alphanumeric character
SELECT INITCAP('o''neil mc-donald') FROM dual;
SELECT INITCAP('o''neil mc-donald');
-- rows: [["O'Neil Mc-Donald"]]

-- case: LENGTH in characters (Oracle docs example)
SELECT LENGTH('CANDIDE') FROM dual;
SELECT LENGTH('CANDIDE');
-- rows: [[7]]

-- case: LENGTH of '' is NULL
SELECT LENGTH('') FROM dual;
SELECT LENGTH(NULL);
-- rows: [[null]]

-- case: LENGTHB counts bytes
SELECT LENGTHB('é') FROM dual;
SELECT OCTET_LENGTH('é');
-- rows: [[2]]

-- case: LENGTH of a number counts its text form without trailing zeros
SELECT LENGTH(12.50) FROM dual;
SELECT LENGTH('12.5');
-- rows: [[4]]

-- case: CHR and concatenation (Oracle docs example)
SELECT CHR(67) || CHR(65) || CHR(84) FROM dual;
SELECT NULLIF(CONCAT(CHR(67), CHR(65), CHR(84)), '');
-- rows: [["CAT"]]

-- case: ASCII (Oracle docs example)
SELECT ASCII('Q') FROM dual;
SELECT ASCII('Q');
-- rows: [[81]]

-- case: CONCAT skips NULL
SELECT CONCAT('a', NULL) FROM dual;
SELECT CONCAT('a', NULL);
-- rows: [["a"]]

-- case: CONCAT of two NULLs is NULL
SELECT CONCAT(b, b) FROM t WHERE id = 1;
SELECT NULLIF(CONCAT(b, b), '') FROM t WHERE id = 1;
-- rows: [[null]]

-- case: UPPER and LOWER keep their meaning
SELECT UPPER('aBc'), LOWER('aBc') FROM dual;
SELECT UPPER('aBc'), LOWER('aBc');
-- rows: [["ABC", "abc"]]

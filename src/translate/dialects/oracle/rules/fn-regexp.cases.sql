-- case: REGEXP_LIKE is a condition in both
SELECT ename FROM emp WHERE REGEXP_LIKE(ename, '^J') ORDER BY ename;
SELECT ename FROM emp WHERE REGEXP_LIKE(ename, '^J') ORDER BY ename;
-- rows: [["JAMES"], ["JONES"]]

-- case: REGEXP_LIKE with 'i' matches case-insensitively
SELECT ename FROM emp WHERE REGEXP_LIKE(ename, '^j', 'i') ORDER BY ename;
SELECT ename FROM emp WHERE REGEXP_LIKE(ename, '^j', 'i') ORDER BY ename;
-- rows: [["JAMES"], ["JONES"]]

-- case: REGEXP_LIKE with 'c' matches case-sensitively
SELECT COUNT(*) FROM emp WHERE REGEXP_LIKE(ename, '^j', 'c');
SELECT COUNT(*) FROM emp WHERE REGEXP_LIKE(ename, '^j', 'c');
-- rows: [[0]]

-- case: by default the period does not match a newline in Oracle
SELECT CASE WHEN REGEXP_LIKE('a' || CHR(10) || 'b', 'a.b') THEN 'Y' ELSE 'N' END FROM dual;
SELECT CASE WHEN REGEXP_LIKE(CONCAT('a', CHR(10), 'b'), 'a.b', 'p') THEN 'Y' ELSE 'N' END;
-- rows: [["N"]]

-- case: the 'n' match parameter lets the period match a newline
SELECT CASE WHEN REGEXP_LIKE('a' || CHR(10) || 'b', 'a.b', 'n') THEN 'Y' ELSE 'N' END FROM dual;
SELECT CASE WHEN REGEXP_LIKE(CONCAT('a', CHR(10), 'b'), 'a.b') THEN 'Y' ELSE 'N' END;
-- rows: [["Y"]]

-- case: the 'm' match parameter anchors ^ and $ at lines
SELECT CASE WHEN REGEXP_LIKE('a' || CHR(10) || 'b', '^b$', 'm') THEN 'Y' ELSE 'N' END FROM dual;
SELECT CASE WHEN REGEXP_LIKE(CONCAT('a', CHR(10), 'b'), '^b$', 'n') THEN 'Y' ELSE 'N' END;
-- rows: [["Y"]]

-- case: without 'm', ^ and $ anchor at the string's ends
SELECT CASE WHEN REGEXP_LIKE('a' || CHR(10) || 'b', '^b$') THEN 'Y' ELSE 'N' END FROM dual;
SELECT CASE WHEN REGEXP_LIKE(CONCAT('a', CHR(10), 'b'), '^b$') THEN 'Y' ELSE 'N' END;
-- rows: [["N"]]

-- case: REGEXP_SUBSTR (Oracle docs example)
SELECT REGEXP_SUBSTR('500 Oracle Parkway, Redwood Shores, CA', ',[^,]+,') FROM dual;
SELECT NULLIF(REGEXP_SUBSTR('500 Oracle Parkway, Redwood Shores, CA', ',[^,]+,'), '');
-- rows: [[", Redwood Shores,"]]

-- case: REGEXP_SUBSTR with an occurrence
SELECT REGEXP_SUBSTR('1a22b333', '[0-9]+', 1, 3) FROM dual;
SELECT NULLIF(REGEXP_SUBSTR('1a22b333', '[0-9]+', 1, 3), '');
-- rows: [["333"]]

-- case: REGEXP_SUBSTR with a subexpression (Oracle docs example)
SELECT REGEXP_SUBSTR('1234567890', '(123)(4(56)(78))', 1, 1, 'i', 4) FROM dual;
SELECT NULLIF(REGEXP_SUBSTR('1234567890', '(123)(4(56)(78))', 1, 1, 'i', 4), '');
-- rows: [["78"]]

-- case: REGEXP_SUBSTR without a match is NULL
SELECT REGEXP_SUBSTR('abc', '[0-9]+') FROM dual;
SELECT NULLIF(REGEXP_SUBSTR('abc', '[0-9]+'), '');
-- rows: [[null]]

-- case: REGEXP_SUBSTR with a period gets Oracle's newline rule
SELECT REGEXP_SUBSTR('ab', 'a.') FROM dual;
SELECT NULLIF(REGEXP_SUBSTR('ab', 'a.', 1, 1, 'p'), '');
-- rows: [["ab"]]

-- case: REGEXP_INSTR (Oracle docs example)
SELECT REGEXP_INSTR('500 Oracle Parkway, Redwood Shores, CA', '[^ ]+', 1, 6) FROM dual;
SELECT REGEXP_INSTR('500 Oracle Parkway, Redwood Shores, CA', '[^ ]+', 1, 6);
-- rows: [[37]]

-- case: REGEXP_INSTR returning the position after the match
SELECT REGEXP_INSTR('abc', 'b', 1, 1, 1) FROM dual;
SELECT REGEXP_INSTR('abc', 'b', 1, 1, 1);
-- rows: [[3]]

-- case: REGEXP_REPLACE replaces every occurrence by default
SELECT REGEXP_REPLACE('aXbXc', 'X', '-') FROM dual;
SELECT NULLIF(REGEXP_REPLACE('aXbXc', 'X', '-', 1, 0), '');
-- rows: [["a-b-c"]]

-- case: REGEXP_REPLACE of one occurrence
SELECT REGEXP_REPLACE('aXbXc', 'X', '-', 1, 2) FROM dual;
SELECT NULLIF(REGEXP_REPLACE('aXbXc', 'X', '-', 1, 2), '');
-- rows: [["aXb-c"]]

-- case: REGEXP_REPLACE collapsing spaces (Oracle docs example)
SELECT REGEXP_REPLACE('500   Oracle     Parkway', '( ){2,}', ' ') FROM dual;
SELECT NULLIF(REGEXP_REPLACE('500   Oracle     Parkway', '( ){2,}', ' ', 1, 0), '');
-- rows: [["500 Oracle Parkway"]]

-- case: REGEXP_REPLACE with two arguments removes the matches
SELECT REGEXP_REPLACE('a1b2', '[0-9]') FROM dual;
SELECT NULLIF(REGEXP_REPLACE('a1b2', '[0-9]', '', 1, 0), '');
-- rows: [["ab"]]

-- case: REGEXP_REPLACE with back references (Oracle docs example)
SELECT REGEXP_REPLACE('515.123.4567', '([[:digit:]]{3})\.([[:digit:]]{3})\.([[:digit:]]{4})', '(\1) \2-\3') FROM dual;
SELECT NULLIF(REGEXP_REPLACE('515.123.4567', '([[:digit:]]{3})\.([[:digit:]]{3})\.([[:digit:]]{4})', '(\1) \2-\3', 1, 0, 'p'), '');
-- rows: [["(515) 123-4567"]]

-- case: REGEXP_REPLACE with a NULL replacement column removes the matches
SELECT REGEXP_REPLACE('a1b', '[0-9]', b) FROM t WHERE id = 1;
SELECT NULLIF(REGEXP_REPLACE('a1b', '[0-9]', COALESCE(b, ''), 1, 0), '') FROM t WHERE id = 1;
-- rows: [["ab"]]

-- case: REGEXP_REPLACE that leaves nothing is NULL
SELECT REGEXP_REPLACE('123', '[0-9]') FROM dual;
SELECT NULLIF(REGEXP_REPLACE('123', '[0-9]', '', 1, 0), '');
-- rows: [[null]]

-- case: REGEXP_COUNT from a position (Oracle docs example)
SELECT REGEXP_COUNT('123123123123', '123', 3, 'i') FROM dual;
SELECT REGEXP_COUNT('123123123123', '123', 3, 'i');
-- rows: [[3]]

-- case: REGEXP_COUNT
SELECT REGEXP_COUNT('banana', 'a') FROM dual;
SELECT REGEXP_COUNT('banana', 'a');
-- rows: [[3]]

-- case: a negated bracket next to a period is flagged for review
-- review: REGEXP_SUBSTR()
SELECT REGEXP_SUBSTR(ename, '[^A].') FROM emp;
SELECT NULLIF(REGEXP_SUBSTR(ename, '[^A].', 1, 1, 'p'), '') FROM emp;

-- case: a match parameter computed at run time is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:53
SELECT ename FROM emp WHERE REGEXP_LIKE(ename, 'A', job);

-- case: an unknown match option is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:36
SELECT REGEXP_COUNT('abc', 'b', 1, 'q') FROM dual;

-- case: a numeric string plus a number is a number
SELECT '10' + 1 FROM dual;
SELECT 10 + 1;
-- rows: [[11]]

-- case: a decimal string in a product
SELECT '1.5' * 2 FROM dual;
SELECT 1.5 * 2;
-- rows: [["3.0"]]

-- case: integer literals divide exactly
SELECT ROUND(1/4, 2) FROM dual;
SELECT ROUND(1.0 / 4, 2);
-- rows: [["0.25"]]

-- case: the empty string never equals anything
SELECT COUNT(*) FROM t WHERE a = '';
SELECT COUNT(*) FROM t WHERE a = NULL;
-- rows: [[0]]

-- case: the empty string is NULL
SELECT COUNT(*) FROM dual WHERE '' IS NULL;
SELECT COUNT(*) WHERE NULL IS NULL;
-- rows: [[1]]

-- case: concatenation skips NULL
SELECT 'a' || NULL || 'b' FROM dual;
SELECT CONCAT('a', NULL, 'b');
-- rows: [["ab"]]

-- case: concatenation of columns, NULL when all are NULL
SELECT a || b FROM t ORDER BY id;
SELECT NULLIF(CONCAT(a, b), '') FROM t ORDER BY id;
-- rows: [["x"], [null], ["yz"]]

-- case: concatenation with a number literal
SELECT 'n=' || 1.50 FROM dual;
SELECT CONCAT('n=', '1.5');
-- rows: [["n=1.5"]]

-- case: concatenation with a date uses the default date format
-- review: a date converted to text
SELECT 'd=' || DATE '2024-01-05' FROM dual;
SELECT CONCAT('d=', decant_oracle.to_char(DATE '2024-01-05'));
-- rows: [["d=05-JAN-24"]]

-- case: a date compared with a string literal reads it as DD-MON-RR
-- review: a string compared with a date
SELECT COUNT(*) FROM emp WHERE ADD_MONTHS(hiredate, 0) > '01-JAN-87';
SELECT COUNT(*) FROM emp WHERE decant_oracle.add_months(hiredate, 0) > decant_oracle.to_date('01-JAN-87', 'DD-MON-YYYY', 'RR');
-- rows: [[2]]

-- case: RR puts 50 in the previous century when comparing with a date
-- review: a string compared with a date
SELECT COUNT(*) FROM emp WHERE ADD_MONTHS(hiredate, 0) > '01-JAN-50';
SELECT COUNT(*) FROM emp WHERE decant_oracle.add_months(hiredate, 0) > decant_oracle.to_date('01-JAN-50', 'DD-MON-YYYY', 'RR');
-- rows: [[14]]

-- case: a string literal on the left of a date comparison
-- review: a string compared with a date
SELECT COUNT(*) FROM emp WHERE '31-DEC-81' >= TRUNC(hiredate, 'DD');
SELECT COUNT(*) FROM emp WHERE decant_oracle.to_date('31-DEC-81', 'DD-MON-YYYY', 'RR') >= decant_oracle.trunc(hiredate, 'DD');
-- rows: [[11]]

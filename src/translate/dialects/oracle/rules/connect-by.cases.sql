-- case: the classic EMP hierarchy from KING, depth first with siblings by name
SELECT ename, LEVEL FROM emp START WITH mgr IS NULL CONNECT BY PRIOR empno = mgr ORDER SIBLINGS BY ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY ename)], empno FROM emp WHERE mgr IS NULL UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY ename), empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename, hierarchy_1.level FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.sibling_order;
-- rows: [["KING", "1"], ["BLAKE", "2"], ["ALLEN", "3"], ["JAMES", "3"], ["MARTIN", "3"], ["TURNER", "3"], ["WARD", "3"], ["CLARK", "2"], ["MILLER", "3"], ["JONES", "2"], ["FORD", "3"], ["SMITH", "4"], ["SCOTT", "3"], ["ADAMS", "4"]]

-- case: without ORDER SIBLINGS BY the output is still depth first (ordered by the path of row ids)
SELECT ename, LEVEL FROM emp START WITH ename = 'KING' CONNECT BY PRIOR empno = mgr;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], empno FROM emp WHERE ename = 'KING' UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename, hierarchy_1.level FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.ids;

-- case: the PRIOR side may be written on the right
SELECT e.ename FROM emp e START WITH e.ename = 'JONES' CONNECT BY e.mgr = PRIOR e.empno ORDER SIBLINGS BY e.ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1) AS (SELECT e.ctid, 1, ARRAY[e.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY e.ename)], e.empno FROM emp e WHERE e.ename = 'JONES' UNION ALL SELECT e.ctid, hierarchy_1.level + 1, hierarchy_1.ids || e.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY e.ename), e.empno FROM hierarchy_1 JOIN emp e ON e.mgr = hierarchy_1.prior_1 WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, e.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, e.ctid) IS NULL) END) SELECT e.ename FROM hierarchy_1 JOIN emp e ON e.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.sibling_order;
-- rows: [["JONES"], ["FORD"], ["SMITH"], ["SCOTT"], ["ADAMS"]]

-- case: START WITH after CONNECT BY
SELECT ename FROM emp CONNECT BY PRIOR empno = mgr START WITH ename = 'BLAKE' ORDER SIBLINGS BY ename DESC;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY ename DESC)], empno FROM emp WHERE ename = 'BLAKE' UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY ename DESC), empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.sibling_order;
-- rows: [["BLAKE"], ["WARD"], ["TURNER"], ["MARTIN"], ["JAMES"], ["ALLEN"]]

-- case: SYS_CONNECT_BY_PATH builds the path from the root
SELECT SYS_CONNECT_BY_PATH(ename, '/') AS path FROM emp START WITH ename = 'JONES' CONNECT BY PRIOR empno = mgr ORDER SIBLINGS BY ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1, path_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY ename)], empno, CONCAT('/', ename) FROM emp WHERE ename = 'JONES' UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY ename), empno, CONCAT(hierarchy_1.path_1, '/', ename) FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT hierarchy_1.path_1 AS path FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.sibling_order;
-- rows: [["/JONES"], ["/JONES/FORD"], ["/JONES/FORD/SMITH"], ["/JONES/SCOTT"], ["/JONES/SCOTT/ADAMS"]]

-- case: CONNECT_BY_ROOT names the root of each row's tree
SELECT ename, CONNECT_BY_ROOT ename AS top FROM emp WHERE LEVEL = 3 START WITH job = 'MANAGER' CONNECT BY PRIOR empno = mgr ORDER BY ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, prior_1, root_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], empno, ename FROM emp WHERE job = 'MANAGER' UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, empno, hierarchy_1.root_1 FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename, hierarchy_1.root_1 AS top FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id WHERE hierarchy_1.level = 3 ORDER BY ename;
-- rows: [["ADAMS", "JONES"], ["SMITH", "JONES"]]

-- case: CONNECT_BY_ISLEAF marks rows without children
SELECT ename, CONNECT_BY_ISLEAF AS leaf FROM emp START WITH ename = 'CLARK' CONNECT BY PRIOR empno = mgr ORDER SIBLINGS BY ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY ename)], empno FROM emp WHERE ename = 'CLARK' UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY ename), empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename, CASE WHEN EXISTS (SELECT 1 FROM emp WHERE hierarchy_1.prior_1 = mgr) THEN 0 ELSE 1 END AS leaf FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.sibling_order;
-- rows: [["CLARK", "0"], ["MILLER", "1"]]

-- case: leaves of the whole tree
SELECT ename FROM emp WHERE CONNECT_BY_ISLEAF = 1 START WITH mgr IS NULL CONNECT BY PRIOR empno = mgr ORDER BY ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], empno FROM emp WHERE mgr IS NULL UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id WHERE CASE WHEN EXISTS (SELECT 1 FROM emp WHERE hierarchy_1.prior_1 = mgr) THEN 0 ELSE 1 END = 1 ORDER BY ename;
-- rows: [["ADAMS"], ["ALLEN"], ["JAMES"], ["MARTIN"], ["MILLER"], ["SMITH"], ["TURNER"], ["WARD"]]

-- case: PRIOR in the select list is the parent's value, NULL for a root
SELECT ename, PRIOR ename AS boss FROM emp START WITH ename = 'FORD' CONNECT BY PRIOR empno = mgr ORDER SIBLINGS BY ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1, prior_2, parent_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY ename)], empno, ename, CASE WHEN FALSE THEN ename END FROM emp WHERE ename = 'FORD' UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY ename), empno, ename, hierarchy_1.prior_2 FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename, hierarchy_1.parent_1 AS boss FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.sibling_order;
-- rows: [["FORD", null], ["SMITH", "FORD"]]

-- case: WHERE filters after the hierarchy is built: children of filtered rows stay
SELECT ename, LEVEL FROM emp WHERE job <> 'MANAGER' START WITH mgr IS NULL CONNECT BY PRIOR empno = mgr ORDER SIBLINGS BY ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY ename)], empno FROM emp WHERE mgr IS NULL UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY ename), empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename, hierarchy_1.level FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id WHERE job <> 'MANAGER' ORDER BY hierarchy_1.sibling_order;
-- rows: [["KING", "1"], ["ALLEN", "3"], ["JAMES", "3"], ["MARTIN", "3"], ["TURNER", "3"], ["WARD", "3"], ["MILLER", "3"], ["FORD", "3"], ["SMITH", "4"], ["SCOTT", "3"], ["ADAMS", "4"]]

-- case: a condition in CONNECT BY prunes whole branches
SELECT ename FROM emp START WITH mgr IS NULL CONNECT BY PRIOR empno = mgr AND job <> 'MANAGER' ORDER SIBLINGS BY ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY ename)], empno FROM emp WHERE mgr IS NULL UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY ename), empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr AND job <> 'MANAGER' WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.sibling_order;
-- rows: [["KING"]]

-- case: LEVEL in CONNECT BY limits the depth
SELECT ename, LEVEL FROM emp START WITH mgr IS NULL CONNECT BY PRIOR empno = mgr AND LEVEL <= 2 ORDER SIBLINGS BY ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY ename)], empno FROM emp WHERE mgr IS NULL UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY ename), empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr AND hierarchy_1.level + 1 <= 2 WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename, hierarchy_1.level FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.sibling_order;
-- rows: [["KING", "1"], ["BLAKE", "2"], ["CLARK", "2"], ["JONES", "2"]]

-- case: without START WITH every row is a root
SELECT COUNT(*) FROM emp CONNECT BY PRIOR empno = mgr;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], empno FROM emp UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT COUNT(*) FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id;
-- rows: [["39"]]

-- case: rows per level, grouped after the hierarchy
SELECT LEVEL, COUNT(*) FROM emp START WITH mgr IS NULL CONNECT BY PRIOR empno = mgr GROUP BY LEVEL ORDER BY LEVEL;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], empno FROM emp WHERE mgr IS NULL UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT hierarchy_1.level, COUNT(*) FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id GROUP BY hierarchy_1.level ORDER BY hierarchy_1.level;
-- rows: [["1", "1"], ["2", "3"], ["3", "8"], ["4", "2"]]

-- case: LEVEL in an expression
SELECT ename, LEVEL - 1 AS depth FROM emp START WITH ename = 'CLARK' CONNECT BY PRIOR empno = mgr ORDER SIBLINGS BY ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY ename)], empno FROM emp WHERE ename = 'CLARK' UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY ename), empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename, hierarchy_1.level - 1 AS depth FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.sibling_order;
-- rows: [["CLARK", "0"], ["MILLER", "1"]]

-- case: NOCYCLE with CONNECT_BY_ISCYCLE on a tree without loops
SELECT ename, CONNECT_BY_ISCYCLE AS cyc FROM emp START WITH ename = 'SCOTT' CONNECT BY NOCYCLE PRIOR empno = mgr ORDER SIBLINGS BY ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY ename)], empno FROM emp WHERE ename = 'SCOTT' UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY ename), empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) SELECT ename, CASE WHEN EXISTS (SELECT 1 FROM emp WHERE hierarchy_1.prior_1 = mgr AND ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NOT NULL) THEN 1 ELSE 0 END AS cyc FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.sibling_order;
-- rows: [["SCOTT", "0"], ["ADAMS", "0"]]

-- case: NOCYCLE stops at a loop, and CONNECT_BY_ISCYCLE marks the row whose child is its ancestor
SELECT ename, LEVEL, CONNECT_BY_ISCYCLE AS cyc FROM emp START WITH ename = 'KING' CONNECT BY NOCYCLE PRIOR mgr = empno OR (PRIOR ename = 'KING' AND ename = 'SMITH') ORDER SIBLINGS BY ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1, prior_2) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY ename)], mgr, ename FROM emp WHERE ename = 'KING' UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY ename), mgr, ename FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = empno OR (hierarchy_1.prior_2 = 'KING' AND ename = 'SMITH') WHERE ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) SELECT ename, hierarchy_1.level, CASE WHEN EXISTS (SELECT 1 FROM emp WHERE (hierarchy_1.prior_1 = empno OR (hierarchy_1.prior_2 = 'KING' AND ename = 'SMITH')) AND ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NOT NULL) THEN 1 ELSE 0 END AS cyc FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.sibling_order;
-- rows: [["KING", "1", "0"], ["SMITH", "2", "0"], ["FORD", "3", "0"], ["JONES", "4", "1"]]

-- case: bottom-up: the chain of managers above ADAMS
SELECT ename FROM emp START WITH ename = 'ADAMS' CONNECT BY PRIOR mgr = empno;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], mgr FROM emp WHERE ename = 'ADAMS' UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, mgr FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = empno WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.ids;
-- rows: [["ADAMS"], ["SCOTT"], ["JONES"], ["KING"]]

-- case: a hierarchy with a table alias and a qualified star
SELECT e.* FROM emp e WHERE LEVEL = 2 START WITH e.empno = 7566 CONNECT BY PRIOR e.empno = e.mgr ORDER SIBLINGS BY e.empno;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1) AS (SELECT e.ctid, 1, ARRAY[e.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY e.empno)], e.empno FROM emp e WHERE e.empno = 7566 UNION ALL SELECT e.ctid, hierarchy_1.level + 1, hierarchy_1.ids || e.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY e.empno), e.empno FROM hierarchy_1 JOIN emp e ON hierarchy_1.prior_1 = e.mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, e.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, e.ctid) IS NULL) END) SELECT e.* FROM hierarchy_1 JOIN emp e ON e.ctid = hierarchy_1.row_id WHERE hierarchy_1.level = 2 ORDER BY hierarchy_1.sibling_order;

-- case: an unqualified star keeps only the table's columns
SELECT * FROM emp START WITH empno = 7788 CONNECT BY PRIOR empno = mgr ORDER SIBLINGS BY ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY ename)], empno FROM emp WHERE empno = 7788 UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY ename), empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT emp.* FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.sibling_order;
-- rows: [["7788", "SCOTT", "ANALYST", "7566", "1987-04-19 00:00:00", "3000.00", null, "20"], ["7876", "ADAMS", "CLERK", "7788", "1987-05-23 00:00:00", "1100.00", null, "20"]]

-- case: the hierarchy of a subquery's table in an IN condition
SELECT dname FROM dept WHERE deptno IN (SELECT deptno FROM emp START WITH ename = 'BLAKE' CONNECT BY PRIOR empno = mgr) ORDER BY dname;
SELECT dname FROM dept WHERE deptno IN (WITH RECURSIVE hierarchy_1 (row_id, level, ids, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], empno FROM emp WHERE ename = 'BLAKE' UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT deptno FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.ids) ORDER BY dname;
-- rows: [["SALES"]]

-- case: several pseudo-columns at once, ordered siblings descending
SELECT ename, LEVEL AS lvl, CONNECT_BY_ROOT empno AS root, CONNECT_BY_ISLEAF AS leaf, SYS_CONNECT_BY_PATH(empno, '>') AS ids FROM emp START WITH ename = 'JONES' CONNECT BY PRIOR empno = mgr ORDER SIBLINGS BY ename DESC;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, sibling_order, prior_1, root_1, path_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], ARRAY[ROW_NUMBER() OVER (ORDER BY ename DESC)], empno, empno, CONCAT('>', empno) FROM emp WHERE ename = 'JONES' UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, hierarchy_1.sibling_order || ROW_NUMBER() OVER (ORDER BY ename DESC), empno, hierarchy_1.root_1, CONCAT(hierarchy_1.path_1, '>', empno) FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename, hierarchy_1.level AS lvl, hierarchy_1.root_1 AS root, CASE WHEN EXISTS (SELECT 1 FROM emp WHERE hierarchy_1.prior_1 = mgr) THEN 0 ELSE 1 END AS leaf, hierarchy_1.path_1 AS ids FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY hierarchy_1.sibling_order;
-- rows: [["JONES", "1", "7566", "0", ">7566"], ["SCOTT", "2", "7566", "0", ">7566>7788"], ["ADAMS", "3", "7566", "1", ">7566>7788>7876"], ["FORD", "2", "7566", "0", ">7566>7902"], ["SMITH", "3", "7566", "1", ">7566>7902>7369"]]

-- case: an ORDER BY (not SIBLINGS) replaces the hierarchical order
SELECT ename FROM emp START WITH ename = 'BLAKE' CONNECT BY PRIOR empno = mgr ORDER BY sal DESC, ename;
WITH RECURSIVE hierarchy_1 (row_id, level, ids, prior_1) AS (SELECT emp.ctid, 1, ARRAY[emp.ctid], empno FROM emp WHERE ename = 'BLAKE' UNION ALL SELECT emp.ctid, hierarchy_1.level + 1, hierarchy_1.ids || emp.ctid, empno FROM hierarchy_1 JOIN emp ON hierarchy_1.prior_1 = mgr WHERE CASE WHEN ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL THEN TRUE ELSE decant_oracle.raise_error('ORA-01436: CONNECT BY loop in user data', ARRAY_POSITION(hierarchy_1.ids, emp.ctid) IS NULL) END) SELECT ename FROM hierarchy_1 JOIN emp ON emp.ctid = hierarchy_1.row_id ORDER BY sal DESC, ename;
-- rows: [["BLAKE"], ["ALLEN"], ["TURNER"], ["MARTIN"], ["WARD"], ["JAMES"]]

-- case: the row generator from DUAL becomes generate_series
SELECT LEVEL FROM dual CONNECT BY LEVEL <= 5;
SELECT generator_1.level FROM GENERATE_SERIES(1, 5) generator_1 (level);
-- rows: [["1"], ["2"], ["3"], ["4"], ["5"]]

-- case: ROWNUM as row generator
SELECT ROWNUM AS n FROM dual CONNECT BY ROWNUM <= 3;
SELECT generator_1.level AS n FROM GENERATE_SERIES(1, 3) generator_1 (level);
-- rows: [["1"], ["2"], ["3"]]

-- case: LEVEL < n generates n - 1 rows
SELECT LEVEL FROM dual CONNECT BY LEVEL < 3;
SELECT generator_1.level FROM GENERATE_SERIES(1, 2) generator_1 (level);
-- rows: [["1"], ["2"]]

-- case: the generator always returns its root row
SELECT LEVEL FROM dual CONNECT BY LEVEL <= 0;
SELECT generator_1.level FROM GENERATE_SERIES(1, 1) generator_1 (level);
-- rows: [["1"]]

-- case: a generator bound written the other way round
SELECT LEVEL * 10 AS tens FROM dual CONNECT BY 3 >= LEVEL;
SELECT generator_1.level * 10 AS tens FROM GENERATE_SERIES(1, 3) generator_1 (level);
-- rows: [["10"], ["20"], ["30"]]

-- case: a generator with a bind variable bound
SELECT LEVEL FROM dual CONNECT BY LEVEL <= :n;
SELECT generator_1.level FROM GENERATE_SERIES(1, GREATEST(FLOOR($1), 1)) generator_1 (level);

-- case: a generator with a WHERE clause
SELECT LEVEL AS n FROM dual WHERE 1 = 1 CONNECT BY LEVEL <= 2;
SELECT generator_1.level AS n FROM GENERATE_SERIES(1, 2) generator_1 (level) WHERE 1 = 1;
-- rows: [["1"], ["2"]]

-- case: a generator in a WITH clause, joined
WITH nums AS (SELECT LEVEL AS n FROM dual CONNECT BY LEVEL <= 3) SELECT n FROM nums WHERE n > 1 ORDER BY n;
WITH nums AS (SELECT generator_1.level AS n FROM GENERATE_SERIES(1, 3) generator_1 (level)) SELECT n FROM nums WHERE n > 1 ORDER BY n;
-- rows: [["2"], ["3"]]

-- case: CONNECT BY over a join is refused, pointing at the condition
-- expect-error: TRANSLATE_UNSUPPORTED at 1:81
SELECT e.ename, d.dname FROM emp e, dept d WHERE e.deptno = d.deptno CONNECT BY PRIOR e.empno = e.mgr;

-- case: CONNECT BY over a subquery is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
SELECT ename FROM (SELECT * FROM emp) CONNECT BY PRIOR empno = mgr;

-- case: CONNECT_BY_ISCYCLE without NOCYCLE is refused as Oracle does
-- expect-error: TRANSLATE_UNSUPPORTED at 1:15
SELECT ename, CONNECT_BY_ISCYCLE FROM emp CONNECT BY PRIOR empno = mgr;

-- case: ROWNUM in a hierarchical query is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:29
SELECT ename FROM emp WHERE ROWNUM <= 3 START WITH mgr IS NULL CONNECT BY PRIOR empno = mgr;

-- case: CONNECT BY on DUAL that is not a generator is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:35
SELECT LEVEL FROM dual CONNECT BY PRIOR dummy = dummy;

-- case: CONNECT BY without PRIOR or LEVEL is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:34
SELECT ename FROM emp CONNECT BY 1 = 1;

-- case: CONNECT_BY_ROOT inside CONNECT BY is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:56
SELECT ename FROM emp CONNECT BY PRIOR empno = mgr AND CONNECT_BY_ROOT ename = 'KING';

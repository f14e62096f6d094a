-- case: a plain index
CREATE INDEX emp_ename_ix ON emp (ename);
CREATE INDEX emp_ename_ix ON emp (ename);

-- case: a unique index on two columns
CREATE UNIQUE INDEX emp_uk ON emp (deptno, ename);
CREATE UNIQUE INDEX emp_uk ON emp (deptno, ename);

-- case: a descending column
CREATE INDEX emp_sal_ix ON emp (sal DESC, ename ASC);
CREATE INDEX emp_sal_ix ON emp (sal DESC, ename);

-- case: a function-based index goes through the expression rules
CREATE INDEX emp_upper_ix ON emp (UPPER(ename), NVL(comm, 0));
CREATE INDEX emp_upper_ix ON emp ((UPPER(ename)), (COALESCE(comm, 0)));

-- case: an expression index on arithmetic
CREATE INDEX emp_total_ix ON emp (sal + comm);
CREATE INDEX emp_total_ix ON emp ((sal + comm));

-- case: a bitmap index becomes a B-tree index
-- review: BITMAP index
CREATE BITMAP INDEX emp_job_bix ON emp (job);
CREATE INDEX emp_job_bix ON emp (job);

-- case: REVERSE, ONLINE, COMPUTE STATISTICS, TABLESPACE, storage and PARALLEL are dropped
CREATE INDEX emp_ix ON emp (empno) REVERSE ONLINE COMPUTE STATISTICS TABLESPACE idx PCTFREE 10 INITRANS 2 STORAGE (INITIAL 64K) NOLOGGING PARALLEL 4;
CREATE INDEX emp_ix ON emp (empno);

-- case: LOCAL on a partitioned table is what PostgreSQL builds anyway
CREATE INDEX sales_ix ON sales (sold) LOCAL (PARTITION p1 TABLESPACE ts1, PARTITION p2 TABLESPACE ts2);
CREATE INDEX sales_ix ON sales (sold);

-- case: GLOBAL partitioning of an index is dropped
CREATE INDEX sales_ix ON sales (amount) GLOBAL PARTITION BY RANGE (amount) (PARTITION p1 VALUES LESS THAN (100), PARTITION p2 VALUES LESS THAN (MAXVALUE));
CREATE INDEX sales_ix ON sales (amount);

-- case: the index name takes no schema: PostgreSQL puts it beside its table
CREATE INDEX hr.emp_ix ON hr.emp (ename);
CREATE INDEX emp_ix ON hr.emp (ename);

-- case: a bitmap join index is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:44
CREATE BITMAP INDEX ix ON sales (c.region) FROM sales s, customers c WHERE s.cust_id = c.id;

-- case: a domain index is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:36
CREATE INDEX doc_ix ON docs (body) INDEXTYPE IS ctxsys.context;

-- case: DROP INDEX
DROP INDEX hr.emp_ix;
DROP INDEX hr.emp_ix;

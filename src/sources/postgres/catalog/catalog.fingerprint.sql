-- What migration must reproduce in the user schemas, without oids: one query per section,
-- compared between source and target by catalog.test.ts (run with search_path = '').

-- section: schemas
SELECT n.nspname, pg_catalog.obj_description(n.oid, 'pg_namespace') AS comment, (SELECT array_agg(x::text ORDER BY x::text) FROM unnest(n.nspacl) x) AS acl
  FROM pg_namespace n WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%';

-- section: extensions
SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace;

-- section: relations
SELECT n.nspname, c.relname, c.relkind, c.relpersistence, c.reloptions, c.relispartition,
  pg_get_expr(c.relpartbound, c.oid) AS bound,
  CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partkey,
  (SELECT array_agg(i.inhparent::regclass::text ORDER BY i.inhseqno) FROM pg_inherits i
  WHERE i.inhrelid = c.oid) AS parents,
  pg_catalog.obj_description(c.oid, 'pg_class') AS comment, (SELECT array_agg(x::text ORDER BY x::text) FROM unnest(c.relacl) x) AS acl
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'c', 'i', 'I');

-- section: columns
SELECT c.oid::regclass::text AS rel, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
  a.attnotnull, a.attidentity, a.attgenerated, a.attislocal, a.attinhcount,
  pg_get_expr(d.adbin, d.adrelid) AS "default", co.collname,
  col_description(c.oid, a.attnum) AS comment, (SELECT array_agg(x::text ORDER BY x::text) FROM unnest(a.attacl) x) AS acl
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  LEFT JOIN pg_collation co ON co.oid = a.attcollation
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%' AND a.attnum > 0 AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p', 'v', 'm', 'c');

-- section: sequences
SELECT s.seqrelid::regclass::text AS seq, format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement,
  s.seqmax, s.seqmin, s.seqcache, s.seqcycle,
  (SELECT d.refobjid::regclass::text || '.' || d.refobjsubid || ':' || d.deptype::text FROM pg_depend d
  WHERE d.classid = 'pg_class'::regclass AND d.objid = s.seqrelid
  AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')) AS owned_by
  FROM pg_sequence s;

-- section: constraints
SELECT co.conrelid::regclass::text AS rel, co.contypid::regtype::text AS domain, co.conname, co.contype,
  pg_get_constraintdef(co.oid) AS def, co.convalidated, co.conislocal, co.coninhcount,
  co.conparentid <> 0 AS cloned, co.condeferrable, co.condeferred,
  pg_catalog.obj_description(co.oid, 'pg_constraint') AS comment
  FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%';

-- section: indexes
SELECT i.indexrelid::regclass::text AS idx, pg_get_indexdef(i.indexrelid) AS def, i.indisvalid,
  i.indisprimary, (SELECT p.inhparent::regclass::text FROM pg_inherits p WHERE p.inhrelid = i.indexrelid) AS attached_to
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%';

-- section: views
SELECT c.oid::regclass::text AS view, pg_get_viewdef(c.oid, true) AS def
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%' AND c.relkind IN ('v', 'm');

-- section: routines
SELECT p.oid::regprocedure::text AS routine, p.prokind,
  CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END AS def,
  pg_catalog.obj_description(p.oid, 'pg_proc') AS comment, (SELECT array_agg(x::text ORDER BY x::text) FROM unnest(p.proacl) x) AS acl
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'public';

-- section: aggregates
SELECT a.aggfnoid::regprocedure::text AS agg, a.aggkind, a.aggtransfn::text, a.aggfinalfn::text,
  a.aggtranstype::regtype::text, a.agginitval, a.aggfinalmodify, p.proparallel
  FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'public';

-- section: triggers
SELECT t.tgrelid::regclass::text AS rel, t.tgname, pg_get_triggerdef(t.oid) AS def, t.tgenabled,
  t.tgparentid <> 0 AS cloned, pg_catalog.obj_description(t.oid, 'pg_trigger') AS comment
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%' AND NOT t.tgisinternal;

-- section: extras
SELECT c.oid::regclass::text AS rel, c.relrowsecurity, c.relforcerowsecurity, c.relreplident,
  (SELECT array_agg(i.indexrelid::regclass::text) FROM pg_index i
  WHERE i.indrelid = c.oid AND i.indisreplident) AS replica_index
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%' AND c.relkind IN ('r', 'p');

-- section: policies
SELECT p.tablename, p.policyname, p.permissive, p.roles::text[], p.cmd, p.qual, p.with_check
  FROM pg_policies p WHERE p.schemaname NOT IN ('pg_catalog', 'information_schema');

-- section: rules
SELECT r.schemaname, r.tablename, r.rulename, r.definition FROM pg_rules r
  WHERE r.schemaname NOT IN ('pg_catalog', 'information_schema');

-- section: statistics
SELECT pg_get_statisticsobjdef(s.oid) AS def FROM pg_statistic_ext s;

-- section: descriptions
SELECT (pg_identify_object(d.classoid, d.objoid, d.objsubid)).*, d.description FROM pg_description d
  WHERE d.objoid >= 16384;

-- section: types
SELECT t.oid::regtype::text AS type, t.typtype, format_type(t.typbasetype, t.typtypmod) AS base, t.typnotnull,
  pg_get_expr(t.typdefaultbin, 0) AS "default", co.collname,
  (SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) AS labels,
  r.rngsubtype::regtype::text AS subtype, r.rngsubdiff::text AS subdiff, rc.collname AS range_collation,
  pg_catalog.obj_description(t.oid, 'pg_type') AS comment, (SELECT array_agg(x::text ORDER BY x::text) FROM unnest(t.typacl) x) AS acl
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  LEFT JOIN pg_collation co ON co.oid = t.typcollation
  LEFT JOIN pg_range r ON r.rngtypid = t.oid LEFT JOIN pg_collation rc ON rc.oid = r.rngcollation
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'public';

-- case: NUMBER(p) up to 4 digits is smallint
CREATE TABLE t (a NUMBER(4));
CREATE TABLE t (a smallint);

-- case: NUMBER(p,0) up to 9 digits is integer
CREATE TABLE t (a NUMBER(9,0));
CREATE TABLE t (a integer);

-- case: NUMBER(p) up to 18 digits is bigint
CREATE TABLE t (a NUMBER(18));
CREATE TABLE t (a bigint);

-- case: NUMBER(p) beyond 18 digits is numeric(p)
CREATE TABLE t (a NUMBER(19), b NUMBER(38));
CREATE TABLE t (a numeric(19), b numeric(38));

-- case: NUMBER(p,s) is numeric(p,s)
CREATE TABLE t (a NUMBER(10,2), b NUMBER(5,-2));
CREATE TABLE t (a numeric(10, 2), b numeric(5, -2));

-- case: NUMBER without precision is numeric
CREATE TABLE t (a NUMBER, b NUMBER(*));
CREATE TABLE t (a numeric, b numeric);

-- case: NUMBER(*,0) has Oracle's 38 digits
CREATE TABLE t (a NUMBER(*,0), b NUMBER(*,2));
CREATE TABLE t (a numeric(38), b numeric(38, 2));

-- case: INTEGER, INT and SMALLINT are NUMBER(38) in Oracle
CREATE TABLE t (a INTEGER, b INT, c SMALLINT);
CREATE TABLE t (a numeric(38), b numeric(38), c numeric(38));

-- case: DECIMAL and NUMERIC default to scale 0 and precision 38
CREATE TABLE t (a DECIMAL(8,3), b NUMERIC(6), c DECIMAL);
CREATE TABLE t (a numeric(8, 3), b integer, c numeric(38));

-- case: FLOAT by binary precision
CREATE TABLE t (a FLOAT(20), b FLOAT(49));
CREATE TABLE t (a real, b double precision);

-- case: FLOAT without precision keeps more digits than double precision
-- review: FLOAT
CREATE TABLE t (a FLOAT);
CREATE TABLE t (a double precision);

-- case: BINARY_FLOAT and BINARY_DOUBLE are IEEE types in both
CREATE TABLE t (a BINARY_FLOAT, b BINARY_DOUBLE);
CREATE TABLE t (a real, b double precision);

-- case: DATE holds seconds: timestamp(0)
CREATE TABLE t (d DATE);
CREATE TABLE t (d timestamp(0));

-- case: TIMESTAMP keeps its precision
CREATE TABLE t (a TIMESTAMP, b TIMESTAMP(3));
CREATE TABLE t (a timestamp, b timestamp(3));

-- case: TIMESTAMP(9) is rounded to microseconds
-- review: fractional seconds beyond 6 digits
CREATE TABLE t (a TIMESTAMP(9));
CREATE TABLE t (a timestamp(6));

-- case: TIMESTAMP WITH TIME ZONE loses the written zone
-- review: TIMESTAMP WITH TIME ZONE
CREATE TABLE t (a TIMESTAMP(6) WITH TIME ZONE);
CREATE TABLE t (a timestamptz(6));

-- case: TIMESTAMP WITH LOCAL TIME ZONE is timestamptz exactly
CREATE TABLE t (a TIMESTAMP WITH LOCAL TIME ZONE);
CREATE TABLE t (a timestamptz);

-- case: INTERVAL YEAR TO MONTH
CREATE TABLE t (a INTERVAL YEAR(3) TO MONTH);
CREATE TABLE t (a interval year to month);

-- case: INTERVAL DAY TO SECOND keeps the fractional second digits
CREATE TABLE t (a INTERVAL DAY(2) TO SECOND(3), b INTERVAL DAY TO SECOND);
CREATE TABLE t (a interval day to second(3), b interval day to second);

-- case: VARCHAR2 in bytes or characters is varchar
CREATE TABLE t (a VARCHAR2(10 BYTE), b VARCHAR2(20 CHAR), c VARCHAR2(30));
CREATE TABLE t (a varchar(10), b varchar(20), c varchar(30));

-- case: NVARCHAR2 and VARCHAR are varchar
CREATE TABLE t (a NVARCHAR2(10), b VARCHAR(20));
CREATE TABLE t (a varchar(10), b varchar(20));

-- case: CHAR and NCHAR are char
CREATE TABLE t (a CHAR(3), b NCHAR(2), c CHAR);
CREATE TABLE t (a char(3), b char(2), c char(1));

-- case: CLOB, NCLOB and LONG are text
CREATE TABLE t (a CLOB, b NCLOB, c LONG);
CREATE TABLE t (a text, b text, c text);

-- case: BLOB, RAW and LONG RAW are bytea
CREATE TABLE t (a BLOB, b RAW(16), c LONG RAW);
CREATE TABLE t (a bytea, b bytea, c bytea);

-- case: ROWID and UROWID are kept as text
-- review: ROWID
-- review: UROWID
CREATE TABLE t (a ROWID, b UROWID);
CREATE TABLE t (a text, b text);

-- case: XMLTYPE is xml, also written SYS.XMLTYPE
CREATE TABLE t (a XMLTYPE, b SYS.XMLTYPE);
CREATE TABLE t (a xml, b xml);

-- case: JSON is jsonb and BOOLEAN is boolean
CREATE TABLE t (a JSON, b BOOLEAN);
CREATE TABLE t (a jsonb, b boolean);

-- case: BFILE is refused, pointing at the type
-- expect-error: TRANSLATE_UNSUPPORTED at 1:30
CREATE TABLE t (id NUMBER, f BFILE);

-- case: SDO_GEOMETRY is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:30
CREATE TABLE t (id NUMBER, g MDSYS.SDO_GEOMETRY);

-- case: an unknown type is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
CREATE TABLE t (a MLSLABEL);

-- case: a user-defined object type is refused
-- expect-error: TRANSLATE_UNSUPPORTED at 1:19
CREATE TABLE t (a scott.address_t);

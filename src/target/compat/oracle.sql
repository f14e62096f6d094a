-- Decant's Oracle compatibility functions: built-ins PostgreSQL lacks, created in their own
-- schema as plain SQL (no extension). Safe to run again: every object is CREATE OR REPLACE.
CREATE SCHEMA IF NOT EXISTS decant_oracle;

-- SYSDATE and CURRENT_DATE: Oracle reads the clock once per statement, as a DATE (seconds).
CREATE OR REPLACE FUNCTION decant_oracle.sysdate() RETURNS timestamp(0)
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN statement_timestamp()::timestamp(0);

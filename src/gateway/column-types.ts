/**
 * The column types of the target's tables, in the Oracle terms the translator reasons in, so
 * that `hiredate + 1` or `shipped - placed` through the gateway are exact date arithmetic.
 * Read when the gateway starts, and again after a session created, changed or dropped a table
 * through the gateway (followColumnTypes). A table created on the target by another way is
 * known from the next such change, or the gateway's restart.
 */
import type pg from 'pg';

export type ColumnTypes = Map<string, Map<string, string>>;

/** PostgreSQL's format_type() text → the Oracle type the translator knows it by. */
export function oracleTypeOf(postgresType: string): string | undefined {
  if (postgresType === 'timestamp(0) without time zone' || postgresType === 'date') return 'DATE';
  if (postgresType.startsWith('timestamp')) {
    return postgresType.endsWith('with time zone') ? 'TIMESTAMP WITH TIME ZONE' : 'TIMESTAMP';
  }
  if (postgresType.startsWith('interval')) return 'INTERVAL DAY TO SECOND';
  const base = postgresType.split('(')[0]!;
  if (['numeric', 'integer', 'bigint', 'smallint', 'real', 'double precision'].includes(base))
    return 'NUMBER';
  if (['character varying', 'character', 'text'].includes(base)) return 'VARCHAR2';
  return undefined;
}

export async function readColumnTypes(
  target: pg.ClientBase,
  skipSchemas: readonly string[],
): Promise<ColumnTypes> {
  const { rows } = await target.query<{
    schema: string;
    table_name: string;
    column_name: string;
    type: string;
  }>(
    `SELECT n.nspname AS schema, c.relname AS table_name, a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_catalog.pg_attribute a
       JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
        AND n.nspname <> ALL($1::text[])
      ORDER BY pg_catalog.array_position(pg_catalog.current_schemas(false), n.nspname) DESC NULLS FIRST`,
    [skipSchemas],
  );
  const bySchemaTable = new Map<string, { table: string; columns: Map<string, string> }>();
  for (const row of rows) {
    const type = oracleTypeOf(row.type);
    if (!type) continue;
    const key = `${row.schema}.${row.table_name}`;
    const entry = bySchemaTable.get(key) ?? { table: row.table_name, columns: new Map<string, string>() };
    entry.columns.set(row.column_name, type);
    bySchemaTable.set(key, entry);
  }
  // Schemas on the search path come last, so their tables win a name shared with another schema.
  const tables: ColumnTypes = new Map();
  for (const { table, columns } of bySchemaTable.values()) tables.set(table, columns);
  return tables;
}

/**
 * A function to call when the target's tables may have changed: reads the column types again
 * and hands them to `apply`, one read at a time (calls during a read make one more read after
 * it, so a burst of DDL costs two reads, not one per statement).
 */
export function followColumnTypes(
  read: () => Promise<ColumnTypes>,
  apply: (types: ColumnTypes) => void,
  onError: (error: unknown) => void,
): () => void {
  let reading = false;
  let again = false;
  const run = async (): Promise<void> => {
    reading = true;
    do {
      again = false;
      try {
        apply(await read());
      } catch (error) {
        onError(error);
      }
    } while (again);
    reading = false;
  };
  return () => {
    if (reading) again = true;
    else void run();
  };
}

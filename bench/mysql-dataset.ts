/**
 * Copies the benchmark dataset from `bench_src` on PostgreSQL into a MariaDB database of
 * the same name, with the types, keys, indexes and foreign keys of engine-schema.ts.
 *
 * Each table streams as PostgreSQL text COPY straight into `LOAD DATA LOCAL INFILE` (the
 * two formats agree: tab-separated, `\N` for NULL, backslash escapes), `jobs` tables at a
 * time, into tables that have only their primary key; rows come in key order, so InnoDB
 * appends. Unique keys, indexes and foreign keys follow in one ALTER per table, and ANALYZE
 * TABLE leaves statistics as a settled database has them. Nothing is written to the binlog.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { quoteIdent, quoteMysqlIdent } from '../src/core/sql/ident.js';
import { ENGINE_TABLES, pgSelectList, type EngineTable } from './engine-schema.js';

/** Session settings for a bulk load: the checks hold already in the source. */
const LOAD_SESSION = [
  'SET SESSION sql_log_bin = 0',
  'SET SESSION foreign_key_checks = 0',
  'SET SESSION unique_checks = 0',
  "SET SESSION time_zone = '+00:00'",
];

const ident = quoteMysqlIdent;
const list = (names: string[]): string => names.map(ident).join(', ');

function createTable(table: EngineTable): string {
  const columns = table.columns.map((c) => `${ident(c.name)} ${c.mysql}${c.nullable ? '' : ' NOT NULL'}`);
  return `CREATE TABLE ${ident(table.name)} (${columns.join(', ')}, PRIMARY KEY (${ident(table.primaryKey)})) ENGINE=InnoDB`;
}

/** Everything but the primary key, added once the rows are in. */
function alterTable(table: EngineTable): string | undefined {
  const parts = [
    ...table.unique.map((u) => `ADD UNIQUE KEY ${ident(u.name)} (${list(u.columns)})`),
    ...table.indexes.map((i) => `ADD KEY ${ident(i.name)} (${list(i.columns)})`),
    ...table.foreignKeys.map(
      (f) => `ADD FOREIGN KEY (${list(f.columns)}) REFERENCES ${ident(f.table)} (${list(f.references)})`,
    ),
  ];
  return parts.length ? `ALTER TABLE ${ident(table.name)} ${parts.join(', ')}` : undefined;
}

/** LOAD DATA's defaults are PostgreSQL's text COPY format; byte columns arrive as hex. */
function loadData(table: EngineTable): string {
  const targets = table.columns.map((c) => (c.kind === 'bytes' ? `@${c.name}` : ident(c.name)));
  const unhex = table.columns
    .filter((c) => c.kind === 'bytes')
    .map((c) => `${ident(c.name)} = UNHEX(@${c.name})`);
  return (
    `LOAD DATA LOCAL INFILE '${table.name}' INTO TABLE ${ident(table.name)} CHARACTER SET utf8mb4 ` +
    `(${targets.join(', ')})${unhex.length ? ` SET ${unhex.join(', ')}` : ''}`
  );
}

async function copyTable(pool: pg.Pool, connection: mysql.Connection, table: EngineTable): Promise<void> {
  const client = await pool.connect();
  try {
    const copy = client.query(
      copyTo(
        `COPY (SELECT ${pgSelectList(table, 'hex')} FROM ${quoteIdent(table.name)} ` +
          `ORDER BY ${quoteIdent(table.primaryKey)}) TO STDOUT`,
      ),
    );
    await connection.query({ sql: loadData(table), infileStreamFactory: () => copy });
  } finally {
    client.release();
  }
}

/**
 * Creates `database` on the MariaDB server at `mysqlUrl` (a URL without a database) and
 * fills it from the PostgreSQL database at `sourceUrl`, `jobs` tables at a time.
 */
export async function copyDatasetToMysql(
  sourceUrl: string,
  mysqlUrl: string,
  database: string,
  jobs: number,
): Promise<void> {
  const pool = new pg.Pool({ connectionString: sourceUrl, max: jobs, application_name: 'decant bench' });
  pool.on('error', () => undefined);
  const connections = await Promise.all(
    Array.from({ length: jobs }, () => mysql.createConnection({ uri: mysqlUrl, multipleStatements: false })),
  );
  try {
    const [first] = connections as [mysql.Connection];
    await first.query(`CREATE DATABASE ${ident(database)} CHARACTER SET utf8mb4`);
    for (const connection of connections) {
      await connection.query(`USE ${ident(database)}`);
      for (const statement of LOAD_SESSION) await connection.query(statement);
    }
    for (const table of ENGINE_TABLES) await first.query(createTable(table));
    // The large tables come last in dependency order: taken first, the connections finish together.
    const queue = [...ENGINE_TABLES].reverse();
    await Promise.all(
      connections.map(async (connection) => {
        for (let table = queue.shift(); table; table = queue.shift())
          await copyTable(pool, connection, table);
      }),
    );
    for (const table of ENGINE_TABLES) {
      const alter = alterTable(table);
      if (alter) await first.query(alter);
    }
    await first.query(`ANALYZE TABLE ${list(ENGINE_TABLES.map((t) => t.name))}`);
  } finally {
    await Promise.all(connections.map((connection) => connection.end()));
    await pool.end();
  }
}

/**
 * The MySQL/MariaDB source adapter: discovery from information_schema, chunks by key
 * ranges, one consistent snapshot shared by the run's readers, rows encoded into
 * PostgreSQL binary COPY, and rows for check's canonical hashing.
 */
import type { Config } from '../../core/config/schema.js';
import type { ValuePolicies } from '../../target/copy/binary-encoder.js';
import type {
  ChunkReader,
  RowSource,
  SequenceValue,
  SourceAdapter,
  Snapshot,
  TableToCopy,
} from '../source.js';
import { discoverMysql, loadMysqlTable, type MysqlTable } from './catalog.js';
import { planMysqlChunks } from './chunks.js';
import { connectMysql, describeMysqlServer, mysqlAddress, type MysqlConnection } from './connect.js';
import { mysqlRowBatches, readMysqlChunk } from './reader.js';
import { openMysqlSnapshot, type MysqlSnapshot } from './snapshot.js';
import type { TypeOptions } from './types.js';

export async function createMysqlSource(url: string, config: Config): Promise<SourceAdapter> {
  const main = await connectMysql(url);
  const [versionRows] = await main.query('SELECT VERSION() AS version');
  const version = String((versionRows as { version: string }[])[0]!.version);
  const mariadb = /mariadb/i.test(version);
  const options: TypeOptions = {
    tinyint1AsBoolean: config.mysqlTinyint1AsBoolean,
    enums: config.mysqlEnums,
    mariadb,
  };
  const policies: ValuePolicies = {
    nulCharacters: config.nulCharacters,
    invalidUtf8: config.invalidUtf8,
    invalidDates: config.invalidDates,
  };
  const label = `${mariadb ? 'MariaDB' : 'MySQL'} ${version.replace(/-MariaDB.*$/i, '')} (${describeMysqlServer(url)})`;
  const urlDatabase = mysqlAddress(url).database;

  // Each step reads the mapping of a table again from information_schema, the same way
  // discovery did, rather than keeping MySQL details in the ledger.
  const tables = new Map<string, Promise<MysqlTable>>();
  const tableOf = (table: TableToCopy): Promise<MysqlTable> => {
    const id = `${table.owner}.${table.name}`;
    let found = tables.get(id);
    if (!found) {
      found = loadMysqlTable(main, table, options);
      tables.set(id, found);
    }
    return found;
  };

  function rowSource(connection: MysqlConnection): RowSource {
    return {
      async *rows(table, chunk) {
        yield* mysqlRowBatches(connection, table, await tableOf(table), chunk, config.rowsBuf);
      },
      splitPoint: () => Promise.resolve(null),
      close: () => connection.end().catch(() => undefined),
    };
  }

  return {
    kind: 'mysql',
    capabilities: { copyPassthrough: false, hashInDatabase: false },
    describe: () => label,
    async discover(selection) {
      return (await discoverMysql(main, selection, urlDatabase, options)).objects;
    },
    planChunks: (table, chunkBytes) => planMysqlChunks(main, table, chunkBytes),
    async openSnapshot(): Promise<Snapshot> {
      return openMysqlSnapshot(url, config.jobs);
    },
    async openReader(snapshot): Promise<ChunkReader> {
      const shared = snapshot as MysqlSnapshot | null;
      const session = shared ? shared.take() : await connectMysql(url);
      return {
        read: async (table, chunk) =>
          readMysqlChunk(session, table, await tableOf(table), chunk, policies, config.rowsBuf),
        close: async () => {
          if (shared) shared.give(session);
          else await session.end().catch(() => undefined);
        },
      };
    },
    async sequenceValues(schemas): Promise<SequenceValue[]> {
      // MySQL 8 caches information_schema's AUTO_INCREMENT for a day unless told not to.
      await main.query('SET SESSION information_schema_stats_expiry = 0').catch(() => undefined);
      const [rows] = await main.query(
        `SELECT t.TABLE_SCHEMA AS \`schema\`, t.TABLE_NAME AS \`table\`, c.COLUMN_NAME AS \`column\`,
                CAST(t.AUTO_INCREMENT AS CHAR) AS next
         FROM information_schema.TABLES t
         JOIN information_schema.COLUMNS c ON c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME
           AND c.EXTRA LIKE '%auto_increment%'
         WHERE t.TABLE_SCHEMA IN (?) AND t.AUTO_INCREMENT IS NOT NULL`,
        [schemas],
      );
      return (rows as { schema: string; table: string; column: string; next: string }[]).map((row) => ({
        schema: row.schema,
        name: `${row.table}_${row.column}_seq`,
        // AUTO_INCREMENT is the next value; the target's identity continues after lastValue.
        lastValue: BigInt(row.next) > 1n ? String(BigInt(row.next) - 1n) : null,
        ownedBy: { schema: row.schema, table: row.table, column: row.column },
      }));
    },
    // One session per check worker, outside any snapshot: check compares the source as it is now.
    openHasher: async (canonical) => canonical(rowSource(await connectMysql(url))),
    async openScanReader() {
      return {
        ...rowSource(await connectMysql(url)),
        async encodedColumns(table) {
          const mysqlTable = await tableOf(table);
          return {
            columns: mysqlTable.columns.map((column) => column.wire),
            keyColumns: mysqlTable.keyColumns,
          };
        },
      };
    },
    async close() {
      await main.end().catch(() => undefined);
    },
  };
}

/**
 * The --scan preflight on a real MariaDB and real SQLite files: NUL characters, invalid
 * UTF-8, zero dates and values of the wrong type are counted per column with the first key
 * and what the configured policy would do; the narrowest exact type of each column comes
 * from its values; `decant scan` needs no target, and `decant migrate --scan` stops before
 * anything is written.
 */
import { describe, expect, it } from 'vitest';
import { createDatabase, queryRows } from '../support/databases.js';
import { runCli, testConfig } from '../support/engine.js';
import { createMariaDatabase, execMaria, mariaDatabaseOf } from '../support/mariadb.js';
import { createSqliteFile } from './sqlite-support.js';
import {
  createEngine,
  defaultConfig,
  resolveConfig,
  type Config,
  type ScanReport,
  type TableScanReport,
} from '../../src/index.js';

function scan(source: string, overrides: Partial<Config> = {}): Promise<ScanReport> {
  const config = resolveConfig(defaultConfig(), { source, jobs: 2, dataChunkSize: 8192, ...overrides });
  return createEngine(config).scan();
}

function columnOf(report: ScanReport, table: string, column: string) {
  const found = report.tables
    .find((t) => t.table.endsWith(`.${table}`))
    ?.columns.find((c) => c.column === column);
  if (!found) throw new Error(`no column ${table}.${column} in the report`);
  return found;
}

async function mariaReadings(): Promise<string> {
  const source = await createMariaDatabase('scan');
  // No invalid UTF-8 here: MariaDB turns bad bytes into '?' on the way into a utf8mb4
  // column, whatever the client's character set. The SQLite test has some.
  await execMaria(
    source,
    `SET SESSION sql_mode = '';
     CREATE TABLE readings (
       id int PRIMARY KEY, note text, happened date, amount decimal(14,2), qty bigint,
       label varchar(255), at datetime(6), wide bigint
     ) CHARACTER SET utf8mb4;
     INSERT INTO readings VALUES
       (1, 'fine', '2024-01-01', 12.50, 5, 'abc', '2024-01-01 00:00:00', 9000000000),
       (2, CONCAT('a', CHAR(0), 'b'), '0000-00-00', 1.25, 70000, 'abcdef', '2024-01-02 00:00:00', 1),
       (3, 'ok', '2024-05-00', NULL, -3, 'héé', '2024-01-03 00:00:00', 2),
       (4, 'fine too', '2024-01-04', 0, 1, 'z', '2024-01-05 00:00:00', 4),
       (5, CONCAT('x', CHAR(0)), '2024-02-02', -99.5, 0, NULL, '2024-01-04 00:00:00', 3);
     CREATE TABLE empty_one (id int PRIMARY KEY, v text);`,
  );
  return source;
}

describe('the --scan preflight', () => {
  it('reports MySQL values PostgreSQL cannot take, with first key and outcome, and narrowest types', async () => {
    const source = await mariaReadings();
    const report = await scan(source);
    expect(report.ok).toBe(false);
    const readings = report.tables.find((t) => t.table === `${mariaDatabaseOf(source)}.readings`)!;
    expect(readings.rows).toBe(5);
    expect(report.tables.find((t) => t.table.endsWith('.empty_one'))!.rows).toBe(0);

    const note = columnOf(report, 'readings', 'note');
    expect(note.problems).toEqual([
      expect.objectContaining({
        reason: 'nul',
        count: 2,
        firstKey: 'id=2',
        // Text arrives from MySQL as UTF-8 bytes: a\0b.
        firstValue: '\\x610062',
        outcome: 'stops the copy',
      }),
    ]);
    const happened = columnOf(report, 'readings', 'happened');
    expect(happened.problems).toEqual([
      expect.objectContaining({ reason: 'date', count: 2, firstKey: 'id=2', firstValue: '"0000-00-00"' }),
    ]);
    expect(happened.problems[0]!.problem).toMatch(/zero date/);

    // Narrowest exact types from the values.
    expect(columnOf(report, 'readings', 'qty')).toMatchObject({ type: 'bigint', narrowest: 'integer' });
    expect(columnOf(report, 'readings', 'wide')).toMatchObject({ type: 'bigint', narrowest: null });
    expect(columnOf(report, 'readings', 'amount')).toMatchObject({
      type: 'numeric(14,2)',
      narrowest: 'numeric(4,2)',
      nulls: 1,
    });
    // Characters, not bytes: 'héé' is three.
    expect(columnOf(report, 'readings', 'label')).toMatchObject({ narrowest: 'character varying(6)' });
    expect(columnOf(report, 'readings', 'at')).toMatchObject({ narrowest: 'date' });
    expect(columnOf(report, 'readings', 'id')).toMatchObject({ type: 'integer', narrowest: 'smallint' });
    expect(report.summary).toMatch(/^5 rows of 2 tables scanned; 4 values would stop the copy;/);

    // Under lenient policies the same values would be changed, not stop the copy.
    const lenient = await scan(source, {
      nulCharacters: 'remove',
      invalidUtf8: 'null',
      invalidDates: 'null',
    });
    expect(lenient.ok).toBe(true);
    expect(columnOf(lenient, 'readings', 'note').problems.map((p) => p.outcome)).toEqual([
      'character removed',
    ]);
    expect(columnOf(lenient, 'readings', 'happened').problems.map((p) => p.outcome)).toEqual([
      'stored as NULL',
    ]);
    expect(lenient.summary).toMatch(
      /no value would stop the copy; 4 values would be changed by the value policies/,
    );
  });

  it('decant scan needs no target; decant migrate --scan stops before anything is written', async () => {
    const source = await mariaReadings();
    const scanned = await runCli(['scan', '--source', source]);
    expect(scanned.code, scanned.stderr).toBe(1);
    expect(scanned.stdout).toMatch(/readings: 5 rows/);
    expect(scanned.stdout).toMatch(
      /happened \(date\)\n\s+2 value\(s\): a zero date.*first at id=2: "0000-00-00"; stops the copy/,
    );
    expect(scanned.stderr).toMatch(/4 values would stop the copy/);
    // The source URL's password is never printed.
    const password = new URL(source).password;
    expect(password.length).toBeGreaterThan(0);
    expect(scanned.stdout + scanned.stderr).not.toContain(password);

    const target = await createDatabase('scan_target');
    const migrated = await runCli(['migrate', '--scan', '--source', source, '--target', target]);
    expect(migrated.code, migrated.stderr).toBe(1);
    expect(migrated.stderr).toMatch(/Nothing was written/);
    // No ledger, no schema: init never ran.
    expect(
      await queryRows(target, `SELECT nspname FROM pg_namespace WHERE nspname IN ('dbt', $1)`, [
        mariaDatabaseOf(source),
      ]),
    ).toEqual([]);

    // With the policies set, the scan passes and the migration runs on. check then names
    // exactly the rows the policies changed: nothing is changed silently.
    const passed = await runCli(
      ['migrate', '--scan', '--source', source, '--target', target, '--json', '--jobs', '2'],
      { DECANT_NUL_CHARACTERS: 'remove', DECANT_INVALID_DATES: 'null' },
    );
    const result = JSON.parse(passed.stdout.trim().split('\n').at(-1)!) as { summary: string };
    expect(result.summary).toMatch(/data: 2 table\(s\) copied \(5 rows\), 0 failed/);
    expect(passed.stdout).toMatch(/keys: different id=2; different id=3; different id=5"/);
    expect(passed.code).toBe(1);
    const lines = passed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; tables?: TableScanReport[] });
    expect(lines.find((line) => line.type === 'scan-report')?.tables?.length).toBe(2);
    expect(
      await queryRows(
        target,
        `SELECT id, note, happened::text FROM "${mariaDatabaseOf(source)}".readings ORDER BY id`,
      ),
    ).toEqual([
      { id: 1, note: 'fine', happened: '2024-01-01' },
      { id: 2, note: 'ab', happened: null },
      { id: 3, note: 'ok', happened: null },
      { id: 4, note: 'fine too', happened: '2024-01-04' },
      { id: 5, note: 'x', happened: '2024-02-02' },
    ]);
  });

  it('reports SQLite values of the wrong type, NUL characters and invalid UTF-8 by rowid or key', async () => {
    const path = createSqliteFile(`
      CREATE TABLE items (id INTEGER PRIMARY KEY, qty INTEGER, name TEXT, price NUMERIC(10,2), made DATETIME);
      INSERT INTO items VALUES (1, 10, 'a', 1.5, '2024-01-01 00:00:00'), (2, 'many', 'b' || char(0), 2.25, '2024-01-02 00:00:00'),
        (3, 300, CAST(X'FF41' AS TEXT), 3, '2024-01-03 00:00:00');
      CREATE TABLE loose (v TEXT);
      INSERT INTO loose VALUES ('x'), ('y' || char(0));`);
    const report = await scan(path);
    expect(report.ok).toBe(false);
    expect(columnOf(report, 'items', 'qty').problems).toEqual([
      expect.objectContaining({
        reason: 'format',
        count: 1,
        firstKey: 'id=2',
        firstValue: '"many"',
        outcome: 'stops the copy',
      }),
    ]);
    expect(columnOf(report, 'items', 'name').problems.map((p) => [p.reason, p.firstKey])).toEqual([
      ['nul', 'id=2'],
      ['utf8', 'id=3'],
    ]);
    // A table without a key names the row by its number.
    expect(columnOf(report, 'loose', 'v').problems[0]).toMatchObject({
      reason: 'nul',
      firstKey: 'row 2 (chunk 1)',
    });
    expect(columnOf(report, 'items', 'qty').narrowest).toBe('smallint');
    // DATETIME is text in SQLite and in the target unless sqliteNarrowTypes says otherwise.
    expect(columnOf(report, 'items', 'made')).toMatchObject({
      type: 'text',
      narrowest: 'character varying(19)',
    });
    expect(columnOf(report, 'items', 'name').narrowest).toBe('character varying(1)');
  });

  it('says a PostgreSQL source has nothing to scan', async () => {
    const source = await createDatabase('scan_pg');
    await expect(scan(source)).rejects.toMatchObject({ code: 'SCAN_UNSUPPORTED' });
  });

  it('stops a migrate --scan before init when run from the engine too', async () => {
    const source = await mariaReadings();
    const target = await createDatabase('scan_engine');
    const result = await createEngine(testConfig(source, target)).migrate({ scan: true });
    expect(result.ok).toBe(false);
    expect(result.summary).toMatch(/^scan: 5 rows of 2 tables scanned; 4 values would stop the copy/);
    expect(await queryRows(target, `SELECT 1 FROM pg_namespace WHERE nspname = 'dbt'`)).toEqual([]);
  });
});

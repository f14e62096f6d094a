/**
 * The --scan preflight: reads every selected table of the source once, as the data step
 * would, and reports per column the values PostgreSQL cannot take as they are (NUL
 * characters, invalid UTF-8, zero or out-of-range dates, values that do not fit the
 * column's type) and the narrowest exact type that holds every value. It writes nothing,
 * to the target or anywhere else, and needs no target.
 *
 * What a refused value means depends on the policies (docs/sources/value-policies.md): under
 * 'error' the copy would stop at it, otherwise the copy would change it (NULL, removed
 * character, U+FFFD). The scan says which for each, and is "ok" only when nothing would stop
 * the copy.
 */
import type { Config } from '../../core/config/schema.js';
import { DecantError } from '../../core/errors.js';
import type { RejectReason } from '../../target/copy/rejected-value.js';
import type {
  ChunkPlan,
  EncodedColumns,
  ScanReader,
  ScannedRow,
  SourceAdapter,
  TableDetails,
  TableToCopy,
} from '../../sources/source.js';
import type { EventSink } from '../events.js';
import { ColumnScan, type ColumnReport, type ProblemOutcome } from './column-scan.js';

export interface TableScanReport {
  /** schema.table in the source. */
  table: string;
  rows: number;
  columns: ColumnReport[];
}

export interface ScanReport {
  ok: boolean;
  summary: string;
  tables: TableScanReport[];
}

/** A refused value's fate under the configured policies; format and range errors always stop the copy. */
export function outcomeOf(reason: RejectReason, config: Config): ProblemOutcome {
  const policy =
    reason === 'nul'
      ? config.nulCharacters
      : reason === 'utf8'
        ? config.invalidUtf8
        : reason === 'date'
          ? config.invalidDates
          : 'error';
  switch (policy) {
    case 'null':
      return 'stored as NULL';
    case 'remove':
      return 'character removed';
    case 'replace':
      return 'bytes replaced';
    default:
      return 'stops the copy';
  }
}

/** One table being scanned: its columns' scans, fed by whichever worker reads its chunks. */
class TableScan {
  rows = 0;
  private chunksLeft: number;

  constructor(
    readonly table: TableToCopy,
    private readonly encoded: EncodedColumns,
    private readonly scans: ColumnScan[],
    chunks: number,
  ) {
    this.chunksLeft = chunks;
  }

  add(batch: readonly ScannedRow[], chunkNumber: number): void {
    const { keyColumns, columns } = this.encoded;
    for (let r = 0; r < batch.length; r++) {
      const row = batch[r]!;
      const rowNumber = this.rows + 1;
      const keyOf = (): string =>
        keyColumns.length > 0
          ? keyColumns.map((index) => `${columns[index]!.name}=${String(row[index])}`).join(', ')
          : `row ${rowNumber} (chunk ${chunkNumber + 1})`;
      for (let c = 0; c < this.scans.length; c++) this.scans[c]!.add(row[c] ?? null, keyOf, chunkNumber);
      this.rows++;
    }
  }

  /** True when this was the table's last chunk. */
  chunkDone(): boolean {
    return --this.chunksLeft === 0;
  }

  report(): TableScanReport {
    return {
      table: `${this.table.owner}.${this.table.name}`,
      rows: this.rows,
      columns: this.scans.map((scan) => scan.report()),
    };
  }
}

/** Scans the selected tables with config.jobs readers; `source` stays open for the caller to close. */
export async function scanSource(
  config: Config,
  source: SourceAdapter,
  emit: EventSink,
  signal: AbortSignal,
): Promise<ScanReport> {
  if (!source.openScanReader) {
    throw new DecantError(
      'SCAN_UNSUPPORTED',
      `${source.describe()}: a ${source.kind} source has no values PostgreSQL cannot take, so there is nothing to scan`,
      { hint: 'Run the scan for MySQL/MariaDB and SQLite sources; go on with init for this one' },
    );
  }
  const openScanReader = source.openScanReader.bind(source);
  const log = (message: string, level: 'info' | 'warn' = 'info'): void =>
    emit({ type: 'log', step: 'scan', level, message });
  const objects = await source.discover({
    schemas: config.users,
    include: config.include,
    exclude: config.exclude,
  });
  const tables = objects.flatMap((object): TableToCopy[] => {
    const details = object.details as TableDetails;
    if (object.type !== 'TABLE' || details.kind !== 'table' || details.partitioned || object.error) return [];
    return [{ owner: object.owner, name: object.name, details, dataSize: object.dataSize }];
  });
  if (tables.length === 0) {
    throw new DecantError('SOURCE_NOTHING_SELECTED', 'The selection matches no table in the source', {
      hint: 'Check --users (schemas) and the include/exclude patterns',
    });
  }
  emit({ type: 'step', step: 'scan', phase: 'start' });
  log(`scanning ${tables.length} tables of ${source.describe()} with ${config.jobs} readers`);

  const readers: ScanReader[] = [];
  const scans = new Map<TableToCopy, Promise<TableScan>>();
  const work: { table: TableToCopy; chunk: ChunkPlan; number: number }[] = [];
  const chunkCounts = new Map<TableToCopy, number>();
  for (const table of [...tables].sort((a, b) => b.dataSize - a.dataSize)) {
    const chunks = await source.planChunks(table, config.dataChunkSize);
    chunks.forEach((chunk, number) => work.push({ table, chunk, number }));
    chunkCounts.set(table, chunks.length);
  }
  const chunksOf = (table: TableToCopy): number => chunkCounts.get(table) ?? 0;
  const finished: TableScanReport[] = [];
  let tablesDone = 0;
  const tableDone = (scan: TableScan): void => {
    const report = scan.report();
    finished.push(report);
    tablesDone++;
    emit({ type: 'objects', step: 'scan', done: tablesDone, total: tables.length, current: report.table });
    const refused = report.columns.reduce((sum, c) => sum + c.problems.reduce((n, p) => n + p.count, 0), 0);
    if (refused > 0) log(`${report.table}: ${refused} values PostgreSQL cannot take as they are`, 'warn');
  };
  // A table whose plan has no chunk (empty) is done at once.
  for (const table of tables)
    if (chunksOf(table) === 0) tableDone(new TableScan(table, { columns: [], keyColumns: [] }, [], 0));

  const scanOf = (reader: ScanReader, table: TableToCopy): Promise<TableScan> => {
    let scan = scans.get(table);
    if (!scan) {
      scan = reader.encodedColumns(table).then((encoded) => {
        const copied = table.details.columns.filter((column) => column.copied);
        const columns = encoded.columns.map(
          (wire, i) =>
            new ColumnScan(wire, copied[i]?.type ?? wire.type, {
              outcomeOf: (reason) => outcomeOf(reason, config),
              // An identity goes on growing: today's largest value says nothing of its type.
              narrow: copied[i]?.identity !== true,
            }),
        );
        return new TableScan(table, encoded, columns, chunksOf(table));
      });
      scans.set(table, scan);
    }
    return scan;
  };

  let next = 0;
  const worker = async (reader: ScanReader): Promise<void> => {
    while (next < work.length && !signal.aborted) {
      const item = work[next++]!;
      const scan = await scanOf(reader, item.table);
      for await (const batch of reader.rows(item.table, item.chunk)) {
        if (signal.aborted) return;
        scan.add(batch, item.number);
      }
      if (scan.chunkDone()) tableDone(scan);
    }
  };
  try {
    const workers = Math.max(1, Math.min(config.jobs, work.length));
    for (let i = 0; i < workers; i++) readers.push(await openScanReader());
    await Promise.all(readers.map((reader) => worker(reader)));
  } finally {
    await Promise.all(readers.map((reader) => reader.close()));
  }

  finished.sort((a, b) => a.table.localeCompare(b.table));
  const judged = judge(finished);
  const report = signal.aborted
    ? {
        ok: false,
        summary: `cancelled after ${finished.length} of ${tables.length} tables: ${judged.summary}`,
        tables: finished,
      }
    : judged;
  emit({ type: 'scan-report', ...report });
  emit({ type: 'step', step: 'scan', phase: 'end', status: report.ok ? 'Succeeded' : 'Failed' });
  return report;
}

function judge(tables: TableScanReport[]): ScanReport {
  let rows = 0;
  let stopping = 0;
  let changed = 0;
  let narrower = 0;
  for (const table of tables) {
    rows += table.rows;
    for (const column of table.columns) {
      if (column.narrowest) narrower++;
      for (const problem of column.problems) {
        if (problem.outcome === 'stops the copy') stopping += problem.count;
        else changed += problem.count;
      }
    }
  }
  const parts = [`${rows} rows of ${tables.length} tables scanned`];
  parts.push(stopping > 0 ? `${stopping} values would stop the copy` : 'no value would stop the copy');
  if (changed > 0) parts.push(`${changed} values would be changed by the value policies`);
  parts.push(`${narrower} columns could take a narrower exact type`);
  return { ok: stopping === 0, summary: parts.join('; '), tables };
}

/** The check and scan reports for people. */
import type { CheckTableReport } from '../engine/events.js';
import type { TableScanReport } from '../engine/scan/scan.js';
import { formatCount } from './format.js';

export function printCheckReport(
  tables: CheckTableReport[],
  write: (s: string) => void = (s) => process.stdout.write(s),
): void {
  const width = Math.max(5, ...tables.map((t) => t.table.length));
  write(
    `\n${'table'.padEnd(width)}  ${'source rows'.padStart(12)}  ${'target rows'.padStart(12)}  chunks  result\n`,
  );
  for (const t of tables) {
    const result = t.equal
      ? t.repaired
        ? 'identical (repaired)'
        : 'identical'
      : `DIFFERENT (${t.chunksDiffering} chunk(s))`;
    write(
      `${t.table.padEnd(width)}  ${formatCount(t.sourceRows).padStart(12)}  ${formatCount(t.targetRows).padStart(12)}  ${String(t.chunks).padStart(6)}  ${result}\n`,
    );
    for (const difference of t.differences) write(`${' '.repeat(width)}    ${difference}\n`);
    if (t.note) write(`${' '.repeat(width)}    note: ${t.note}\n`);
  }
  const same = tables.filter((t) => t.equal).length;
  write(`${same} of ${tables.length} table(s) identical\n\n`);
}

/** The --scan report for people: per table, the columns with refused values or a narrower type. */
export function printScanReport(
  tables: TableScanReport[],
  write: (s: string) => void = (s) => process.stdout.write(s),
): void {
  write('\n');
  for (const table of tables) {
    const notable = table.columns.filter((column) => column.narrowest || column.problems.length > 0);
    write(
      `${table.table}: ${formatCount(table.rows)} rows${notable.length === 0 ? ', nothing to report' : ''}\n`,
    );
    for (const column of notable) {
      const narrower = column.narrowest ? `, narrowest exact type ${column.narrowest}` : '';
      write(`  ${column.column} (${column.type}${narrower})\n`);
      for (const problem of column.problems) {
        write(
          `    ${formatCount(problem.count)} value(s): ${problem.problem}; first at ${problem.firstKey}: ${problem.firstValue}; ${problem.outcome}\n`,
        );
      }
    }
  }
  write('\n');
}

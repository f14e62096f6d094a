/** The check report as a table for people. */
import type { CheckTableReport } from '../engine/events.js';
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

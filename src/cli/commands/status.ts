/** `decant status`: objects by stage with errors, table progress, workers (stalled ones named). */
import type { Command } from 'commander';
import { STAGE_NAMES, type StageLetter } from '../../core/stage.js';
import { formatBytes, formatCount } from '../format.js';

export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description(
      'show objects by type and stage with their errors, table progress, and every worker with the seconds since its last progress',
    )
    .action(async (_options, cmd: Command) => {
      const { cliContext } = await import('../context.js');
      const ctx = cliContext(cmd);
      const { createEngine } = await import('../../engine/engine.js');
      const report = await createEngine(ctx.config).status();
      if (ctx.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
        return;
      }
      const out = (s: string): boolean => process.stdout.write(`${s}\n`);
      out('Objects by type and stage:');
      for (const row of report.byStage)
        out(
          `  ${row.type.padEnd(18)} ${row.stage} ${(STAGE_NAMES[row.stage as StageLetter] ?? '').padEnd(20)} ${row.count}`,
        );
      const copying = report.tables.filter((t) => t.chunks > 0 && t.chunksDone < t.chunks);
      if (copying.length) {
        out('Tables being copied:');
        for (const t of copying)
          out(
            `  ${t.table.padEnd(30)} ${t.chunksDone}/${t.chunks} chunks  ${formatCount(t.rows)} rows  ${formatBytes(t.bytes)}`,
          );
      }
      if (report.workers.length) {
        out('Workers:');
        for (const w of report.workers) {
          const where = w.object_name ? `${w.object_name} chunk ${w.chunk_seq ?? '-'}` : '-';
          out(
            `  ${w.id.padEnd(28)} ${w.activity.padEnd(10)} ${where.padEnd(36)} last progress ${Math.round(w.seconds_since_progress)}s ago${w.stalled ? '  STALLED' : ''}`,
          );
        }
      }
      if (report.errors.length) {
        out('Errors:');
        for (const e of report.errors) out(`  ${e.type} ${e.owner}.${e.name} [${e.stage}]: ${e.error}`);
      }
    });
}

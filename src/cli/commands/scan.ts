/**
 * `decant scan`: the preflight that reads a MySQL/MariaDB or SQLite source as the data step
 * would and reports, before anything is written, the values PostgreSQL cannot take and the
 * narrowest exact type of each column. It needs no target.
 */
import type { Command } from 'commander';

export function registerScanCommand(program: Command): void {
  program
    .command('scan')
    .description(
      'read every selected table of a MySQL/MariaDB or SQLite source and report, before anything is written, values PostgreSQL cannot take (NUL characters, invalid UTF-8, zero dates, values that do not fit) and the narrowest exact type of each column; exits 0 only when no value would stop the copy. Needs no --target.',
    )
    .action(async (_options, cmd: Command) => {
      const { cliContext } = await import('../context.js');
      const ctx = cliContext(cmd);
      const [{ createEngine }, { runWithView }] = await Promise.all([
        import('../../engine/engine.js'),
        import('../run-view.js'),
      ]);
      process.exitCode = await runWithView(ctx, (onEvent) => createEngine(ctx.config, { onEvent }).scan());
    });
}

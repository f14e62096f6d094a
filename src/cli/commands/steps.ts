/**
 * The step commands (init, schema, data, constraints, check) and migrate, which runs them
 * all. Each is a thin call into the engine with a progress view. The configuration, the
 * engine and the view are loaded when a command runs, not when the program is built, so
 * `--help` and `--version` stay fast.
 */
import type { Command } from 'commander';
import type { StepName } from '../../engine/events.js';

const STEP_HELP: Record<StepName, string> = {
  init: 'discover the source objects and record them in the ledger (stage I)',
  schema: 'create tables, types, views, functions... in the target (I → D), without indexes or foreign keys',
  data: 'copy the rows of tables at D in parallel chunks from one source snapshot (D → R); resumable',
  constraints:
    'build indexes, keys, foreign keys, triggers, sequence values, refresh materialized views (R → d)',
  check:
    'compare every chunk of source and target by row count and hash (d → K); --repair copies differing chunks again',
};

export function registerStepCommands(program: Command): void {
  for (const step of Object.keys(STEP_HELP) as StepName[]) {
    const command = program.command(step).description(STEP_HELP[step]);
    if (step === 'check') command.option('--repair', 'copy differing chunks again and compare once more');
    command.action(async (_options, cmd: Command) => {
      const { cliContext } = await import('../context.js');
      const ctx = cliContext(cmd);
      const repair = cmd.opts().repair === true;
      const [{ createEngine }, { runWithView }] = await Promise.all([
        import('../../engine/engine.js'),
        import('../run-view.js'),
      ]);
      process.exitCode = await runWithView(ctx, (onEvent) =>
        createEngine(ctx.config, { onEvent }).run(step, { repair, erase: ctx.config.eraseOnInit }),
      );
    });
  }
  program
    .command('migrate')
    .description(
      'run init, schema, data, constraints and check in order, stopping at the first step that fails',
    )
    .option('--repair', 'check: copy differing chunks again')
    .option(
      '--scan',
      'first read the whole source as decant scan does and stop, before anything is written, if a value would stop the copy (MySQL/MariaDB and SQLite sources)',
    )
    .action(async (_options, cmd: Command) => {
      const { cliContext } = await import('../context.js');
      const ctx = cliContext(cmd);
      const scan = cmd.opts().scan === true;
      const [{ createEngine }, { runWithView }] = await Promise.all([
        import('../../engine/engine.js'),
        import('../run-view.js'),
      ]);
      process.exitCode = await runWithView(ctx, (onEvent) =>
        createEngine(ctx.config, { onEvent }).migrate({
          repair: cmd.opts().repair === true,
          erase: ctx.config.eraseOnInit,
          scan,
        }),
      );
    });
}

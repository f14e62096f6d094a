/**
 * The `decant` command line: global options from the config schema, one subcommand per
 * step, status and demo. Errors print one line (what failed, what to do) and exit with
 * the code documented in cli/exit-codes.ts.
 */
import { Command } from 'commander';
import { isDecantError, messageOf } from '../core/errors.js';
import { exitCodeOf } from './exit-codes.js';
import { addConfigOptions } from './options.js';
import { registerStepCommands } from './commands/steps.js';
import { registerStatusCommand } from './commands/status.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerTranslateCommand } from './commands/translate.js';
import { registerGatewayCommand } from './commands/gateway.js';
import { registerServeCommand } from './commands/serve.js';
import { registerScanCommand } from './commands/scan.js';

export function buildProgram(): Command {
  const program = new Command('decant')
    .description(
      'Move a database into PostgreSQL: schema, parallel resumable data copy, constraints, verification.',
    )
    .version('0.1.0')
    .option('--config <file>', 'YAML file of settings (any key below, e.g. "jobs: 4")')
    .option('--json', 'print one JSON object per line on stdout (progress events, results, errors)')
    .showHelpAfterError()
    .configureHelp({ showGlobalOptions: true })
    .addHelpText(
      'after',
      `
Every setting can also come from the environment as DECANT_<KEY> (e.g. DECANT_DATA_CHUNK_SIZE=32MB).
Precedence: flags, then environment, then the --config file, then defaults.

Example:
  decant migrate --source postgresql://app@old-host/shop --target postgresql://app@new-host/shop --jobs 8
  decant status --target postgresql://app@new-host/shop`,
    );
  addConfigOptions(program);
  registerStepCommands(program);
  registerScanCommand(program);
  registerStatusCommand(program);
  registerDemoCommand(program);
  registerTranslateCommand(program);
  registerGatewayCommand(program);
  registerServeCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const json = argv.includes('--json');
    if (json) {
      process.stdout.write(
        `${JSON.stringify({ type: 'error', ...(isDecantError(error) ? error.toJSON() : { code: 'INTERNAL', message: messageOf(error) }) })}\n`,
      );
    } else if (isDecantError(error)) {
      process.stderr.write(`decant: ${error.toLine()}\n`);
    } else {
      process.stderr.write(
        `decant: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    }
    process.exitCode = exitCodeOf(error);
  }
}

/**
 * Runs one piece of engine work with a progress view and prints its result: the summary
 * line, or with --json one result object. The step commands, scan and demo load it when
 * they run, so that `decant --help` does not load the progress bars.
 */
import type { EngineEvent } from '../engine/events.js';
import type { StepResult } from '../engine/steps/step.js';
import type { CliContext } from './context.js';
import { EXIT_OK, EXIT_STEP_FAILED } from './exit-codes.js';
import { createProgressView } from './progress.js';
import { printCheckReport, printScanReport } from './report.js';

export async function runWithView(
  ctx: CliContext,
  work: (onEvent: (e: EngineEvent) => void) => Promise<StepResult>,
): Promise<number> {
  const view = createProgressView(ctx.mode, ctx.config.verbose);
  const onEvent = (event: EngineEvent): void => {
    view.onEvent(event);
    if (event.type === 'check-report' && !ctx.json) printCheckReport(event.tables);
    if (event.type === 'scan-report' && !ctx.json) printScanReport(event.tables);
  };
  try {
    const result = await work(onEvent);
    view.stop();
    if (ctx.json)
      process.stdout.write(
        `${JSON.stringify({ type: 'result', ok: result.ok, summary: result.summary, at: new Date().toISOString() })}\n`,
      );
    else process.stderr.write(`${result.summary}\n`);
    return result.ok ? EXIT_OK : EXIT_STEP_FAILED;
  } catch (error) {
    view.stop();
    throw error;
  }
}

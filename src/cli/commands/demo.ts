/**
 * `decant demo`: an embedded PostgreSQL server, the bundled sample source built in it,
 * the whole migration into a second database with progress, and the check report. The
 * migration runs as an operation of the REST API's server, so the dashboard it serves on
 * loopback (printed at start) shows it live. Everything is temporary and removed at the end.
 * The embedded server, the sample source and the API server are loaded when the demo runs.
 */
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EngineEvent } from '../../engine/events.js';
import type { StepResult } from '../../engine/steps/step.js';
import { isDecantError } from '../../core/errors.js';
import { startServer, type StartedServer } from './serve.js';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'start an embedded PostgreSQL, build the bundled sample source and migrate it into a second database',
    )
    .option('--scale <factor>', 'size of the sample source (1 = a few hundred thousand rows)', '1')
    .option(
      '--listen <host:port>',
      'where the dashboard is served (another free port if taken)',
      '127.0.0.1:3000',
    )
    .option('--wait', 'keep the dashboard and the databases after the migration, until Ctrl-C')
    .action(async (options: { scale: string; listen: string; wait?: boolean }, cmd: Command) => {
      const { cliContext } = await import('../context.js');
      const ctx = cliContext(cmd, { source: 'postgresql://demo', target: 'postgresql://demo' });
      // What the demo needs beyond the command line, loaded only when it runs.
      const [
        { default: pg },
        { startEmbeddedPostgres },
        { buildSampleSource },
        { defaultConfig, resolveConfig },
        { runWithView },
      ] = await Promise.all([
        import('pg'),
        import('../../embedded/postgres-server.js'),
        import('../../demo/sample-source.js'),
        import('../../core/config/load.js'),
        import('../run-view.js'),
      ]);
      const say = (line: string): boolean => process.stderr.write(`${line}\n`);
      say('demo: starting an embedded PostgreSQL server');
      const server = await startEmbeddedPostgres();
      const stateDir = mkdtempSync(join(tmpdir(), 'decant-demo-'));
      let api: StartedServer | undefined;
      const stop = async (): Promise<void> => {
        await api?.server.close();
        rmSync(stateDir, { recursive: true, force: true });
        await server.stop();
      };
      const onSignal = (): void => void stop().finally(() => process.exit(130));
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        api = await serveDashboard(options.listen, stateDir, say);
        const source = await server.createDatabase('demo_source');
        const target = await server.createDatabase('demo_target');
        say(`demo: building the sample source (scale ${options.scale})`);
        const client = new pg.Client({ connectionString: source });
        await client.connect();
        const started = Date.now();
        const built = await buildSampleSource(client, {
          scale: Number(options.scale),
          onProgress: (m) => say(`demo: ${m}`),
        });
        await client.end();
        say(
          `demo: sample source ready: ${built.tables} tables, ${built.rows} rows in ${((Date.now() - started) / 1000).toFixed(1)}s`,
        );
        const config = resolveConfig(defaultConfig(), {
          ...ctx.config,
          source,
          target,
          jobs: ctx.config.jobs ?? availableParallelism(),
          dataChunkSize: 8 * 1024 * 1024,
        });
        const { workspace } = api.server.context;
        const { source: _source, target: _target, ...settings } = config;
        workspace.updateConfig(settings);
        workspace.saveConnection({
          id: 'source',
          type: 'PostgreSQL',
          connectionString: source,
          name: 'demo source',
        });
        workspace.saveConnection({
          id: 'target',
          type: 'PostgreSQL',
          connectionString: target,
          name: 'demo target',
        });
        process.exitCode = await runWithView(ctx, (onEvent) => migrateThroughApi(api!, onEvent));
        if (options.wait) {
          say(`demo: done; the dashboard stays at ${api.dashboardUrl} until Ctrl-C`);
          await new Promise(() => undefined);
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await stop();
      }
    });
}

/** The API server on loopback without a token; another free port if the asked one is taken. */
async function serveDashboard(
  listen: string,
  stateDir: string,
  say: (line: string) => void,
): Promise<StartedServer> {
  const quiet = (): undefined => undefined;
  let started: StartedServer;
  try {
    started = await startServer({ listen, stateDir, auth: false }, quiet);
  } catch (error) {
    if (!isDecantError(error) || error.code !== 'API_LISTEN') throw error;
    started = await startServer(
      { listen: `${listen.slice(0, listen.lastIndexOf(':'))}:0`, stateDir, auth: false },
      quiet,
    );
  }
  say(`demo: watch it at ${started.dashboardUrl}`);
  return started;
}

/** Runs every step as one API operation and relays its engine events to the progress view. */
async function migrateThroughApi(
  api: StartedServer,
  onEvent: (event: EngineEvent) => void,
): Promise<StepResult> {
  const { workspace, runner } = api.server.context;
  const operation = runner.start({
    stage: 'migrate',
    endpoints: workspace.endpoints({ source: 'source', target: 'target' }, true),
  });
  const relay = (event: { type: string; id?: unknown; event?: EngineEvent }): void => {
    if (event.type === 'engine' && event.id === operation.id) onEvent(event.event!);
  };
  runner.events.on('event', relay);
  try {
    const done = await runner.wait(operation.id);
    return { ok: done.status === 'Succeeded', summary: done.summary ?? done.status };
  } finally {
    runner.events.off('event', relay);
  }
}

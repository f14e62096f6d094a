/**
 * `decant demo`: an embedded PostgreSQL server, the bundled sample source built in it,
 * the whole migration into a second database with progress, and the check report.
 * Everything is temporary and removed at the end.
 */
import type { Command } from 'commander';
import pg from 'pg';
import { availableParallelism } from 'node:os';
import { startEmbeddedPostgres } from '../../embedded/postgres-server.js';
import { buildSampleSource } from '../../demo/sample-source.js';
import { createEngine } from '../../engine/engine.js';
import { defaultConfig, resolveConfig } from '../../core/config/load.js';
import { cliContext } from '../context.js';
import { runWithView } from './steps.js';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'start an embedded PostgreSQL, build the bundled sample source and migrate it into a second database',
    )
    .option('--scale <factor>', 'size of the sample source (1 = a few hundred thousand rows)', '1')
    .action(async (options: { scale: string }, cmd: Command) => {
      const ctx = cliContext(cmd, { source: 'postgresql://demo', target: 'postgresql://demo' });
      const say = (line: string): boolean => process.stderr.write(`${line}\n`);
      say('demo: starting an embedded PostgreSQL server');
      const server = await startEmbeddedPostgres();
      const stop = async (): Promise<void> => server.stop();
      const onSignal = (): void => void stop().finally(() => process.exit(130));
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
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
        process.exitCode = await runWithView(ctx, (onEvent) => createEngine(config, { onEvent }).migrate());
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await stop();
      }
    });
}

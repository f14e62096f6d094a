/**
 * Engines and CLI runs for tests: a config for a source/target pair, and the built CLI
 * (dist/, made by `npm test` before vitest starts) run as a child process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createEngine,
  defaultConfig,
  resolveConfig,
  type Config,
  type Engine,
  type EngineEvent,
} from '../../src/index.js';

export const CLI = fileURLToPath(new URL('../../bin/decant.js', import.meta.url));

export function testConfig(source: string, target: string, overrides: Partial<Config> = {}): Config {
  return resolveConfig(defaultConfig(), { source, target, jobs: 2, leaseSeconds: 5, ...overrides });
}

export function testEngine(config: Config, events: EngineEvent[] = []): Engine {
  return createEngine(config, { onEvent: (event) => events.push(event) });
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return startCli(args, env).done;
}

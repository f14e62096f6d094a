/**
 * What every command needs from the command line: the merged configuration and the
 * output mode. Parsing and validation errors surface here, before any connection.
 */
import type { Command } from 'commander';
import { defaultConfig, readConfigEnv, readConfigFile, resolveConfig } from '../core/config/load.js';
import type { Config } from '../core/config/schema.js';
import { configFromFlags } from './options.js';
import type { OutputMode } from './progress.js';

export interface CliContext {
  config: Config;
  mode: OutputMode;
  json: boolean;
}

export function cliContext(command: Command, overrides: Record<string, unknown> = {}): CliContext {
  const options = command.optsWithGlobals() as Record<string, unknown>;
  const file = typeof options.config === 'string' ? readConfigFile(options.config) : {};
  const config = resolveConfig(
    defaultConfig(),
    file,
    readConfigEnv(process.env),
    configFromFlags(options),
    overrides,
  );
  const json = options.json === true;
  const mode: OutputMode = json ? 'json' : process.stderr.isTTY ? 'tty' : 'plain';
  return { config, mode, json };
}

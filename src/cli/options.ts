/**
 * CLI flags derived from the config schema: every key is a flag (--data-chunk-size for
 * dataChunkSize) and an environment variable (DECANT_DATA_CHUNK_SIZE), so the flags, the
 * config file and the REST API never drift apart.
 */
import { Option, type Command } from 'commander';
import { ConfigSchema } from '../core/config/schema.js';
import { DecantError } from '../core/errors.js';

export function flagName(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** "64MB", "512kB", "1048576" → bytes. */
export function parseSize(text: string, key: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b?)\s*$/i.exec(text);
  const unit = SIZE_UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || unit === undefined) {
    throw new DecantError('CONFIG_INVALID', `Option --${flagName(key)} has a wrong value "${text}"`, {
      hint: 'Give a number of bytes, or a size such as 64MB',
      context: { key },
    });
  }
  return Math.round(Number(match[1]) * unit);
}

function parseInteger(text: string, key: string): number {
  if (!/^-?\d+$/.test(text.trim())) {
    throw new DecantError('CONFIG_INVALID', `Option --${flagName(key)} has a wrong value "${text}"`, {
      hint: 'Give a whole number',
      context: { key },
    });
  }
  return Number(text);
}

function defaultText(key: string, value: unknown): string {
  if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) return '';
  if (key === 'dataChunkSize' && typeof value === 'number') return ` (default: ${value / 1024 / 1024}MB)`;
  return ` (default: ${String(value)})`;
}

/** Adds one option per config key; `source`, `target` and `jobs` get short help. */
export function addConfigOptions(command: Command): Command {
  for (const [key, property] of Object.entries(ConfigSchema.properties) as [
    string,
    { type?: string; description?: string; default?: unknown; anyOf?: { const?: unknown }[] },
  ][]) {
    const flag = flagName(key);
    const description = property.description ?? '';
    const withDefault = `${description}${defaultText(key, property.default)}`;
    let option: Option;
    if (property.type === 'boolean') {
      // Show the flag that changes something: --no-x for settings that are on by default.
      const on = new Option(`--${flag}`, property.default === true ? description : withDefault);
      const off = new Option(
        `--no-${flag}`,
        `turn off: ${description.charAt(0).toLowerCase()}${description.slice(1)}`,
      );
      command.addOption(property.default === true ? on.hideHelp() : on);
      option = property.default === true ? off : off.hideHelp();
    } else if (property.type === 'array') {
      option = new Option(`--${flag} <list>`, `${description} (comma-separated)`).argParser(
        (value: string, previous: string[] | undefined) => [
          ...(previous ?? []),
          ...value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean),
        ],
      );
    } else if (property.type === 'integer') {
      option = new Option(`--${flag} <${key === 'dataChunkSize' ? 'size' : 'n'}>`, withDefault).argParser(
        (value: string) => (key === 'dataChunkSize' ? parseSize(value, key) : parseInteger(value, key)),
      );
    } else if (property.anyOf) {
      option = new Option(`--${flag} <choice>`, withDefault).choices(
        property.anyOf.map((member) => String(member.const)),
      );
    } else {
      option = new Option(
        `--${flag} <${key === 'source' || key === 'target' ? 'url' : 'value'}>`,
        withDefault,
      );
    }
    command.addOption(option);
  }
  command.addOption(
    new Option(
      '--erase',
      'init: drop what the target holds in the migrated schemas (same as --erase-on-init)',
    ),
  );
  return command;
}

/** The config keys given as flags (commander's camelCase names match the schema keys). */
export function configFromFlags(options: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(ConfigSchema.properties)) {
    if (options[key] !== undefined) result[key] = options[key];
  }
  if (options.erase) result.eraseOnInit = true;
  return result;
}

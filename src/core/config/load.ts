/**
 * Builds a Config from defaults, an optional YAML file, DECANT_<KEY> environment
 * variables and explicit overrides (CLI flags), in that order, and validates it.
 * Unknown keys and wrong types fail with a message that names the key.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Value } from '@sinclair/typebox/value';
import { parse as parseYaml } from 'yaml';
import { DecantError, messageOf } from '../errors.js';
import { ConfigSchema, type Config } from './schema.js';

export type PartialConfig = Partial<Record<string, unknown>>;

const KEYS = Object.keys(ConfigSchema.properties);

export function defaultConfig(): PartialConfig {
  const defaults: PartialConfig = { jobs: availableParallelism() };
  for (const [key, property] of Object.entries(ConfigSchema.properties)) {
    if ('default' in property) defaults[key] = structuredClone(property.default);
  }
  return defaults;
}

export function readConfigFile(path: string): PartialConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DecantError('CONFIG_FILE', `Cannot read the configuration file ${path}: ${messageOf(error)}`, {
      hint: 'Check the path given to --config',
      cause: error,
    });
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(text);
  } catch (error) {
    throw new DecantError(
      'CONFIG_FILE',
      `The configuration file ${path} is not valid YAML: ${messageOf(error)}`,
      {
        hint: 'Fix the YAML syntax at the position shown',
        cause: error,
      },
    );
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new DecantError(
      'CONFIG_FILE',
      `The configuration file ${path} must hold a mapping of keys to values`,
      {
        hint: 'Write one "key: value" per line, e.g. "jobs: 4"',
      },
    );
  }
  return parsed as PartialConfig;
}

/**
 * Keys with a choice named 'null' (invalidDates: null). YAML, in a file or a DECANT_
 * variable, reads a bare null as no value; it means the choice.
 */
const NULL_CHOICE_KEYS = KEYS.filter((key) =>
  ((ConfigSchema.properties as Record<string, { anyOf?: { const?: unknown }[] }>)[key]?.anyOf ?? []).some(
    (choice) => choice.const === 'null',
  ),
);

/** DECANT_DATA_CHUNK_SIZE=... → dataChunkSize; values are YAML scalars (numbers, booleans, lists). */
export function readConfigEnv(env: NodeJS.ProcessEnv): PartialConfig {
  const result: PartialConfig = {};
  for (const key of KEYS) {
    const value = env[envName(key)];
    if (value !== undefined && value !== '') {
      result[key] = key === 'source' || key === 'target' ? value : parseYaml(value);
    }
  }
  return result;
}

export function envName(key: string): string {
  return `DECANT_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

/** Merges layers left to right and validates the result; missing URLs are checked by the caller. */
export function resolveConfig(...layers: PartialConfig[]): Config {
  const merged: PartialConfig = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) if (value !== undefined) merged[key] = value;
  }
  for (const key of Object.keys(merged)) {
    if (!KEYS.includes(key)) {
      const close = KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
      throw new DecantError('CONFIG_INVALID', `Unknown configuration key "${key}"`, {
        hint: close ? `Did you mean "${close}"?` : `Known keys: ${KEYS.join(', ')}`,
        context: { key },
      });
    }
  }
  for (const key of NULL_CHOICE_KEYS) if (merged[key] === null) merged[key] = 'null';
  merged.source ??= '';
  merged.target ??= '';
  const firstError = Value.Errors(ConfigSchema, merged).First();
  if (firstError) {
    const key = firstError.path.replace(/^\//, '').split('/')[0] ?? firstError.path;
    throw new DecantError(
      'CONFIG_INVALID',
      `Configuration key "${key}" has a wrong value ${JSON.stringify(firstError.value)}: ${firstError.message.toLowerCase()}`,
      { hint: `Expected: ${describeKey(key)}`, context: { key } },
    );
  }
  return merged as Config;
}

export function describeKey(key: string): string {
  const property = (ConfigSchema.properties as Record<string, { type?: string; description?: string }>)[key];
  if (!property) return 'a known key';
  return `${property.type ?? 'value'} (${property.description ?? ''})`;
}

import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, envName, readConfigEnv, readConfigFile, resolveConfig } from './load.js';
import type { DecantError } from '../errors.js';

function errorOf(fn: () => unknown): DecantError {
  try {
    fn();
  } catch (error) {
    return error as DecantError;
  }
  throw new Error('expected an error');
}

describe('configuration', () => {
  it('layers defaults, file, environment and flags, later winning', () => {
    const config = resolveConfig(defaultConfig(), { jobs: 3, users: ['a'] }, { jobs: 5 }, { verbose: 2 });
    expect(config).toMatchObject({
      jobs: 5,
      users: ['a'],
      verbose: 2,
      ledgerSchema: 'dbt',
      dataChunkSize: 64 * 1024 * 1024,
    });
  });

  it.each([
    [{ jobz: 3 }, /Unknown configuration key "jobz"/, /Did you mean|Known keys/],
    [{ Jobs: 3 }, /Unknown configuration key "Jobs"/, /Did you mean "jobs"/],
    [{ jobs: 'many' }, /"jobs" has a wrong value "many"/, /integer/],
    [{ eraseOnInit: 'yes' }, /"eraseOnInit" has a wrong value/, /boolean/],
    [{ users: 'hr' }, /"users" has a wrong value/, /array/],
    [{ ledgerSchema: 'drop table' }, /"ledgerSchema" has a wrong value/, /string/],
    [{ nulCharacters: 'strip' }, /"nulCharacters" has a wrong value "strip"/, /error|remove|null/],
  ])('rejects %j with a message that names the key', (layer, message, hint) => {
    const error = errorOf(() => resolveConfig(defaultConfig(), layer));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toMatch(message);
    expect(error.hint).toMatch(hint);
  });

  it('reads DECANT_ environment variables as YAML scalars', () => {
    expect(envName('dataChunkSize')).toBe('DECANT_DATA_CHUNK_SIZE');
    expect(
      readConfigEnv({
        DECANT_JOBS: '7',
        DECANT_USERS: '[hr, sales]',
        DECANT_SOURCE: 'postgresql://x/y',
        DECANT_OTHER: '1',
      }),
    ).toEqual({
      jobs: 7,
      users: ['hr', 'sales'],
      source: 'postgresql://x/y',
    });
  });

  it("takes a bare YAML null as the choice named 'null', and null as no value elsewhere", () => {
    const config = resolveConfig(
      defaultConfig(),
      readConfigEnv({
        DECANT_INVALID_DATES: 'null',
        DECANT_INVALID_UTF8: '~',
        DECANT_NUL_CHARACTERS: 'remove',
      }),
    );
    expect([config.invalidDates, config.invalidUtf8, config.nulCharacters]).toEqual([
      'null',
      'null',
      'remove',
    ]);
    expect(() => resolveConfig(defaultConfig(), readConfigEnv({ DECANT_MYSQL_ENUMS: 'null' }))).toThrow(
      /"mysqlEnums" has a wrong value null/,
    );
  });

  it('reads YAML files and explains bad ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'decant-config-'));
    writeFileSync(join(dir, 'good.yaml'), 'jobs: 4\nusers: [hr]\n');
    writeFileSync(join(dir, 'bad.yaml'), 'jobs: [4\n');
    writeFileSync(join(dir, 'list.yaml'), '- 1\n- 2\n');
    expect(readConfigFile(join(dir, 'good.yaml'))).toEqual({ jobs: 4, users: ['hr'] });
    expect(errorOf(() => readConfigFile(join(dir, 'bad.yaml'))).message).toMatch(/not valid YAML/);
    expect(errorOf(() => readConfigFile(join(dir, 'list.yaml'))).message).toMatch(/mapping/);
    expect(errorOf(() => readConfigFile(join(dir, 'missing.yaml'))).code).toBe('CONFIG_FILE');
  });
});

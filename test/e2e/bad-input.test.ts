/**
 * Issue 2, point 9: bad input through the real CLI (dist/, built by `npm run build`).
 * Each case must end with a non-zero exit code from the error registry, ONE line on
 * stderr that starts with `decant: ` and names the problem and the fix, no password in
 * any output, and nothing written to the target (no ledger, no new relation). With
 * --json, the error is one JSON object of type 'error' carrying the code.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '../../src/index.js';
import { freeLoopbackPort } from '../../src/embedded/postgres-server.js';
import { execSql, queryRows, serverUrl, sourceAndTarget } from '../support/databases.js';
import { runCli, type CliResult } from '../support/engine.js';

/** User relations of a database: what a run that was refused must leave as it was. */
async function footprint(url: string): Promise<{ relations: number; ledger: boolean }> {
  const [row] = await queryRows<{ relations: number; ledger: boolean }>(
    url,
    `SELECT (SELECT count(*)::int FROM pg_class WHERE relnamespace NOT IN
              (SELECT oid FROM pg_namespace WHERE nspname LIKE 'pg\\_%' OR nspname = 'information_schema')) AS relations,
            EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'dbt') AS ledger`,
  );
  return row!;
}

/** A source with one table, an empty target, and their footprints before the run. */
async function pair(): Promise<{
  source: string;
  target: string;
  before: { source: unknown; target: unknown };
}> {
  const { source, target } = await sourceAndTarget();
  await execSql(
    source,
    `CREATE TABLE public.items (id int PRIMARY KEY, name text); INSERT INTO public.items VALUES (1, 'one'), (2, 'two')`,
  );
  return { source, target, before: { source: await footprint(source), target: await footprint(target) } };
}

async function expectUntouched(p: Awaited<ReturnType<typeof pair>>): Promise<void> {
  expect(await footprint(p.target), 'target after the refused run').toEqual(p.before.target);
  expect(await footprint(p.target)).toMatchObject({ ledger: false });
  expect(await footprint(p.source), 'source after the refused run').toEqual(p.before.source);
}

function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

const REAL_PASSWORD = (): string => decodeURIComponent(new URL(serverUrl()).password);
const WRONG_PASSWORD = 'Wr0ng-Secret-Pa55word';

interface Refusal {
  code: ErrorCode;
  /** Each must appear in the error line: the problem and the fix. */
  words: RegExp[];
}

/** The one-line refusal every case must produce. */
function expectRefused(result: CliResult, { code, words }: Refusal): string {
  const lines = result.stderr.replace(/\n$/, '').split('\n');
  const line = lines.at(-1) ?? '';
  expect.soft(line, `stderr: ${result.stderr}`).toMatch(/^decant: \S/);
  for (const word of words) expect.soft(line).toMatch(word);
  expect.soft(lines, 'stderr must be exactly one line').toEqual([line]);
  expect.soft(result.stdout).toBe('');
  expect.soft(result.signal).toBeNull();
  expect.soft(result.code, `exit code for ${code}; stderr: ${result.stderr}`).toBe(ERROR_CODES[code].exit);
  expect(ERROR_CODES[code].exit).not.toBe(0);
  return line;
}

function expectNoSecrets(result: CliResult, secrets: string[]): void {
  for (const secret of secrets) {
    expect.soft(result.stdout).not.toContain(secret);
    expect.soft(result.stderr).not.toContain(secret);
  }
}

/** Refused in one line, no password shown, nothing written to either database. */
async function expectCleanRefusal(
  result: CliResult,
  p: Awaited<ReturnType<typeof pair>>,
  refusal: Refusal,
  secrets: string[] = [REAL_PASSWORD()],
): Promise<void> {
  expectRefused(result, refusal);
  expectNoSecrets(result, secrets);
  await expectUntouched(p);
}

/** --json: every stdout line is JSON, the last is the only error object, and it carries the code. */
function expectJsonError(result: CliResult, code: ErrorCode): Record<string, unknown> {
  const lines = result.stdout.trim().split('\n');
  const objects = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const errors = objects.filter((o) => o.type === 'error');
  expect.soft(errors).toHaveLength(1);
  expect.soft(objects.at(-1)).toBe(errors[0]);
  expect.soft(errors[0]).toMatchObject({ type: 'error', code });
  expect.soft(typeof errors[0]!.message).toBe('string');
  expect.soft(result.stderr).toBe('');
  expect.soft(result.code).toBe(ERROR_CODES[code].exit);
  return errors[0]!;
}

let configDir = '';

beforeAll(async () => {
  configDir = await mkdtemp(join(tmpdir(), 'decant-bad-input-'));
});

afterAll(async () => {
  await rm(configDir, { recursive: true, force: true });
});

async function configFile(name: string, text: string): Promise<string> {
  const path = join(configDir, name);
  await writeFile(path, text);
  return path;
}

describe('bad input: connections', () => {
  it('an unreachable target host', async () => {
    const p = await pair();
    const port = await freeLoopbackPort();
    const target = `postgresql://postgres:${encodeURIComponent(REAL_PASSWORD())}@127.0.0.1:${port}/nowhere`;
    const result = await runCli(['migrate', '--source', p.source, '--target', target]);
    await expectCleanRefusal(
      result,
      p,
      {
        code: 'CONNECT_UNREACHABLE',
        words: [/target/, new RegExp(`127\\.0\\.0\\.1:${port}`), /reach/i, /server is running/],
      },
      [REAL_PASSWORD()],
    );
    expect(await footprint(p.source)).toEqual(p.before.source);
  });

  it('an unreachable source host', async () => {
    const p = await pair();
    const port = await freeLoopbackPort();
    const source = `postgresql://postgres:${encodeURIComponent(REAL_PASSWORD())}@127.0.0.1:${port}/nowhere`;
    const result = await runCli(['migrate', '--source', source, '--target', p.target]);
    expectRefused(result, {
      code: 'CONNECT_UNREACHABLE',
      words: [/source/, new RegExp(`127\\.0\\.0\\.1:${port}`), /reach/i, /server is running/],
    });
    expectNoSecrets(result, [REAL_PASSWORD()]);
  });

  it('a wrong password for the target', async () => {
    const p = await pair();
    const result = await runCli([
      'migrate',
      '--source',
      p.source,
      '--target',
      withPassword(p.target, WRONG_PASSWORD),
    ]);
    await expectCleanRefusal(
      result,
      p,
      { code: 'CONNECT_AUTH', words: [/target/, /password/, /user name and password/] },
      [WRONG_PASSWORD, REAL_PASSWORD()],
    );
  });

  it('a wrong password for the source', async () => {
    const p = await pair();
    const result = await runCli([
      'migrate',
      '--source',
      withPassword(p.source, WRONG_PASSWORD),
      '--target',
      p.target,
    ]);
    await expectCleanRefusal(
      result,
      p,
      { code: 'CONNECT_AUTH', words: [/source/, /password/, /user name and password/] },
      [WRONG_PASSWORD, REAL_PASSWORD()],
    );
  });

  it('a missing source database', async () => {
    const p = await pair();
    const result = await runCli([
      'migrate',
      '--source',
      withDatabase(p.source, 'no_such_source_db'),
      '--target',
      p.target,
    ]);
    await expectCleanRefusal(result, p, {
      code: 'CONNECT_DATABASE',
      words: [/source/, /no_such_source_db/, /CREATE DATABASE|fix the name/i],
    });
  });

  it('a missing target database, which is not created either', async () => {
    const p = await pair();
    const result = await runCli([
      'migrate',
      '--source',
      p.source,
      '--target',
      withDatabase(p.target, 'no_such_target_db'),
    ]);
    await expectCleanRefusal(
      result,
      p,
      {
        code: 'CONNECT_DATABASE',
        words: [/target/, /no_such_target_db/, /CREATE DATABASE|fix the name/i],
      },
      [REAL_PASSWORD()],
    );
    const databases = await queryRows(
      serverUrl(),
      `SELECT 1 FROM pg_database WHERE datname = 'no_such_target_db'`,
    );
    expect(databases).toEqual([]);
  });

  it('a target that is not a URL', async () => {
    const p = await pair();
    const result = await runCli(['migrate', '--source', p.source, '--target', 'not-a-url']);
    await expectCleanRefusal(result, p, {
      code: 'CONFIG_INVALID',
      words: [/target/, /not-a-url|not a (valid )?URL/i, /postgresql:\/\//],
    });
  });

  it('--json: an unreachable host is one error object', async () => {
    const p = await pair();
    const port = await freeLoopbackPort();
    const target = `postgresql://postgres:${encodeURIComponent(REAL_PASSWORD())}@127.0.0.1:${port}/nowhere`;
    const result = await runCli(['migrate', '--json', '--source', p.source, '--target', target]);
    const error = expectJsonError(result, 'CONNECT_UNREACHABLE');
    expect(String(error.hint)).toMatch(/server is running/);
    expectNoSecrets(result, [REAL_PASSWORD()]);
  });

  it('--json: a wrong password is one error object without the password', async () => {
    const p = await pair();
    const result = await runCli([
      'migrate',
      '--json',
      '--source',
      withPassword(p.source, WRONG_PASSWORD),
      '--target',
      p.target,
    ]);
    expectJsonError(result, 'CONNECT_AUTH');
    expectNoSecrets(result, [WRONG_PASSWORD, REAL_PASSWORD()]);
    await expectUntouched(p);
  });
});

describe('bad input: selection and target', () => {
  it('a missing schema in --users', async () => {
    const p = await pair();
    const result = await runCli([
      'migrate',
      '--source',
      p.source,
      '--target',
      p.target,
      '--users',
      'nosuchschema',
    ]);
    await expectCleanRefusal(result, p, {
      code: 'SOURCE_SCHEMA_MISSING',
      words: [/"nosuchschema"/, /public/, /users/],
    });
  });

  it('--json: a missing schema is one error object', async () => {
    const p = await pair();
    const result = await runCli([
      'migrate',
      '--json',
      '--source',
      p.source,
      '--target',
      p.target,
      '--users',
      'nosuchschema',
    ]);
    const error = expectJsonError(result, 'SOURCE_SCHEMA_MISSING');
    expect(String(error.message)).toContain('nosuchschema');
    await expectUntouched(p);
  });

  it('a non-empty target is refused without --erase, and migrated with it', async () => {
    const p = await pair();
    await execSql(
      p.target,
      `CREATE TABLE public.already_here (x int); INSERT INTO public.already_here VALUES (42)`,
    );
    const before = await footprint(p.target);
    const refused = await runCli(['migrate', '--source', p.source, '--target', p.target]);
    expectRefused(refused, {
      code: 'TARGET_NOT_EMPTY',
      words: [/already/, /public\.already_here/, /--erase/],
    });
    expectNoSecrets(refused, [REAL_PASSWORD()]);
    expect(await footprint(p.target)).toEqual(before);
    expect(await queryRows(p.target, 'SELECT x FROM public.already_here')).toEqual([{ x: 42 }]);

    const erased = await runCli(['migrate', '--source', p.source, '--target', p.target, '--erase']);
    expect(erased.code, erased.stderr).toBe(0);
    expectNoSecrets(erased, [REAL_PASSWORD()]);
    expect(await queryRows(p.target, 'SELECT id, name FROM public.items ORDER BY id')).toEqual([
      { id: 1, name: 'one' },
      { id: 2, name: 'two' },
    ]);
    expect(await queryRows(p.target, `SELECT 1 FROM pg_class WHERE relname = 'already_here'`)).toEqual([]);
    const stages = await queryRows<{ stage: string }>(
      p.target,
      `SELECT stage FROM dbt.migration_objects WHERE type = 'TABLE'`,
    );
    expect(stages).toEqual([{ stage: 'K' }]);
  });
});

describe('bad input: configuration', () => {
  const cases: { name: string; yaml?: string; flags?: string[]; code: ErrorCode; words: RegExp[] }[] = [
    {
      name: 'an unknown key in the YAML file',
      yaml: 'jobs: 2\nchunkSize: 4\n',
      code: 'CONFIG_INVALID',
      words: [/"chunkSize"/, /[Uu]nknown/, /Known keys: .*dataChunkSize/],
    },
    {
      name: 'a misspelt key in the YAML file',
      yaml: 'JOBS: 2\n',
      code: 'CONFIG_INVALID',
      words: [/"JOBS"/, /[Uu]nknown/, /Did you mean "jobs"/],
    },
    {
      name: 'an ill-typed key in the YAML file',
      yaml: 'jobs: many\n',
      code: 'CONFIG_INVALID',
      words: [/"jobs"/, /"many"/, /integer/],
    },
    {
      name: 'an ill-typed boolean in the YAML file',
      yaml: 'eraseOnInit: maybe\n',
      code: 'CONFIG_INVALID',
      words: [/"eraseOnInit"/, /"maybe"/, /boolean/],
    },
    {
      name: 'a YAML file that is not a mapping',
      yaml: '- jobs\n- 4\n',
      code: 'CONFIG_FILE',
      words: [/mapping/, /jobs: 4/],
    },
    {
      name: 'an ill-typed --jobs flag',
      flags: ['--jobs', 'many'],
      code: 'CONFIG_INVALID',
      words: [/--jobs/, /"many"/, /whole number/],
    },
    {
      name: 'an ill-typed --data-chunk-size flag',
      flags: ['--data-chunk-size', 'lots'],
      code: 'CONFIG_INVALID',
      words: [/--data-chunk-size/, /"lots"/, /64MB/],
    },
    {
      name: 'an out-of-range --jobs flag',
      flags: ['--jobs', '0'],
      code: 'CONFIG_INVALID',
      words: [/"jobs"/, /0/],
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const p = await pair();
      const args = ['migrate', '--source', p.source, '--target', p.target, ...(c.flags ?? [])];
      if (c.yaml !== undefined)
        args.push('--config', await configFile(`${c.name.replace(/\W+/g, '-')}.yaml`, c.yaml));
      const result = await runCli(args);
      await expectCleanRefusal(result, p, { code: c.code, words: c.words });
    });
  }

  it('a missing --config file', async () => {
    const p = await pair();
    const result = await runCli([
      'migrate',
      '--source',
      p.source,
      '--target',
      p.target,
      '--config',
      join(configDir, 'absent.yaml'),
    ]);
    expectRefused(result, { code: 'CONFIG_FILE', words: [/absent\.yaml/, /--config/] });
    await expectUntouched(p);
  });

  it('--json: an unknown YAML key is one error object naming the key', async () => {
    const p = await pair();
    const path = await configFile('json-unknown.yaml', 'chunkSize: 4\n');
    const result = await runCli([
      'migrate',
      '--json',
      '--source',
      p.source,
      '--target',
      p.target,
      '--config',
      path,
    ]);
    const error = expectJsonError(result, 'CONFIG_INVALID');
    expect(error.context).toMatchObject({ key: 'chunkSize' });
    await expectUntouched(p);
  });
});

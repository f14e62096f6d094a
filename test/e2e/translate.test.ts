/**
 * `decant translate` as people and scripts run it: the built CLI on a small SQL*Plus script
 * holding a statement that translates, one that translates with a note to review and one that
 * cannot be translated; the PostgreSQL on stdout, the report, the JSON report and exit codes.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'libpg-query';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../support/databases.js';
import { CLI, runCli, type CliResult } from '../support/engine.js';

const SCRIPT = [
  'SET ECHO OFF',
  'PROMPT three statements',
  'SELECT ename, NVL(comm, 0) FROM emp WHERE ROWNUM <= 3;',
  '-- the variable is not set in PostgreSQL: a note to review',
  'INSERT INTO emp (empno) VALUES (1) RETURNING empno INTO :new_id;',
  'SELECT *',
  '  FROM emp@remote_db',
  '/',
  '',
].join('\n');

/** The CLI with `input` on its standard input. */
function runWithInput(args: string[], input: string): Promise<CliResult> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(input);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

async function scriptFile(text: string): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'decant-translate-')), 'script.sql');
  await writeFile(file, text);
  return file;
}

describe('decant translate', () => {
  it('prints PostgreSQL, keeps the unsupported statement as a comment block, and exits 9', async () => {
    const run = await runCli(['translate', await scriptFile(SCRIPT)]);
    expect(run.stdout).toBe(
      [
        'SELECT ename, COALESCE(comm, 0) FROM emp LIMIT 3;',
        '-- decant: review at 5:46: RETURNING ... INTO: PostgreSQL returns the values as a result row instead of setting the variables',
        'INSERT INTO emp (empno) VALUES (1) RETURNING empno;',
        '-- decant: unsupported at 7:11: a database link at line 7, column 11 cannot be translated: PostgreSQL cannot reach another database from a query',
        '-- decant: hint: copy the remote data into the target, or use postgres_fdw by hand',
        '-- SELECT *',
        '--   FROM emp@remote_db;',
        '',
      ].join('\n'),
    );
    // The whole output, comment blocks included, is a script PostgreSQL's parser accepts.
    await expect(parse(run.stdout)).resolves.toBeTruthy();
    expect(run.code).toBe(9);
    expect(run.stderr).toContain('not every statement translated');
    expect(run.stderr).toContain('run with --report');
  });

  it('prints the report on stderr with --report, one line per statement and the totals', async () => {
    const run = await runCli(['translate', await scriptFile(SCRIPT), '--report']);
    expect(run.code).toBe(9);
    expect(run.stdout).toContain('SELECT ename, COALESCE(comm, 0) FROM emp LIMIT 3;');
    expect(run.stderr).not.toContain('COALESCE');
    const lines = run.stderr.split('\n');
    expect(lines).toContain('3:1   translated   SELECT');
    expect(lines).toContain('5:1   review       INSERT INTO emp');
    expect(lines).toContain('6:1   UNSUPPORTED  SELECT');
    expect(run.stderr).toContain('review: 5:46 RETURNING ... INTO: PostgreSQL returns the values');
    expect(run.stderr).toContain('why: a database link at line 7, column 11 cannot be translated');
    expect(run.stderr).toContain('hint: copy the remote data into the target');
    expect(run.stderr).toContain(
      'SQL*Plus lines set aside (not SQL): 1: SET ECHO OFF; 2: PROMPT three statements',
    );
    expect(run.stderr).toContain(
      '3 statements: 1 translated, 1 translated with notes to review, 1 unsupported; 2 SQL*Plus line(s) set aside',
    );
  });

  it('reads standard input with "-" and prints one JSON report with --json, then the error', async () => {
    const run = await runWithInput(['translate', '-', '--json'], SCRIPT);
    expect(run.code).toBe(9);
    const [report, error, ...rest] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rest).toEqual([]);
    expect(report).toMatchObject({
      type: 'translation',
      ok: false,
      totals: { statements: 3, translated: 1, review: 1, unsupported: 1, setAside: 2 },
    });
    const statements = report!.statements as Record<string, unknown>[];
    expect(statements.map((s) => [s.line, s.column, s.label, s.status])).toEqual([
      [3, 1, 'SELECT', 'translated'],
      [5, 1, 'INSERT INTO emp', 'review'],
      [6, 1, 'SELECT', 'unsupported'],
    ]);
    expect(statements[1]).toMatchObject({
      sql: 'INSERT INTO emp (empno) VALUES (1) RETURNING empno',
      diagnostics: [{ severity: 'review', construct: 'RETURNING ... INTO', line: 5, column: 46 }],
    });
    expect(statements[2]).toMatchObject({
      oracle: 'SELECT *\n  FROM emp@remote_db',
      error: { code: 'TRANSLATE_UNSUPPORTED' },
      diagnostics: [{ severity: 'unsupported', construct: 'a database link', line: 7, column: 11 }],
    });
    expect(statements[2]).not.toHaveProperty('sql');
    expect(error).toMatchObject({ type: 'error', code: 'TRANSLATE_PARTIAL' });
  });

  it('exits 0 when every statement translated, notes to review included, and reads stdin without a file', async () => {
    const run = await runWithInput(
      ['translate', '--compat-schema', 'ora', '--report'],
      'SELECT SUBSTR(ename, -2) FROM emp;\nUPDATE emp SET sal = sal WHERE empno = :id RETURNING sal INTO :s;\n',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('SELECT ora.substr(ename, -2) FROM emp;\n');
    expect(run.stdout).toContain('UPDATE emp SET sal = sal WHERE empno = $1 RETURNING sal;\n');
    expect(run.stderr).toContain(
      '2 statements: 1 translated, 1 translated with notes to review, 0 unsupported',
    );
  });

  it('prints the compatibility functions for a schema of our choice, and they install and answer', async () => {
    const run = await runCli(['translate', '--print-compat-sql', '--compat-schema', 'ora']);
    expect(run.code).toBe(0);
    const client = new pg.Client({ connectionString: await createDatabase('translate_cli') });
    await client.connect();
    try {
      await client.query(run.stdout);
      // SUBSTR with a negative position counts from the end (Oracle's SUBSTR documentation).
      const { rows } = await client.query<{ s: string }>("SELECT ora.substr('Decant', -3) AS s");
      expect(rows).toEqual([{ s: 'ant' }]);
    } finally {
      await client.end();
    }
  });

  it('--schema gives the queries the column types of another script, so date arithmetic is exact', async () => {
    const schema = await scriptFile(
      'CREATE TABLE orders (id NUMBER(10) PRIMARY KEY, placed DATE, shipped DATE);\nALTER TABLE orders ADD (due DATE);\n',
    );
    const queries = await scriptFile(
      'SELECT id, shipped - placed AS days FROM orders WHERE due + 1 > shipped ORDER BY id;\n',
    );
    const run = await runCli(['translate', '--schema', schema, queries]);
    expect(run.code).toBe(0);
    const client = new pg.Client({ connectionString: await createDatabase('translate_schema') });
    await client.connect();
    try {
      await client.query((await runCli(['translate', '--print-compat-sql'])).stdout);
      await client.query((await runCli(['translate', schema])).stdout);
      await client.query(`INSERT INTO orders VALUES
        (1, '2026-01-01 00:00:00', '2026-01-03 12:00:00', '2026-01-05 00:00:00'),
        (2, '2026-01-01 00:00:00', '2026-01-09 00:00:00', '2026-01-05 00:00:00')`);
      // Oracle: DATE - DATE is a NUMBER of days; DATE + 1 is the next day. Order 2 shipped
      // four days after its due date, beyond the day of grace.
      const { rows } = await client.query<{ id: string; days: string }>(run.stdout);
      expect(rows.map((r) => [r.id, Number(r.days)])).toEqual([['1', 2.5]]);
    } finally {
      await client.end();
    }
  });

  it('refuses a --schema file that declares no table', async () => {
    const run = await runCli([
      'translate',
      '--schema',
      await scriptFile('SELECT 1 FROM dual;\n'),
      await scriptFile('SELECT 1 FROM dual;\n'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('declares no table');
  });

  it('refuses an unreadable file with a hint and exit status 2', async () => {
    const run = await runCli(['translate', join(tmpdir(), 'decant-no-such-script.sql')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('cannot read');
    expect(run.stderr).toContain('give the path of a readable Oracle script');
  });

  it('answers --help with its options and exit codes', async () => {
    const help = await runCli(['translate', '--help']);
    expect(help.code).toBe(0);
    for (const word of [
      '--report',
      '--schema',
      '--compat-schema',
      '--number-without-precision',
      'TRANSLATE_PARTIAL',
      '--json',
    ])
      expect(help.stdout).toContain(word);
  });
});

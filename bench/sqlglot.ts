/**
 * sqlglot, the established Oracle → PostgreSQL transpiler the translator benchmarks compare
 * with, reached through bench/sqlglot_helper.py: one Python process per request, JSON in and
 * out, times taken inside Python. Finds a Python that has sqlglot (Debian's python3-sqlglot
 * installs it for /usr/bin/python3, which may not be the python3 first on PATH) and fails
 * loudly when there is none. Nothing is installed from PyPI.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const HELPER = fileURLToPath(new URL('./sqlglot_helper.py', import.meta.url));
const CANDIDATES = [process.env['SQLGLOT_PYTHON'], '/usr/bin/python3', 'python3'].filter((p): p is string =>
  Boolean(p),
);

let python: string | undefined;

/** The first Python that imports sqlglot; throws with what to install when none does. */
export function sqlglotPython(): string {
  if (python) return python;
  for (const candidate of CANDIDATES) {
    const probe = spawnSync(candidate, ['-c', 'import sqlglot'], { stdio: 'ignore' });
    if (probe.status === 0) return (python = candidate);
  }
  throw new Error(
    `sqlglot is not installed for any of ${CANDIDATES.join(', ')}. Install Debian's package: ` +
      'apt-get install -y python3-sqlglot (it installs for /usr/bin/python3), or set SQLGLOT_PYTHON ' +
      'to a Python that has it.',
  );
}

/** Sends one request to the helper and returns its JSON answer. */
export function askSqlglot<T>(request: Record<string, unknown>): Promise<T> {
  const child = spawn(sqlglotPython(), [HELPER], { stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  let err = '';
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdin.end(JSON.stringify(request));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`sqlglot helper exited with ${code}: ${err.trim().slice(-2000)}`));
      else resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as T);
    });
  });
}

export interface SqlglotVersion {
  version: string;
  python: string;
}

export const sqlglotVersion = (): Promise<SqlglotVersion> => askSqlglot({ mode: 'version' });

export type SqlglotResult = { ok: true; sql: string } | { ok: false; error: string };

/** Each statement through `sqlglot.transpile(sql, read='oracle', write='postgres')`. */
export async function sqlglotTranspile(statements: readonly string[]): Promise<SqlglotResult[]> {
  const answer = await askSqlglot<{ results: SqlglotResult[] }>({ mode: 'transpile', statements });
  return answer.results;
}

export interface SqlglotBench {
  /** The script's statements one by one (a whole-text call grows quadratically). */
  scriptSeconds: number;
  /** Statements it refused there. */
  scriptFailed: number;
  /** One whole-text call on each of `wholeScripts`. */
  wholeScriptSeconds: number[];
  perStatementNs: number[][];
}

export const sqlglotBench = (request: {
  scriptStatements: readonly string[];
  wholeScripts: readonly string[];
  statements: readonly string[];
  warmup: number;
  iterations: number;
}): Promise<SqlglotBench> => askSqlglot({ mode: 'bench', ...request });

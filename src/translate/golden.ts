/**
 * Reads the golden case files (CONVENTIONS.md §5), `*.cases.sql`:
 *
 *   -- case: what the case shows
 *   -- review: CONSTRUCT            (optional: a review note on this construct is expected)
 *   -- options: {"typeMap": ...}     (optional: TranslateOptions as JSON; columnTypes as nested objects)
 *   SELECT ... FROM dual;            the source statement (Oracle, or the dialect whose folder,
 *                                    dialects/<name>/, holds the file): lines up to one ending
 *                                    in `;` (or a `/` line)
 *   SELECT ...;                      the expected PostgreSQL: lines up to one ending in `;`,
 *                                    joined with single spaces
 *   -- rows: [[1, "a"], [2, null]]   (optional: run the output on PostgreSQL, expect these rows)
 *
 * A DML case can check its effect: `-- check: SELECT ...` before `-- rows:` runs that query
 * after the translated statement, in the same transaction, which is then rolled back.
 *
 *   -- case: a refusal
 *   -- expect-error: TRANSLATE_UNSUPPORTED at 1:17
 *   SELECT ...;
 *
 * Test support only: the runner is golden.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { TranslateOptions } from './dialects/dialect.js';

export interface GoldenCase {
  readonly file: string;
  /** Line of `-- case:` in the file. */
  readonly line: number;
  readonly name: string;
  readonly input: string;
  readonly expected?: string;
  readonly error?: { readonly code: string; readonly line: number; readonly column: number };
  readonly reviews: readonly string[];
  /** TranslateOptions as written in the case (JSON). */
  readonly options?: Record<string, unknown>;
  /** Expected rows, as JSON values; compared with PostgreSQL's text output. */
  readonly rows?: readonly (readonly unknown[])[];
  /** A PostgreSQL query whose rows are compared instead of the statement's own. */
  readonly check?: string;
}

export function readGoldenFile(file: string): GoldenCase[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const cases: GoldenCase[] = [];
  let i = 0;
  const fail = (message: string): never => {
    throw new Error(`${file}:${i + 1}: ${message}`);
  };
  while (i < lines.length) {
    const caseMatch = /^-- case:\s*(.+)$/.exec(lines[i]!);
    if (!caseMatch) {
      if (lines[i]!.trim() !== '' && !lines[i]!.startsWith('--')) fail('text outside a case');
      i++;
      continue;
    }
    const line = i + 1;
    const name = caseMatch[1]!.trim();
    i++;
    let error: GoldenCase['error'];
    const reviews: string[] = [];
    let options: Record<string, unknown> | undefined;
    for (; i < lines.length && lines[i]!.startsWith('-- ') && !lines[i]!.startsWith('-- case:'); i++) {
      const directive = lines[i]!;
      const errorMatch = /^-- expect-error:\s*(\w+) at (\d+):(\d+)\s*$/.exec(directive);
      const reviewMatch = /^-- review:\s*(.+)$/.exec(directive);
      const optionsMatch = /^-- options:\s*(.+)$/.exec(directive);
      if (errorMatch)
        error = { code: errorMatch[1]!, line: Number(errorMatch[2]), column: Number(errorMatch[3]) };
      else if (reviewMatch) reviews.push(reviewMatch[1]!.trim());
      else if (optionsMatch) options = JSON.parse(optionsMatch[1]!) as Record<string, unknown>;
      else fail(`unknown directive: ${directive}`);
    }
    const input = takeStatement(lines, i, true);
    if (!input) fail('a case needs a source statement');
    i = input!.next;
    let expected: string | undefined;
    let rows: GoldenCase['rows'];
    let check: string | undefined;
    if (!error) {
      const output = takeStatement(lines, i, false);
      if (!output) fail('a case needs its expected PostgreSQL (or an expect-error line)');
      expected = output!.text
        .split('\n')
        .map((l) => l.trim())
        .join(' ');
      i = output!.next;
      if (i < lines.length && lines[i]!.startsWith('-- check:')) {
        check = lines[i]!.slice('-- check:'.length).trim();
        i++;
        if (!lines[i]?.startsWith('-- rows:')) fail('-- check: needs -- rows: on the next line');
      }
      if (i < lines.length && lines[i]!.startsWith('-- rows:')) {
        rows = JSON.parse(lines[i]!.slice('-- rows:'.length)) as unknown[][];
        i++;
      }
    }
    cases.push({
      file,
      line,
      name,
      input: input!.text,
      reviews,
      ...(options ? { options } : {}),
      ...(expected !== undefined ? { expected } : {}),
      ...(error ? { error } : {}),
      ...(rows ? { rows } : {}),
      ...(check ? { check } : {}),
    });
  }
  return cases;
}

/** Lines from `start` (blank lines skipped) up to one ending in `;`, or up to a `/` line for PL/SQL. */
function takeStatement(
  lines: string[],
  start: number,
  slashEnds: boolean,
): { text: string; next: number } | undefined {
  let i = start;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (i >= lines.length || lines[i]!.startsWith('-- case:') || lines[i]!.startsWith('-- rows:'))
    return undefined;
  const taken: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (slashEnds && line.trim() === '/') return { text: taken.join('\n'), next: i + 1 };
    taken.push(line);
    if (line.trimEnd().endsWith(';') && !(slashEnds && startsPlsql(taken[0]!))) {
      const text = taken.join('\n').trimEnd();
      return { text: text.slice(0, -1), next: i + 1 };
    }
  }
  return { text: taken.join('\n'), next: i };
}

const startsPlsql = (first: string): boolean =>
  /^\s*(DECLARE|BEGIN|CREATE\s+(OR\s+REPLACE\s+)?(EDITIONABLE\s+|NONEDITIONABLE\s+)?(FUNCTION|PROCEDURE|PACKAGE|TRIGGER|TYPE))\b/i.test(
    first,
  );

/** A case's `-- options:` as TranslateOptions: columnTypes, nested objects in JSON, become maps. */
export function goldenOptions(c: GoldenCase): TranslateOptions {
  const { columnTypes, ...rest } = (c.options ?? {}) as {
    columnTypes?: Record<string, Record<string, string>>;
  };
  if (!columnTypes) return rest;
  const tables = Object.entries(columnTypes).map(
    ([table, columns]) => [table, new Map(Object.entries(columns))] as const,
  );
  return { ...rest, columnTypes: new Map(tables) };
}

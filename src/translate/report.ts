/**
 * The translation report and the translated script, as `decant translate` prints them: every
 * statement of a translateScript() result with its position, a short label ("CREATE TABLE
 * emp", "SELECT", "MERGE INTO t") and its status (translated, needs review with the notes,
 * unsupported with why), the totals; and the PostgreSQL script in which an untranslated
 * statement stands as a comment block, so that the output stays runnable and nothing is lost
 * silently. Pure: formats results, translates nothing and does no I/O.
 */
import { isDecantError } from '../core/errors.js';
import type { Diagnostic } from './diagnostics.js';
import type { ScriptEntry, ScriptTranslation, StatementStatus } from './index.js';
import type { ScriptLine } from './script.js';
import { createTokenizer } from './tokens/tokenizer.js';
import { TokenKind, type Token } from './tokens/token.js';

export interface ReportEntry {
  readonly line: number;
  readonly column: number;
  readonly label: string;
  readonly status: StatementStatus;
  /** The Oracle text of the statement. */
  readonly oracle: string;
  /** The PostgreSQL text, unless unsupported. */
  readonly sql?: string;
  /** Review notes, or the refusal of an unsupported statement. */
  readonly diagnostics: readonly Diagnostic[];
  readonly error?: ScriptEntry['error'];
}

export interface ReportTotals {
  readonly statements: number;
  readonly translated: number;
  /** Translated, with notes a person should review. */
  readonly review: number;
  readonly unsupported: number;
  /** SQL*Plus command lines (SET, PROMPT, REM, ...) that were not translated. */
  readonly setAside: number;
}

export interface TranslationReport {
  readonly entries: readonly ReportEntry[];
  readonly setAside: readonly ScriptLine[];
  readonly totals: ReportTotals;
}

export function buildTranslationReport(result: ScriptTranslation): TranslationReport {
  const entries = result.entries.map((entry): ReportEntry => ({
    line: entry.line,
    column: entry.column,
    label: statementLabel(entry.oracle),
    status: entry.status,
    oracle: entry.oracle,
    ...(entry.sql !== undefined ? { sql: entry.sql } : {}),
    diagnostics: entry.diagnostics,
    ...(entry.error ? { error: entry.error } : {}),
  }));
  const count = (status: StatementStatus): number => entries.filter((e) => e.status === status).length;
  return {
    entries,
    setAside: result.setAside,
    totals: {
      statements: entries.length,
      translated: count('translated'),
      review: count('review'),
      unsupported: count('unsupported'),
      setAside: result.setAside.length,
    },
  };
}

/** Whether every statement translated (review notes allowed). */
export function fullyTranslated(report: TranslationReport): boolean {
  return report.totals.unsupported === 0;
}

/** The totals in one sentence: "12 statements: 10 translated, 1 to review, 1 unsupported". */
export function summaryLine(totals: ReportTotals): string {
  const plural = totals.statements === 1 ? 'statement' : 'statements';
  const setAside = totals.setAside ? `; ${totals.setAside} SQL*Plus line(s) set aside` : '';
  return `${totals.statements} ${plural}: ${totals.translated} translated, ${totals.review} translated with notes to review, ${totals.unsupported} unsupported${setAside}`;
}

const STATUS_WORDS: Record<StatementStatus, string> = {
  translated: 'translated',
  review: 'review',
  unsupported: 'UNSUPPORTED',
};

/** The report for people: one line per statement, its notes or refusal indented below, the totals. */
export function formatReportText(report: TranslationReport): string {
  const positions = report.entries.map((e) => `${e.line}:${e.column}`);
  const width = Math.max(4, ...positions.map((p) => p.length));
  const lines: string[] = ['Translation report', ''];
  report.entries.forEach((entry, i) => {
    lines.push(`${positions[i]!.padEnd(width)}  ${STATUS_WORDS[entry.status].padEnd(11)}  ${entry.label}`);
    const indent = ' '.repeat(width + 2);
    if (entry.status === 'unsupported') {
      lines.push(
        `${indent}why: ${oneLine(entry.error?.message ?? entry.diagnostics[0]?.message ?? 'unsupported')}`,
      );
      if (entry.error?.hint) lines.push(`${indent}hint: ${oneLine(entry.error.hint)}`);
    } else {
      for (const note of entry.diagnostics)
        lines.push(
          `${indent}review: ${note.line}:${note.column} ${note.construct}: ${oneLine(note.message)}`,
        );
    }
  });
  if (report.setAside.length)
    lines.push(
      '',
      `SQL*Plus lines set aside (not SQL): ${report.setAside.map((s) => `${s.line}: ${s.text.trim()}`).join('; ')}`,
    );
  lines.push('', summaryLine(report.totals));
  return `${lines.join('\n')}\n`;
}

/** The report as one JSON-ready object (what `decant translate --json` prints). */
export function reportJson(report: TranslationReport): Record<string, unknown> {
  return {
    type: 'translation',
    ok: fullyTranslated(report),
    totals: report.totals,
    statements: report.entries,
    setAside: report.setAside,
  };
}

/**
 * The PostgreSQL script: each statement followed by `;` and a line break, review notes as
 * comments above it, and an unsupported statement as a comment block in its place: where and
 * why, the hint, then its Oracle text commented out line by line.
 */
export function formatPostgresScript(result: ScriptTranslation): string {
  const out: string[] = [];
  for (const entry of result.entries) {
    if (entry.status === 'unsupported' || entry.sql === undefined) {
      const at = entry.diagnostics[0] ?? { line: entry.line, column: entry.column };
      out.push(
        `-- decant: unsupported at ${at.line}:${at.column}: ${oneLine(entry.error?.message ?? 'unsupported')}\n`,
      );
      if (entry.error?.hint) out.push(`-- decant: hint: ${oneLine(entry.error.hint)}\n`);
      const lines = splitLines(entry.oracle);
      // A SQL statement gets its `;` back; a PL/SQL unit (its text ends in `;`) its `/` line.
      const last = lines.length - 1;
      if (lines[last]!.trimEnd().endsWith(';')) lines.push('/');
      else lines[last] = `${lines[last]!};`;
      for (const line of lines) out.push(line ? `-- ${line}\n` : '--\n');
      continue;
    }
    for (const note of entry.diagnostics)
      out.push(
        `-- decant: review at ${note.line}:${note.column}: ${note.construct}: ${oneLine(note.message)}\n`,
      );
    out.push(`${entry.sql};\n`);
  }
  return out.join('');
}

/**
 * Lines of a text split at every line break PostgreSQL ends a `--` comment at (LF, CR LF,
 * and a lone CR), so that commented-out text cannot leak out of its comment.
 */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '\n' && ch !== '\r') continue;
    lines.push(text.slice(start, i));
    if (ch === '\r' && text[i + 1] === '\n') i++;
    start = i + 1;
  }
  lines.push(text.slice(start));
  return lines;
}

const oneLine = (text: string): string => splitLines(text).join(' ');

/** Statements whose label names the object they act on, after their leading keywords. */
const NAMING_STATEMENTS = new Set([
  'CREATE',
  'ALTER',
  'DROP',
  'TRUNCATE',
  'COMMENT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'LOCK',
  'RENAME',
  'CALL',
]);

/** Keywords that can stand between such a statement's first word and the object's name. */
const LEADING_KEYWORDS = new Set([
  'OR',
  'REPLACE',
  'EDITIONABLE',
  'NONEDITIONABLE',
  'EDITIONING',
  'FORCE',
  'NOFORCE',
  'NO',
  'GLOBAL',
  'PRIVATE',
  'TEMPORARY',
  'SHARDED',
  'DUPLICATED',
  'IMMUTABLE',
  'BLOCKCHAIN',
  'UNIQUE',
  'BITMAP',
  'MULTIVALUE',
  'PUBLIC',
  'TABLE',
  'INDEX',
  'SEQUENCE',
  'VIEW',
  'MATERIALIZED',
  'LOG',
  'SYNONYM',
  'TRIGGER',
  'FUNCTION',
  'PROCEDURE',
  'PACKAGE',
  'BODY',
  'TYPE',
  'USER',
  'ROLE',
  'DIRECTORY',
  'DATABASE',
  'LINK',
  'CONTEXT',
  'LIBRARY',
  'CLUSTER',
  'TABLESPACE',
  'SCHEMA',
  'ON',
  'COLUMN',
  'INTO',
  'FROM',
]);

const QUERY_STARTS = new Set(['SELECT', 'WITH', '(']);
const BLOCK_STARTS = new Set(['BEGIN', 'DECLARE']);

/**
 * A short label for a statement, from its first tokens: the leading keywords in upper case
 * and the name of the object as written ("CREATE TABLE emp", "COMMENT ON COLUMN emp.sal",
 * "MERGE INTO t"); "SELECT" for a query, "PL/SQL block" for an anonymous block, otherwise
 * the first word ("GRANT", "COMMIT").
 */
export function statementLabel(oracle: string): string {
  const tokens = firstTokens(oracle, 24);
  const first = tokens[0];
  if (!first) return '(empty)';
  const head = first.kind === TokenKind.Word ? first.value : first.text;
  if (QUERY_STARTS.has(head)) return 'SELECT';
  if (BLOCK_STARTS.has(head)) return 'PL/SQL block';
  if (!NAMING_STATEMENTS.has(head)) return head;
  const words = [head];
  let i = 1;
  const second = tokens[1];
  if (
    head === 'INSERT' &&
    second?.kind === TokenKind.Word &&
    (second.value === 'ALL' || second.value === 'FIRST')
  )
    return `INSERT ${second.value}`;
  // A keyword followed by something other than a name is the name itself: CREATE TABLE log (...).
  const isName = (token: Token | undefined): boolean =>
    token?.kind === TokenKind.Word || token?.kind === TokenKind.QuotedIdentifier;
  for (
    ;
    i < tokens.length &&
    tokens[i]!.kind === TokenKind.Word &&
    LEADING_KEYWORDS.has(tokens[i]!.value) &&
    isName(tokens[i + 1]);
    i++
  )
    words.push(tokens[i]!.value);
  const name = qualifiedName(tokens, i);
  return name ? `${words.join(' ')} ${name}` : words.join(' ');
}

/** A name as written, with its qualifiers (`hr.emp`, `"Mixed"."Case"`), starting at tokens[i]. */
function qualifiedName(tokens: readonly Token[], i: number): string {
  const parts: string[] = [];
  for (;;) {
    const token = tokens[i];
    if (!token || (token.kind !== TokenKind.Word && token.kind !== TokenKind.QuotedIdentifier)) break;
    parts.push(token.text);
    if (tokens[i + 1]?.text !== '.') break;
    i += 2;
  }
  return parts.join('.');
}

/** Up to `limit` tokens from the start; a tokenizing error further on only ends the list. */
function firstTokens(text: string, limit: number): Token[] {
  const tokenizer = createTokenizer(text);
  const tokens: Token[] = [];
  try {
    while (tokens.length < limit) {
      const token = tokenizer.next();
      if (token.kind === TokenKind.End) break;
      if (token.kind !== TokenKind.Hint) tokens.push(token);
    }
  } catch (error) {
    if (!isDecantError(error)) throw error;
  }
  return tokens;
}

/**
 * The translator's public face: SQL of a source dialect in (Oracle by default; the views of
 * MySQL and SQLite), PostgreSQL out, with what a person should know. Pure: no I/O. One
 * statement with translate(), an Oracle SQL*Plus script with translateScript().
 */
import { isDecantError, type DecantError } from '../core/errors.js';
import type { Statement } from './ast/node.js';
import { errorPosition, unsupported, type Diagnostic } from './diagnostics.js';
import { DIALECTS, type DialectName } from './dialects/index.js';
import { ORACLE } from './dialects/oracle/dialect.js';
import type { Dialect, RuleContext, TranslateOptions } from './dialects/dialect.js';
import { generate } from './generator/generator.js';
import { parseStatement, type StatementSource } from './parser/parser.js';
import { columnsAfter, columnTypesOf } from './parser/ddl.js';
import { recordRelations, type Relations } from './relations.js';
import { applyRules } from './rewrite.js';
import { scriptStatements, type ScriptLine, type ScriptStatement } from './script.js';
import type { Position } from './tokens/token.js';
import { DEFAULT_COMPAT_SCHEMA } from '../core/compat-schema.js';

export type { TranslateOptions } from './dialects/dialect.js';
export type { DialectName } from './dialects/index.js';
export type { Diagnostic } from './diagnostics.js';

export interface Translation {
  readonly sql: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Oracle bind variable names in the order of PostgreSQL's $1, $2, ... */
  readonly binds: readonly string[];
  /**
   * ALTER SESSION SET's parameters (Oracle's names, upper case) and values (as written, without
   * quotes), in order, for a caller that follows the session: the gateway passes
   * NLS_DATE_FORMAT and NLS_TIMESTAMP_FORMAT to the translation of the statements after it.
   */
  readonly sessionSettings?: readonly SessionSettingValue[];
}

export interface SessionSettingValue {
  readonly name: string;
  readonly value: string;
}

/** The session formats implicit date/string conversions follow (ALTER SESSION SET NLS_...). */
export type NlsFormats = Pick<TranslateOptions, 'nlsDateFormat' | 'nlsTimestampFormat'>;

/** The NLS formats a session's settings leave, on top of `formats`: what translation follows. */
export function followNlsFormats<T extends NlsFormats>(
  formats: T,
  settings: readonly SessionSettingValue[],
): T {
  let followed = formats;
  for (const { name, value } of settings) {
    if (name === 'NLS_DATE_FORMAT') followed = { ...followed, nlsDateFormat: value };
    else if (name === 'NLS_TIMESTAMP_FORMAT') followed = { ...followed, nlsTimestampFormat: value };
  }
  return followed;
}

export { DEFAULT_COMPAT_SCHEMA };

/** One object for "no options", so a call without options finds its defaults worked out. */
const NO_OPTIONS: TranslateOptions = Object.freeze({});

/**
 * The options with their defaults, worked out once per options object: a script passes the
 * same one to thousands of statements.
 */
const withDefaults = new WeakMap<TranslateOptions, RuleContext['options']>();

function optionsWithDefaults(options: TranslateOptions): RuleContext['options'] {
  let complete = withDefaults.get(options);
  if (!complete) {
    complete = {
      ...options,
      compatSchema: options.compatSchema ?? DEFAULT_COMPAT_SCHEMA,
      numberWithoutPrecision: options.numberWithoutPrecision ?? 'numeric',
    };
    withDefaults.set(options, complete);
  }
  return complete;
}

function createContext(options: TranslateOptions): RuleContext & { binds: string[] } {
  const diagnostics: Diagnostic[] = [];
  const binds: string[] = [];
  const counters = new Map<string, number>();
  let positionalAt: Position | undefined;
  let firstBindAt: Position | undefined;
  return {
    options: optionsWithDefaults(options),
    diagnostics,
    binds,
    review(at: Position, construct: string, message: string) {
      diagnostics.push({ severity: 'review', construct, message, line: at.line, column: at.column });
    },
    freshName(prefix: string) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      return `${prefix}_${n}`;
    },
    bindNumber(name: string, at: Position) {
      if (positionalAt) throw mixedParameters(positionalAt, at);
      firstBindAt ??= at;
      const index = binds.indexOf(name);
      if (index >= 0) return index + 1;
      binds.push(name);
      return binds.length;
    },
    keepPositional(at: Position) {
      positionalAt ??= at;
      if (firstBindAt) throw mixedParameters(at, firstBindAt);
    },
  };
}

/** `$1` beside `:name`: which value is `$1` would be a guess. */
function mixedParameters(positional: Position, bind: Position): DecantError {
  return unsupported(
    positional,
    'PostgreSQL $n parameters beside Oracle bind variables',
    `the statement also has the Oracle bind variable at line ${bind.line}, column ${bind.column}, and both would number from $1`,
    'use one style of parameter in a statement',
  );
}

/** Translates a statement parsed with the dialect's syntax (Oracle's unless given). */
export function translateStatement(
  statement: Statement,
  options: TranslateOptions = NO_OPTIONS,
  dialect: Dialect = ORACLE,
): Translation {
  const ctx = createContext(options);
  const rewritten = applyRules(statement, dialect, ctx);
  const translation = { sql: generate(rewritten), diagnostics: ctx.diagnostics, binds: ctx.binds };
  if (statement.kind !== 'alter-session') return translation;
  const sessionSettings = statement.settings.map((setting) => ({
    name: setting.parameter.value.toUpperCase(),
    value: setting.value.text,
  }));
  return { ...translation, sessionSettings };
}

/**
 * Translates one statement (a trailing `;` is allowed) from Oracle, or from the dialect
 * `from` names: MySQL's and SQLite's view queries and CREATE VIEW statements. Throws a
 * DecantError (TRANSLATE_SYNTAX, TRANSLATE_UNSUPPORTED) naming the construct with line and column.
 *
 * @example
 * translate("select ifnull(`shop`.`orders`.`note`,'none') AS `n` from `shop`.`orders` limit 2,3", { from: 'mysql' }).sql
 * // SELECT COALESCE(shop.orders.note, 'none') AS n FROM shop.orders LIMIT 3 OFFSET 2 ROWS
 */
export function translate(
  sql: string | StatementSource,
  options: TranslateOptions & { from?: DialectName } = NO_OPTIONS,
): Translation {
  const dialect = DIALECTS[options.from ?? 'oracle'];
  return translateStatement(parseStatement(sql, dialect.syntax), options, dialect);
}

export type StatementStatus = 'translated' | 'review' | 'unsupported';

export interface ScriptEntry {
  readonly line: number;
  readonly column: number;
  /** The Oracle text of the statement. */
  readonly oracle: string;
  readonly status: StatementStatus;
  /** Present unless unsupported. */
  readonly sql?: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Why it is unsupported: the error's message and hint. */
  readonly error?: { readonly code: string; readonly message: string; readonly hint?: string };
}

export interface ScriptTranslation {
  readonly entries: readonly ScriptEntry[];
  readonly setAside: readonly ScriptLine[];
}

/**
 * Translates a SQL*Plus-style script statement by statement; one failure does not stop the
 * rest. The column types of the script's CREATE TABLE statements are known to the statements
 * after them (date arithmetic needs them), on top of any the options give; so are its views
 * and key constraint names (relations.ts), from the statements that translated, and the
 * NLS_DATE_FORMAT and NLS_TIMESTAMP_FORMAT its ALTER SESSION statements set.
 */
export function translateScript(text: string, options: TranslateOptions = {}): ScriptTranslation {
  const setAside: ScriptLine[] = [];
  let columnTypes = new Map<string, ReadonlyMap<string, string>>(options.columnTypes ?? []);
  const relations: Relations = { ...options.relations };
  let nls: NlsFormats = {};
  let scriptOptions: TranslateOptions = { ...options, columnTypes, relations };
  const translateOne = (statement: ScriptStatement): ScriptEntry => {
    const where = { line: statement.start.line, column: statement.start.column, oracle: statement.text };
    try {
      if (statement.error) throw statement.error;
      const parsed = parseStatement({
        text: statement.text,
        tokens: statement.tokens,
        textOffset: statement.start.offset,
      });
      for (const [table, columns] of columnTypesOf(parsed)) {
        const known = columnTypes.get(table);
        // A table defined again or altered: a new map, since type lookups index a map as it grows.
        if (known) {
          columnTypes = new Map(columnTypes);
          scriptOptions = { ...options, ...nls, columnTypes, relations };
        }
        columnTypes.set(table, columnsAfter(parsed, known, columns));
      }
      const result = translateStatement(parsed, scriptOptions);
      recordRelations(parsed, relations);
      const followed = result.sessionSettings ? followNlsFormats(nls, result.sessionSettings) : nls;
      if (followed !== nls) {
        nls = followed;
        scriptOptions = { ...options, ...nls, columnTypes, relations };
      }
      return {
        ...where,
        status: result.diagnostics.length ? 'review' : 'translated',
        sql: result.sql,
        diagnostics: result.diagnostics,
      };
    } catch (error) {
      if (!isDecantError(error)) throw error;
      const diagnostic: Diagnostic = {
        severity: 'unsupported',
        construct: String(error.context['construct'] ?? error.code),
        message: error.message,
        ...errorPosition(error, where),
      };
      return {
        ...where,
        status: 'unsupported',
        diagnostics: [diagnostic],
        error: { code: error.code, message: error.message, ...(error.hint ? { hint: error.hint } : {}) },
      };
    }
  };
  const entries: ScriptEntry[] = [];
  for (const statement of scriptStatements(text, setAside)) entries.push(translateOne(statement));
  return { entries, setAside };
}

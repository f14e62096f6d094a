/**
 * What the gateway sends to the target for a client's statement text: the text itself
 * (PostgreSQL commands, postgres-dialect sessions) or its translation, with the map of the
 * client's parameters, or why it cannot be translated. Translations are cached by text, so a
 * statement an application sends a million times is translated once.
 */
import { isDecantError } from '../core/errors.js';
import { errorPosition } from '../translate/diagnostics.js';
import {
  followNlsFormats,
  translate,
  type NlsFormats,
  type SessionSettingValue,
  type TranslateOptions,
} from '../translate/index.js';
import { splitScript } from '../translate/script.js';
import { parameterMap, type ParameterMap } from './binds.js';
import {
  classify,
  mayDefineRelations,
  startsDefiningRelations,
  type Classified,
  type Dialect,
} from './dialect-switch.js';

export interface Prepared {
  /** The SQL to send. */
  readonly sql: string;
  readonly parameters?: ParameterMap;
  /** Set when the statement switches the session's dialect (null: back to its default). */
  readonly switchesTo?: Dialect | null;
  /** ALTER SESSION SET's parameters and values, for the session to follow (NLS formats). */
  readonly sessionSettings?: readonly SessionSettingValue[];
  /** CREATE, ALTER, DROP or RENAME: the column types of the target's tables may change. */
  readonly definesRelations?: true;
}

export interface Untranslatable {
  readonly failed: true;
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  /** 1-based character position in the client's text, as PostgreSQL reports positions. */
  readonly position?: number;
}

export type Outcome = Prepared | Untranslatable;

export const isUntranslatable = (outcome: Outcome): outcome is Untranslatable => 'failed' in outcome;

export interface StatementCacheOptions {
  readonly translate: TranslateOptions;
  /** Translations kept (least recently used go first). */
  readonly capacity?: number;
}

/**
 * Outcomes by key, the least recently used dropped first, approximately: two generations of
 * half the capacity each; a hit in the older one is copied to the newer, and when the newer
 * is full it becomes the older and the older is dropped. Not a Map refreshed with delete and
 * set on every hit: V8 rehashes a full Map on that pattern, which made a hit in a cache of
 * 10,000 statements cost about 50 µs, more than translating the statement again.
 */
class OutcomeCache {
  private recent = new Map<string, Outcome>();
  private older = new Map<string, Outcome>();

  constructor(private readonly capacity: number) {}

  get(key: string): Outcome | undefined {
    const recent = this.recent.get(key);
    if (recent) return recent;
    const older = this.older.get(key);
    if (older) this.set(key, older);
    return older;
  }

  set(key: string, outcome: Outcome): void {
    this.recent.set(key, outcome);
    if (this.recent.size >= Math.max(1, this.capacity / 2)) {
      this.older = this.recent;
      this.recent = new Map();
    }
  }

  clear(): void {
    this.recent = new Map();
    this.older = new Map();
  }

  /** Entries held (one copied forward counts twice until the older generation goes). */
  get size(): number {
    return this.recent.size + this.older.size;
  }
}

export class StatementTranslator {
  private readonly cache: OutcomeCache;
  private translateOptions: TranslateOptions;

  constructor(private readonly options: StatementCacheOptions) {
    this.cache = new OutcomeCache(options.capacity ?? 10_000);
    this.translateOptions = options.translate;
  }

  /**
   * The target's column types as they are now (read again after a table was created or
   * changed through the gateway). Translations made with the old ones are dropped.
   */
  setColumnTypes(columnTypes: NonNullable<TranslateOptions['columnTypes']>): void {
    this.translateOptions = { ...this.translateOptions, columnTypes };
    this.cache.clear();
  }

  /**
   * A simple-protocol Query (several statements allowed) or an extended-protocol Parse (one).
   * `single` asks for one statement, as Parse does.
   */
  prepare(text: string, dialect: Dialect, single: boolean, formats: NlsFormats = {}): Outcome {
    // A postgres session's statements are sent as they are (but for a `decant:oracle`
    // directive): classify() tells without tokenizing them, and nothing of them is kept.
    let kind = dialect === 'postgres' ? classify(text, dialect) : undefined;
    if (kind?.native) return native(text, kind);
    // A session that changed its NLS formats translates the same text differently.
    const formatKey =
      formats.nlsDateFormat === undefined && formats.nlsTimestampFormat === undefined
        ? ''
        : `${formats.nlsDateFormat ?? ''}\u0000${formats.nlsTimestampFormat ?? ''}\u0000`;
    const key = `${single ? 'P' : 'Q'}${formatKey}${text}`;
    // Looked up before classify(), which tokenizes the text: a statement seen before (the
    // unnamed statement node-postgres parses on every query, say) costs one lookup.
    const cached = this.cache.get(key);
    if (cached) return cached;
    kind ??= classify(text, dialect);
    const outcome = kind.native ? native(text, kind) : this.translateText(text, single, formats);
    this.cache.set(key, outcome);
    return outcome;
  }

  get size(): number {
    return this.cache.size;
  }

  private translateText(text: string, single: boolean, formats: NlsFormats): Outcome {
    const script = splitScript(text);
    const aside = script.setAside[0];
    if (aside)
      return failure(
        'GATEWAY_NOT_SQL',
        `"${aside.text}" is an SQL*Plus command, not SQL`,
        'send SQL statements only; SQL*Plus commands are for SQL*Plus itself',
        text,
        aside.line,
        1,
      );
    if (script.statements.length === 0) return { sql: text };
    if (single && script.statements.length > 1) {
      const second = script.statements[1]!.start;
      return failure(
        'GATEWAY_NOT_SQL',
        'cannot insert multiple commands into a prepared statement',
        'send one statement per Parse, or use the simple query protocol',
        text,
        second.line,
        second.column,
      );
    }
    const parts: string[] = [];
    let parameters: ParameterMap | undefined;
    const sessionSettings: SessionSettingValue[] = [];
    let definesRelations = false;
    let options = { ...this.translateOptions, ...formats };
    for (const statement of script.statements) {
      try {
        if (statement.error) throw statement.error;
        const result = translate(
          { text: statement.text, tokens: statement.tokens, textOffset: statement.start.offset },
          options,
        );
        parts.push(result.sql);
        parameters = parameterMap(statement.tokens, result.binds);
        if (startsDefiningRelations(statement.tokens)) definesRelations = true;
        if (result.sessionSettings) {
          sessionSettings.push(...result.sessionSettings);
          // The statements after it in the same Query see the new formats, as in Oracle.
          options = followNlsFormats(options, result.sessionSettings);
        }
      } catch (error) {
        if (!isDecantError(error)) throw error;
        const { line, column } = errorPosition(error, statement.start);
        return failure(error.code, error.message, error.hint, text, line, column);
      }
    }
    const sql = parts.join(';\n');
    return {
      sql,
      ...(parameters ? { parameters } : {}),
      ...(sessionSettings.length ? { sessionSettings } : {}),
      ...(definesRelations ? { definesRelations } : {}),
    };
  }
}

/** A statement sent as it is, with the dialect switch it makes, if any. */
function native(text: string, kind: Classified): Prepared {
  const defines = mayDefineRelations(text);
  if (kind.switchesTo === undefined) return defines ? { sql: text, definesRelations: true } : { sql: text };
  return { sql: text, switchesTo: kind.switchesTo, ...(defines ? { definesRelations: true as const } : {}) };
}

function failure(
  code: string,
  message: string,
  hint: string | undefined,
  text: string,
  line: number,
  column: number,
): Untranslatable {
  return {
    failed: true,
    code,
    message,
    ...(hint ? { hint } : {}),
    position: characterPosition(text, line, column),
  };
}

/** Line and column (1-based) to PostgreSQL's 1-based character position. */
function characterPosition(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return [...text.slice(0, offset + column - 1)].length + 1;
}

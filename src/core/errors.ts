/**
 * DecantError and the registry of error codes. Every error Decant raises on purpose is one
 * of these codes; docs/errors.md lists them (a test keeps the two in step). This module owns
 * the vocabulary of failures, not their handling: the CLI maps codes to exit codes.
 */

export const ERROR_CODES = {
  CONFIG_INVALID: { exit: 2, summary: 'A configuration key is unknown or has the wrong type.' },
  CONFIG_FILE: { exit: 2, summary: 'The configuration file cannot be read or is not valid YAML.' },
  CONFIG_MISSING: { exit: 2, summary: 'A required setting (source or target URL) is missing.' },
  CONNECT_UNREACHABLE: { exit: 3, summary: 'The database server cannot be reached.' },
  CONNECT_AUTH: { exit: 3, summary: 'The server refused the user name or password.' },
  CONNECT_DATABASE: { exit: 3, summary: 'The database named in the URL does not exist.' },
  CONNECT_FAILED: { exit: 3, summary: 'Connecting to the database failed for another reason.' },
  SOURCE_SCHEMA_MISSING: {
    exit: 4,
    summary: 'A schema named in the selection does not exist in the source.',
  },
  SOURCE_NOTHING_SELECTED: { exit: 4, summary: 'The selection matches no object in the source.' },
  SOURCE_CHANGED: {
    exit: 4,
    summary: 'A table in the source no longer has the columns that init recorded.',
  },
  SCAN_UNSUPPORTED: {
    exit: 2,
    summary:
      'decant scan was given a source whose values PostgreSQL always takes (PostgreSQL, Oracle): only MySQL/MariaDB and SQLite sources are scanned.',
  },
  TARGET_NOT_EMPTY: { exit: 5, summary: 'The target already holds objects that the migration would create.' },
  LEDGER_MISSING: { exit: 5, summary: 'A step ran before init created the ledger.' },
  LEDGER_VERSION: { exit: 5, summary: 'The ledger was made by another version of Decant.' },
  SCHEMA_OBJECT_FAILED: { exit: 6, summary: 'One or more objects could not be created in the target.' },
  DATA_CHUNK_FAILED: { exit: 6, summary: 'A chunk could not be copied after its retries.' },
  DATA_SNAPSHOT: { exit: 6, summary: 'The source snapshot could not be exported or imported.' },
  DATA_VALUE_REJECTED: {
    exit: 6,
    summary:
      'A source value cannot be stored in its PostgreSQL column (a NUL character, invalid UTF-8, a zero or out-of-range date, a number out of range, or a value of the wrong form); the message names table, key and column.',
  },
  CONSTRAINT_FAILED: { exit: 6, summary: 'An index, constraint or trigger could not be built.' },
  CHECK_MISMATCH: { exit: 7, summary: 'Source and target differ in at least one table.' },
  STEP_UNKNOWN: { exit: 2, summary: 'The step name is not one Decant knows.' },
  TRANSLATE_SYNTAX: {
    exit: 9,
    summary:
      'The Oracle SQL text cannot be read: an unclosed string, comment or quoted name, or a stray character.',
  },
  TRANSLATE_UNSUPPORTED: {
    exit: 9,
    summary:
      'An Oracle construct has no PostgreSQL translation (a database link, a flashback query, MODEL, a PL/SQL unit for now); the message names it with line and column.',
  },
  TRANSLATE_PARTIAL: {
    exit: 9,
    summary:
      'decant translate could not translate every statement of the script; --report lists which and why.',
  },
  TRANSLATE_INPUT: {
    exit: 2,
    summary: 'decant translate cannot read the script it was given (no such file, or not readable).',
  },
  GATEWAY_NOT_SQL: {
    exit: 9,
    summary:
      'A client sent the gateway an SQL*Plus command, or several statements in one prepared statement.',
  },
  GATEWAY_LISTEN: {
    exit: 8,
    summary: 'The gateway cannot listen on the address it was given (in use, or not allowed).',
  },
  GATEWAY_TLS: {
    exit: 2,
    summary: "The gateway's TLS certificate or key cannot be read, or they do not match.",
  },
  API_REQUEST: {
    exit: 2,
    summary:
      'A REST API request is malformed: invalid JSON, an unknown field, a wrong type, or a missing required field.',
  },
  API_NOT_FOUND: {
    exit: 2,
    summary: 'A REST API request names a connection, operation or object that does not exist.',
  },
  API_CONFLICT: {
    exit: 2,
    summary:
      'A REST API request would replace an operation that is still running (cancel or wait for it first).',
  },
  API_UNAUTHORIZED: { exit: 2, summary: 'A REST API request carries no token, or the wrong one.' },
  API_STATE: { exit: 8, summary: 'decant serve cannot read or write its state directory.' },
  API_LISTEN: {
    exit: 8,
    summary: 'decant serve cannot listen on the address it was given (in use, or not allowed).',
  },
  EMBEDDED_POSTGRES: { exit: 8, summary: 'The embedded PostgreSQL server could not be started.' },
  INTERNAL: { exit: 70, summary: 'A bug in Decant: please report it with the log.' },
} as const satisfies Record<string, { exit: number; summary: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Where an error happened: whatever of these applies. */
export interface ErrorContext {
  object?: string;
  chunk?: number | string;
  key?: string;
  column?: string;
  key_value?: string;
  sqlPosition?: string;
  sqlstate?: string;
  [more: string]: unknown;
}

export class DecantError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly context: ErrorContext;

  constructor(
    code: ErrorCode,
    message: string,
    options: { hint?: string; context?: ErrorContext; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'DecantError';
    this.code = code;
    this.hint = options.hint;
    this.context = options.context ?? {};
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }

  /** One line for a person: what failed, then what to do. */
  toLine(): string {
    return this.hint ? `${this.message}. ${this.hint}` : this.message;
  }

  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, hint: this.hint, context: this.context };
  }
}

export function isDecantError(error: unknown): error is DecantError {
  return error instanceof DecantError;
}

/** The message of any thrown value, for ledgers and logs. */
export function messageOf(error: unknown): string {
  if (error instanceof DecantError) return error.toLine();
  if (error instanceof Error) return error.message;
  return String(error);
}

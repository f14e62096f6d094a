/**
 * Session control: Oracle's ALTER SESSION SET and the PostgreSQL SET it becomes. Owns the
 * node shapes only; which parameter maps to what is rules/alter-session.ts.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ALTER-SESSION.html
 */
import type { Position } from '../../tokens/token.js';
import type { Name, NodeBase } from './common.js';

/** A parameter's value as written: a string, a number, a name, or words (READ COMMITTED). */
export type SessionValue =
  | { readonly form: 'string' | 'number' | 'words'; readonly at: Position; readonly text: string }
  | { readonly form: 'name'; readonly at: Position; readonly text: string; readonly name: Name };

/** One `parameter = value` of ALTER SESSION SET. */
export interface SessionSetting {
  /** Oracle stores parameter names in upper case: NLS_DATE_FORMAT. */
  readonly parameter: Name;
  readonly parameterAt: Position;
  readonly value: SessionValue;
}

/** ALTER SESSION SET parameter = value [parameter = value ...]. */
export interface AlterSession extends NodeBase {
  readonly kind: 'alter-session';
  /** In the order written; Oracle sets them one after the other. */
  readonly settings: readonly SessionSetting[];
}

/** A PostgreSQL value of SET: a string, a name (search_path), an interval, or a keyword. */
export type SetValue =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'name'; readonly name: Name }
  | { readonly type: 'interval-hour-to-minute'; readonly value: string }
  | { readonly type: 'keyword'; readonly word: 'LOCAL' | 'DEFAULT' };

/** One PostgreSQL setting and its value. */
export interface Setting {
  /** PostgreSQL's name: decant.nls_date_format, search_path, default_transaction_isolation, TIME ZONE. */
  readonly parameter: string;
  readonly value: SetValue;
}

/**
 * PostgreSQL's SET name = value (SET TIME ZONE value when the parameter is 'TIME ZONE'); with
 * several settings, one statement that sets them all (a Parse takes one statement only).
 */
export interface SetParameter extends NodeBase {
  readonly kind: 'set-parameter';
  readonly settings: readonly Setting[];
}

export type SessionStatement = AlterSession | SetParameter;

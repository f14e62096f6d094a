/**
 * ALTER SESSION SET becomes PostgreSQL's SET. NLS_DATE_FORMAT and NLS_TIMESTAMP_FORMAT are
 * kept in decant.nls_date_format / decant.nls_timestamp_format; the translation of the
 * statements after them takes them from TranslateOptions (the gateway follows the session
 * through Translation.sessionSettings). CURRENT_SCHEMA sets search_path, TIME_ZONE the time zone,
 * ISOLATION_LEVEL the default isolation. Other parameters (NLS_LANGUAGE, NLS_SORT,
 * OPTIMIZER_MODE, ...) are kept in decant.<name> with a review note: PostgreSQL does not act
 * on them, and applications that set them when they connect keep working. Refused are the
 * settings whose effect would be lost silently while changing results: see REFUSED.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ALTER-SESSION.html
 * https://www.postgresql.org/docs/current/sql-set.html
 */
import type { AlterSession, SessionSetting, SetParameter, Setting, SetValue } from '../../../ast/node.js';
import { isDecantError } from '../../../../core/errors.js';
import { unsupported } from '../../../diagnostics.js';
import { rule, type RuleContext } from '../../dialect.js';
import { translateDateFormat } from '../format-model.js';

type Mapping = (node: SessionSetting, ctx: RuleContext) => Setting;

const set = (parameter: string, value: SetValue): Setting => ({ parameter, value });

const upperValue = (node: SessionSetting): string => node.value.text.toUpperCase();

/** The session's datetime format: kept as written; a format Decant cannot translate is noted now. */
const nlsFormat =
  (setting: string): Mapping =>
  (node, ctx) => {
    try {
      translateDateFormat(node.value.text, node.value.at, 'output');
      translateDateFormat(node.value.text, node.value.at, 'input');
    } catch (error) {
      if (!isDecantError(error)) throw error;
      ctx.review(
        node.value.at,
        `ALTER SESSION SET ${parameterName(node)}`,
        `conversions that use this format will be refused: ${error.message}`,
      );
    }
    return set(setting, { type: 'string', value: node.value.text });
  };

const OFFSET = /^[+-]?\d{1,2}:\d{2}$/;

/** '+02:00' is an offset east of UTC (a PostgreSQL string '+02:00' would be POSIX's, west). */
const timeZone: Mapping = (node, ctx) => {
  const { value } = node;
  if (value.form === 'string') {
    return set(
      'TIME ZONE',
      OFFSET.test(value.text.trim())
        ? { type: 'interval-hour-to-minute', value: value.text.trim() }
        : { type: 'string', value: value.text },
    );
  }
  const word = upperValue(node);
  if (word === 'LOCAL') return set('TIME ZONE', { type: 'keyword', word: 'LOCAL' });
  if (word === 'DBTIMEZONE') {
    ctx.review(
      value.at,
      'ALTER SESSION SET TIME_ZONE = DBTIMEZONE',
      "PostgreSQL's default time zone for the session stands for the database's",
    );
    return set('TIME ZONE', { type: 'keyword', word: 'DEFAULT' });
  }
  throw unsupported(
    value.at,
    `TIME_ZONE = ${value.text}`,
    "Oracle takes an offset ('+02:00'), a region name ('Europe/Paris'), LOCAL or DBTIMEZONE",
  );
};

const currentSchema: Mapping = (node) => {
  if (node.value.form !== 'name')
    throw unsupported(node.value.at, `CURRENT_SCHEMA = ${node.value.text}`, 'the value is a schema name');
  return set('search_path', { type: 'name', name: node.value.name });
};

/** Oracle's SERIALIZABLE as SET TRANSACTION translates it. */
const isolationLevel: Mapping = (node) => {
  const level = upperValue(node);
  if (level !== 'SERIALIZABLE' && level !== 'READ COMMITTED')
    throw unsupported(
      node.value.at,
      `ISOLATION_LEVEL = ${node.value.text}`,
      'Oracle takes SERIALIZABLE or READ COMMITTED',
    );
  return set('default_transaction_isolation', { type: 'string', value: level.toLowerCase() });
};

const MAPPED: Readonly<Record<string, Mapping>> = {
  NLS_DATE_FORMAT: nlsFormat('decant.nls_date_format'),
  NLS_TIMESTAMP_FORMAT: nlsFormat('decant.nls_timestamp_format'),
  CURRENT_SCHEMA: currentSchema,
  TIME_ZONE: timeZone,
  ISOLATION_LEVEL: isolationLevel,
};

const deferredConstraints = (v: string): string | undefined =>
  v === 'DEFERRED'
    ? 'PostgreSQL defers constraints for one transaction (SET CONSTRAINTS ALL DEFERRED), not for a session'
    : undefined;

/**
 * Settings that change what statements return or store, which PostgreSQL would not follow:
 * a reason, unless the value (upper case) is one that changes nothing.
 */
const REFUSED: Readonly<Record<string, (value: string) => string | undefined>> = {
  NLS_COMP: (v) =>
    v === 'BINARY'
      ? undefined
      : 'Oracle then compares strings by NLS_SORT (case- or accent-insensitively with BINARY_CI, BINARY_AI); PostgreSQL would compare them exactly and find other rows',
  NLS_NUMERIC_CHARACTERS: (v) =>
    v === '.,'
      ? undefined
      : "Oracle then writes and reads numbers as text with these characters; Decant's conversions use '.' for the decimal point",
  NLS_CALENDAR: (v) =>
    v === 'GREGORIAN' ? undefined : 'dates would still print and read in the Gregorian calendar',
  DEFAULT_COLLATION: (v) =>
    v === 'USING_NLS_COMP' || v === 'BINARY'
      ? undefined
      : 'Oracle compares the columns created afterwards with this collation; PostgreSQL would compare them exactly',
  CONSTRAINTS: deferredConstraints,
  CONSTRAINT: deferredConstraints,
  EDITION: () => 'PostgreSQL has no editions: the session would run the same objects',
  CONTAINER: () => 'the session would stay in the same database and see other data',
  DIALECT: () => "Oracle has no such parameter (ORA-02248), and decant.dialect is the gateway's own setting",
};

/** What a parameter PostgreSQL ignores leaves different, for the review note. */
const IGNORED_NOTES: Readonly<Record<string, string>> = {
  NLS_LANGUAGE: 'month and day names and messages stay English',
  NLS_DATE_LANGUAGE: 'month and day names stay English',
  NLS_TERRITORY: "the formats stay AMERICA's unless NLS_DATE_FORMAT and NLS_TIMESTAMP_FORMAT are set",
  NLS_SORT: "ORDER BY follows the column's PostgreSQL collation",
  NLS_LENGTH_SEMANTICS: 'VARCHAR2(n) already counts characters in PostgreSQL',
};

function parameterName(node: SessionSetting): string {
  return node.parameter.value.toUpperCase();
}

/** Any other parameter: kept where SHOW and current_setting() find it. */
function ignored(node: SessionSetting, ctx: RuleContext): Setting {
  const name = parameterName(node);
  const setting = `decant.${name.toLowerCase()}`;
  if (!/^[a-z_][a-z0-9_$]*$/.test(name.toLowerCase()))
    throw unsupported(
      node.parameterAt,
      `the session parameter ${node.parameter.value}`,
      'it is no name PostgreSQL takes for a setting',
    );
  const note = IGNORED_NOTES[name];
  ctx.review(
    node.parameterAt,
    `ALTER SESSION SET ${name}`,
    `PostgreSQL does not act on it; the value is kept in ${setting}${note ? `, and ${note}` : ''}`,
  );
  return set(setting, { type: 'string', value: node.value.text });
}

export default rule({
  name: 'alter-session',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ALTER-SESSION.html',
  kinds: ['alter-session'],
  rewrite: (node: AlterSession, ctx): SetParameter => ({
    kind: 'set-parameter',
    at: node.at,
    settings: node.settings.map((setting) => {
      const name = parameterName(setting);
      const why = REFUSED[name]?.(upperValue(setting));
      if (why)
        throw unsupported(setting.parameterAt, `ALTER SESSION SET ${name} = ${setting.value.text}`, why);
      return (MAPPED[name] ?? ignored)(setting, ctx);
    }),
  }),
});

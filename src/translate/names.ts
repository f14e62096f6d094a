/**
 * Oracle names to PostgreSQL names. Oracle folds unquoted names to upper case and
 * PostgreSQL to lower case, so a name Oracle stores in upper case (written unquoted, or
 * quoted in upper case) becomes lower case and needs no quotes; a name with lower-case or
 * other characters keeps its exact spelling in quotes; a name that is a keyword
 * PostgreSQL reserves is quoted. An exact name (MySQL, SQLite: the migrated objects keep
 * their source names) is never folded: `OrderItems` stays "OrderItems", `ID` stays "ID".
 * Owns naming only, not where names appear.
 *
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/Database-Object-Names-and-Qualifiers.html
 * https://www.postgresql.org/docs/current/sql-keywords-appendix.html
 */

export interface OracleName {
  /** As Oracle stores it: upper case for a name written unquoted. */
  value: string;
  quoted: boolean;
  /** PostgreSQL's name exactly as `value` spells it. */
  exact?: boolean;
}

/** Where the name is used: a keyword may be a column's name but not a function's or type's. */
export type NameUse = 'relation' | 'column' | 'function' | 'type';

export interface PostgresName {
  /** The name PostgreSQL stores. */
  readonly name: string;
  /** The name as SQL text: quoted when PostgreSQL would otherwise read it differently. */
  readonly sql: string;
  /** Longer than PostgreSQL's 63 bytes: PostgreSQL would cut it, and two names could meet. */
  readonly tooLong: boolean;
}

/** Reserved keywords of PostgreSQL 17: never a name unquoted. */
const RESERVED = new Set(
  (
    'all analyse analyze and any array as asc asymmetric both case cast check collate column ' +
    'constraint create current_catalog current_date current_role current_time current_timestamp ' +
    'current_user default deferrable desc distinct do else end except false fetch for foreign from ' +
    'grant group having in initially intersect into lateral leading limit localtime localtimestamp ' +
    'not null offset on only or order placing primary references returning select session_user ' +
    'some symmetric system_user table then to trailing true union unique user using variadic when ' +
    'where window with'
  ).split(' '),
);

/** type_func_name keywords of PostgreSQL 17: fine for function names, not for tables, columns or new types. */
const NOT_FOR_TABLES_OR_COLUMNS = new Set(
  (
    'authorization binary collation concurrently cross current_schema freeze full ilike inner is ' +
    'isnull join left like natural notnull outer overlaps right similar tablesample verbose'
  ).split(' '),
);

/** col_name keywords of PostgreSQL 17: fine for tables and columns, not for functions and types. */
const NOT_FOR_FUNCTIONS_OR_TYPES = new Set(
  (
    'between bigint bit boolean char character coalesce dec decimal exists extract float greatest ' +
    'grouping inout int integer interval least national nchar none normalize nullif numeric out ' +
    'overlay position precision real row setof smallint substring time timestamp treat trim values ' +
    'varchar xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi ' +
    'xmlroot xmlserialize xmltable json json_array json_arrayagg json_exists json_object ' +
    'json_objectagg json_query json_scalar json_serialize json_table json_value merge_action'
  ).split(' '),
);

const MAX_NAME_BYTES = 63;

/**
 * The names met, by use: a script names the same tables and columns thousands of times, and
 * working a name out again (case, keywords, quoting, byte length) was about 8% of a script's
 * translation. Emptied when full, so a long-running gateway does not grow it without bound.
 */
const knownNames = (): Record<NameUse, Map<string, PostgresName>> => ({
  relation: new Map(),
  column: new Map(),
  function: new Map(),
  type: new Map(),
});
const known = { folded: knownNames(), exact: knownNames() };
const KNOWN_NAMES_MAX = 10_000;

export function postgresName(oracle: OracleName, use: NameUse = 'relation'): PostgresName {
  const exact = oracle.exact === true;
  const names = (exact ? known.exact : known.folded)[use];
  let result = names.get(oracle.value);
  if (!result) {
    if (names.size >= KNOWN_NAMES_MAX) names.clear();
    result = Object.freeze(workOut(oracle.value, use, exact));
    names.set(oracle.value, result);
  }
  return result;
}

function workOut(value: string, use: NameUse, exact: boolean): PostgresName {
  // Upper case as stored means "written without quotes" in Oracle's eyes: fold it.
  const name = !exact && isUpperCase(value) ? value.toLowerCase() : value;
  // CREATE TYPE takes neither kind of non-reserved keyword; a function name takes type_func_name ones.
  const keyword =
    RESERVED.has(name) ||
    (use !== 'function' && NOT_FOR_TABLES_OR_COLUMNS.has(name)) ||
    ((use === 'function' || use === 'type') && NOT_FOR_FUNCTIONS_OR_TYPES.has(name));
  return {
    name,
    sql: keyword || !isPlainName(name) ? quoted(name) : name,
    tooLong: Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES,
  };
}

/** Upper case as Oracle folds it: a letter without a one-letter upper case (sharp s) counts as upper case. */
function isUpperCase(value: string): boolean {
  for (const ch of value) {
    const up = ch.toUpperCase();
    if (up.length === ch.length && up !== ch) return false;
  }
  return true;
}

/** What PostgreSQL reads unquoted as itself: lower-case letters, digits, _ and $, not first a digit or $. */
function isPlainName(name: string): boolean {
  if (name === '') return false;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    const letter = (ch >= 'a' && ch <= 'z') || ch === '_' || (ch > '\u007f' && ch === ch.toLowerCase());
    const later = (ch >= '0' && ch <= '9') || ch === '$';
    if (!(letter || (i > 0 && later))) return false;
  }
  return true;
}

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The one description of Decant's settings. It drives validation (here), the CLI flags
 * (cli/options.ts) and, later, the REST API's config schema. Names follow seed 000 where
 * the notebook has one (`users`, `dataChunkSize`, `eraseOnInit`, ...).
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** A string setting that takes one of a few words; the CLI lists them as choices. */
function choice<const T extends readonly [string, ...string[]]>(
  values: T,
  options: { default: T[number]; description: string },
): TSchema & { static: T[number] } {
  return Type.Union(
    values.map((value) => Type.Literal(value)),
    options,
  ) as unknown as TSchema & { static: T[number] };
}

export const ConfigSchema = Type.Object(
  {
    source: Type.String({
      description:
        'Source database: postgresql://user@host:port/db, mysql://user@host:port/db (or mariadb://), sqlite:///path/file.db or the path of a SQLite file.',
    }),
    target: Type.String({ description: 'Target PostgreSQL URL.' }),
    ledgerSchema: Type.String({
      default: 'dbt',
      pattern: '^[A-Za-z_][A-Za-z0-9_$]*$',
      description: 'Schema of the target that holds the ledger.',
    }),
    users: Type.Array(Type.String(), {
      default: [],
      description: 'Source schemas to migrate (seed 000 calls them users). Empty: every non-system schema.',
    }),
    include: Type.Array(Type.String(), {
      default: [],
      description: "Name patterns to include, 'schema.name' or 'name', with % and _ wildcards. Empty: all.",
    }),
    exclude: Type.Array(Type.String(), {
      default: [],
      description: "Name patterns to leave out, 'schema.name' or 'name', with % and _ wildcards.",
    }),
    jobs: Type.Integer({
      minimum: 1,
      maximum: 256,
      description: 'Concurrent workers. Default: the number of cores.',
    }),
    dataChunkSize: Type.Integer({
      minimum: 8192,
      default: 64 * 1024 * 1024,
      description: 'Bytes per chunk, counted over the whole table size (TOAST included).',
    }),
    eraseOnInit: Type.Boolean({
      default: false,
      description: 'Let init drop what the target already holds in the migrated schemas, and the ledger.',
    }),
    parTables: Type.Boolean({
      default: true,
      description: 'Let several workers copy chunks of one table at once.',
    }),
    dataOnePass: Type.Boolean({
      default: true,
      description:
        'Accepted for seed 000 compatibility. Decant always streams; chunking follows dataChunkSize.',
    }),
    rowsBuf: Type.Integer({
      minimum: 1,
      default: 10000,
      description: 'Rows per batch for sources read row by row (not used by PostgreSQL sources).',
    }),
    useNative: Type.Boolean({
      default: false,
      description:
        'REST API: an operation that names only a gateway (lgw) is refused, so that it names the PostgreSQL connection to write to directly. The CLI always connects directly.',
    }),
    verbose: Type.Integer({
      minimum: 0,
      maximum: 3,
      default: 1,
      description: 'Log detail: 0 quiet to 3 debug.',
    }),
    stallSeconds: Type.Integer({
      minimum: 1,
      default: 60,
      description: 'A worker silent for longer than this is reported as stalled.',
    }),
    leaseSeconds: Type.Integer({
      minimum: 2,
      default: 30,
      description: 'How long a claimed chunk stays reserved without a heartbeat.',
    }),
    retries: Type.Integer({
      minimum: 0,
      default: 5,
      description: 'Attempts per chunk after a failure, with backoff.',
    }),
    checkMaxKeys: Type.Integer({
      minimum: 1,
      default: 100,
      description: 'Differing keys listed per table by check.',
    }),
    checkHashMethod: choice(['auto', 'canonical'], {
      default: 'auto',
      description:
        'How check hashes rows. auto: inside both databases when they can run the same hash (a PostgreSQL source), else canonical. canonical: every row read into Decant and each value put in one form before hashing, as across engines (slower; a second opinion on a PostgreSQL source).',
    }),
    nulCharacters: choice(['error', 'remove', 'null'], {
      default: 'error',
      description:
        'A NUL character (U+0000) in a text or JSON value, which PostgreSQL cannot store (MySQL and SQLite sources): stop with an error naming table, key and column; remove the character; or store NULL.',
    }),
    invalidUtf8: choice(['error', 'replace', 'null'], {
      default: 'error',
      description:
        'A text value that is not valid UTF-8 (MySQL and SQLite sources): stop with an error naming table, key and column; replace the bad bytes with U+FFFD; or store NULL.',
    }),
    invalidDates: choice(['error', 'null'], {
      default: 'error',
      description:
        "A zero date such as MySQL's 0000-00-00 (or 2020-00-10), or a date PostgreSQL cannot hold: stop with an error naming table, key and column, or store NULL.",
    }),
    mysqlTinyint1AsBoolean: Type.Boolean({
      default: false,
      description:
        'MySQL/MariaDB: make tinyint(1) columns boolean (0 false, anything else true). Off: smallint, which keeps every value.',
    }),
    mysqlEnums: choice(['type', 'check'], {
      default: 'type',
      description:
        'MySQL/MariaDB enum columns: a PostgreSQL enum type per column, or text with a CHECK constraint listing the labels.',
    }),
    sqliteTypeMismatch: choice(['error', 'text'], {
      default: 'error',
      description:
        "SQLite keeps any value in any column (text 'abc' in an INTEGER column). error: the copy stops at such a value with a message naming table, row, column and value. text: init scans every column and makes those holding values their type cannot take text, each value written as its text.",
    }),
    sqliteNarrowTypes: Type.Boolean({
      default: false,
      description:
        'SQLite: init scans every column and picks the narrowest exact PostgreSQL type that holds all its values (smallint/integer/bigint by range; date or timestamp for DATE/DATETIME columns of ISO dates; json for JSON columns of valid JSON; varchar(n) when every value fits; a type for untyped columns). Off: the type follows the declared type alone.',
    }),
  },
  { additionalProperties: false },
);

export type Config = Static<typeof ConfigSchema>;
export type ConfigKey = keyof Config;

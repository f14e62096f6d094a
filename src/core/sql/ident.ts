/**
 * Quoting of identifiers and literals: the only place in Decant where names from a
 * database become SQL text. Names are always quoted, never pasted as they come.
 */

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** schema.name, both quoted. */
export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

export function quoteLiteral(value: string): string {
  const escaped = value.replaceAll("'", "''");
  return value.includes('\\') ? `E'${escaped.replaceAll('\\', '\\\\')}'` : `'${escaped}'`;
}

/** A MySQL/MariaDB identifier in backticks (a backtick inside is doubled). */
export function quoteMysqlIdent(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

/** schema.name for MySQL/MariaDB, both in backticks. */
export function qualifiedMysql(schema: string, name: string): string {
  return `${quoteMysqlIdent(schema)}.${quoteMysqlIdent(name)}`;
}

/**
 * Writing a script of target DDL from statements: what every source's discovery uses to
 * fill ddl1 and ddl2.
 */

/** Statements joined by ";\n", each trimmed of its own terminator; ends with ";" ('' for none). */
export function joinStatements(statements: readonly string[]): string {
  const parts = statements.map((s) => s.trim().replace(/;$/, '').trimEnd()).filter((s) => s.length > 0);
  return parts.length === 0 ? '' : `${parts.join(';\n')};`;
}

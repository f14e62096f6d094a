/**
 * How catalog discovery writes SQL text around what PostgreSQL's own deparsers return:
 * joining statements, COMMENT ON statements, WITH (...) option lists. Names are quoted
 * by core/sql/ident.ts; this module never quotes a name itself.
 */
import { quoteIdent, quoteLiteral } from '../../../core/sql/ident.js';

// Shared with the other sources' discovery.
export { joinStatements } from '../../../target/ddl/statements.js';

/** `COMMENT ON <kind> <target> IS '...'`, or nothing when there is no comment. */
export function commentOn(kind: string, target: string, comment: string | null | undefined): string[] {
  return comment === null || comment === undefined
    ? []
    : [`COMMENT ON ${kind} ${target} IS ${quoteLiteral(comment)}`];
}

/**
 * A storage-parameter list from reloptions (`name=value` strings), e.g. `"fillfactor"='70'`;
 * `prefix` is `toast` for the TOAST table's options.
 */
export function optionList(options: readonly string[] | null | undefined, prefix?: string): string[] {
  return (options ?? []).map((option) => {
    const at = option.indexOf('=');
    const name = at < 0 ? option : option.slice(0, at);
    const value = at < 0 ? 'true' : option.slice(at + 1);
    return `${prefix ? `${prefix}.` : ''}${quoteIdent(name)}=${quoteLiteral(value)}`;
  });
}

/**
 * Oracle's data dictionary views in FROM (USER_TABLES, ALL_TAB_COLUMNS, V$VERSION, ...) read
 * the views of the same names in the compatibility schema (src/target/compat/oracle-catalog.ts),
 * whose columns carry Oracle's names. A reference unqualified or qualified by SYS or PUBLIC
 * (where Oracle's public synonyms and SYS's views live) is rewritten; any other qualifier is a
 * user's table. Unlike Oracle, where a table of the user's own named USER_TABLES would hide the
 * public synonym, the dictionary wins here: such a table must be qualified by its schema.
 * A WITH query of one of these names is the query's own, as in Oracle.
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/refrn/static-data-dictionary-views.html
 */
import type { FromItem, Name, Node, Query, TableRef } from '../../../ast/node.js';
import { pgName } from '../../../ast/node.js';
import { transform } from '../../../ast/transform.js';
import { rule, type RuleContext } from '../../dialect.js';

const FAMILIES = [
  'TABLES',
  'TAB_COLUMNS',
  'OBJECTS',
  'SEQUENCES',
  'VIEWS',
  'INDEXES',
  'CONSTRAINTS',
  'CONS_COLUMNS',
];

/** The views the compatibility schema has, as Oracle names them. */
export const DICTIONARY_VIEWS: ReadonlySet<string> = new Set([
  'V$VERSION',
  ...FAMILIES.flatMap((family) => [`USER_${family}`, `ALL_${family}`]),
]);

/** The dictionary view a FROM reference names, in Oracle's spelling; undefined for other tables. */
function dictionaryView(ref: TableRef): string | undefined {
  if (ref.dbLink || ref.name.length > 2) return undefined;
  const [first, second] = ref.name;
  const view = second ?? first;
  if (second && first!.value !== 'SYS' && first!.value !== 'PUBLIC') return undefined;
  return view && DICTIONARY_VIEWS.has(view.value) ? view.value : undefined;
}

function rewriteFrom(item: FromItem, ctx: RuleContext): FromItem {
  switch (item.kind) {
    case 'table': {
      const view = dictionaryView(item);
      if (!view) return item;
      return { ...item, name: [pgName(ctx.options.compatSchema), pgName(view.toLowerCase())] };
    }
    case 'join': {
      const left = rewriteFrom(item.left, ctx);
      const right = rewriteFrom(item.right, ctx);
      return left === item.left && right === item.right ? item : { ...item, left, right };
    }
    default:
      return item;
  }
}

/**
 * Rules run children first, so the query inside a WITH has had its dictionary references
 * rewritten before the WITH is seen: those that name one of its queries go back.
 */
function unshadow(query: Query, ctx: RuleContext): Query {
  if (!query.with?.ctes.some((cte) => DICTIONARY_VIEWS.has(cte.name.value))) return query;
  const shadowed = new Set<string>();
  const back = <T>(tree: T): T =>
    transform(tree, (node: Node): Node => {
      if (node.kind !== 'table' || node.name.length !== 2) return node;
      const [schema, view] = node.name as [Name, Name];
      const isOurs = schema.quoted && schema.value === ctx.options.compatSchema && view.quoted;
      return isOurs && shadowed.has(view.value.toUpperCase())
        ? { ...node, name: [{ value: view.value.toUpperCase(), quoted: false }] }
        : node;
    });
  // A WITH query sees the ones before it; the main query sees them all.
  const ctes = query.with.ctes.map((cte) => {
    const seen = back(cte);
    if (DICTIONARY_VIEWS.has(cte.name.value)) shadowed.add(cte.name.value);
    return seen;
  });
  const { with: withClause, ...rest } = query;
  return { ...back(rest), with: { ...withClause, ctes } } as Query;
}

export default rule({
  name: 'dictionary-views',
  docUrl:
    'https://docs.oracle.com/en/database/oracle/oracle-database/19/refrn/static-data-dictionary-views.html',
  kinds: ['select', 'set-operation'],
  rewrite: (node, ctx): Query => {
    if (node.kind === 'set-operation') return unshadow(node, ctx);
    const from = node.from.map((item) => rewriteFrom(item, ctx));
    const rewritten = from.some((item, i) => item !== node.from[i]) ? { ...node, from } : node;
    return unshadow(rewritten, ctx);
  },
});

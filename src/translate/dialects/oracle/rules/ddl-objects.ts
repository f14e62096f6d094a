/**
 * Review notes for indexes, views, materialized views, synonyms, grants and drops, where
 * PostgreSQL's object behaves differently:
 * - BITMAP index: a B-tree; the same answers, other performance for low-cardinality columns.
 * - FORCE view: PostgreSQL checks the query now, so the objects it uses must exist first.
 * - WITH READ ONLY: PostgreSQL views over one table are updatable; revoke INSERT, UPDATE
 *   and DELETE on the view to keep it read-only.
 * - Materialized view REFRESH FAST / ON COMMIT / schedules: PostgreSQL refreshes only on
 *   REFRESH MATERIALIZED VIEW, completely.
 * - Synonym: a view `SELECT * FROM target`, which fits tables and views; PUBLIC synonyms go
 *   to schema public. Sequences, routines and packages need search_path instead.
 * - GRANT EXECUTE: ON ROUTINE, which covers functions and procedures but not packages.
 * - DROP TABLE ... CASCADE CONSTRAINTS: PostgreSQL's CASCADE also drops dependent views.
 * And rewrites where PostgreSQL needs another shape:
 * - COMMENT ON TABLE of a view or materialized view the script created (Oracle's COMMENT has
 *   no VIEW): COMMENT ON VIEW / MATERIALIZED VIEW, which PostgreSQL requires.
 * - `||` in a function-based index: an immutable form (ddl-expressions.ts).
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-VIEW.html
 * https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/COMMENT.html
 */
import { knownRelation } from '../../../relations.js';
import { rule } from '../../dialect.js';
import { immutableConcatenation, knownColumnForms } from './ddl-expressions.js';
import { reviewNameLength } from './ddl-names.js';

export default rule({
  name: 'ddl-objects',
  docUrl: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/CREATE-VIEW.html',
  kinds: [
    'create-index',
    'create-view',
    'create-materialized-view',
    'create-synonym',
    'grant',
    'drop',
    'comment-on',
  ],
  rewrite: (node, ctx) => {
    switch (node.kind) {
      case 'create-index': {
        reviewNameLength(ctx, node.at, node.name);
        if (node.bitmap)
          ctx.review(
            node.bitmap,
            'BITMAP index',
            'built as a B-tree index: the same results, different performance on low-cardinality columns',
          );
        // PostgreSQL indexes only immutable expressions.
        const forms = knownColumnForms(ctx, node.table);
        const items = node.items.map((item) => {
          const expression = immutableConcatenation(item.expression, forms, 'an index', ctx);
          return expression === item.expression ? item : { ...item, expression };
        });
        return items.some((item, i) => item !== node.items[i]) ? { ...node, items } : node;
      }
      case 'comment-on': {
        const kind =
          node.target === 'TABLE' ? knownRelation(ctx.options.relations, node.name)?.kind : undefined;
        if (kind === 'view') return { ...node, target: 'VIEW' };
        if (kind === 'materialized view') return { ...node, target: 'MATERIALIZED VIEW' };
        break;
      }
      case 'create-view':
        reviewNameLength(ctx, node.at, node.name);
        if (node.force)
          ctx.review(
            node.force,
            'FORCE view',
            'PostgreSQL checks the query when the view is created: create the objects it uses first',
          );
        if (node.readOnly)
          ctx.review(
            node.readOnly,
            'WITH READ ONLY',
            'a PostgreSQL view over one table accepts INSERT, UPDATE and DELETE: revoke those privileges on the view',
          );
        break;
      case 'create-materialized-view':
        reviewNameLength(ctx, node.at, node.name);
        if (node.refresh)
          ctx.review(
            node.refresh.at,
            'REFRESH',
            `${node.refresh.words}: PostgreSQL refreshes a materialized view only by REFRESH MATERIALIZED VIEW, completely; schedule it`,
          );
        break;
      case 'create-synonym':
        reviewNameLength(ctx, node.at, node.name);
        ctx.review(
          node.at,
          'SYNONYM',
          'becomes a view over its target: right for a table or view; for a sequence or routine use search_path instead, and recreate the view if the table gains columns',
        );
        break;
      case 'grant':
        if (node.routine)
          ctx.review(
            node.at,
            'GRANT EXECUTE',
            'granted ON ROUTINE: for a package, grant on the functions that replace it',
          );
        break;
      case 'drop':
        if (node.cascade && node.object === 'TABLE')
          ctx.review(
            node.cascade,
            'CASCADE CONSTRAINTS',
            "PostgreSQL's CASCADE also drops the views that use the table",
          );
        break;
    }
    return node;
  },
});

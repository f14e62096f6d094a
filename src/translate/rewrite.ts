/**
 * Runs a dialect's rules over a statement in one bottom-up pass: each node, once its
 * children are rewritten, goes through the rules for its kind in the dialect's order.
 */
import type { Node, NodeKind, Statement } from './ast/node.js';
import { transform } from './ast/transform.js';
import type { Dialect, Rule, RuleContext } from './dialects/dialect.js';

const byKindCache = new WeakMap<Dialect, Map<NodeKind, Rule[]>>();

function rulesByKind(dialect: Dialect): Map<NodeKind, Rule[]> {
  let map = byKindCache.get(dialect);
  if (!map) {
    map = new Map();
    for (const rule of dialect.rules) {
      for (const kind of rule.kinds) {
        const list = map.get(kind) ?? [];
        list.push(rule);
        map.set(kind, list);
      }
    }
    byKindCache.set(dialect, map);
  }
  return map;
}

export function applyRules(statement: Statement, dialect: Dialect, ctx: RuleContext): Statement {
  const byKind = rulesByKind(dialect);
  return transform(statement, (node: Node): Node => {
    const rules = byKind.get(node.kind);
    if (!rules) return node;
    let current = node;
    for (const rule of rules) {
      if (current.kind !== node.kind) break;
      current = rule.rewrite(current, ctx);
    }
    return current;
  }) as Statement;
}

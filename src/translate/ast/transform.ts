/**
 * Walking the tree without a table per node kind: any object with a string `kind` is a node,
 * and plain objects and arrays in between (a CASE's WHEN pairs, a hierarchy clause) are
 * walked through. Positions (`at`) are leaves. Rebuilds only what changed, so an untouched
 * tree comes back as the same object.
 */
import type { Node } from './node.js';

/** Called on each node after its children (post-order); returns the node or its replacement. */
export type Rewrite = (node: Node) => Node;

export function transform<T>(tree: T, rewrite: Rewrite): T {
  return walk(tree, rewrite) as T;
}

function walk(value: unknown, rewrite: Rewrite): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      const next = walk(child, rewrite);
      if (next !== child) (copy ??= value.slice())[i] = next;
    }
    return copy ?? value;
  }
  const object = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key in object) {
    if (key === 'at') continue;
    const child = object[key];
    if (child === null || typeof child !== 'object') continue;
    const next = walk(child, rewrite);
    if (next !== child) (copy ??= { ...object })[key] = next;
  }
  const result = copy ?? object;
  return typeof result['kind'] === 'string' ? rewrite(result as unknown as Node) : result;
}

export interface VisitOptions {
  /** Whether to look inside subqueries (nodes of kind select / set-operation below the start). Default true. */
  readonly intoQueries?: boolean;
}

/** Calls `visit` on every node (pre-order); returning false stops descending below that node. */
export function visit(tree: unknown, fn: (node: Node) => boolean | void, options: VisitOptions = {}): void {
  const intoQueries = options.intoQueries ?? true;
  const go = (value: unknown, top: boolean): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const child of value) go(child, false);
      return;
    }
    const object = value as Record<string, unknown>;
    if (typeof object['kind'] === 'string') {
      const kind = object['kind'];
      if (!top && !intoQueries && (kind === 'select' || kind === 'set-operation')) return;
      if (fn(object as unknown as Node) === false) return;
    }
    for (const key in object) if (key !== 'at') go(object[key], false);
  };
  go(tree, true);
}

/** Whether some node under `tree` (the tree itself included) satisfies `test`. */
export function some(tree: unknown, test: (node: Node) => boolean, options: VisitOptions = {}): boolean {
  let found = false;
  visit(
    tree,
    (node) => {
      if (found) return false;
      if (test(node)) found = true;
      return !found;
    },
    options,
  );
  return found;
}

/**
 * Dependency order and skip propagation over ledger objects. An object whose dependency
 * was skipped (stage S) or deleted from the ledger is skipped too; one whose dependency
 * failed waits for the operator to fix that one first.
 */
import { Stage } from '../core/stage.js';
import type { ObjectType } from '../sources/source.js';
import { refOf, type LedgerObject } from './ledger/objects.js';

export function keyOf(ref: { owner: string; name: string; type: string }): string {
  return JSON.stringify([ref.owner, ref.name, ref.type]);
}

/** Order in which families are created when dependencies leave a choice. */
const TYPE_RANK: Record<ObjectType, number> = {
  SCHEMA: 0,
  EXTENSION: 1,
  TYPE: 2,
  SEQUENCE: 3,
  FUNCTION: 4,
  PROCEDURE: 4,
  TABLE: 5,
  VIEW: 6,
  'MATERIALIZED VIEW': 7,
  INDEX: 8,
  TRIGGER: 9,
  GRANT: 10,
};

export type Blocker = { kind: 'skipped' | 'failed'; dependency: string } | null;

const FAILED: readonly string[] = [
  Stage.InitFailed,
  Stage.SchemaFailed,
  Stage.DataFailed,
  Stage.ConstraintsFailed,
];

/** Why `object` cannot go ahead, judging by its dependencies and parent as the ledger has them now. */
export function blockerOf(object: LedgerObject, byKey: Map<string, LedgerObject>): Blocker {
  const refs = [...object.depends_on];
  if (object.parent_owner && object.parent_name && object.parent_type) {
    refs.push({ owner: object.parent_owner, name: object.parent_name, type: object.parent_type });
  }
  for (const ref of refs) {
    const dependency = byKey.get(keyOf(ref));
    if (!dependency) return { kind: 'skipped', dependency: `${refOf(ref)} (deleted from the ledger)` };
    if (dependency.stage === Stage.Skipped) return { kind: 'skipped', dependency: refOf(ref) };
    if (FAILED.includes(dependency.stage)) return { kind: 'failed', dependency: refOf(ref) };
  }
  return null;
}

/** `objects` sorted so that each comes after the objects of the list it depends on. */
export function dependencyOrder(objects: LedgerObject[]): LedgerObject[] {
  const inList = new Map(objects.map((o) => [keyOf(o), o]));
  const rank = (o: LedgerObject): number => TYPE_RANK[o.type] ?? 99;
  const pending = [...objects].sort((a, b) => rank(a) - rank(b) || a.id - b.id);
  const placed = new Set<string>();
  const ordered: LedgerObject[] = [];
  while (pending.length > 0) {
    const index = pending.findIndex((o) =>
      [
        ...o.depends_on,
        ...(o.parent_owner ? [{ owner: o.parent_owner, name: o.parent_name!, type: o.parent_type! }] : []),
      ].every((ref) => !inList.has(keyOf(ref)) || placed.has(keyOf(ref)) || keyOf(ref) === keyOf(o)),
    );
    // A cycle: take the first in rank order and let PostgreSQL say what is missing.
    const [next] = pending.splice(index === -1 ? 0 : index, 1);
    placed.add(keyOf(next!));
    ordered.push(next!);
  }
  return ordered;
}

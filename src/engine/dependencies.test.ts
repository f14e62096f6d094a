import { describe, expect, it } from 'vitest';
import { blockerOf, dependencyOrder, keyOf } from './dependencies.js';
import type { LedgerObject } from './ledger/objects.js';
import type { ObjectRef } from '../sources/source.js';

let nextId = 1;
function object(
  type: LedgerObject['type'],
  name: string,
  stage: LedgerObject['stage'] = 'I',
  depends: ObjectRef[] = [],
  parent?: ObjectRef,
): LedgerObject {
  return {
    id: nextId++,
    owner: 's',
    name,
    type,
    stage,
    error: '',
    ddl1: '',
    ddl2: '',
    data_size: 0,
    row_estimate: 0,
    parent_owner: parent?.owner ?? null,
    parent_name: parent?.name ?? null,
    parent_type: parent?.type ?? null,
    depends_on: depends,
    details: {},
    rows_copied: null,
  };
}
const ref = (type: LedgerObject['type'], name: string): ObjectRef => ({ owner: 's', name, type });

describe('dependency order', () => {
  it('puts every object after what it depends on, whatever the input order', () => {
    const view2 = object('VIEW', 'v2', 'I', [ref('VIEW', 'v1')]);
    const view1 = object('VIEW', 'v1', 'I', [ref('TABLE', 't')]);
    const table = object('TABLE', 't', 'I', [ref('TYPE', 'mood'), ref('SEQUENCE', 'seq')]);
    const type = object('TYPE', 'mood');
    const sequence = object('SEQUENCE', 'seq');
    const order = dependencyOrder([view2, view1, table, sequence, type]).map((o) => o.name);
    expect(order.indexOf('v1')).toBeGreaterThan(order.indexOf('t'));
    expect(order.indexOf('v2')).toBeGreaterThan(order.indexOf('v1'));
    expect(order.indexOf('t')).toBeGreaterThan(order.indexOf('mood'));
    expect(order.indexOf('t')).toBeGreaterThan(order.indexOf('seq'));
  });

  it('still returns every object when dependencies form a cycle', () => {
    const a = object('VIEW', 'a', 'I', [ref('VIEW', 'b')]);
    const b = object('VIEW', 'b', 'I', [ref('VIEW', 'a')]);
    expect(dependencyOrder([a, b])).toHaveLength(2);
  });

  it('finds skipped, deleted and failed dependencies and parents', () => {
    const skipped = object('TABLE', 'gone', 'S');
    const failed = object('TYPE', 'bad', 'E');
    const fine = object('TABLE', 'ok', 'D');
    const byKey = new Map([skipped, failed, fine].map((o) => [keyOf(o), o]));
    expect(blockerOf(object('VIEW', 'v', 'I', [ref('TABLE', 'ok')]), byKey)).toBeNull();
    expect(blockerOf(object('VIEW', 'v', 'I', [ref('TABLE', 'gone')]), byKey)).toEqual({
      kind: 'skipped',
      dependency: 'TABLE s.gone',
    });
    expect(blockerOf(object('VIEW', 'v', 'I', [ref('TABLE', 'deleted')]), byKey)?.kind).toBe('skipped');
    expect(blockerOf(object('TABLE', 't', 'I', [ref('TYPE', 'bad')]), byKey)).toEqual({
      kind: 'failed',
      dependency: 'TYPE s.bad',
    });
    expect(blockerOf(object('INDEX', 'i', 'I', [], ref('TABLE', 'gone')), byKey)?.kind).toBe('skipped');
  });
});

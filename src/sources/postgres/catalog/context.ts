/**
 * What every object family of the discovery shares: the connection, the server version,
 * the selected schemas, and the list of objects found so far with the catalog keys
 * (`class:<oid>`, `type:<oid>`, ...) that let pg_depend rows point at them.
 * Owns no SQL beyond the extension-member filter every family applies.
 */
import type pg from 'pg';
import type { DiscoveredObject, ObjectRef, Selection } from '../../source.js';

export type CatalogName = 'class' | 'type' | 'proc' | 'trigger' | 'namespace' | 'extension';
export type CatalogKey = `${CatalogName}:${string}`;

export interface SelectedSchema {
  oid: string;
  name: string;
}

export interface CatalogContext {
  client: pg.Client;
  /** server_version_num of the source. */
  version: number;
  selection: Selection;
  schemas: SelectedSchema[];
  found: Found;
}

export interface Found {
  readonly objects: DiscoveredObject[];
  /** Records an object and the catalog keys under which pg_depend rows name it. */
  add(object: DiscoveredObject, keys?: readonly CatalogKey[]): void;
  /** Makes more keys point at an object already recorded (array types, row types). */
  alias(key: CatalogKey, ref: ObjectRef): void;
  ref(key: CatalogKey): ObjectRef | undefined;
  /** The object for a ref, to add dependencies to it. */
  get(ref: ObjectRef): DiscoveredObject | undefined;
  /** Oids recorded under one catalog, for queries that start from found objects. */
  oids(catalog: CatalogName): string[];
}

export function refOf(object: ObjectRef): ObjectRef {
  return { owner: object.owner, name: object.name, type: object.type };
}

export function refId(ref: ObjectRef): string {
  return `${ref.type}\u0000${ref.owner}\u0000${ref.name}`;
}

export function createFound(): Found {
  const objects: DiscoveredObject[] = [];
  const byKey = new Map<CatalogKey, ObjectRef>();
  const byRef = new Map<string, DiscoveredObject>();
  return {
    objects,
    add(object, keys = []) {
      objects.push(object);
      byRef.set(refId(object), object);
      for (const key of keys) byKey.set(key, refOf(object));
    },
    alias(key, ref) {
      byKey.set(key, ref);
    },
    ref: (key) => byKey.get(key),
    get: (ref) => byRef.get(refId(ref)),
    oids(catalog) {
      const prefix = `${catalog}:`;
      return [...byKey.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
    },
  };
}

/** `NOT EXISTS` clause excluding members of an extension (they come with CREATE EXTENSION). */
export function notExtensionMember(catalog: 'pg_class' | 'pg_type' | 'pg_proc', oidColumn: string): string {
  return `NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend ext_member
    WHERE ext_member.classid = '${catalog}'::regclass AND ext_member.objid = ${oidColumn} AND ext_member.deptype = 'e')`;
}

/** The DiscoveredObject fields most families leave at their defaults. */
export function baseObject(ref: ObjectRef, ddl1: string): DiscoveredObject {
  return { ...refOf(ref), ddl1, ddl2: '', dataSize: 0, rowEstimate: 0, dependsOn: [], details: {} };
}

export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

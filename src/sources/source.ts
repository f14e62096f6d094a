/**
 * The contract between the engine and a source engine. The engine knows nothing of a
 * source's SQL: it asks the adapter to discover objects, plan chunks, open a snapshot and
 * read chunks as PostgreSQL COPY streams. Adding an engine means implementing this.
 */
import type { Readable } from 'node:stream';
import type { HashMethod } from '../core/sql/row-hash.js';
import type { WireColumn } from '../target/copy/binary-encoder.js';

/** Object types as the ledger's `type` column spells them (seed 000 uses TABLE, INDEX, ...). */
export const OBJECT_TYPES = [
  'SCHEMA',
  'EXTENSION',
  'TYPE',
  'SEQUENCE',
  'FUNCTION',
  'PROCEDURE',
  'TABLE',
  'VIEW',
  'MATERIALIZED VIEW',
  'INDEX',
  'TRIGGER',
  'GRANT',
] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

/** Types created by the constraints step rather than the schema step. */
export const CONSTRAINT_STEP_TYPES: readonly ObjectType[] = ['INDEX', 'TRIGGER'];

export interface ObjectRef {
  owner: string;
  name: string;
  type: ObjectType;
}

export interface ColumnInfo {
  name: string;
  /** The type as format_type() spells it in the target. */
  type: string;
  /** False for generated columns, whose values the target computes itself. */
  copied: boolean;
  /** True when the column is an identity column (its sequence is set by constraints). */
  identity?: boolean;
}

/** What the engine needs to know about a table to copy and check it. */
export interface TableDetails {
  kind: 'table';
  /** The target table name (schema, name) when it differs from owner/name. */
  targetSchema: string;
  targetName: string;
  /** A partitioned parent holds no rows itself; its partitions are tables of their own. */
  partitioned: boolean;
  columns: ColumnInfo[];
  /**
   * Columns of a primary key or unique NOT NULL key whose order does not depend on a
   * collation (integers, numeric, dates, timestamps, uuid): chunks and check use key ranges.
   * Null when there is no such key.
   */
  key: { name: string; type: string }[] | null;
  /** binary unless a column's type cannot travel in binary COPY between databases. */
  copyFormat: 'binary' | 'text';
  /** Heap pages of the main fork, for ctid chunks. */
  pages: number;
}

export interface SequenceDetails {
  kind: 'sequence';
}

export interface DiscoveredObject extends ObjectRef {
  /** The statement(s) that create the object in the target; `;`-separated. */
  ddl1: string;
  /** For tables: primary key, unique, exclusion, check and foreign-key constraints; `;`-separated. */
  ddl2: string;
  /** Bytes, for tables the whole size with TOAST and indexes excluded. */
  dataSize: number;
  rowEstimate: number;
  parent?: ObjectRef;
  dependsOn: ObjectRef[];
  details: TableDetails | SequenceDetails | Record<string, unknown>;
  /** Set when the object was found but cannot be migrated as it is (stage r). */
  error?: string;
  /** What changed on the way that a person should know (a type widened, an option dropped); init logs them. */
  notes?: string[];
}

export interface Selection {
  /** Schemas to migrate; empty for every non-system schema. */
  schemas: string[];
  /** LIKE patterns ('schema.name' or 'name'); empty for all. */
  include: string[];
  exclude: string[];
}

/** One slice of a table. Bounds are the adapter's own; the engine stores them as JSON. */
export interface ChunkPlan {
  kind: 'ctid' | 'key' | 'whole';
  lower: unknown[] | null;
  upper: unknown[] | null;
  estimatedBytes: number;
}

export interface TableToCopy {
  owner: string;
  name: string;
  details: TableDetails;
  dataSize: number;
}

/** A consistent point in the source shared by every worker of one data run. */
export interface Snapshot {
  readonly id: string;
  /** Set when the snapshot is weaker than asked (e.g. not one point in time); the data step logs it. */
  readonly warning?: string;
  release(): Promise<void>;
}

/** One worker's reading session: opens in the snapshot and reads chunks as COPY data. */
export interface ChunkReader {
  /** A stream of COPY data in the table's copyFormat. */
  read(table: TableToCopy, chunk: ChunkPlan): Promise<Readable>;
  close(): Promise<void>;
}

export interface SourceCapabilities {
  /** The source speaks PostgreSQL COPY: bytes go to the target without decoding. */
  copyPassthrough: boolean;
  /** Rows can be hashed inside the source with the same SQL as the target. */
  hashInDatabase: boolean;
}

export interface SourceAdapter {
  readonly kind: string;
  readonly capabilities: SourceCapabilities;
  /** Human description without secrets, e.g. "PostgreSQL 15.4 at host:5432/db". */
  describe(): string;
  discover(selection: Selection): Promise<DiscoveredObject[]>;
  planChunks(table: TableToCopy, chunkBytes: number): Promise<ChunkPlan[]>;
  openSnapshot(joinSnapshotId?: string): Promise<Snapshot>;
  openReader(snapshot: Snapshot | null): Promise<ChunkReader>;
  /** Current values of the sequences in these schemas, identity and serial ones included. */
  sequenceValues(schemas: string[]): Promise<SequenceValue[]>;
  /**
   * A hashing session for check (one per check worker). A source that cannot hash in its
   * database returns `canonical(its RowSource)`; one that can lists 'canonical' after its own
   * methods, for a target it shares none with. (The factory comes from the engine, which
   * sources do not import.)
   */
  openHasher(canonical: CanonicalHasherFactory): Promise<RowHasher>;
  /**
   * A reading session for the --scan preflight: the rows the copy would encode, with each
   * column's wire type. Only sources that encode rows themselves (not copyPassthrough) have it.
   */
  openScanReader?(): Promise<ScanReader>;
  close(): Promise<void>;
}

/** What the binary COPY encoder would be given for a table: its columns and key positions. */
export interface EncodedColumns {
  /** The copied columns in row order, each with the wire type the copy writes. */
  columns: WireColumn[];
  /** Positions of the key columns in a row, to name a row in a report. */
  keyColumns: number[];
}

/**
 * A value a source refuses before the encoder sees it (a SQLite value whose storage class
 * the column's type does not hold). Only scan readers hand these on; the copy's readers
 * stop with an error instead.
 */
export class RefusedValue {
  constructor(
    readonly value: SourceValue,
    /** What is wrong: "text, which bigint does not hold". */
    readonly problem: string,
  ) {}
}

export type ScannedRow = readonly (SourceValue | RefusedValue)[];

export interface ScanReader {
  /** A chunk's rows as the copy would read them, refused values in place. */
  rows(table: TableToCopy, chunk: ChunkPlan): AsyncIterable<readonly ScannedRow[]>;
  encodedColumns(table: TableToCopy): Promise<EncodedColumns>;
  close(): Promise<void>;
}

export interface SequenceValue {
  schema: string;
  name: string;
  /** Null when the sequence was never used. */
  lastValue: string | null;
  /** The column that owns the sequence (serial or identity), if any. */
  ownedBy: { schema: string; table: string; column: string } | null;
}

/** Row counts and order-independent hashes of row sets, computed where the rows are. */
export interface RowHasher {
  /**
   * Hash methods this side supports, best first: the in-database ones of core/sql/row-hash.ts,
   * and 'canonical' (engine/check/canonical-hasher.ts), which every side offers.
   */
  readonly methods: readonly HashMethod[];
  /** Both sides must hash the same way: check picks the best method both support. */
  useMethod(method: HashMethod): void;
  hashChunk(table: TableToCopy, chunk: ChunkPlan): Promise<{ rows: number; hash: string }>;
  /** Key (JSON array text) → row hash over a key range; only for small ranges. */
  keyHashes(
    table: TableToCopy,
    lower: unknown[] | null,
    upper: unknown[] | null,
  ): Promise<Map<string, string>>;
  /** A key value that splits the range roughly in half, or null. */
  splitPoint(
    table: TableToCopy,
    lower: unknown[] | null,
    upper: unknown[] | null,
    rows: number,
  ): Promise<unknown[] | null>;
  close(): Promise<void>;
}

/** Makes a RowHasher of the 'canonical' method over a RowSource; closing it closes the rows. */
export type CanonicalHasherFactory = (rows: RowSource) => RowHasher;

/**
 * One value as a source that does not speak PostgreSQL COPY reads it (the binary COPY
 * encoder takes the same values): exact decimal strings, date and time text, Buffers for
 * bytes and bits, string arrays for sets; null for SQL NULL.
 */
export type SourceValue = string | Buffer | number | bigint | boolean | readonly string[] | null;

/** The copied columns of TableDetails.columns, in that order. */
export type SourceRow = readonly SourceValue[];

/**
 * A table's rows as values, for check's canonical hashing, where a side cannot run
 * PostgreSQL's hashing SQL (engine/check/canonical-hasher.ts puts them in one form).
 *
 * Which rows a chunk means:
 * - 'key': rows whose key (TableDetails.key, in that order) k has lower <= k < upper,
 *   compared as a row, column by column, in the order of the key columns' PostgreSQL
 *   types; a null bound is open. A bound holds key values whose text (String(value)) is
 *   valid PostgreSQL input for the key column's type, since the target reads the same
 *   bounds (core/sql/key-range.ts).
 * - 'whole': every row.
 * - any other kind is the adapter's own (PostgreSQL's ctid page ranges): only that
 *   adapter gets it; the target is asked for such a table 'whole', and check compares
 *   the sum of the source's chunk hashes with the target's whole-table hash.
 */
export interface RowSource {
  /** The chunk's rows in batches as they stream in: never a whole table in memory. */
  rows(table: TableToCopy, chunk: ChunkPlan): AsyncIterable<readonly SourceRow[]>;
  /** A key value that splits the key range roughly in half (its middle row), or null. */
  splitPoint(
    table: TableToCopy,
    lower: unknown[] | null,
    upper: unknown[] | null,
    rows: number,
  ): Promise<unknown[] | null>;
  close(): Promise<void>;
}

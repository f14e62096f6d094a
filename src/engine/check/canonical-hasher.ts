/**
 * The 'canonical' hash method: rows are read into Node (from any RowSource), each value is
 * put in its canonical form (canonical.ts), and each row hashed there, so that two
 * different engines hash the same logical row the same way. Owns row framing, row hashes
 * and their sums; reading rows is the RowSource's business.
 *
 * A row's hash is the first 64 bits of SHA-256 over its canonical values, framed without
 * ambiguity (per column: 0x00 for NULL, or 0x01, a 32-bit length and the UTF-8 bytes), read
 * as a signed integer. A chunk's hash is the exact sum of its rows' hashes in decimal, as
 * the in-database methods sum theirs: independent of row order, changed by a duplicate,
 * and additive, so the sum of a keyless table's chunk hashes equals its whole-table hash.
 */
import { hash } from 'node:crypto';
import { DecantError } from '../../core/errors.js';
import type {
  ChunkPlan,
  RowHasher,
  RowSource,
  SourceRow,
  TableDetails,
  TableToCopy,
} from '../../sources/source.js';
import { canonicalizer, type Canonicalizer } from './canonical.js';

const FRAME_NULL = 0x00;
const FRAME_VALUE = 0x01;
/** The marker byte and the 32-bit length before each value. */
const FRAME_HEADER = 5;
/** UTF-8 takes at most three bytes per UTF-16 code unit. */
const UTF8_BYTES_PER_UNIT = 3;

/** Reused between rows: hashing is synchronous, so one buffer serves every hasher. */
let frame = Buffer.allocUnsafe(4096);

/** The 64-bit hash of one row of canonical values. */
export function rowHash(values: readonly (string | null)[]): bigint {
  let length = 0;
  for (const value of values) {
    const room = length + FRAME_HEADER + (value === null ? 0 : value.length * UTF8_BYTES_PER_UNIT);
    if (room > frame.length) {
      const grown = Buffer.allocUnsafe(Math.max(room, frame.length * 2));
      frame.copy(grown, 0, 0, length);
      frame = grown;
    }
    if (value === null) {
      frame[length++] = FRAME_NULL;
      continue;
    }
    frame[length] = FRAME_VALUE;
    const written = frame.write(value, length + FRAME_HEADER, 'utf8');
    frame.writeUInt32BE(written, length + 1);
    length += FRAME_HEADER + written;
  }
  return hash('sha256', frame.subarray(0, length), 'buffer').readBigInt64BE(0);
}

interface TableForm {
  /** One per copied column, in TableDetails.columns order. */
  columns: Canonicalizer[];
  /** Positions of the key's columns among the copied columns. */
  key: number[];
  name: string;
}

function formOf(table: TableToCopy): TableForm {
  const copied = table.details.columns.filter((column) => column.copied);
  const name = `${table.owner}.${table.name}`;
  const key = (table.details.key ?? []).map((column) => {
    const position = copied.findIndex((c) => c.name === column.name);
    if (position < 0) {
      throw new DecantError('INTERNAL', `Table ${name}: key column ${column.name} is not a copied column`, {
        hint: 'The canonical check reads copied columns only; a key over a generated column cannot name rows. Compare this table with an in-database hash method',
        context: { object: name, column: column.name },
      });
    }
    return position;
  });
  return { columns: copied.map((column) => canonicalizer(column.type)), key, name };
}

function canonicalRow(form: TableForm, row: SourceRow): (string | null)[] {
  if (row.length !== form.columns.length) {
    throw new DecantError(
      'INTERNAL',
      `Table ${form.name}: a row of ${row.length} values for ${form.columns.length} copied columns`,
      {
        hint: 'The source adapter must yield one value per copied column: please report this with the log',
        context: { object: form.name },
      },
    );
  }
  return form.columns.map((canonical, i) => canonical(row[i] ?? null));
}

/** A RowHasher over `rows` with the 'canonical' method; closing it closes `rows`. */
export function createCanonicalHasher(rows: RowSource): RowHasher {
  const forms = new WeakMap<TableDetails, TableForm>();
  const formFor = (table: TableToCopy): TableForm => {
    let form = forms.get(table.details);
    if (!form) {
      form = formOf(table);
      forms.set(table.details, form);
    }
    return form;
  };
  return {
    methods: ['canonical'],
    useMethod(method) {
      if (method !== 'canonical') {
        throw new DecantError('INTERNAL', `The canonical row hasher was asked for the '${method}' method`, {
          hint: "check picks a method from the hasher's own list: please report this with the log",
        });
      }
    },
    async hashChunk(table, chunk) {
      const form = formFor(table);
      let count = 0;
      let sum = 0n;
      for await (const batch of rows.rows(table, chunk)) {
        for (const row of batch) sum += rowHash(canonicalRow(form, row));
        count += batch.length;
      }
      return { rows: count, hash: sum.toString() };
    },
    async keyHashes(table, lower, upper) {
      const form = formFor(table);
      const range: ChunkPlan = { kind: 'key', lower, upper, estimatedBytes: 0 };
      const hashes = new Map<string, string>();
      for await (const batch of rows.rows(table, range)) {
        for (const row of batch) {
          const values = canonicalRow(form, row);
          hashes.set(JSON.stringify(form.key.map((i) => values[i])), rowHash(values).toString());
        }
      }
      return hashes;
    },
    splitPoint: (table, lower, upper, count) => rows.splitPoint(table, lower, upper, count),
    close: () => rows.close(),
  };
}

/**
 * One column's part of the --scan preflight: every value goes through the same field
 * writer the binary COPY encoder uses, with every policy at 'error', so the scan refuses
 * exactly what the copy would refuse; and the accepted values tell the narrowest exact
 * PostgreSQL type that holds them all. Owns neither reading rows (the source's) nor what a
 * refusal means under the configured policies (scan.ts).
 */
import { RefusedValue } from '../../sources/source.js';
import type { SourceValue, WireColumn } from '../../target/copy/binary-encoder.js';
import { CopyBuffer } from '../../target/copy/copy-buffer.js';
import { fieldWriter, type FieldWriter } from '../../target/copy/field-writers.js';
import { RejectedValue, previewValue, type RejectReason } from '../../target/copy/rejected-value.js';

/** What the copy would do with such values under the configured policies. */
export type ProblemOutcome = 'stops the copy' | 'stored as NULL' | 'character removed' | 'bytes replaced';

/** Values of one column that the copy would refuse for one reason. */
export interface ValueProblem {
  reason: RejectReason;
  outcome: ProblemOutcome;
  /** What is wrong with the first such value: "a zero date, which PostgreSQL cannot store". */
  problem: string;
  count: number;
  /** The first such row, as the copy's error would name it: `id=2`. */
  firstKey: string;
  firstValue: string;
}

export interface ColumnReport {
  column: string;
  /** The type the column is created with in the target. */
  type: string;
  /** A narrower type that holds every value exactly, when there is one; else null. */
  narrowest: string | null;
  nulls: number;
  problems: ValueProblem[];
}

const STRICT = { nulCharacters: 'error', invalidUtf8: 'error', invalidDates: 'error' } as const;

const INTEGER_TYPES = [
  { name: 'smallint', min: -(2n ** 15n), max: 2n ** 15n - 1n },
  { name: 'integer', min: -(2n ** 31n), max: 2n ** 31n - 1n },
  { name: 'bigint', min: -(2n ** 63n), max: 2n ** 63n - 1n },
] as const;

/** The exact decimal forms readers give for numeric: digits, an optional point, no exponent. */
const PLAIN_DECIMAL = /^[-+]?(\d*)(?:\.(\d*))?$/;
/** The timestamp text readers give: date, time, optional fraction, optional zone. */
const TIMESTAMP_TEXT = /^\d{4,}-\d\d-\d\d[ T](\d\d):(\d\d):(\d\d)(?:\.(\d+))?/;

export class ColumnScan {
  private readonly writer: FieldWriter;
  private readonly scratch = new CopyBuffer(256);
  private readonly problems = new Map<RejectReason, ValueProblem>();
  private nulls = 0;
  private accepted = 0;
  /** Integer range (integer wire types, and numeric columns while every value is integral). */
  private min: bigint | null = null;
  private max: bigint | null = null;
  /** numeric: the most digits before and after the point; fractional 0 means all integral. */
  private integerDigits = 0;
  private fractionDigits = 0;
  /** A value whose form the narrowing does not follow: no narrower type is offered. */
  private unknownForm = false;
  private maxCharacters = 0;
  private allMidnight = true;
  /** The chunk each problem's first value was found in. */
  private readonly firstChunk = new Map<RejectReason, number>();

  constructor(
    private readonly wire: WireColumn,
    private readonly type: string,
    private readonly options: { outcomeOf: (reason: RejectReason) => ProblemOutcome; narrow: boolean },
  ) {
    this.writer = fieldWriter(wire, STRICT);
  }

  /**
   * `keyOf` names the row, called only for the first refused value of each reason. Chunks
   * may be scanned at once, so "first" is in the copy's order: the lowest `chunk`, then the
   * first row of that chunk (its rows come in order).
   */
  add(value: SourceValue | RefusedValue, keyOf: () => string, chunk = 0): void {
    if (value === null) {
      this.nulls++;
      return;
    }
    if (value instanceof RefusedValue) {
      this.refuse(new RejectedValue('format', value.problem), value.value, keyOf, chunk);
      return;
    }
    try {
      this.writer(this.scratch, value);
    } catch (error) {
      if (!(error instanceof RejectedValue)) throw error;
      this.refuse(error, value, keyOf, chunk);
      return;
    } finally {
      this.scratch.position = 0;
    }
    this.accepted++;
    this.observe(value);
  }

  private refuse(error: RejectedValue, value: SourceValue, keyOf: () => string, chunk: number): void {
    const seen = this.problems.get(error.reason);
    if (seen) seen.count++;
    if (seen && this.firstChunk.get(error.reason)! <= chunk) return;
    this.firstChunk.set(error.reason, chunk);
    this.problems.set(error.reason, {
      reason: error.reason,
      outcome: this.options.outcomeOf(error.reason),
      problem: error.problem,
      count: seen?.count ?? 1,
      firstKey: keyOf(),
      firstValue: previewValue(value),
    });
  }

  report(): ColumnReport {
    return {
      column: this.wire.name,
      type: this.type,
      narrowest: this.narrowest(),
      nulls: this.nulls,
      problems: [...this.problems.values()],
    };
  }

  private observe(value: Exclude<SourceValue, null>): void {
    switch (this.wire.type) {
      case 'int2':
      case 'int4':
      case 'int8':
        this.observeInteger(BigInt(typeof value === 'string' ? value.trim() : (value as number | bigint)));
        break;
      case 'numeric':
        this.observeDecimal(String(value));
        break;
      case 'text':
        this.maxCharacters = Math.max(this.maxCharacters, charactersOf(value));
        break;
      case 'timestamp':
      case 'timestamptz':
        this.observeTimestamp(String(value));
        break;
      default:
        break;
    }
  }

  private observeInteger(value: bigint): void {
    if (this.min === null || value < this.min) this.min = value;
    if (this.max === null || value > this.max) this.max = value;
  }

  private observeDecimal(text: string): void {
    const parts = PLAIN_DECIMAL.exec(text.trim());
    if (!parts) {
      this.unknownForm = true;
      return;
    }
    const whole = (parts[1] ?? '').replace(/^0+/, '');
    const fraction = (parts[2] ?? '').replace(/0+$/, '');
    this.integerDigits = Math.max(this.integerDigits, whole.length);
    this.fractionDigits = Math.max(this.fractionDigits, fraction.length);
    if (fraction.length === 0)
      this.observeInteger(BigInt(`${text.trim().startsWith('-') ? '-' : ''}${whole || '0'}`));
  }

  private observeTimestamp(text: string): void {
    const parts = TIMESTAMP_TEXT.exec(text);
    if (!parts) {
      this.unknownForm = true;
      return;
    }
    const fraction = (parts[4] ?? '').replace(/0+$/, '');
    this.fractionDigits = Math.max(this.fractionDigits, fraction.length);
    if (parts[1] !== '00' || parts[2] !== '00' || parts[3] !== '00' || fraction.length > 0)
      this.allMidnight = false;
  }

  private narrowest(): string | null {
    if (!this.options.narrow || this.accepted === 0 || this.unknownForm) return null;
    const found = this.narrowestOfValues();
    return found !== null && narrower(found, this.type) ? found : null;
  }

  private narrowestOfValues(): string | null {
    switch (this.wire.type) {
      case 'int2':
      case 'int4':
      case 'int8':
        return this.integerType();
      case 'numeric':
        if (this.fractionDigits === 0)
          return this.integerType() ?? `numeric(${Math.max(1, this.integerDigits)})`;
        return `numeric(${this.integerDigits + this.fractionDigits},${this.fractionDigits})`;
      case 'text':
        return /^(text|character varying)\b/.test(this.type)
          ? `character varying(${Math.max(1, this.maxCharacters)})`
          : null;
      case 'timestamp':
        return this.allMidnight ? 'date' : `timestamp(${this.fractionDigits}) without time zone`;
      case 'timestamptz':
        return `timestamp(${this.fractionDigits}) with time zone`;
      default:
        return null;
    }
  }

  private integerType(): string | null {
    if (this.min === null || this.max === null) return null;
    const min = this.min;
    const max = this.max;
    return INTEGER_TYPES.find((type) => min >= type.min && max <= type.max)?.name ?? null;
  }
}

/** Characters (code points) of a text value, given as a string or as UTF-8 bytes. */
function charactersOf(value: Exclude<SourceValue, null>): number {
  if (Buffer.isBuffer(value)) {
    let count = 0;
    for (const byte of value) if ((byte & 0xc0) !== 0x80) count++;
    return count;
  }
  const text = String(value);
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) count--;
  }
  return count;
}

const INTEGER_RANK: Record<string, number> = { smallint: 1, integer: 2, bigint: 3 };

/**
 * Whether `candidate` holds fewer values than `current`, for the types narrowestOfValues
 * answers: integers by width (any integer is narrower than numeric), numeric by precision
 * and scale, varchar by length (anything is narrower than text), timestamps by precision,
 * date narrower than timestamp.
 */
export function narrower(candidate: string, current: string): boolean {
  const type = current.trim().toLowerCase();
  if (candidate === type) return false;
  const rank = INTEGER_RANK[candidate];
  if (rank !== undefined) {
    const currentRank = INTEGER_RANK[type];
    return currentRank !== undefined ? rank < currentRank : type.startsWith('numeric');
  }
  const numeric = /^numeric\((\d+)(?:,(\d+))?\)$/.exec(candidate);
  if (numeric) {
    if (type === 'numeric') return true;
    const bounds = /^numeric\((\d+)(?:,\s*(\d+))?\)$/.exec(type);
    if (!bounds) return false;
    const [p, s] = [Number(numeric[1]), Number(numeric[2] ?? 0)];
    const [cp, cs] = [Number(bounds[1]), Number(bounds[2] ?? 0)];
    // Fewer digits on both sides of the point: every value of the candidate fits the column.
    return p - s <= cp - cs && s <= cs && (p < cp || s < cs);
  }
  const varchar = /^character varying\((\d+)\)$/.exec(candidate);
  if (varchar) {
    if (type === 'text' || type === 'character varying') return true;
    const length = /^character varying\((\d+)\)$/.exec(type);
    return length !== null && Number(varchar[1]) < Number(length[1]);
  }
  if (candidate === 'date') return type.startsWith('timestamp') && type.endsWith('without time zone');
  const timestamp = /^timestamp\((\d)\) (with|without) time zone$/.exec(candidate);
  if (timestamp) {
    const current = /^timestamp(?:\((\d)\))? (with|without) time zone$/.exec(type);
    return current !== null && current[2] === timestamp[2] && Number(timestamp[1]) < Number(current[1] ?? 6);
  }
  return false;
}

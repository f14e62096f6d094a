/**
 * The output Buffer of the binary COPY encoder: fields are written in place, big-endian,
 * at `position`, and `take()` hands the filled part to the stream and starts a fresh
 * buffer. It owns byte layout only; what the bytes mean is the field writers' business.
 *
 * The unchecked writers (int16, int32, ...) assume the caller reserved room first, so a
 * field costs one capacity check however many parts it has.
 */

const TWO_TO_32 = 4294967296;
const TWO_TO_22 = 4194304;
const MICROS_PER_SECOND = 1_000_000;

export class CopyBuffer {
  bytes: Buffer;
  position = 0;
  private view: DataView;

  constructor(private readonly capacity: number) {
    this.bytes = Buffer.allocUnsafe(capacity);
    this.view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  }

  /** Makes room for `length` more bytes. */
  reserve(length: number): void {
    if (this.position + length > this.bytes.length) this.grow(length);
  }

  /** The bytes written so far, and a fresh buffer for what follows (the old one now belongs to the reader). */
  take(): Buffer {
    const filled = this.bytes.subarray(0, this.position);
    this.replace(Buffer.allocUnsafe(this.capacity));
    this.position = 0;
    return filled;
  }

  uint8(value: number): void {
    this.bytes[this.position++] = value;
  }

  int16(value: number): void {
    const bytes = this.bytes;
    const at = this.position;
    bytes[at] = value >>> 8;
    bytes[at + 1] = value;
    this.position = at + 2;
  }

  int32(value: number): void {
    const bytes = this.bytes;
    const at = this.position;
    bytes[at] = value >>> 24;
    bytes[at + 1] = value >>> 16;
    bytes[at + 2] = value >>> 8;
    bytes[at + 3] = value;
    this.position = at + 4;
  }

  /** Writes an int32 at an earlier position (a length known only after its field was written). */
  int32At(at: number, value: number): void {
    const bytes = this.bytes;
    bytes[at] = value >>> 24;
    bytes[at + 1] = value >>> 16;
    bytes[at + 2] = value >>> 8;
    bytes[at + 3] = value;
  }

  /** A safe integer as int64. */
  int64(value: number): void {
    const high = Math.floor(value / TWO_TO_32);
    this.int32(high);
    this.int32(value - high * TWO_TO_32);
  }

  bigInt64(value: bigint): void {
    this.view.setBigInt64(this.position, value);
    this.position += 8;
  }

  /**
   * seconds * 1e6 + micros as int64, exactly, for any seconds a PostgreSQL timestamp can
   * hold (|seconds| < 2^44): the product leaves the safe integers from about 285 years
   * away from 2000, so it is split into parts that stay exact.
   */
  int64Micros(seconds: number, micros: number): void {
    const product = seconds * MICROS_PER_SECOND + micros;
    if (Number.isSafeInteger(product)) {
      this.int64(product);
      return;
    }
    // seconds = upper * 2^22 + lower; upper * 1e6 = carried * 2^10 + rest.
    const upper = Math.floor(seconds / TWO_TO_22);
    const lower = seconds - upper * TWO_TO_22;
    const upperMicros = upper * MICROS_PER_SECOND;
    const carried = Math.floor(upperMicros / 1024);
    const rest = upperMicros - carried * 1024;
    const low = rest * TWO_TO_22 + lower * MICROS_PER_SECOND + micros;
    const lowHigh = Math.floor(low / TWO_TO_32);
    this.int32(carried + lowHigh);
    this.int32(low - lowHigh * TWO_TO_32);
  }

  float32(value: number): void {
    this.view.setFloat32(this.position, value);
    this.position += 4;
  }

  float64(value: number): void {
    this.view.setFloat64(this.position, value);
    this.position += 8;
  }

  /** Copies bytes (room reserved by the caller). */
  copy(source: Buffer): void {
    this.position += source.copy(this.bytes, this.position);
  }

  /** Writes a string as UTF-8 (room reserved by the caller: 3 bytes per UTF-16 unit) and returns its byte length. */
  utf8(text: string): number {
    const written = this.bytes.write(text, this.position, 'utf8');
    this.position += written;
    return written;
  }

  private grow(length: number): void {
    const larger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.position + length));
    this.bytes.copy(larger, 0, 0, this.position);
    this.replace(larger);
  }

  private replace(bytes: Buffer): void {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
}

/**
 * Streams protocol messages (a type byte, then a 4-byte length that counts itself) from one
 * socket to another, handing the caller only the messages it wants to read or replace.
 * Everything else goes on as the bytes that came in, in runs as long as the chunk allows
 * (no copy, no per-message object), so a large result or a COPY costs the gateway a scan of
 * its message headers and nothing more.
 */
import { MAX_MESSAGE_BYTES } from './codes.js';

export class MalformedMessageError extends Error {}

/** What to do with a whole message: the bytes to send in its place (none to drop it). */
export type MessageHandler = (type: number, message: Buffer) => Buffer | readonly Buffer[] | undefined;

export class MessageStream {
  /** Bytes of the current message still to pass through untouched. */
  private passing = 0;
  /** A header cut by the end of a chunk (under 5 bytes). */
  private carry: Buffer | undefined;
  /** A message to inspect that the chunk did not finish. */
  private capture: { type: number; parts: Buffer[]; missing: number } | undefined;

  constructor(
    private readonly wants: (type: number) => boolean,
    private readonly handle: MessageHandler,
  ) {}

  /** The bytes to send on for `input`, in order. Throws MalformedMessageError on a bad length. */
  push(input: Buffer): Buffer[] {
    const chunk = this.carry ? Buffer.concat([this.carry, input]) : input;
    this.carry = undefined;
    const out: Buffer[] = [];
    let runStart = 0;
    let at = 0;
    const flushRun = (): void => {
      if (at > runStart) out.push(chunk.subarray(runStart, at));
    };
    while (at < chunk.length) {
      if (this.passing > 0) {
        const n = Math.min(this.passing, chunk.length - at);
        this.passing -= n;
        at += n;
        continue;
      }
      if (this.capture) {
        const n = Math.min(this.capture.missing, chunk.length - at);
        // Copied, as the first part is below: kept past this call.
        this.capture.parts.push(Buffer.from(chunk.subarray(at, at + n)));
        this.capture.missing -= n;
        at += n;
        runStart = at;
        if (this.capture.missing === 0) {
          const { type, parts } = this.capture;
          this.capture = undefined;
          emit(out, this.handle(type, Buffer.concat(parts)));
        }
        continue;
      }
      if (chunk.length - at < 5) {
        flushRun();
        this.carry = Buffer.from(chunk.subarray(at));
        return out;
      }
      const type = chunk[at]!;
      const length = chunk.readInt32BE(at + 1);
      if (length < 4 || length > MAX_MESSAGE_BYTES)
        throw new MalformedMessageError(
          `a message of type ${JSON.stringify(String.fromCharCode(type))} declares ${length} bytes`,
        );
      if (!this.wants(type)) {
        this.passing = length + 1;
        continue;
      }
      const end = at + 1 + length;
      if (end <= chunk.length) {
        const message = chunk.subarray(at, end);
        const replacement = this.handle(type, message);
        // Most messages read are passed on as they are (a Bind without Oracle binds, every
        // ReadyForQuery): they stay in the run, so a chunk usually goes on as one buffer
        // rather than as pieces the caller would have to concatenate.
        if (replacement !== message) {
          flushRun();
          emit(out, replacement);
          runStart = end;
        }
        at = end;
      } else {
        flushRun();
        // Copied: the chunk's buffer may be reused by the socket once this call returns.
        this.capture = { type, parts: [Buffer.from(chunk.subarray(at))], missing: end - chunk.length };
        at = chunk.length;
        runStart = at;
      }
    }
    flushRun();
    return out;
  }
}

function emit(out: Buffer[], replacement: Buffer | readonly Buffer[] | undefined): void {
  if (replacement === undefined) return;
  if (Buffer.isBuffer(replacement)) out.push(replacement);
  else out.push(...replacement);
}

/**
 * Text-like fields: UTF-8 bytes behind the int32 length, with jsonb's version byte in
 * front where asked. Strings are encoded straight into the output buffer and their
 * length written afterwards, so no value is encoded twice or copied through a Buffer of
 * its own. Checks (NUL, UTF-8) belong to the callers.
 */
import type { CopyBuffer } from './copy-buffer.js';

/** jsonb_recv's version byte before the JSON text. */
const JSONB_VERSION = 1;
/** Longer strings are measured exactly rather than given room for 3 bytes per UTF-16 unit. */
const MEASURE_FROM = 4096;
/** Up to this length, copying ASCII in JavaScript beats the call into the native UTF-8 encoder. */
const SHORT_TEXT = 64;

export function writeText(out: CopyBuffer, text: string, jsonbVersion: boolean): void {
  const length = text.length;
  out.reserve(5 + (length >= MEASURE_FROM ? Buffer.byteLength(text) : length * 3));
  const start = out.position;
  out.position = start + 4;
  if (jsonbVersion) out.uint8(JSONB_VERSION);
  if (length > SHORT_TEXT || !copyAscii(out, text)) out.utf8(text);
  out.int32At(start, out.position - start - 4);
}

/** Copies a string that is all ASCII and says so; leaves the position alone otherwise. */
function copyAscii(out: CopyBuffer, text: string): boolean {
  const bytes = out.bytes;
  let at = out.position;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x80) return false;
    bytes[at++] = code;
  }
  out.position = at;
  return true;
}

/**
 * Up to this many bytes, a plain value's checks and copy are one JavaScript loop: cheaper
 * than the three native calls (UTF-8 check, NUL search, copy) a longer value takes.
 * (Strings have their own short path: V8's indexOf and copyAscii are cheap already.)
 */
export const SHORT_PLAIN_BYTES = 128;

/**
 * Writes bytes of at most SHORT_PLAIN_BYTES that are ASCII without NUL (and, for jsonb,
 * without a backslash, so without a \u0000 escape) and says so: such text needs no other
 * check. Writes nothing otherwise, and the caller checks the value in full.
 */
export function writePlainShortBytes(out: CopyBuffer, value: Buffer, jsonb: boolean): boolean {
  const length = value.length;
  out.reserve(5 + length);
  const bytes = out.bytes;
  const start = out.position;
  let at = start + 4;
  if (jsonb) bytes[at++] = JSONB_VERSION;
  const backslash = jsonb ? 92 : -1;
  for (let index = 0; index < length; index++) {
    const code = value[index]!;
    if (code === 0 || code >= 0x80 || code === backslash) return false;
    bytes[at++] = code;
  }
  out.int32At(start, at - start - 4);
  out.position = at;
  return true;
}

export function writeTextBytes(out: CopyBuffer, bytes: Buffer, jsonbVersion: boolean): void {
  out.reserve(5 + bytes.length);
  if (jsonbVersion) {
    out.int32(bytes.length + 1);
    out.uint8(JSONB_VERSION);
  } else {
    out.int32(bytes.length);
  }
  out.copy(bytes);
}

/** Reading back what the binary COPY encoder wrote, for tests of the readers that use it. */
import type { Readable } from 'node:stream';

/** The fixed header: signature, flags and header-extension length. */
const HEADER_BYTES = 19;

/** Rows in a binary COPY stream: each tuple starts with its field count, the trailer with -1. */
export async function copyRows(stream: Readable): Promise<number> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  const bytes = Buffer.concat(parts);
  let at = HEADER_BYTES;
  let rows = 0;
  for (;;) {
    const fields = bytes.readInt16BE(at);
    at += 2;
    if (fields === -1) return rows;
    for (let i = 0; i < fields; i++) {
      const length = bytes.readInt32BE(at);
      at += 4 + Math.max(length, 0);
    }
    rows++;
  }
}

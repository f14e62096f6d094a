/**
 * MessageStream, cut everywhere: whatever the chunks, the bytes that come out are the bytes
 * that went in, with the wanted messages as the handler answered them (kept, replaced,
 * expanded or dropped) and nothing else touched.
 */
import { describe, expect, it } from 'vitest';
import { MalformedMessageError, MessageStream, type MessageHandler } from './frames.js';

function message(type: string, body: string | Buffer): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const header = Buffer.alloc(5);
  header[0] = type.charCodeAt(0);
  header.writeInt32BE(bytes.length + 4, 1);
  return Buffer.concat([header, bytes]);
}

const MESSAGES = [
  message('Z', 'I'), // wanted, passed on as it is
  message('D', 'a data row'), // not wanted
  message('Q', 'select 1\0'), // wanted, replaced
  message('S', ''), // wanted, empty body, kept
  message('d', Buffer.alloc(3000, 7)), // not wanted, longer than most chunks here
  message('P', 'x\0select 2\0\0\0'), // wanted, becomes two messages
  message('H', ''), // wanted, dropped
  message('C', 'SELECT 1\0'), // not wanted
  message('Q', 'select 3\0'),
  message('Z', 'T'),
];
const INPUT = Buffer.concat(MESSAGES);

const handler: MessageHandler = (type, m) => {
  switch (String.fromCharCode(type)) {
    case 'Q':
      return message('Q', m.subarray(5).toString().toUpperCase());
    case 'P':
      return [m, message('S', '')];
    case 'H':
      return undefined;
    default:
      return m;
  }
};
const wants = (type: number): boolean => 'ZQSPH'.includes(String.fromCharCode(type));

const EXPECTED = Buffer.concat(
  MESSAGES.flatMap((m) => {
    if (!wants(m[0]!)) return [m];
    const out = handler(m[0]!, m);
    return out === undefined ? [] : Buffer.isBuffer(out) ? [out] : [...out];
  }),
);

function through(chunks: readonly Buffer[]): Buffer {
  const stream = new MessageStream(wants, handler);
  // Each chunk is a copy, then overwritten once pushed, as a socket may reuse its buffer:
  // whatever the stream kept for later must be its own.
  const out: Buffer[] = [];
  for (const chunk of chunks) {
    const own = Buffer.from(chunk);
    out.push(...stream.push(own).map((b) => Buffer.from(b)));
    own.fill(0xee);
  }
  return Buffer.concat(out);
}

describe('MessageStream', () => {
  it('passes the whole input in one chunk', () => {
    expect(through([INPUT]).toString('hex')).toBe(EXPECTED.toString('hex'));
  });

  it('gives the same bytes with the input cut in two at every byte', () => {
    for (let cut = 1; cut < INPUT.length; cut++)
      expect(through([INPUT.subarray(0, cut), INPUT.subarray(cut)]).toString('hex'), `cut at ${cut}`).toBe(
        EXPECTED.toString('hex'),
      );
  });

  it('gives the same bytes fed one byte at a time', () => {
    const bytes = Array.from({ length: INPUT.length }, (_, i) => INPUT.subarray(i, i + 1));
    expect(through(bytes).toString('hex')).toBe(EXPECTED.toString('hex'));
  });

  it('hands on a chunk of unchanged messages as one buffer, without copying it', () => {
    const chunk = Buffer.concat([message('Z', 'I'), message('D', 'row'), message('S', '')]);
    const out = new MessageStream(wants, handler).push(chunk);
    expect(out).toHaveLength(1);
    expect(out[0]!.buffer).toBe(chunk.buffer);
    expect(out[0]).toEqual(chunk);
  });

  it.each([
    { what: 'under 4', length: 3 },
    { what: 'over 1 GiB', length: 2 ** 30 + 1 },
  ])('refuses a declared length $what', ({ length }) => {
    const bad = Buffer.alloc(5);
    bad[0] = 0x51;
    bad.writeInt32BE(length, 1);
    expect(() => new MessageStream(wants, handler).push(bad)).toThrow(MalformedMessageError);
  });
});

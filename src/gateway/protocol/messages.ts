/**
 * Reading and writing the few messages the gateway looks into. Messages it builds toward the
 * target use pg-protocol's serializer (the one node-postgres speaks with); the backend
 * messages it writes to clients are built here, since pg-protocol serializes only the
 * frontend side.
 */
import { serialize } from 'pg-protocol';
import { Backend } from './codes.js';
import { MalformedMessageError } from './frames.js';

/**
 * A cursor over one message's body, after its type byte and length. A message too short for
 * its fields throws MalformedMessageError, so that a client's garbage is answered as the
 * protocol violation it is (08P01), not as a lost target connection.
 */
export class MessageReader {
  private at = 5;
  constructor(private readonly message: Buffer) {}

  cstring(): string {
    const end = this.message.indexOf(0, this.at);
    if (end < 0) throw new MalformedMessageError('a string without its terminating zero byte');
    const value = this.message.toString('utf8', this.at, end);
    this.at = end + 1;
    return value;
  }

  int16(): number {
    this.need(2);
    const value = this.message.readInt16BE(this.at);
    this.at += 2;
    return value;
  }

  int32(): number {
    this.need(4);
    const value = this.message.readInt32BE(this.at);
    this.at += 4;
    return value;
  }

  private need(n: number): void {
    if (this.at + n > this.message.length)
      throw new MalformedMessageError('a field runs past the end of its message');
  }

  bytes(n: number): Buffer {
    if (n < 0) throw new MalformedMessageError(`a field declares ${n} bytes`);
    this.need(n);
    const value = this.message.subarray(this.at, this.at + n);
    this.at += n;
    return value;
  }

  byte(): number {
    return this.bytes(1)[0]!;
  }
}

export interface ParseMessage {
  readonly name: string;
  readonly text: string;
  readonly types: readonly number[];
}

export function readParse(message: Buffer): ParseMessage {
  const r = new MessageReader(message);
  const name = r.cstring();
  const text = r.cstring();
  const count = r.int16();
  const types: number[] = [];
  for (let i = 0; i < count; i++) types.push(r.int32());
  return { name, text, types };
}

export function writeParse(parse: ParseMessage): Buffer {
  return serialize.parse({ name: parse.name, text: parse.text, types: [...parse.types] });
}

export function readQuery(message: Buffer): string {
  return new MessageReader(message).cstring();
}

export function writeQuery(text: string): Buffer {
  return serialize.query(text);
}

export interface BindMessage {
  readonly portal: string;
  readonly statement: string;
  readonly parameterFormats: readonly number[];
  /** Each value's bytes, or null for SQL NULL. */
  readonly values: readonly (Buffer | null)[];
  readonly resultFormats: readonly number[];
}

export function readBind(message: Buffer): BindMessage {
  const r = new MessageReader(message);
  const portal = r.cstring();
  const statement = r.cstring();
  const parameterFormats: number[] = [];
  for (let n = r.int16(); n > 0; n--) parameterFormats.push(r.int16());
  const values: (Buffer | null)[] = [];
  for (let n = r.int16(); n > 0; n--) {
    const length = r.int32();
    values.push(length < 0 ? null : r.bytes(length));
  }
  const resultFormats: number[] = [];
  for (let n = r.int16(); n > 0; n--) resultFormats.push(r.int16());
  return { portal, statement, parameterFormats, values, resultFormats };
}

/** Built by hand: pg-protocol's bind() takes JavaScript values, and these are wire bytes already. */
export function writeBind(bind: BindMessage): Buffer {
  const text = (s: string): Buffer => Buffer.from(`${s}\0`, 'utf8');
  const int16s = (list: readonly number[]): Buffer => {
    const b = Buffer.alloc(2 + 2 * list.length);
    b.writeInt16BE(list.length, 0);
    list.forEach((v, i) => b.writeInt16BE(v, 2 + 2 * i));
    return b;
  };
  const parts: Buffer[] = [text(bind.portal), text(bind.statement), int16s(bind.parameterFormats)];
  const count = Buffer.alloc(2);
  count.writeInt16BE(bind.values.length, 0);
  parts.push(count);
  for (const value of bind.values) {
    const length = Buffer.alloc(4);
    length.writeInt32BE(value === null ? -1 : value.length, 0);
    parts.push(length);
    if (value) parts.push(value);
  }
  parts.push(int16s(bind.resultFormats));
  return message(0x42, Buffer.concat(parts));
}

/** Describe and Close: 'S' (statement) or 'P' (portal), then the name. */
export function readTarget(message: Buffer): { kind: 'S' | 'P'; name: string } {
  const r = new MessageReader(message);
  const kind = String.fromCharCode(r.byte()) === 'S' ? 'S' : 'P';
  return { kind, name: r.cstring() };
}

export function readParameterDescription(message: Buffer): number[] {
  const r = new MessageReader(message);
  const types: number[] = [];
  for (let n = r.int16(); n > 0; n--) types.push(r.int32());
  return types;
}

export function writeParameterDescription(types: readonly number[]): Buffer {
  const body = Buffer.alloc(2 + 4 * types.length);
  body.writeInt16BE(types.length, 0);
  types.forEach((t, i) => body.writeUInt32BE(t >>> 0, 2 + 4 * i));
  return message(Backend.ParameterDescription, body);
}

/** ErrorResponse and NoticeResponse fields by their one-letter codes (S, C, M, H, P, ...). */
export function readFields(message: Buffer): Map<string, string> {
  const r = new MessageReader(message);
  const fields = new Map<string, string>();
  for (let code = r.byte(); code !== 0; code = r.byte()) fields.set(String.fromCharCode(code), r.cstring());
  return fields;
}

export interface ErrorFields {
  readonly severity: 'ERROR' | 'FATAL';
  readonly code: string;
  readonly message: string;
  readonly detail?: string;
  readonly hint?: string;
  /** 1-based character position in the client's query text. */
  readonly position?: number;
}

export function writeError(error: ErrorFields): Buffer {
  const fields: [string, string | undefined][] = [
    ['S', error.severity],
    ['V', error.severity],
    ['C', error.code],
    ['M', error.message],
    ['D', error.detail],
    ['H', error.hint],
    ['P', error.position === undefined ? undefined : String(error.position)],
  ];
  const body = Buffer.concat([
    ...fields.filter(([, v]) => v !== undefined).map(([k, v]) => Buffer.from(`${k}${v}\0`, 'utf8')),
    Buffer.from([0]),
  ]);
  return message(Backend.ErrorResponse, body);
}

export function writeReadyForQuery(status: number): Buffer {
  return message(Backend.ReadyForQuery, Buffer.from([status]));
}

export function message(type: number, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header[0] = type;
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

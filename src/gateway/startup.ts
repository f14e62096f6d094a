/**
 * The first message of a connection, which has no type byte: SSLRequest, GSSENCRequest,
 * CancelRequest or the StartupMessage with the session's parameters.
 */
import type { Duplex } from 'node:stream';
import { StartupCode } from './protocol/codes.js';
import { MalformedMessageError } from './protocol/frames.js';

export type FirstMessage =
  | { readonly kind: 'ssl' }
  | { readonly kind: 'gssenc' }
  | { readonly kind: 'cancel'; readonly bytes: Buffer }
  | { readonly kind: 'startup'; readonly bytes: Buffer; readonly parameters: ReadonlyMap<string, string> };

/** Largest startup packet PostgreSQL itself accepts (MAX_STARTUP_PACKET_LENGTH). */
const MAX_STARTUP_BYTES = 10_000;

/**
 * Reads one first message from `socket`, then stops reading. Bytes after it (a client that
 * does not wait for the answer) are returned with it.
 */
export function readFirstMessage(socket: Duplex): Promise<{ message: FirstMessage; rest: Buffer }> {
  return new Promise((resolve, reject) => {
    let data = Buffer.alloc(0);
    const cleanup = (): void => {
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('error', onError);
      socket.pause();
    };
    const onEnd = (): void => {
      cleanup();
      reject(new MalformedMessageError('the client closed the connection before its startup message'));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const onData = (chunk: Buffer): void => {
      data = Buffer.concat([data, chunk]);
      if (data.length < 8) return;
      const length = data.readInt32BE(0);
      if (length < 8 || length > MAX_STARTUP_BYTES) {
        cleanup();
        reject(new MalformedMessageError(`a startup message declares ${length} bytes`));
        return;
      }
      if (data.length < length) return;
      cleanup();
      try {
        resolve({ message: decode(data.subarray(0, length)), rest: data.subarray(length) });
      } catch (error) {
        reject(error);
      }
    };
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.on('error', onError);
    socket.resume();
  });
}

function decode(bytes: Buffer): FirstMessage {
  const code = bytes.readInt32BE(4);
  if (code === StartupCode.SslRequest) return { kind: 'ssl' };
  if (code === StartupCode.GssEncRequest) return { kind: 'gssenc' };
  if (code === StartupCode.CancelRequest && bytes.length === 16) return { kind: 'cancel', bytes };
  if (code >> 16 !== 3)
    throw new MalformedMessageError(`protocol version ${code >> 16}.${code & 0xffff} is not supported`);
  const parameters = new Map<string, string>();
  let at = 8;
  while (at < bytes.length && bytes[at] !== 0) {
    const keyEnd = bytes.indexOf(0, at);
    const valueEnd = bytes.indexOf(0, keyEnd + 1);
    if (keyEnd < 0 || valueEnd < 0)
      throw new MalformedMessageError('a startup parameter without its zero byte');
    parameters.set(bytes.toString('utf8', at, keyEnd), bytes.toString('utf8', keyEnd + 1, valueEnd));
    at = valueEnd + 1;
  }
  if (!parameters.has('user')) throw new MalformedMessageError('the startup message names no user');
  return { kind: 'startup', bytes, parameters };
}

/**
 * The dialect asked for at connection time: `options=-c decant.dialect=postgres` (as libpq
 * passes PGOPTIONS) or a `decant.dialect` startup parameter.
 */
export function startupDialect(parameters: ReadonlyMap<string, string>): string | undefined {
  const direct = parameters.get('decant.dialect');
  if (direct) return direct;
  const options = parameters.get('options')?.split(' ') ?? [];
  for (let i = 0; i < options.length; i++) {
    const option = options[i]!;
    const setting =
      option === '-c'
        ? options[i + 1]
        : option.startsWith('--')
          ? option.slice(2)
          : option.startsWith('-c')
            ? option.slice(2)
            : undefined;
    if (setting?.startsWith('decant.dialect=')) return setting.slice('decant.dialect='.length);
  }
  return undefined;
}

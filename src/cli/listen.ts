/** `--listen host:port` of the servers (gateway, serve): a bare port listens on loopback. */
import { DecantError } from '../core/errors.js';

export function parseListen(text: string): { host: string; port: number } {
  const colon = text.lastIndexOf(':');
  const host = colon > 0 ? text.slice(0, colon).replace(/^\[|\]$/g, '') : '127.0.0.1';
  const port = Number(colon >= 0 ? text.slice(colon + 1) : text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new DecantError('CONFIG_INVALID', `--listen ${text} is not host:port`, {
      hint: 'write it as 127.0.0.1:15432',
      context: { key: 'listen' },
    });
  return { host, port };
}

/** Whether clients from other machines can reach `host`. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

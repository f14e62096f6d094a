import { describe, expect, it } from 'vitest';
import { describeServer, redactUrl, serverAddress } from './connect.js';

describe('serverAddress', () => {
  it.each([
    { url: 'postgresql://u:p@db.example:6432/shop', address: { host: 'db.example', port: 6432 } },
    { url: 'postgresql://u:p@db.example/shop', address: { host: 'db.example', port: 5432 } },
    { url: 'postgresql://u:p@[::1]:5433/shop', address: { host: '::1', port: 5433 } },
    { url: 'postgresql:///shop', address: { host: 'localhost', port: 5432 } },
    {
      url: 'postgresql:///shop?host=/var/run/postgresql',
      address: { path: '/var/run/postgresql/.s.PGSQL.5432' },
    },
    { url: 'postgresql://u:p@%2Ftmp%2Fpg:5433/shop', address: { path: '/tmp/pg/.s.PGSQL.5433' } },
  ])('reads $url as libpq does', ({ url, address }) => {
    expect(serverAddress(url)).toEqual(address);
  });

  it('describes a server without its password, a socket by its path', () => {
    expect(describeServer('postgresql://u:secret@[::1]:5433/shop')).toBe('[::1]:5433/shop');
    expect(describeServer('postgresql://u:secret@%2Ftmp%2Fpg/shop')).toBe('/tmp/pg/.s.PGSQL.5432/shop');
    expect(redactUrl('postgresql://u:secret@h/shop')).not.toContain('secret');
  });
});

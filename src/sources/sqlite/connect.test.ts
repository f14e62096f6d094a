import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceKindOf } from '../registry.js';
import { openDatabase, sqlitePathOf } from './connect.js';
import { isSqliteFile } from './file.js';

let dir = '';
let database = '';
let text = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'decant-sqlite-connect-'));
  database = join(dir, 'app.db');
  const db = new Database(database);
  db.exec('CREATE TABLE t (x)');
  db.close();
  text = join(dir, 'notes.txt');
  writeFileSync(text, 'SQLite format 2 and then some');
});

describe('where a SQLite source is', () => {
  it.each([
    ['sqlite:///data/app.db', '/data/app.db'],
    ['sqlite://localhost/data/app.db', '/data/app.db'],
    ['sqlite:///data/my%20app.db', '/data/my app.db'],
    ['sqlite:data/app.db', resolve('data/app.db')],
    ['/data/app.db', '/data/app.db'],
    ['app.db', resolve('app.db')],
  ])('%s is the file %s', (location, path) => {
    expect(sqlitePathOf(location)).toBe(path);
  });

  it('refuses a sqlite: URL that names a host', () => {
    expect(() => sqlitePathOf('sqlite://db.example.org/app.db')).toThrow(/names the host "db.example.org"/);
  });

  it('tells a SQLite file by its header', () => {
    expect(isSqliteFile(database)).toBe(true);
    expect(isSqliteFile(text)).toBe(false);
    expect(isSqliteFile(join(dir, 'missing.db'))).toBe(false);
    expect(isSqliteFile(dir)).toBe(false);
  });

  it('is the source engine of a sqlite: URL and of a path to a SQLite file, and of no other path', () => {
    expect(sourceKindOf(`sqlite://${database}`)).toBe('sqlite');
    expect(sourceKindOf('sqlite:relative.db')).toBe('sqlite');
    expect(sourceKindOf(database)).toBe('sqlite');
    expect(() => sourceKindOf(text)).toThrow(/notes\.txt is neither a URL nor a database file/);
    expect(() => sourceKindOf('ftp://host/file')).toThrow(/scheme "ftp:" is not supported/);
  });

  it('opens read-only, and names the path of a file it cannot open', () => {
    const db = openDatabase(database);
    expect(db.readonly).toBe(true);
    expect(() => db.exec('CREATE TABLE u (y)')).toThrow(/readonly/);
    db.close();
    expect(() => openDatabase(join(dir, 'missing.db'))).toThrow(
      expect.objectContaining({ code: 'CONNECT_DATABASE', message: expect.stringContaining('missing.db') }),
    );
    expect(() => openDatabase(text)).toThrow(
      expect.objectContaining({ code: 'CONNECT_FAILED', message: expect.stringContaining('notes.txt') }),
    );
  });
});

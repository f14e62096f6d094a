/**
 * Where a SQLite source is and how it is opened: `sqlite:///absolute/path.db`,
 * `sqlite:relative.db`, or a plain path to a file that starts with SQLite's header. Files
 * are opened read-only and must exist; a missing file or one that is not a SQLite
 * database is a CONNECT_* error naming the path. Not owned here: what is read (catalog,
 * reader) and the read transaction of a data run (snapshot.ts).
 */
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DecantError, messageOf } from '../../core/errors.js';
import { SQLITE_HEADER, fileHeader } from './file.js';

export type SqliteDatabase = Database.Database;
export type SqliteStatement = Database.Statement<unknown[]>;

/** A writer that holds the file locked briefly (a checkpoint, a commit) is waited for this long. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * The absolute file path of a source setting: a `sqlite:` URL (three slashes for an
 * absolute path, none for a relative one, percent-escapes decoded) or a plain path.
 */
export function sqlitePathOf(location: string): string {
  if (!location.startsWith('sqlite:')) return resolve(location);
  let url: URL;
  try {
    url = new URL(location);
  } catch (error) {
    throw new DecantError('CONFIG_INVALID', `The source setting ${location} is not a valid sqlite: URL`, {
      hint: 'Write it as sqlite:///absolute/path/file.db, sqlite:relative/file.db, or give the path alone',
      context: { key: 'source' },
      cause: error,
    });
  }
  if (url.host !== '' && url.host !== 'localhost') {
    throw new DecantError(
      'CONFIG_INVALID',
      `The source URL ${location} names the host "${url.host}": a SQLite file is read on this machine`,
      {
        hint: 'Write it as sqlite:///absolute/path/file.db (three slashes), or give the path alone',
        context: { key: 'source' },
      },
    );
  }
  return resolve(decodeURIComponent(url.pathname));
}

/** Opens the file read-only, after checking it exists and is a SQLite database. */
export function openDatabase(path: string): SqliteDatabase {
  const header = fileHeader(path);
  if (header === null) {
    throw new DecantError('CONNECT_DATABASE', `The SQLite file ${path} does not exist or cannot be read`, {
      hint: 'Check the path in --source, and that this user may read the file',
      context: { path },
    });
  }
  if (!header.equals(SQLITE_HEADER)) {
    throw new DecantError('CONNECT_FAILED', `The file ${path} is not a SQLite 3 database`, {
      hint: 'Its first bytes are not "SQLite format 3": point --source at the database file itself',
      context: { path },
    });
  }
  let db: SqliteDatabase | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    // Reads the schema now, so that a damaged or encrypted file fails here and not mid-run.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    db?.close();
    throw new DecantError('CONNECT_FAILED', `Cannot open the SQLite database ${path}: ${messageOf(error)}`, {
      hint: 'The file may be damaged, encrypted, or locked by a writer that does not let go; try a copy of it',
      context: { path },
      cause: error,
    });
  }
  // Integers arrive as bigint, exact beyond 2^53; each statement may still ask otherwise.
  db.defaultSafeIntegers(true);
  return db;
}

/**
 * Telling a SQLite database file by its first bytes, without opening it with SQLite: the
 * source registry asks this of a --source that is a path rather than a URL, and it must
 * not load the driver to do so.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** The first 16 bytes of every SQLite 3 database file (https://www.sqlite.org/fileformat.html#the_database_header). */
export const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** The file's first 16 bytes (fewer for a shorter file), or null when it cannot be read. */
export function fileHeader(path: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, read);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** True when `path` names a readable file that begins with SQLite's header. */
export function isSqliteFile(path: string): boolean {
  return fileHeader(path)?.equals(SQLITE_HEADER) ?? false;
}

/**
 * One state of the SQLite file for a whole data run: a single read-only connection opens
 * a read transaction (BEGIN, then a read) and holds it until the run releases it, and
 * every reader of the run reads through that connection. better-sqlite3 is synchronous,
 * so several connections would not read faster in one process; one connection means one
 * transaction and so one state (https://www.sqlite.org/isolation.html):
 *
 * - rollback-journal mode: the open read transaction holds a SHARED lock, which keeps
 *   writers from committing until the run ends (they wait or get SQLITE_BUSY);
 * - WAL mode: the read transaction keeps its end mark in the WAL: writers go on
 *   committing, the run does not see their changes, and checkpoints cannot pass the mark
 *   until it ends (the WAL grows meanwhile).
 *
 * Another data run in the same process joins the snapshot by id and shares the
 * connection; the last release ends the transaction. A snapshot id from another process
 * (or one that is gone) is not joinable: openReader says so, and the data step takes a
 * new one.
 */
import { randomUUID } from 'node:crypto';
import { DecantError } from '../../core/errors.js';
import type { Snapshot } from '../source.js';
import { openDatabase, type SqliteDatabase } from './connect.js';
import { endAndClose } from './rows.js';

interface Held {
  path: string;
  db: SqliteDatabase;
  holders: number;
}

/** Snapshots this process holds, by id: two data runs of one process share them. */
const HELD = new Map<string, Held>();

export function openSnapshot(path: string, joinSnapshotId?: string): Snapshot {
  if (joinSnapshotId !== undefined) {
    const held = HELD.get(joinSnapshotId);
    if (!held || held.path !== path) return { id: joinSnapshotId, release: async () => undefined };
    held.holders++;
    return handle(joinSnapshotId, held);
  }
  const db = openDatabase(path);
  try {
    db.exec('BEGIN');
    // The transaction starts reading here: from now on this connection sees one state.
    db.prepare('SELECT count(*) FROM main.sqlite_schema').get();
  } catch (error) {
    db.close();
    throw new DecantError('DATA_SNAPSHOT', `Cannot start a read transaction on ${path}`, {
      hint: 'A writer holds the file locked: let it finish, then run data again',
      context: { path },
      cause: error,
    });
  }
  const id = `sqlite-${process.pid}-${randomUUID()}`;
  const held: Held = { path, db, holders: 1 };
  HELD.set(id, held);
  return handle(id, held);
}

function handle(id: string, held: Held): Snapshot {
  let released = false;
  return {
    id,
    async release() {
      if (released) return;
      released = true;
      if (--held.holders > 0) return;
      HELD.delete(id);
      endAndClose(held.db);
    },
  };
}

/** The connection of a snapshot this process holds. */
export function snapshotDatabase(snapshot: Snapshot, path: string): SqliteDatabase {
  const held = HELD.get(snapshot.id);
  if (!held || held.path !== path) {
    throw new DecantError('DATA_SNAPSHOT', `The SQLite snapshot ${snapshot.id} is not held by this process`, {
      hint: 'The process that took it has ended; run data again and it takes a new one',
      context: { snapshot: snapshot.id },
    });
  }
  return held.db;
}

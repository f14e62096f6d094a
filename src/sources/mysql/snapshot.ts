/**
 * One consistent point in a MySQL/MariaDB source for every reader of a data run. MySQL
 * cannot export a snapshot to other sessions as PostgreSQL does, so all the readers are
 * opened up front: under one brief FLUSH TABLES WITH READ LOCK, each starts
 * `START TRANSACTION WITH CONSISTENT SNAPSHOT`, the binlog position is read (for CDC),
 * and the lock is released. Without the RELOAD privilege the readers start one after the
 * other without the lock, and the snapshot says so in its warning.
 */
import { DecantError, messageOf } from '../../core/errors.js';
import type { Snapshot } from '../source.js';
import { connectMysql, type MysqlConnection } from './connect.js';

export interface MysqlSnapshot extends Snapshot {
  /** Takes a reader session that is inside the snapshot. */
  take(): MysqlConnection;
  /** Gives a reader session back for another worker. */
  give(connection: MysqlConnection): void;
}

export async function openMysqlSnapshot(url: string, readers: number): Promise<MysqlSnapshot> {
  const control = await connectMysql(url);
  const sessions: MysqlConnection[] = [];
  let warning: string | undefined;
  let locked = false;
  try {
    try {
      await control.query('FLUSH TABLES WITH READ LOCK');
      locked = true;
    } catch (error) {
      warning =
        `FLUSH TABLES WITH READ LOCK was refused (${messageOf(error)}): the ${readers} readers start their ` +
        'snapshots one after another, so rows written meanwhile may be seen by some and not others. ' +
        'Grant RELOAD to the source user, or copy while nothing writes';
    }
    for (let i = 0; i < readers; i++) {
      const session = await connectMysql(url);
      sessions.push(session);
      await session.query('SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      await session.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
    }
    const position = await binlogPosition(control);
    if (locked) await control.query('UNLOCK TABLES');
    await control.end();
    const idle = [...sessions];
    return {
      id: position ?? `mysql-snapshot-${Date.now()}`,
      ...(warning ? { warning } : {}),
      take() {
        const session = idle.pop();
        if (!session) {
          throw new DecantError('DATA_SNAPSHOT', 'Every reader session of the MySQL snapshot is in use', {
            hint: 'A MySQL snapshot has as many readers as jobs; run the data step again (it resumes)',
          });
        }
        return session;
      },
      give(session) {
        idle.push(session);
      },
      async release() {
        await Promise.all(sessions.map((session) => session.end().catch(() => undefined)));
      },
    };
  } catch (error) {
    if (locked) await control.query('UNLOCK TABLES').catch(() => undefined);
    await control.end().catch(() => undefined);
    await Promise.all(sessions.map((session) => session.end().catch(() => undefined)));
    throw new DecantError(
      'DATA_SNAPSHOT',
      `Cannot open a consistent snapshot of the MySQL source: ${messageOf(error)}`,
      {
        hint: 'The source user needs SELECT on the tables (and RELOAD for one consistent point)',
        cause: error,
      },
    );
  }
}

/** `file:position` of the binary log, or null when it is off or cannot be read. */
async function binlogPosition(control: MysqlConnection): Promise<string | null> {
  for (const statement of ['SHOW BINARY LOG STATUS', 'SHOW MASTER STATUS']) {
    try {
      const [rows] = await control.query(statement);
      const row = (rows as { File?: string; Position?: number | string }[])[0];
      return row?.File ? `${row.File}:${row.Position}` : null;
    } catch {
      // Older servers know only SHOW MASTER STATUS; newer MySQL only the first.
    }
  }
  return null;
}

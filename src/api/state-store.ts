/**
 * What `decant serve` remembers across restarts: connections (without their passwords),
 * the configuration and the operation history in `state.json`; passwords in
 * `secrets.json`; the API token in `token`. Secrets and token files have mode 600, and
 * every file is replaced atomically (written beside, then renamed), so a crash leaves
 * the old file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DecantError, messageOf } from '../core/errors.js';

export interface StoredState {
  connections: Record<string, Record<string, unknown>>;
  config: Record<string, unknown>;
  operations: unknown[];
}

export interface StateStore {
  readonly dir: string;
  load(): StoredState;
  save(state: StoredState): void;
  loadSecrets(): Record<string, string>;
  saveSecrets(secrets: Record<string, string>): void;
  /** The token in `token`, made on first use; `created` tells whether it is new. */
  token(): { token: string; created: boolean };
}

const EMPTY: StoredState = { connections: {}, config: {}, operations: [] };

export function openStateStore(dir: string): StateStore {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new DecantError('API_STATE', `Cannot create the state directory ${dir}: ${messageOf(error)}`, {
      hint: 'Give --state-dir a directory this user may write',
      cause: error,
    });
  }
  const path = (name: string): string => join(dir, name);

  function read<T>(name: string, fallback: T): T {
    const file = path(name);
    if (!existsSync(file)) return structuredClone(fallback);
    try {
      return { ...structuredClone(fallback), ...JSON.parse(readFileSync(file, 'utf8')) } as T;
    } catch (error) {
      throw new DecantError('API_STATE', `Cannot read ${file}: ${messageOf(error)}`, {
        hint: 'Fix or remove the file (the server starts afresh without it)',
        cause: error,
      });
    }
  }

  function write(name: string, content: string, mode: number): void {
    const file = path(name);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, content, { mode });
    // writeFileSync's mode applies only to a new file; a leftover temporary keeps its own.
    chmodSync(temporary, mode);
    renameSync(temporary, file);
  }

  return {
    dir,
    load: () => read<StoredState>('state.json', EMPTY),
    save: (state) => write('state.json', `${JSON.stringify(state, null, 1)}\n`, 0o644),
    loadSecrets: () => read<Record<string, string>>('secrets.json', {}),
    saveSecrets: (secrets) => write('secrets.json', `${JSON.stringify(secrets)}\n`, 0o600),
    token() {
      const file = path('token');
      if (existsSync(file)) return { token: readFileSync(file, 'utf8').trim(), created: false };
      const token = randomBytes(24).toString('base64url');
      write('token', `${token}\n`, 0o600);
      return { token, created: true };
    },
  };
}

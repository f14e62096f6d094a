/**
 * The source engines Decant knows. Adding an engine is one entry here and a folder
 * beside this file; the engine reaches sources only through this table.
 */
import type { Config } from '../core/config/schema.js';
import { DecantError } from '../core/errors.js';
import { redactUrl } from '../core/pg/connect.js';
import type { SourceAdapter } from './source.js';
import { isSqliteFile } from './sqlite/file.js';

export interface SourceModule {
  /** URL schemes this engine answers to. */
  schemes: readonly string[];
  /** For engines whose databases are files: true when a --source that is no URL names one. */
  isFile?(path: string): boolean;
  /** Opens the source; `config` carries the engine's type options and value policies. */
  open(url: string, config: Config): Promise<SourceAdapter>;
}

export const SOURCES = {
  postgres: {
    schemes: ['postgres:', 'postgresql:'],
    open: async (url: string) => (await import('./postgres/index.js')).createPostgresSource(url),
  },
  mysql: {
    schemes: ['mysql:', 'mariadb:'],
    open: async (url: string, config: Config) =>
      (await import('./mysql/index.js')).createMysqlSource(url, config),
  },
  sqlite: {
    schemes: ['sqlite:'],
    isFile: isSqliteFile,
    open: async (url: string, config: Config) =>
      (await import('./sqlite/index.js')).createSqliteSource(url, config),
  },
} satisfies Record<string, SourceModule>;

export type SourceKind = keyof typeof SOURCES;

/** The engine of a --source: by its URL scheme, or, for a path, by the file it names. */
export function sourceKindOf(url: string): SourceKind {
  const modules = Object.entries(SOURCES) as [SourceKind, SourceModule][];
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    const file = modules.find(([, module]) => module.isFile?.(url));
    if (file) return file[0];
    // Shown as it is only when it cannot hold a password (user:password@ needs both signs).
    const shown = /[:@]/.test(url) ? redactUrl(url) : url;
    throw new DecantError(
      'CONFIG_INVALID',
      `The source ${shown} is neither a URL nor a database file Decant can read`,
      {
        hint: 'Write it as postgresql://user:password@host:port/database, or give the path of a SQLite database file',
        context: { key: 'source' },
      },
    );
  }
  for (const [kind, module] of modules) {
    if (module.schemes.includes(scheme)) return kind;
  }
  const known = Object.values(SOURCES)
    .flatMap((m) => m.schemes)
    .join(', ');
  throw new DecantError('CONFIG_INVALID', `The source URL scheme "${scheme}" is not supported`, {
    hint: `Use one of: ${known}, or the path of a SQLite database file`,
    context: { key: 'source' },
  });
}

export async function openSource(config: Config): Promise<SourceAdapter> {
  const module: SourceModule = SOURCES[sourceKindOf(config.source)];
  return module.open(config.source, config);
}

/**
 * Connections as seed 000 posts them (`{"type": "PostgreSQL", "host": ..., "id": 2}`) and
 * the database URLs the engine takes. A connection is kept without its password: the
 * password goes to the secrets file and comes back only inside the URL given to the
 * engine. Whether an engine can be a source is the source registry's business, asked when
 * an operation starts.
 */
import { Type, type Static, type TUnsafe } from '@sinclair/typebox';
import { DecantError } from '../core/errors.js';

export const CONNECTION_TYPES = ['Oracle', 'PostgreSQL', 'MySQL', 'SQLite', 'LGW'] as const;
export type ConnectionType = (typeof CONNECTION_TYPES)[number];

/** A string enum as plain JSON Schema `enum`, so that a wrong value's 400 lists the allowed ones. */
export function stringEnum<T extends string>(values: readonly T[], description?: string): TUnsafe<T> {
  return Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
}

export const ConnectionId = Type.Union(
  [Type.Integer({ minimum: 0 }), Type.String({ pattern: '^[A-Za-z0-9_.-]{1,64}$' })],
  {
    description: 'Chosen by the client; later requests name the connection by it.',
  },
);

export const ConnectionBody = Type.Object(
  {
    id: ConnectionId,
    type: stringEnum(CONNECTION_TYPES, 'LGW is a Decant gateway in front of the target.'),
    host: Type.Optional(Type.String({ minLength: 1 })),
    port: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535 })),
    database: Type.Optional(Type.String({ minLength: 1 })),
    user: Type.Optional(Type.String({ minLength: 1 })),
    password: Type.Optional(Type.String({ description: 'Stored with file mode 600; never returned.' })),
    connectionString: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'Oracle: an Easy Connect string or a TNS descriptor. Others: a URL (postgresql://...).',
      }),
    ),
    path: Type.Optional(Type.String({ minLength: 1, description: 'SQLite: the database file.' })),
    name: Type.Optional(Type.String({ description: 'A label for the dashboard.' })),
  },
  { additionalProperties: false },
);
export type ConnectionInput = Static<typeof ConnectionBody>;

/** What GET /connection shows: the connection as posted, without the password. */
export type ConnectionView = Omit<ConnectionInput, 'password'> & { hasPassword: boolean };

const DEFAULT_PORTS: Record<ConnectionType, number | undefined> = {
  Oracle: 1521,
  PostgreSQL: 5432,
  MySQL: 3306,
  SQLite: undefined,
  LGW: 15432,
};

/** Fields each type needs when it has no connectionString (SQLite needs `path`). */
const REQUIRED: Record<ConnectionType, (keyof Omit<ConnectionInput, 'password'>)[]> = {
  Oracle: ['connectionString'],
  PostgreSQL: ['host', 'database'],
  MySQL: ['host', 'database'],
  SQLite: ['path'],
  LGW: ['host', 'database'],
};

const SCHEMES: Record<ConnectionType, string> = {
  Oracle: 'oracle:',
  PostgreSQL: 'postgresql:',
  MySQL: 'mysql:',
  SQLite: 'sqlite:',
  LGW: 'postgresql:',
};

/**
 * Splits a posted connection into what is stored in the open and its password; a password
 * inside a connection URL is taken out of it too. Throws API_REQUEST naming what is missing.
 */
export function acceptConnection(input: ConnectionInput): { view: ConnectionView; password?: string } {
  const { password, ...rest } = input;
  const usesUrl = rest.connectionString !== undefined && rest.type !== 'Oracle';
  if (!usesUrl) {
    const missing = REQUIRED[rest.type].filter((field) => rest[field] === undefined);
    if (missing.length > 0) {
      throw new DecantError(
        'API_REQUEST',
        `A ${rest.type} connection needs ${missing.map((m) => `"${m}"`).join(' and ')}`,
        {
          hint:
            rest.type === 'SQLite'
              ? 'Give "path": the database file on the server running Decant'
              : rest.type === 'Oracle'
                ? 'Give "connectionString" (host:port/service or a TNS descriptor), "user" and "password"'
                : 'Give host, port, database, user and password, or "connectionString": "postgresql://..."',
          context: { connection: String(rest.id), field: missing[0] },
        },
      );
    }
    return { view: { ...rest, hasPassword: password !== undefined }, password };
  }
  let url: URL;
  try {
    url = new URL(rest.connectionString!);
  } catch {
    throw new DecantError('API_REQUEST', `Connection ${rest.id}: "connectionString" is not a URL`, {
      hint: `Write it as ${SCHEMES[rest.type]}//user@host:port/database, or give host, port and database`,
      context: { connection: String(rest.id), field: 'connectionString' },
    });
  }
  const inUrl = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = '';
  return {
    view: { ...rest, connectionString: url.toString(), hasPassword: (password ?? inUrl) !== undefined },
    password: password ?? inUrl,
  };
}

/**
 * The URL the engine connects with. A gateway connection asks for the postgres dialect, so
 * that the engine's own statements (DDL already translated, COPY, the ledger) pass through
 * untranslated, as seed 000's platform does.
 */
export function connectionUrl(view: ConnectionView, password: string | undefined): string {
  if (view.type === 'SQLite') return `sqlite://${encodeURI(view.path!)}`;
  let url: URL;
  if (view.connectionString !== undefined && view.type !== 'Oracle') {
    url = new URL(view.connectionString);
  } else if (view.type === 'Oracle') {
    // Oracle's connect strings are not URLs; the descriptor travels as a parameter.
    url = new URL('oracle://oracle');
    url.searchParams.set('connectString', view.connectionString!);
  } else {
    url = new URL(`${SCHEMES[view.type]}//host`);
    url.hostname = view.host!;
    url.port = String(view.port ?? DEFAULT_PORTS[view.type]);
    url.pathname = `/${encodeURIComponent(view.database!)}`;
  }
  if (view.user !== undefined) url.username = encodeURIComponent(view.user);
  if (password !== undefined) url.password = encodeURIComponent(password);
  if (view.type === 'LGW') url.searchParams.set('options', '-c decant.dialect=postgres');
  return url.toString();
}

/** Connection types that can be the target: PostgreSQL directly, or through the gateway. */
export function isTargetType(type: ConnectionType): boolean {
  return type === 'PostgreSQL' || type === 'LGW';
}

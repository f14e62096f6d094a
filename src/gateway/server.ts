/**
 * `decant gateway`: a PostgreSQL wire-protocol server in front of a PostgreSQL target. Each
 * client connection is a Session with its own target connection; the statement translator
 * (and its cache) is shared.
 */
import net from 'node:net';
import type tls from 'node:tls';
import type { ServerAddress } from '../core/pg/connect.js';
import type { TranslateOptions } from '../translate/index.js';
import type { Dialect } from './dialect-switch.js';
import { Session } from './session.js';
import { StatementTranslator, type Untranslatable } from './statements.js';

export interface GatewayOptions {
  /** The target server: host and port, or a Unix socket (faster on the database's own host). */
  readonly target: ServerAddress;
  readonly listen: { readonly host: string; readonly port: number };
  /** Sessions without a dialect of their own translate Oracle SQL. */
  readonly dialect?: Dialect;
  readonly translate?: TranslateOptions;
  readonly tls?: tls.SecureContext;
  /** How long a client has to start its session and authenticate (default 60 s, as PostgreSQL's authentication_timeout). */
  readonly startupTimeoutMs?: number;
  readonly onUntranslatable?: (text: string, outcome: Untranslatable) => void;
  /**
   * A session created, changed or dropped a table or view (once its transaction is over): the
   * caller reads the column types again and gives them to `translator.setColumnTypes()`.
   */
  readonly onRelationsChanged?: () => void;
}

export interface Gateway {
  readonly address: { readonly host: string; readonly port: number };
  /** Sessions open now. */
  readonly sessions: number;
  /** Connections accepted since the start (sessions, cancel requests, refused attempts). */
  readonly accepted: number;
  readonly translator: StatementTranslator;
  /** Stops listening and ends every session. */
  close(): Promise<void>;
}

const DEFAULT_STARTUP_TIMEOUT_MS = 60_000;

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const translator = new StatementTranslator({ translate: options.translate ?? {} });
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    const session = new Session(socket, {
      target: options.target,
      translator,
      dialect: options.dialect ?? 'oracle',
      startupTimeoutMs: options.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS,
      ...(options.tls ? { tls: options.tls } : {}),
      ...(options.onUntranslatable ? { onUntranslatable: options.onUntranslatable } : {}),
      ...(options.onRelationsChanged ? { onRelationsChanged: options.onRelationsChanged } : {}),
    });
    void session.run();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.listen.port, options.listen.host, () => resolve());
  });
  const bound = server.address() as net.AddressInfo;
  return {
    address: { host: bound.address, port: bound.port },
    get sessions() {
      return sockets.size;
    },
    get accepted() {
      return accepted;
    },
    translator,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

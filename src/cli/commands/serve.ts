/**
 * `decant serve`: the REST API of seed 000's migration notebook, the dashboard and the
 * metrics, on one HTTP port. State lives in --state-dir; the token comes from
 * DECANT_API_TOKEN or is made on first start and kept there.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { ApiServer } from '../../api/server.js';
import { DecantError, messageOf } from '../../core/errors.js';
import { isLoopback, parseListen } from '../listen.js';

interface ServeFlags {
  listen: string;
  stateDir?: string;
  auth: boolean;
}

export const TOKEN_ENV = 'DECANT_API_TOKEN';

export function defaultStateDir(): string {
  return join(process.env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'decant');
}

export interface StartedServer {
  readonly server: ApiServer;
  /** http://host:port */
  readonly url: string;
  /** The dashboard's address; with the token in its fragment when it was just made. */
  readonly dashboardUrl: string;
}

/**
 * Starts the API server and listens; used by `serve` and by `demo`. The server (fastify,
 * prom-client) is loaded here, on first use, not when the command line is built.
 */
export async function startServer(flags: ServeFlags, say: (line: string) => void): Promise<StartedServer> {
  const listen = parseListen(flags.listen);
  const stateDir = flags.stateDir ?? defaultStateDir();
  let token: string | null = null;
  let fragment = '';
  if (flags.auth) {
    const fromEnv = process.env[TOKEN_ENV];
    if (fromEnv) token = fromEnv;
    else {
      const { openStateStore } = await import('../../api/state-store.js');
      const stored = openStateStore(stateDir).token();
      token = stored.token;
      if (stored.created) {
        say(`decant serve: a new API token was made and kept in ${join(stateDir, 'token')} (mode 600):`);
        say(`  ${token}`);
        say('  send it as "Authorization: Bearer <token>"');
        fragment = `#token=${token}`;
      } else say(`decant serve: the API token is in ${join(stateDir, 'token')}`);
    }
  } else if (!isLoopback(listen.host)) {
    say(`decant serve: WARNING: no authentication, and ${listen.host} is reachable from other machines`);
  }
  const { createApiServer } = await import('../../api/server.js');
  const server = await createApiServer({ stateDir, token });
  let address: string;
  try {
    address = await server.app.listen({ host: listen.host, port: listen.port });
  } catch (error) {
    await server.close();
    throw new DecantError('API_LISTEN', `cannot listen on ${flags.listen}: ${messageOf(error)}`, {
      hint: 'choose a free port with --listen host:port',
      cause: error,
    });
  }
  return { server, url: address, dashboardUrl: `${address}/${fragment}` };
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description("serve the migration notebook's REST API, the dashboard and Prometheus metrics over HTTP")
    .option('--listen <host:port>', 'address to listen on', '127.0.0.1:3000')
    .option(
      '--state-dir <dir>',
      'where connections, settings, operation history and secrets are kept (default: $XDG_STATE_HOME/decant, or ~/.local/state/decant)',
    )
    .option('--no-auth', 'accept requests without the API token (only on a trusted loopback address)')
    .addHelpText(
      'after',
      `
Endpoints (seed 000's notebook runs against them unchanged, with the token header added):
  POST /connection            {"id": 1, "type": "Oracle"|"PostgreSQL"|"MySQL"|"SQLite"|"LGW", host, port,
                               database, user, password} or {"connectionString": ...}; passwords never come back
  POST /config, GET /config   settings (dataOnePass, rowsBuf, dataChunkSize, parTables, useNative, users,
  PUT /config/{key}           verbose, eraseOnInit, jobs, ...); {"value": ...} for PUT
  POST /operation             {"id"?, "oracle": 1, "postgres": 2 | "lgw": 3, "stage": "init"|"schema"|"data"|
                               "constraints"|"check"|"migrate"}; several data operations share the work
  GET /operation[/{id}]       status Running, Succeeded or Failed, and messages
  POST /operation/{id}/wait   answers when the operation has ended; ?count=N keeps the last N messages,
                               ?timeout=S answers after S seconds whatever the status
  POST /operation/{id}/cancel
  GET /object, POST /object/{id}/retry {"ddl1"?}, POST /object/{id}/skip, GET /status
  GET /events (server-sent events), GET /metrics (Prometheus), GET /api (OpenAPI and docs), GET / (dashboard)

The token: ${TOKEN_ENV} if set, else made on first start and kept in <state-dir>/token.

Example:
  decant serve --listen 127.0.0.1:3000
  curl -H "Authorization: Bearer $(cat ~/.local/state/decant/token)" http://127.0.0.1:3000/operation`,
    )
    .action(async (flags: ServeFlags) => {
      const say = (line: string): boolean => process.stderr.write(`${line}\n`);
      const started = await startServer(flags, say);
      say(`decant serve: listening on ${started.url}`);
      say(`  dashboard ${started.dashboardUrl}`);
      say(`  API docs  ${started.url}/api`);
      say(`  state     ${flags.stateDir ?? defaultStateDir()}`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          say('decant serve: stopping (running operations are cancelled; run them again to resume)');
          void started.server.close().finally(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

/**
 * `decant serve`'s HTTP server: seed 000's REST API (connections, config, operations),
 * the ledger levers, a live event stream, Prometheus metrics, the OpenAPI description
 * with interactive docs at /api, and the dashboard at /. Routes live in routes/, one file
 * per resource; this module wires them, the token check and the error shape.
 */
import { timingSafeEqual } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { ERROR_CODES, isDecantError, type ErrorCode } from '../core/errors.js';
import { createLiveFeed, type LiveFeed } from './live.js';
import { createMetrics } from './metrics.js';
import { createOperationRunner, type OperationRunner } from './operations.js';
import { openStateStore } from './state-store.js';
import { openWorkspace, type Workspace } from './workspace.js';
import { connectionRoutes } from './routes/connection.js';
import { configRoutes } from './routes/config.js';
import { operationRoutes } from './routes/operation.js';
import { objectRoutes } from './routes/object.js';
import { eventRoutes } from './routes/events.js';
import { metricsRoutes } from './routes/metrics.js';

export interface ApiServerOptions {
  stateDir: string;
  /** The bearer token every API request must carry; null turns authentication off. */
  token: string | null;
  /** Milliseconds between progress snapshots on the live feed. */
  progressIntervalMs?: number;
  logger?: boolean;
}

export interface ApiContext {
  readonly workspace: Workspace;
  readonly runner: OperationRunner;
  readonly feed: LiveFeed;
}

export interface ApiServer {
  readonly app: FastifyInstance;
  readonly context: ApiContext;
  close(): Promise<void>;
}

const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));
const UPLOT_DIR = fileURLToPath(new URL('../../node_modules/uplot/dist/', import.meta.url));

/** HTTP status per error code; anything else is the server's fault (500) or the database's (502). */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  API_REQUEST: 400,
  CONFIG_INVALID: 400,
  STEP_UNKNOWN: 400,
  API_NOT_FOUND: 404,
  API_CONFLICT: 409,
  LEDGER_MISSING: 409,
  LEDGER_VERSION: 409,
  API_UNAUTHORIZED: 401,
  CONNECT_UNREACHABLE: 502,
  CONNECT_AUTH: 502,
  CONNECT_DATABASE: 502,
  CONNECT_FAILED: 502,
};

/** Paths anyone may read: the dashboard's files and the API's own description. */
const PUBLIC = /^\/($|web\/|api($|\/)|favicon)/;

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const workspace = openWorkspace(openStateStore(options.stateDir));
  const runner = createOperationRunner(
    { config: () => workspace.storedConfig(), persist: (records) => workspace.saveOperations(records) },
    workspace.operations(),
  );
  const feed = createLiveFeed(runner, options.progressIntervalMs);
  const metrics = createMetrics(runner);
  const context: ApiContext = { workspace, runner, feed };

  const app = Fastify({
    logger: options.logger ?? false,
    // Unknown fields and wrong types must be refused by name, never dropped or coerced.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    bodyLimit: 8 * 1024 * 1024,
    // Event streams and waits never end on their own; closing the server ends them.
    forceCloseConnections: true,
  });

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (isDecantError(error)) {
      const status = HTTP_STATUS[error.code] ?? 500;
      return reply.status(status).send({ statusCode: status, ...error.toJSON() });
    }
    if (error.validation) {
      const first = error.validation[0];
      const where = `${error.validationContext ?? 'body'}${first?.instancePath ?? ''}`.replace(/\//g, '.');
      const params = first?.params as Record<string, unknown> | undefined;
      const detail =
        params?.additionalProperty !== undefined
          ? `has an unknown field "${String(params.additionalProperty)}"`
          : params?.allowedValues !== undefined
            ? `${first?.message}: ${(params.allowedValues as unknown[]).join(', ')}`
            : (first?.message ?? 'is not valid');
      return reply.status(400).send({
        statusCode: 400,
        code: 'API_REQUEST',
        message: `${where} ${detail}`,
        hint: 'See the request schema at /api',
        context: { field: where },
      });
    }
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    const code = status === 500 ? 'INTERNAL' : 'API_REQUEST';
    const message =
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
        ? `The request body is not valid JSON: ${error.message}`
        : error.message;
    return reply.status(status).send({
      statusCode: status,
      code,
      message,
      hint:
        status === 500
          ? ERROR_CODES.INTERNAL.summary
          : 'Send a JSON body with Content-Type: application/json',
    });
  });

  if (options.token !== null) {
    const expected = Buffer.from(`Bearer ${options.token}`);
    app.addHook('onRequest', async (request, reply) => {
      if (PUBLIC.test(request.url)) return;
      const given = Buffer.from(request.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return reply.status(401).header('www-authenticate', 'Bearer').send({
          statusCode: 401,
          code: 'API_UNAUTHORIZED',
          message: 'This request needs the API token',
          hint: 'Send "Authorization: Bearer <token>": decant serve printed the token at start, and keeps it in <state-dir>/token',
        });
      }
    });
  }

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Decant',
        version: '0.1.0',
        description:
          "Drive a migration into PostgreSQL: the migration notebook's API (connections, config, operations) and the ledger's levers.",
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: options.token === null ? [] : [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api' });

  await app.register(connectionRoutes, { context });
  await app.register(configRoutes, { context });
  await app.register(operationRoutes, { context });
  await app.register(objectRoutes, { context });
  await app.register(eventRoutes, { context });
  await app.register(metricsRoutes, { registry: metrics.registry });

  await app.register(fastifyStatic, { root: WEB_DIR, prefix: '/web/' });
  await app.register(fastifyStatic, { root: UPLOT_DIR, prefix: '/web/uplot/', decorateReply: false });
  app.get('/', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));

  return {
    app,
    context,
    async close() {
      feed.close();
      await app.close();
      await runner.close();
    },
  };
}

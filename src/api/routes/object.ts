/**
 * /object and /status: the ledger of a target, and seed 000's "reprocessing" and
 * "skipping" levers (new DDL and retry, or skip). The target is the connection named by
 * `target`, or else the one the latest operation used.
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import { createEngine, DecantError, defaultConfig, resolveConfig, type Engine } from '../../index.js';
import { ConnectionId } from '../connections.js';
import type { OperationRecord } from '../operations.js';
import type { ApiContext } from '../server.js';

const TargetQuery = Type.Object(
  { target: Type.Optional(Type.String({ description: 'Connection id of the target (PostgreSQL or LGW).' })) },
  { additionalProperties: true },
);
const ObjectRow = Type.Object({
  id: Type.Integer(),
  owner: Type.String(),
  name: Type.String(),
  type: Type.String(),
  stage: Type.String(),
  error: Type.String(),
  ddl1: Type.String(),
  ddl2: Type.String(),
  dataSize: Type.Number(),
});
const ObjectParams = Type.Object({ id: Type.String({ pattern: '^[0-9]+$' }) });

export const objectRoutes: FastifyPluginAsync<{ context: ApiContext }> = async (app, { context }) => {
  const { workspace, runner } = context;

  function engineFor(target: string | number | undefined): Engine {
    const latest = runner
      .list()
      .reduce<OperationRecord | undefined>(
        (last, record) => (!last || record.startedAt > last.startedAt ? record : last),
        undefined,
      );
    const id = target ?? latest?.target;
    if (id === undefined || id === '') {
      throw new DecantError('API_REQUEST', 'No target is known yet', {
        hint: 'Name one with ?target=<connection id>, or start an operation first',
        context: { field: 'target' },
      });
    }
    const config = resolveConfig(defaultConfig(), workspace.storedConfig(), {
      source: '',
      target: workspace.targetUrl(id),
    });
    return createEngine(config);
  }

  app.get(
    '/status',
    {
      schema: {
        summary: "The ledger's objects by type and stage, errors, tables and workers",
        tags: ['ledger'],
        querystring: TargetQuery,
      },
    },
    async (request) => engineFor((request.query as { target?: string }).target).status(),
  );
  app.get(
    '/object',
    {
      schema: {
        summary: 'Objects of the ledger with their DDL',
        tags: ['ledger'],
        querystring: Type.Object(
          {
            target: Type.Optional(Type.String()),
            failed: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
            type: Type.Optional(Type.String()),
            stage: Type.Optional(Type.String({ minLength: 1, maxLength: 1 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(ObjectRow) },
      },
    },
    async (request) => {
      const query = request.query as { target?: string; failed?: string; type?: string; stage?: string };
      return engineFor(query.target).objects({
        failed: query.failed === 'true',
        type: query.type,
        stage: query.stage,
      });
    },
  );
  app.post(
    '/object/:id/retry',
    {
      schema: {
        summary: 'Retry a failed or skipped object, with new DDL if given',
        tags: ['ledger'],
        params: ObjectParams,
        body: Type.Object(
          {
            target: Type.Optional(ConnectionId),
            ddl1: Type.Optional(Type.String({ minLength: 1 })),
            ddl2: Type.Optional(Type.String()),
          },
          { additionalProperties: false },
        ),
        response: { 200: ObjectRow },
      },
    },
    async (request) => {
      const body = (request.body ?? {}) as { target?: string | number; ddl1?: string; ddl2?: string };
      return engineFor(body.target).retry(Number((request.params as { id: string }).id), {
        ddl1: body.ddl1,
        ddl2: body.ddl2,
      });
    },
  );
  app.post(
    '/object/:id/skip',
    {
      schema: {
        summary: 'Skip an object (and what depends on it)',
        tags: ['ledger'],
        params: ObjectParams,
        body: Type.Optional(
          Type.Object({ target: Type.Optional(ConnectionId) }, { additionalProperties: false }),
        ),
        response: { 200: ObjectRow },
      },
    },
    async (request) => {
      const body = (request.body ?? {}) as { target?: string | number };
      return engineFor(body.target).skip(Number((request.params as { id: string }).id));
    },
  );
};

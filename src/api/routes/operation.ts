/**
 * /operation: seed 000's operations. POST starts one step (`{"id": 1, "oracle": 1,
 * "lgw": 3, "stage": "init"}`) and answers `{"operation": {...}}`; GET lists them or shows
 * one with its messages; POST /operation/{id}/wait answers when it has ended; POST
 * /operation/{id}/cancel stops it.
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import { ConnectionId, stringEnum } from '../connections.js';
import { OPERATION_STAGES, type OperationRecord, type OperationStage } from '../operations.js';
import type { EndpointRequest } from '../workspace.js';
import type { ApiContext } from '../server.js';

const StartBody = Type.Object(
  {
    id: Type.Optional(ConnectionId),
    stage: stringEnum(OPERATION_STAGES, 'The step to run; migrate runs init to check in order.'),
    oracle: Type.Optional(ConnectionId),
    source: Type.Optional(ConnectionId),
    postgres: Type.Optional(ConnectionId),
    target: Type.Optional(ConnectionId),
    lgw: Type.Optional(ConnectionId),
    repair: Type.Optional(Type.Boolean({ description: 'check: copy differing chunks again' })),
  },
  {
    additionalProperties: false,
    description:
      'The source is "oracle" (or "source"), of any engine. The target is "postgres" (or "target"), reached directly, or else "lgw", reached through the gateway with translation off for Decant\'s own statements.',
  },
);

const Operation = Type.Object({
  id: ConnectionId,
  stage: Type.String(),
  status: Type.Union([Type.Literal('Running'), Type.Literal('Succeeded'), Type.Literal('Failed')]),
  source: ConnectionId,
  target: ConnectionId,
  via: Type.String(),
  repair: Type.Boolean(),
  pid: Type.Optional(Type.Integer({ description: 'The process that runs (or ran) the operation' })),
  startedAt: Type.String(),
  finishedAt: Type.Optional(Type.String()),
  summary: Type.Optional(Type.String()),
  messages: Type.Array(Type.String()),
  messagesDropped: Type.Optional(Type.Integer()),
  report: Type.Optional(Type.Array(Type.Unknown())),
});
const OperationSummary = Type.Omit(Operation, ['messages', 'report']);
const IdParams = Type.Object({ id: Type.String() });
const Digits = Type.String({ pattern: '^[0-9]+$' });
const WaitQuery = Type.Object(
  {
    count: Type.Optional({
      ...Digits,
      description:
        'Answer with only the last count messages (the notebook passes count=1 to see the final line). Default: all.',
    }),
    timeout: Type.Optional({
      ...Digits,
      description:
        'Answer after this many seconds even if the operation still runs (status Running). Default: none.',
    }),
  },
  { additionalProperties: false },
);

export const operationRoutes: FastifyPluginAsync<{ context: ApiContext }> = async (app, { context }) => {
  const { workspace, runner } = context;
  const withoutMessages = ({ messages: _m, report: _r, ...rest }: OperationRecord) => rest;

  app.post(
    '/operation',
    {
      schema: {
        summary: 'Start an operation',
        tags: ['operation'],
        body: StartBody,
        response: { 200: Type.Object({ operation: Operation }) },
      },
    },
    async (request) => {
      const body = request.body as EndpointRequest & {
        id?: string | number;
        stage: OperationStage;
        repair?: boolean;
      };
      const endpoints = workspace.endpoints(body, true);
      return { operation: runner.start({ id: body.id, stage: body.stage, endpoints, repair: body.repair }) };
    },
  );
  app.get(
    '/operation',
    {
      schema: {
        summary: 'List the operations',
        tags: ['operation'],
        response: { 200: Type.Array(OperationSummary) },
      },
    },
    async () => runner.list().map(withoutMessages),
  );
  app.get(
    '/operation/:id',
    {
      schema: {
        summary: 'One operation with its messages',
        tags: ['operation'],
        params: IdParams,
        response: { 200: Operation },
      },
    },
    async (request) => runner.get((request.params as { id: string }).id),
  );
  app.post(
    '/operation/:id/wait',
    {
      schema: {
        summary: 'Wait for an operation to end',
        tags: ['operation'],
        params: IdParams,
        querystring: WaitQuery,
        response: { 200: Operation },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const query = request.query as { count?: string; timeout?: string };
      const record = await runner.wait(
        id,
        query.timeout === undefined ? undefined : Number(query.timeout) * 1000,
      );
      if (query.count === undefined) return record;
      const count = Number(query.count);
      return { ...record, messages: count === 0 ? [] : record.messages.slice(-count) };
    },
  );
  app.post(
    '/operation/:id/cancel',
    {
      schema: {
        summary: 'Cancel a running operation',
        tags: ['operation'],
        params: IdParams,
        response: { 200: Operation },
      },
    },
    async (request) => runner.cancel((request.params as { id: string }).id),
  );
};

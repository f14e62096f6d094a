/**
 * /connection: seed 000's connections. The client picks the id; posting an id again
 * replaces that connection. Passwords go in, never out.
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import { ConnectionBody, type ConnectionInput } from '../connections.js';
import type { ApiContext } from '../server.js';

const ConnectionView = Type.Composite(
  [Type.Omit(ConnectionBody, ['password']), Type.Object({ hasPassword: Type.Boolean() })],
  { description: 'A connection as stored: never with its password.' },
);
const IdParams = Type.Object({ id: Type.String() });

export const connectionRoutes: FastifyPluginAsync<{ context: ApiContext }> = async (app, { context }) => {
  const { workspace } = context;
  app.post(
    '/connection',
    {
      schema: {
        summary: 'Create or replace a connection',
        tags: ['connection'],
        body: ConnectionBody,
        response: { 200: ConnectionView },
      },
    },
    async (request) => workspace.saveConnection(request.body as ConnectionInput),
  );
  app.get(
    '/connection',
    {
      schema: {
        summary: 'List the connections',
        tags: ['connection'],
        response: { 200: Type.Array(ConnectionView) },
      },
    },
    async () => workspace.connections(),
  );
  app.get(
    '/connection/:id',
    {
      schema: {
        summary: 'One connection',
        tags: ['connection'],
        params: IdParams,
        response: { 200: ConnectionView },
      },
    },
    async (request) => workspace.connection((request.params as { id: string }).id),
  );
  app.delete(
    '/connection/:id',
    { schema: { summary: 'Forget a connection and its password', tags: ['connection'], params: IdParams } },
    async (request, reply) => {
      workspace.deleteConnection((request.params as { id: string }).id);
      return reply.status(204).send();
    },
  );
};

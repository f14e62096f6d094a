/** /metrics: Prometheus's text format, from the registry metrics.ts fills. */
import type { FastifyPluginAsync } from 'fastify';
import type { Registry } from 'prom-client';

export const metricsRoutes: FastifyPluginAsync<{ registry: Registry }> = async (app, { registry }) => {
  app.get(
    '/metrics',
    { schema: { summary: 'Prometheus metrics', tags: ['metrics'] } },
    async (_request, reply) =>
      reply.header('content-type', registry.contentType).send(await registry.metrics()),
  );
};

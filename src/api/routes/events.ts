/**
 * /events: the live feed as server-sent events (`operation`, `log`, `progress`), for the
 * dashboard and for any client that would rather listen than poll. The first event is the
 * current progress snapshot; a comment every 15 s keeps proxies from closing the stream.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { FeedMessage } from '../live.js';
import type { ApiContext } from '../server.js';

const KEEPALIVE_MS = 15_000;

export const eventRoutes: FastifyPluginAsync<{ context: ApiContext }> = async (app, { context }) => {
  app.get(
    '/events',
    {
      schema: {
        summary: 'Live progress as server-sent events',
        tags: ['events'],
        produces: ['text/event-stream'],
      },
    },
    (request, reply) => {
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const write = (message: FeedMessage): void => {
        out.write(`event: ${message.event}\ndata: ${JSON.stringify(message.data)}\n\n`);
      };
      write({ event: 'progress', data: context.feed.snapshot() });
      const unsubscribe = context.feed.subscribe(write);
      const keepalive = setInterval(() => out.write(': keepalive\n\n'), KEEPALIVE_MS);
      request.raw.on('close', () => {
        clearInterval(keepalive);
        unsubscribe();
      });
    },
  );
};

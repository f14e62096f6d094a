/**
 * /config: Decant's settings as seed 000 sets them (`dataOnePass`, `rowsBuf`, `users`, ...).
 * POST merges keys, PUT /config/{key} sets one; both answer with every key in effect. Keys
 * and types are checked against the one config schema, and a bad one is named in the 400.
 */
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import { ConfigSchema } from '../../index.js';
import type { ApiContext } from '../server.js';

const { source: _source, target: _target, ...settings } = ConfigSchema.properties;
/** The settings as documentation; validation is resolveConfig's, so that CLI and API agree. */
const ConfigDoc = Type.Object(settings, { description: 'Settings in effect, defaults included.' });
const PATCH_DESCRIPTION = 'Any of the settings; unknown keys and wrong types are refused by name.';

export const configRoutes: FastifyPluginAsync<{ context: ApiContext }> = async (app, { context }) => {
  const { workspace } = context;
  app.get(
    '/config',
    { schema: { summary: 'Every setting in effect', tags: ['config'], response: { 200: ConfigDoc } } },
    async () => workspace.config(),
  );
  app.post(
    '/config',
    {
      schema: {
        summary: 'Merge settings',
        tags: ['config'],
        body: Type.Object({}, { additionalProperties: true, description: PATCH_DESCRIPTION }),
        response: { 200: ConfigDoc },
      },
    },
    async (request) => workspace.updateConfig(request.body as Record<string, unknown>),
  );
  app.put(
    '/config/:key',
    {
      schema: {
        summary: 'Set one setting',
        tags: ['config'],
        params: Type.Object({ key: Type.String() }),
        body: Type.Object({ value: Type.Unknown() }, { additionalProperties: false }),
        response: { 200: ConfigDoc },
      },
    },
    async (request) => {
      const { key } = request.params as { key: string };
      return workspace.updateConfig({ [key]: (request.body as { value: unknown }).value });
    },
  );
};

/**
 * The server's memory of connections and configuration, kept in the state store on every
 * change. It validates configuration keys against Decant's config schema and turns an
 * operation's connection ids into the URLs the engine needs; it runs nothing.
 */
import { DecantError, defaultConfig, resolveConfig, sourceKindOf, type Config } from '../index.js';
import { messageOf } from '../core/errors.js';
import {
  acceptConnection,
  connectionUrl,
  isTargetType,
  type ConnectionInput,
  type ConnectionView,
} from './connections.js';
import type { OperationEndpoints, OperationId, OperationRecord } from './operations.js';
import type { StateStore } from './state-store.js';

/** Keys that come from connections, not from /config. */
const CONNECTION_KEYS = new Set(['source', 'target']);

export type PublicConfig = Omit<Config, 'source' | 'target'>;

export interface EndpointRequest {
  oracle?: OperationId;
  source?: OperationId;
  postgres?: OperationId;
  target?: OperationId;
  lgw?: OperationId;
}

export interface Workspace {
  connections(): ConnectionView[];
  connection(id: OperationId): ConnectionView;
  saveConnection(input: ConnectionInput): ConnectionView;
  deleteConnection(id: OperationId): void;
  /** The stored keys only (what operations layer over the defaults). */
  storedConfig(): Record<string, unknown>;
  /** Every key with its value in effect. */
  config(): PublicConfig;
  /** Merges `patch` into the stored configuration after validating the result. */
  updateConfig(patch: Record<string, unknown>): PublicConfig;
  /** Resolves an operation's connection ids; throws API_REQUEST or API_NOT_FOUND. */
  endpoints(request: EndpointRequest, needsSource: boolean): OperationEndpoints;
  /** The URL of a target connection, for the ledger levers. */
  targetUrl(id: OperationId): string;
  /** The stored operation history. */
  operations(): OperationRecord[];
  saveOperations(records: OperationRecord[]): void;
}

export function openWorkspace(store: StateStore): Workspace {
  const state = store.load();
  const secrets = store.loadSecrets();
  const save = (): void => store.save(state);

  function connection(id: OperationId): ConnectionView {
    const view = state.connections[String(id)] as ConnectionView | undefined;
    if (!view) {
      throw new DecantError('API_NOT_FOUND', `There is no connection ${JSON.stringify(id)}`, {
        hint: 'Create it with POST /connection, or list them with GET /connection',
        context: { connection: String(id) },
      });
    }
    return view;
  }

  function targetConnection(id: OperationId): ConnectionView {
    const target = connection(id);
    if (!isTargetType(target.type)) {
      throw new DecantError(
        'API_REQUEST',
        `Connection ${JSON.stringify(id)} is ${target.type}, not a target`,
        {
          hint: 'The target is a PostgreSQL connection ("postgres") or a gateway (LGW, "lgw")',
          context: { connection: String(id) },
        },
      );
    }
    return target;
  }

  function urlOf(id: OperationId): string {
    return connectionUrl(connection(id), secrets[String(id)]);
  }

  function validated(stored: Record<string, unknown>): Config {
    for (const key of Object.keys(stored)) {
      if (CONNECTION_KEYS.has(key)) {
        throw new DecantError(
          'CONFIG_INVALID',
          `Configuration key "${key}" is set by connections, not by /config`,
          {
            hint: 'POST /connection, then name its id in the operation ("oracle"/"source", "postgres"/"target", "lgw")',
            context: { key },
          },
        );
      }
    }
    return resolveConfig(defaultConfig(), stored, { source: '', target: '' });
  }

  function publicConfig(config: Config): PublicConfig {
    const { source: _source, target: _target, ...rest } = config;
    return rest;
  }

  return {
    connections: () => Object.values(state.connections) as ConnectionView[],
    connection,
    saveConnection(input) {
      const { view, password } = acceptConnection(input);
      const id = String(view.id);
      state.connections[id] = view;
      if (password === undefined) delete secrets[id];
      else secrets[id] = password;
      store.saveSecrets(secrets);
      save();
      return view;
    },
    deleteConnection(id) {
      connection(id);
      delete state.connections[String(id)];
      delete secrets[String(id)];
      store.saveSecrets(secrets);
      save();
    },
    storedConfig: () => state.config,
    config: () => publicConfig(validated(state.config)),
    updateConfig(patch) {
      const next = { ...state.config, ...patch };
      const config = validated(next);
      state.config = next;
      save();
      return publicConfig(config);
    },
    endpoints(request, needsSource) {
      const sourceId = request.oracle ?? request.source;
      const directId = request.postgres ?? request.target;
      const targetId = directId ?? request.lgw;
      if (sourceId === undefined && needsSource) {
        throw new DecantError('API_REQUEST', 'The operation names no source connection', {
          hint: 'Add "oracle": <id> (or "source": <id>) naming a connection made with POST /connection',
          context: { field: 'oracle' },
        });
      }
      if (targetId === undefined) {
        throw new DecantError('API_REQUEST', 'The operation names no target connection', {
          hint: 'Add "postgres": <id> for a direct connection, or "lgw": <id> to go through the gateway',
          context: { field: 'postgres' },
        });
      }
      const target = targetConnection(targetId);
      if (directId === undefined && validated(state.config).useNative) {
        throw new DecantError(
          'API_REQUEST',
          'useNative is set but the operation names only a gateway ("lgw")',
          {
            hint: 'Add "postgres": <id> so that Decant can write to PostgreSQL directly, or PUT /config/useNative {"value": false}',
            context: { key: 'useNative' },
          },
        );
      }
      let sourceUrl = '';
      if (sourceId !== undefined) {
        const source = connection(sourceId);
        if (source.type === 'LGW') {
          throw new DecantError(
            'API_REQUEST',
            `Connection ${JSON.stringify(sourceId)} is a gateway, not a source`,
            {
              hint: 'Name the database being migrated from: an Oracle, PostgreSQL, MySQL or SQLite connection',
              context: { connection: String(sourceId) },
            },
          );
        }
        sourceUrl = urlOf(sourceId);
        try {
          sourceKindOf(sourceUrl);
        } catch (error) {
          throw new DecantError(
            'API_REQUEST',
            `Connection ${JSON.stringify(sourceId)} (${source.type}) cannot be a source in this version of Decant`,
            { hint: messageOf(error), context: { connection: String(sourceId) }, cause: error },
          );
        }
      }
      return {
        source: sourceId ?? '',
        target: targetId,
        via: target.type === 'LGW' ? 'gateway' : 'direct',
        sourceUrl,
        targetUrl: urlOf(targetId),
      };
    },
    targetUrl(id) {
      targetConnection(id);
      return urlOf(id);
    },
    operations: () => state.operations as OperationRecord[],
    saveOperations(records) {
      state.operations = records;
      save();
    },
  };
}

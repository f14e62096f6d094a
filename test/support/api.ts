/**
 * `decant serve`'s server for tests: listening on loopback with a token and its own state
 * directory, and a client that speaks HTTP to it as curl does in seed 000's notebook.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiServer, type ApiServer } from '../../src/api/server.js';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

export interface TestApi {
  readonly url: string;
  readonly token: string | null;
  readonly stateDir: string;
  readonly server: ApiServer;
  /** A JSON request; `body` is sent as given when it is a string (to send broken JSON). */
  call<T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

export async function startTestApi(
  options: { stateDir?: string; token?: string | null; progressIntervalMs?: number } = {},
): Promise<TestApi> {
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'decant-api-'));
  const token = options.token === undefined ? 'test-token-123' : options.token;
  const server = await createApiServer({ stateDir, token, progressIntervalMs: options.progressIntervalMs });
  const url = await server.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    token,
    stateDir,
    server,
    async call<T>(method: string, path: string, body?: unknown) {
      const headers: Record<string, string> = {};
      if (token !== null) headers.authorization = `Bearer ${token}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${url}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON (metrics, pages): the text is the body.
      }
      return { status: response.status, body: parsed as T };
    },
    close: () => server.close(),
  };
}

/** Connection fields for a database URL of the test server, as the notebook posts them. */
export function connectionFields(databaseUrl: string): Record<string, unknown> {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: Number(url.port),
    database: decodeURIComponent(url.pathname.slice(1)),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
}

/**
 * Talking to `decant serve`: JSON calls with the bearer token, and the live event stream.
 * The token arrives once in the address's fragment (#token=...), is kept in localStorage
 * and taken out of the address bar so that it does not end up in bookmarks or screenshots.
 */

const TOKEN_KEY = 'decant-token';

/** An answer other than 2xx, with the server's error fields ({code, message, hint}). */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.code ?? '';
    this.hint = body?.hint ?? '';
  }
}

let unauthorizedListener = () => {};

/** Called whenever the server answers 401: the page then asks for the token. */
export function onUnauthorized(listener) {
  unauthorizedListener = listener;
}

export function getToken() {
  return localStorage.getItem(TOKEN_KEY) ?? '';
}

export function setToken(token) {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

/** Moves `#token=...` from the address into storage. */
export function takeTokenFromAddress() {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('token');
  if (token === null) return;
  setToken(token);
  params.delete('token');
  const rest = params.toString();
  history.replaceState(null, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
}

function headers(extra = {}) {
  const token = getToken();
  // With auth off the server ignores the header, so it is sent whenever one is known.
  return token ? { ...extra, authorization: `Bearer ${token}` } : extra;
}

/** One JSON request; resolves to the parsed body, throws ApiError otherwise. */
export async function api(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: headers(body === undefined ? {} : { 'content-type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, {
      code: 'NETWORK',
      message: `The server did not answer (${error.message})`,
      hint: 'Is decant serve still running?',
    });
  }
  const text = await response.text();
  let parsed;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = { message: text };
  }
  if (response.status === 401) unauthorizedListener();
  if (!response.ok) throw new ApiError(response.status, parsed);
  return parsed;
}

const RECONNECT_MS = 2000;

/**
 * Listens to GET /events through fetch (EventSource cannot send the Authorization header)
 * and calls onEvent(name, data) per event. Reconnects 2 s after the stream drops; after a
 * 401 it waits for reconnect() instead, which the token form calls. onState('live' |
 * 'connecting' | 'down') feeds the indicator in the header.
 */
export function streamEvents(onEvent, onState) {
  let controller = null;
  let timer = null;
  let stopped = false;

  async function connect() {
    clearTimeout(timer);
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    onState('connecting');
    try {
      const response = await fetch('/events', { headers: headers(), signal });
      if (response.status === 401) {
        unauthorizedListener();
        onState('unauthorized');
        return; // No retry loop with a wrong token; reconnect() comes with the new one.
      }
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      onState('live');
      await readEvents(response.body, onEvent);
    } catch (error) {
      if (signal.aborted) return;
      console.warn('event stream:', error.message);
    }
    if (signal.aborted || stopped) return;
    onState('down');
    timer = setTimeout(connect, RECONNECT_MS);
  }

  connect();
  return {
    reconnect: connect,
    stop() {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
    },
  };
}

/** Parses the text/event-stream format: blocks separated by a blank line. */
async function readEvents(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value.replace(/\r\n?/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue; // keepalive comment
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') name = text;
        else if (field === 'data') data.push(text);
      }
      if (data.length === 0) continue;
      try {
        onEvent(name, JSON.parse(data.join('\n')));
      } catch (error) {
        // One bad event must not end the stream; the next snapshot repairs the view.
        console.error(`event ${name}:`, error);
      }
    }
  }
}

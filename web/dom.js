/**
 * Small DOM and formatting helpers shared by the panels. Everything from the server goes
 * into the page as text nodes (h() never parses HTML), so names and DDL cannot inject markup.
 */

/**
 * h('td', {class: 'num', dataset: {table: t}, onclick: f}, 'text', child, [more]): an
 * element. Props starting with "on" are listeners, known
 * properties are set as such, others become attributes; null/false children are left out.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null) continue;
    if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key === 'style') Object.assign(element.style, value);
    else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'class') element.className = value;
    else if (key in element)
      element[key] = value; // properties: value, disabled, spellcheck...
    else if (value !== false) element.setAttribute(key, value === true ? '' : String(value));
  }
  element.append(...flatten(children));
  return element;
}

function flatten(children) {
  const out = [];
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    out.push(child instanceof Node ? child : String(child));
  }
  return out;
}

/** A table with a header row; rows are <tr> elements. */
export function table(headers, rows, props = {}) {
  return h(
    'table',
    props,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headers.map((header) => h('th', { class: header.num ? 'num' : '' }, header.label ?? header)),
      ),
    ),
    h('tbody', {}, rows),
  );
}

/** A muted line standing in for an empty list. */
export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

/** A bar whose inner width shows done/total. */
export function bar(done, total, title) {
  const percent = total > 0 ? Math.min(100, (100 * done) / total) : 0;
  return h(
    'div',
    { class: 'bar', title: title ?? `${done} / ${total}` },
    h('div', { class: 'bar-fill', style: { width: `${percent.toFixed(1)}%` } }),
  );
}

/**
 * Shows an ApiError (or any error) as message and hint in `container`'s banner (under its
 * heading), replacing the previous one; null clears it. A 401 gets none: the token form
 * at the top says it once for every panel.
 */
export function showError(container, error) {
  container.querySelector(':scope > .error-banner')?.remove();
  if (!error || error.status === 401) return;
  const banner = h(
    'div',
    { class: 'error-banner', role: 'alert' },
    h('button', { class: 'dismiss', type: 'button', title: 'Dismiss', onclick: () => banner.remove() }, '×'),
    h('div', { class: 'error-message' }, error.message || String(error)),
    error.hint ? h('div', { class: 'error-hint' }, error.hint) : null,
  );
  const heading = container.querySelector(':scope > h2');
  if (heading) heading.after(banner);
  else container.prepend(banner);
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** 1536 → "1.5 KB" (powers of 1024, as PostgreSQL's pg_size_pretty). */
export function formatBytes(bytes) {
  if (!Number.isFinite(bytes)) return '–';
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${UNITS[unit]}`;
}

const numberFormat = new Intl.NumberFormat();
export function formatNumber(value) {
  return Number.isFinite(value) ? numberFormat.format(value) : '–';
}

/** MB/s with one decimal ("0.0" when idle). */
export function formatRate(bytesPerSecond) {
  return (bytesPerSecond / (1024 * 1024)).toFixed(1);
}

/** Local time, with the date only when it is not today. */
export function formatTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  const time = date.toLocaleTimeString([], { hour12: false });
  return date.toDateString() === new Date().toDateString() ? time : `${date.toLocaleDateString()} ${time}`;
}

export function formatDuration(fromIso, toIso) {
  if (!fromIso) return '';
  const seconds = Math.max(
    0,
    Math.round(((toIso ? Date.parse(toIso) : Date.now()) - Date.parse(fromIso)) / 1000),
  );
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

/** The ledger's stage letters (src/core/stage.ts), in the order objects pass through them. */
export const STAGES = [
  ['I', 'discovered'],
  ['r', 'init failed'],
  ['P', 'creating'],
  ['E', 'schema failed'],
  ['D', 'created'],
  ['F', 'data failed'],
  ['R', 'data copied'],
  ['p', 'constraining'],
  ['e', 'constraints failed'],
  ['d', 'constraints built'],
  ['c', 'checking'],
  ['i', 'check failed'],
  ['K', 'verified'],
  ['S', 'skipped'],
];
const STAGE_NAMES = new Map(STAGES);
const STAGE_KIND = {
  r: 'failed',
  E: 'failed',
  F: 'failed',
  e: 'failed',
  i: 'failed',
  P: 'working',
  p: 'working',
  c: 'working',
  K: 'ok',
  S: 'skipped',
};

/** A stage as "D created", tinted by kind (failed, working, verified, skipped). */
export function stageLabel(letter) {
  return h(
    'span',
    { class: 'stage', dataset: { kind: STAGE_KIND[letter] ?? 'plain' } },
    h('b', {}, letter),
    ' ',
    STAGE_NAMES.get(letter) ?? 'unknown',
  );
}

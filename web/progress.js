/**
 * Live progress from the `progress` events (every 500 ms while something runs): per
 * running operation its objects and tables, and the overall copy rate as a chart of the
 * last five minutes. The server sends bytes so far per table; rates per table are worked
 * out here from the snapshots of the last two seconds.
 */
import { bar, empty, formatBytes, formatNumber, formatRate, h } from './dom.js';

const WINDOW_SECONDS = 300;
const RATE_WINDOW_MS = 2000;

const progressElement = document.getElementById('progress');
const lastUpdate = document.getElementById('last-update');
const chartElement = document.getElementById('throughput-chart');
const rateElement = document.getElementById('overall-rate');

window.decantProgressEvents = 0;

/** Per "operation|table": recent {at, bytes}, for the table's MB/s. */
const tableHistory = new Map();
/** The chart's columns: seconds since the epoch, and MB/s. */
const times = [];
const rates = [];
let chart = null;

/** A `progress` event. */
export function onProgress(snapshot) {
  window.decantProgressEvents += 1;
  lastUpdate.textContent = new Date(snapshot.at).toLocaleTimeString([], { hour12: false });
  lastUpdate.dateTime = new Date(snapshot.at).toISOString();
  const running = snapshot.operations.length > 0;
  rateElement.textContent = running
    ? `${formatRate(snapshot.bytesPerSecond)} MB/s · ${formatNumber(Math.round(snapshot.rowsPerSecond))} rows/s`
    : 'idle';
  // Idle snapshots add nothing but the one that follows a run (its final rate).
  const last = times.at(-1);
  if (running || (last !== undefined && snapshot.at / 1000 - last < 5)) {
    addPoint(snapshot.at / 1000, snapshot.bytesPerSecond / (1024 * 1024));
  }
  renderOperations(snapshot);
}

function tableRate(operationId, table, at) {
  const key = `${operationId}|${table.step}|${table.table}`;
  const history = tableHistory.get(key) ?? [];
  history.push({ at, bytes: table.bytes });
  while (history.length > 2 && history[0].at < at - RATE_WINDOW_MS) history.shift();
  tableHistory.set(key, history);
  const first = history[0];
  const seconds = (at - first.at) / 1000;
  return seconds > 0 ? Math.max(0, (table.bytes - first.bytes) / seconds) : 0;
}

function renderOperations(snapshot) {
  // Forget the rates of operations that are gone, so the map does not grow forever.
  const live = new Set(snapshot.operations.map((o) => String(o.id)));
  for (const key of tableHistory.keys()) if (!live.has(key.split('|')[0])) tableHistory.delete(key);

  if (snapshot.operations.length === 0) {
    progressElement.replaceChildren(empty('Nothing is running.'));
    return;
  }
  progressElement.replaceChildren(
    ...snapshot.operations.map((operation) => operationBlock(operation, snapshot.at)),
  );
}

function operationBlock(operation, at) {
  const objects = operation.objects;
  const head = h(
    'div',
    { class: 'progress-head' },
    h('b', {}, `Operation ${operation.id}`),
    h(
      'span',
      {},
      `${operation.stage}${operation.step && operation.step !== operation.stage ? ` › ${operation.step}` : ''}`,
    ),
    objects
      ? h(
          'span',
          { class: 'objects' },
          `objects ${formatNumber(objects.done)} / ${formatNumber(objects.total)}`,
          bar(objects.done, objects.total),
          objects.current ? h('span', { class: 'muted mono' }, objects.current) : null,
        )
      : null,
  );
  const tables = [...operation.tables].sort(
    (a, b) => Number(a.done) - Number(b.done) || b.totalBytes - a.totalBytes,
  );
  const rows = tables.map((t) => {
    const rate = tableRate(operation.id, t, at);
    return h(
      'tr',
      { class: `progress-row${t.done ? ' done' : ''}`, dataset: { table: t.table } },
      h('td', {}, t.step),
      h('td', { class: 'mono' }, t.table),
      h('td', { class: 'num' }, formatNumber(t.rows)),
      h(
        'td',
        { class: 'num' },
        `${formatBytes(t.bytes)}${t.totalBytes ? ` / ~${formatBytes(t.totalBytes)}` : ''}`,
      ),
      h('td', { class: 'num' }, t.done ? 'done' : formatRate(rate)),
      h('td', { class: 'num' }, `${t.chunksDone} / ${t.chunksTotal}`),
      h('td', { class: 'chunk-cell' }, bar(t.chunksDone, t.chunksTotal)),
    );
  });
  return h(
    'div',
    { class: 'progress-operation', dataset: { id: String(operation.id) } },
    head,
    rows.length > 0
      ? h(
          'table',
          { class: 'progress-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['Step', 'Table', 'Rows', 'Bytes', 'MB/s', 'Chunks', ''].map((label, i) =>
                h('th', { class: [2, 3, 4, 5].includes(i) ? 'num' : '' }, label),
              ),
            ),
          ),
          h('tbody', {}, rows),
        )
      : null,
  );
}

function addPoint(seconds, mbPerSecond) {
  times.push(seconds);
  rates.push(mbPerSecond);
  while (times.length > 0 && times[0] < seconds - WINDOW_SECONDS) {
    times.shift();
    rates.shift();
  }
  chartElement.classList.toggle('no-data', times.length === 0);
  chart?.setData([times, rates]);
}

/** The uPlot chart; its x range is always the last five minutes up to now. */
export function setupChart() {
  const uPlot = window.uPlot;
  const width = () => Math.max(200, chartElement.clientWidth);
  chart = new uPlot(
    {
      width: width(),
      height: 160,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: {
          time: true,
          range: () => {
            const now = Date.now() / 1000;
            return [now - WINDOW_SECONDS, now];
          },
        },
        y: { range: (_u, _min, max) => [0, Math.max(1, (max || 0) * 1.1)] },
      },
      series: [
        {},
        {
          label: 'MB/s',
          stroke: '#2563eb',
          fill: 'rgba(37, 99, 235, 0.12)',
          width: 1.5,
          points: { show: false },
        },
      ],
      axes: [
        {
          stroke: '#667',
          grid: { stroke: '#eef0f3' },
          ticks: { stroke: '#dde' },
          space: 70,
          // Plain local clock times: the window is five minutes, the date adds nothing.
          values: (_u, splits) =>
            splits.map((s) => new Date(s * 1000).toLocaleTimeString([], { hour12: false })),
        },
        { stroke: '#667', label: 'MB/s', size: 50, grid: { stroke: '#eef0f3' }, ticks: { stroke: '#dde' } },
      ],
    },
    [times, rates],
    chartElement,
  );
  chartElement.classList.toggle('no-data', times.length === 0);
  new ResizeObserver(() => {
    if (chart.width !== width()) chart.setSize({ width: width(), height: 160 });
  }).observe(chartElement);
  // Without events (nothing runs) the window still moves on.
  setInterval(() => chart.setData([times, rates]), 5000);
}

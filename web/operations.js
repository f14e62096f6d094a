/**
 * Operations: the step buttons that start them, the list with their status, and the one
 * chosen, with its log and (for check) its report. The list is kept current by the
 * `operation` and `log` events; GET /operation only fills it at start and on reconnect.
 */
import { api } from './api.js';
import { endpoints } from './connections.js';
import { empty, formatDuration, formatNumber, formatTime, h, showError, table } from './dom.js';

const STEPS = ['init', 'schema', 'data', 'constraints', 'check', 'migrate'];

const listElement = document.getElementById('operations');
const stepsSection = document.getElementById('steps-section');
const detail = document.getElementById('operation-detail');
const detailTitle = document.getElementById('operation-title');
const logElement = document.getElementById('log');
const reportElement = document.getElementById('check-report');

/** Operations by String(id), as the server keeps them. */
const operations = new Map();
let selected = null;

export function anyRunning() {
  return [...operations.values()].some((o) => o.status === 'Running');
}

/** The step each running operation is at, from the progress snapshots. */
const liveSteps = new Map();

/** A `progress` event: notes the steps (the ledger exists once init is over). */
export function noteSteps(snapshot) {
  liveSteps.clear();
  for (const o of snapshot.operations) if (o.step) liveSteps.set(String(o.id), o.step);
}

/**
 * Whether the operations on `target` imply that its ledger exists: one succeeded, one
 * other than init ended (a failed migrate usually got past init), or one runs past init.
 */
export function ledgerExpected(target) {
  return [...operations.values()].some((o) => {
    if (String(o.target) !== String(target)) return false;
    if (o.status === 'Succeeded') return true;
    if (o.status !== 'Running') return o.stage !== 'init';
    return (liveSteps.get(String(o.id)) ?? (o.stage === 'migrate' ? 'init' : o.stage)) !== 'init';
  });
}

/** The operation started last, if any. */
export function latestOperation() {
  return [...operations.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
}

export async function loadOperations() {
  try {
    const list = await api('GET', '/operation');
    operations.clear();
    for (const operation of list) operations.set(String(operation.id), operation);
    showError(listElement.parentElement, null);
  } catch (error) {
    showError(listElement.parentElement, error);
  }
  renderList();
}

/** An `operation` event or a POST answer: the record without its messages. */
export function updateOperation(operation) {
  const key = String(operation.id);
  const before = operations.get(key);
  operations.set(key, { ...before, ...operation });
  renderList();
  // The record's end brings its summary and, for check, the report: show them.
  if (key === selected && operation.status !== 'Running') void showOperation(key);
}

/** Advances the running operations' durations in place (re-rendering could eat a click). */
export function tickDurations() {
  for (const cell of listElement.querySelectorAll('td.took[data-running="true"]')) {
    cell.textContent = formatDuration(cell.dataset.started);
  }
}

/** A `log` event: one line of an operation's log. */
export function appendLog(id, line) {
  if (String(id) !== selected) return;
  const atBottom = logElement.scrollTop + logElement.clientHeight >= logElement.scrollHeight - 4;
  logElement.append(`${line}\n`);
  if (atBottom) logElement.scrollTop = logElement.scrollHeight;
}

async function cancel(operation) {
  try {
    updateOperation(await api('POST', `/operation/${encodeURIComponent(operation.id)}/cancel`));
    showError(listElement.parentElement, null);
  } catch (error) {
    showError(listElement.parentElement, error);
  }
}

function statusCell(operation) {
  return h(
    'span',
    { class: 'status', id: `op-${operation.id}-status`, dataset: { status: operation.status } },
    operation.status,
  );
}

function renderList() {
  if (operations.size === 0) {
    listElement.replaceChildren(empty('No operations yet: choose a source and a target, then run a step.'));
    return;
  }
  // Newest first: ids are numbers when the server assigns them, so sort by start time.
  const sorted = [...operations.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const rows = sorted.map((o) =>
    h(
      'tr',
      {
        class: `operation-row${String(o.id) === selected ? ' selected' : ''}`,
        id: `op-${o.id}`,
        dataset: { id: String(o.id) },
        title: 'Show the log',
        onclick: () => showOperation(String(o.id)),
      },
      h('td', { class: 'num' }, String(o.id)),
      h('td', {}, o.stage),
      h('td', {}, statusCell(o)),
      h('td', {}, `${o.source} → ${o.target}${o.via === 'gateway' ? ' (LGW)' : ''}`),
      h('td', {}, formatTime(o.startedAt)),
      h(
        'td',
        { class: 'num took', dataset: { started: o.startedAt, running: o.status === 'Running' } },
        formatDuration(o.startedAt, o.finishedAt),
      ),
      h('td', { class: 'summary', title: o.summary ?? '' }, o.summary ?? ''),
      h(
        'td',
        {},
        o.status === 'Running'
          ? h(
              'button',
              {
                type: 'button',
                class: 'cancel-button',
                id: `cancel-${o.id}`,
                onclick: (event) => {
                  event.stopPropagation();
                  void cancel(o);
                },
              },
              'Cancel',
            )
          : null,
      ),
    ),
  );
  listElement.replaceChildren(
    table(['Id', 'Step', 'Status', 'Source → target', 'Started', 'Took', 'Summary', ''], rows, {
      class: 'operations',
    }),
  );
}

async function showOperation(key) {
  selected = key;
  renderList();
  detail.hidden = false;
  let operation;
  try {
    operation = await api('GET', `/operation/${encodeURIComponent(key)}`);
    showError(detail, null);
  } catch (error) {
    showError(detail, error);
    return;
  }
  if (selected !== key) return; // another one was clicked meanwhile
  detailTitle.textContent = `Operation ${operation.id}: ${operation.stage}, ${operation.status}`;
  const dropped = operation.messagesDropped ? `(earlier lines were dropped to keep the log bounded)\n` : '';
  logElement.textContent = dropped + operation.messages.map((line) => `${line}\n`).join('');
  logElement.scrollTop = logElement.scrollHeight;
  renderReport(operation.report);
}

/** The check step's report: one row per table, identical or the differing keys. */
function renderReport(report) {
  if (!report) {
    reportElement.replaceChildren();
    return;
  }
  const differing = report.filter((t) => !t.equal).length;
  // Differing tables first: they are what the reader is looking for.
  const sorted = [...report].sort((a, b) => Number(a.equal) - Number(b.equal));
  const rows = sorted.map((t) =>
    h(
      'tr',
      { class: `report-row${t.equal ? '' : ' differs'}`, dataset: { table: t.table } },
      h('td', { class: 'mono' }, t.table),
      h('td', { class: 'num' }, formatNumber(t.sourceRows)),
      h('td', { class: 'num' }, formatNumber(t.targetRows)),
      h('td', { class: 'num' }, `${t.chunksDiffering} / ${t.chunks}`),
      h(
        'td',
        {},
        t.equal
          ? h('span', { class: 'identical' }, 'identical')
          : [
              h('span', { class: 'differs-label' }, 'differs'),
              t.differences.length > 0
                ? h(
                    'ul',
                    { class: 'keys' },
                    t.differences.map((d) => h('li', {}, d)),
                  )
                : null,
            ],
      ),
      h('td', {}, t.repaired ? 'yes' : ''),
      h('td', {}, t.note ?? ''),
    ),
  );
  reportElement.replaceChildren(
    h(
      'h3',
      {},
      `Check report: ${report.length} tables, ${differing === 0 ? 'all identical' : `${differing} differ`}`,
    ),
    table(
      [
        'Table',
        { label: 'Source rows', num: true },
        { label: 'Target rows', num: true },
        { label: 'Chunks differing', num: true },
        'Result',
        'Repaired',
        'Note',
      ],
      rows,
    ),
  );
}

/** Starts `stage` on the chosen connections; the answer's record joins the list at once. */
async function start(stage) {
  const repair = document.getElementById('repair-check').checked;
  const body = { stage, ...endpoints() };
  if (repair && (stage === 'check' || stage === 'migrate')) body.repair = true;
  try {
    const { operation } = await api('POST', '/operation', body);
    showError(stepsSection, null);
    updateOperation(operation);
    void showOperation(String(operation.id));
    return operation;
  } catch (error) {
    showError(stepsSection, error);
    return null;
  }
}

export function setupSteps(started) {
  for (const stage of STEPS) {
    document.getElementById(`run-${stage}`).addEventListener('click', async () => {
      if (await start(stage)) started();
    });
  }
}

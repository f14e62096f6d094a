/**
 * The chosen target's ledger (GET /status) and its failed objects (GET /object?failed=true)
 * with the operator's two levers: retry with edited DDL, or skip. Both read the target
 * database, so a refresh is never started while the previous one is still out.
 */
import { api } from './api.js';
import { targetId } from './connections.js';
import { ledgerExpected } from './operations.js';
import { bar, empty, formatBytes, formatNumber, h, showError, STAGES, stageLabel, table } from './dom.js';

const section = document.getElementById('ledger-section');
const stagesElement = document.getElementById('ledger-stages');
const tablesElement = document.getElementById('ledger-tables');
const workersElement = document.getElementById('ledger-workers');
const failedSection = document.getElementById('failed-section');
const failedElement = document.getElementById('failed-objects');
const updatedElement = document.getElementById('ledger-updated');

let inFlight = null;
let again = false;
let forced = false;
/** Targets whose ledger this page has read: it stays, so they are always asked. */
const seen = new Set();

/**
 * Refreshes ledger and failed objects; calls made meanwhile coalesce into one more. Unless
 * `force` (the Refresh button), a target is asked only once its ledger should exist: a
 * 409 for a ledger init has not made yet is expected, but the browser logs it as an error.
 */
export function refreshLedger(force = false) {
  forced ||= force;
  if (inFlight) {
    again = true;
    return inFlight;
  }
  inFlight = (async () => {
    do {
      again = false;
      const ask = forced;
      forced = false;
      // Without a ledger, asking for its failed objects would only fail the same way.
      if (await loadStatus(ask)) await loadFailed();
      else lastFailed = '';
    } while (again);
  })().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

function clear(message) {
  stagesElement.replaceChildren(empty(message));
  tablesElement.replaceChildren();
  workersElement.replaceChildren();
}

/** 409 LEDGER_MISSING: init has not run on this target yet. */
function noLedger(error) {
  return error.status === 409 && error.code !== 'LEDGER_VERSION';
}

function showNoLedger() {
  updatedElement.textContent = '';
  showError(section, null);
  showError(failedSection, null);
  clear('No ledger yet: run init');
  failedElement.replaceChildren(empty('No ledger yet: run init'));
}

/** Loads GET /status; false when there is no ledger to ask about failed objects. */
async function loadStatus(force) {
  const target = targetId();
  if (target === undefined) {
    showError(section, null);
    clear('Choose a target connection to see its ledger.');
    failedElement.replaceChildren(empty('Choose a target connection.'));
    return false;
  }
  if (!force && !seen.has(String(target)) && !ledgerExpected(target)) {
    showNoLedger();
    return false;
  }
  try {
    const status = await api('GET', `/status?target=${encodeURIComponent(target)}`);
    if (targetId() !== target) return false; // the choice changed; a newer refresh follows
    seen.add(String(target));
    showError(section, null);
    renderStatus(status);
    updatedElement.textContent = `as of ${new Date().toLocaleTimeString([], { hour12: false })}`;
    return true;
  } catch (error) {
    updatedElement.textContent = '';
    if (noLedger(error)) showNoLedger();
    else {
      showError(section, error);
      clear('The ledger could not be read.');
      failedElement.replaceChildren();
    }
    return false;
  }
}

function renderStatus(status) {
  renderStages(status.byStage);
  renderTables(status.tables);
  renderWorkers(status.workers);
}

/** Object types down, stages across (only the stages that occur, in pipeline order). */
function renderStages(byStage) {
  if (byStage.length === 0) {
    stagesElement.replaceChildren(empty('The ledger has no objects.'));
    return;
  }
  const present = new Set(byStage.map((row) => row.stage));
  const stages = STAGES.map(([letter]) => letter).filter((letter) => present.has(letter));
  // A letter this page does not know still gets its column.
  for (const letter of present) if (!stages.includes(letter)) stages.push(letter);
  const counts = new Map();
  for (const { type, stage, count } of byStage) {
    if (!counts.has(type)) counts.set(type, new Map());
    counts.get(type).set(stage, count);
  }
  const totals = new Map();
  const rows = [...counts].map(([type, byLetter]) => {
    let sum = 0;
    const cells = stages.map((letter) => {
      const count = byLetter.get(letter) ?? 0;
      sum += count;
      totals.set(letter, (totals.get(letter) ?? 0) + count);
      return h('td', { class: `num${count ? '' : ' zero'}` }, count ? formatNumber(count) : '·');
    });
    return h(
      'tr',
      { dataset: { type } },
      h('th', { scope: 'row' }, type),
      cells,
      h('td', { class: 'num total' }, formatNumber(sum)),
    );
  });
  const grand = [...totals.values()].reduce((a, b) => a + b, 0);
  rows.push(
    h(
      'tr',
      { class: 'totals' },
      h('th', { scope: 'row' }, 'All'),
      stages.map((letter) => h('td', { class: 'num' }, formatNumber(totals.get(letter)))),
      h('td', { class: 'num total' }, formatNumber(grand)),
    ),
  );
  stagesElement.replaceChildren(
    table(
      [
        'Type',
        ...stages.map((letter) => ({ label: stageLabel(letter), num: true })),
        { label: 'Total', num: true },
      ],
      rows,
      {
        class: 'stages',
      },
    ),
  );
}

function renderTables(tables) {
  if (tables.length === 0) {
    tablesElement.replaceChildren();
    return;
  }
  const rows = tables.map((t) =>
    h(
      'tr',
      { class: 'ledger-row', dataset: { table: t.table } },
      h('td', { class: 'mono' }, t.table),
      h('td', {}, stageLabel(t.stage)),
      h('td', { class: 'num' }, t.chunks ? `${formatNumber(t.chunksDone)} / ${formatNumber(t.chunks)}` : '–'),
      h('td', {}, t.chunks ? bar(t.chunksDone, t.chunks) : null),
      h('td', { class: 'num' }, formatNumber(t.rows)),
      h('td', { class: 'num' }, formatBytes(t.bytes)),
      h('td', { class: 'num' }, formatBytes(t.dataSize)),
    ),
  );
  tablesElement.replaceChildren(
    h('h3', {}, `Tables (${tables.length})`),
    table(
      [
        'Table',
        'Stage',
        { label: 'Chunks', num: true },
        '',
        { label: 'Rows copied', num: true },
        { label: 'Bytes copied', num: true },
        { label: 'Source size', num: true },
      ],
      rows,
    ),
  );
}

function renderWorkers(workers) {
  if (!workers || workers.length === 0) {
    workersElement.replaceChildren();
    return;
  }
  const rows = workers.map((w) =>
    h(
      'tr',
      { class: w.stalled ? 'stalled' : '' },
      h('td', { class: 'mono' }, w.id),
      h('td', {}, w.step),
      h('td', {}, `${w.host}:${w.pid}`),
      h('td', { class: 'mono' }, w.object_name ?? ''),
      h('td', {}, w.activity),
      h('td', { class: 'num' }, formatNumber(w.rows)),
      h('td', { class: 'num' }, `${Math.round(w.seconds_since_progress)}s${w.stalled ? ' (stalled)' : ''}`),
    ),
  );
  workersElement.replaceChildren(
    h('h3', {}, `Workers (${workers.length})`),
    table(
      [
        'Worker',
        'Step',
        'Host:pid',
        'Object',
        'Activity',
        { label: 'Rows', num: true },
        { label: 'Last progress', num: true },
      ],
      rows,
    ),
  );
}

/** What the failed list shows, to leave it alone (buttons, edits) when nothing changed. */
let lastFailed = '';

async function loadFailed() {
  const target = targetId();
  // Keep what the operator is typing: a refresh must not throw away edited DDL.
  if (failedElement.contains(document.activeElement) && document.activeElement.matches('textarea')) return;
  try {
    const objects = await api('GET', `/object?target=${encodeURIComponent(target)}&failed=true`);
    if (targetId() !== target) return;
    showError(failedSection, null);
    renderFailed(objects, target);
  } catch (error) {
    lastFailed = '';
    if (noLedger(error)) {
      showError(failedSection, null);
      failedElement.replaceChildren(empty('No ledger yet: run init'));
    } else {
      showError(failedSection, error);
      failedElement.replaceChildren();
    }
  }
}

function renderFailed(objects, target) {
  const key = JSON.stringify([target, objects]);
  if (key === lastFailed) return;
  lastFailed = key;
  if (objects.length === 0) {
    failedElement.replaceChildren(empty('No failed objects.'));
    return;
  }
  failedElement.replaceChildren(...objects.map((object) => failedBlock(object, target)));
}

function failedBlock(object, target) {
  const editor = h('textarea', { class: 'ddl-editor', spellcheck: false, rows: 6, value: object.ddl1 });
  // A table's constraints (ddl2) are what its constraints step runs: editable as well.
  const editor2 = object.ddl2
    ? h('textarea', { class: 'ddl2-editor', spellcheck: false, rows: 4, value: object.ddl2 })
    : null;
  const block = h(
    'div',
    { class: 'failed-object', dataset: { name: object.name, id: String(object.id) } },
    h(
      'div',
      { class: 'failed-head' },
      h('b', { class: 'mono' }, `${object.owner}.${object.name}`),
      h('span', { class: 'muted' }, object.type),
      stageLabel(object.stage),
    ),
    h('pre', { class: 'object-error' }, object.error),
    h('label', { class: 'ddl-label' }, 'DDL'),
    editor,
    editor2
      ? h('details', { open: object.stage === 'e' }, h('summary', {}, 'Constraint DDL (ddl2)'), editor2)
      : null,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'retry-button',
          onclick: () => lever(block, 'retry', retryBody(target, object, editor, editor2)),
        },
        'Retry',
      ),
      h(
        'button',
        { type: 'button', class: 'skip-button', onclick: () => lever(block, 'skip', { target }) },
        'Skip',
      ),
      h(
        'span',
        { class: 'muted' },
        'Retry sends the object back to its step with this DDL; run that step again. Skip also skips what depends on it.',
      ),
    ),
  );
  return block;
}

function retryBody(target, object, editor, editor2) {
  return () => {
    // The server refuses an empty ddl1 (minLength 1); without one it keeps the stored DDL.
    const body = { target, ddl1: editor.value.trim() ? editor.value : undefined };
    if (editor2 && editor2.value !== object.ddl2) body.ddl2 = editor2.value;
    return body;
  };
}

async function lever(block, action, body) {
  const id = block.dataset.id;
  for (const button of block.querySelectorAll('button')) button.disabled = true;
  try {
    await api('POST', `/object/${id}/${action}`, typeof body === 'function' ? body() : body);
    showError(block, null);
  } catch (error) {
    for (const button of block.querySelectorAll('button')) button.disabled = false;
    showError(block, error);
    return;
  }
  document.activeElement?.blur();
  await refreshLedger();
}

/**
 * The dashboard's entry point: takes the token from the address, wires the panels to each
 * other and to the live event stream, and keeps the ledger fresh while operations run.
 */
import { onUnauthorized, setToken, streamEvents, takeTokenFromAddress } from './api.js';
import { loadConnections, setupConnections } from './connections.js';
import { refreshLedger } from './ledger.js';
import {
  anyRunning,
  appendLog,
  latestOperation,
  loadOperations,
  noteSteps,
  setupSteps,
  tickDurations,
  updateOperation,
} from './operations.js';
import { onProgress, setupChart } from './progress.js';

const LEDGER_POLL_MS = 2000;

takeTokenFromAddress();

const auth = document.getElementById('auth');
const tokenForm = document.getElementById('token-form');
const tokenInput = document.getElementById('token-input');
const liveState = document.getElementById('live-state');

onUnauthorized(() => {
  if (!auth.hidden) return;
  auth.hidden = false;
  tokenInput.focus();
});

tokenForm.addEventListener('submit', (event) => {
  event.preventDefault();
  setToken(tokenInput.value.trim());
  tokenInput.value = '';
  auth.hidden = true;
  events.reconnect();
  void loadAll();
});

async function loadAll() {
  // Operations first: the latest one's connections are the default choice.
  await loadOperations();
  await loadConnections(refreshLedger, latestOperation());
  await refreshLedger();
}

const STATE_TEXT = {
  live: 'live',
  connecting: 'connecting…',
  down: 'disconnected, retrying',
  unauthorized: 'waiting for the token',
};

const events = streamEvents(
  (name, data) => {
    if (name === 'progress') {
      onProgress(data);
      noteSteps(data);
      tickDurations();
    } else if (name === 'operation') {
      updateOperation(data);
      // An ended operation changed the ledger: show its final state and failures.
      if (data.status !== 'Running') void refreshLedger();
    } else if (name === 'log') appendLog(data.id, data.line);
  },
  (state) => {
    liveState.textContent = STATE_TEXT[state];
    liveState.dataset.state = state;
    // Events may have been missed while the stream was down.
    if (state === 'live') void loadOperations();
  },
);

setupConnections(() => void refreshLedger());
setupSteps(() => void refreshLedger());
setupChart();
document.getElementById('ledger-refresh').addEventListener('click', () => void refreshLedger(true));

// The ledger changes under running operations without events of its own: poll it then.
setInterval(() => {
  if (anyRunning()) void refreshLedger();
}, LEDGER_POLL_MS);

void loadAll();

/**
 * Connections: the list, the form that adds one, and the source and target selects that
 * the step buttons read. The chosen ids are remembered across reloads.
 */
import { api } from './api.js';
import { empty, h, showError, table } from './dom.js';

const TARGET_TYPES = new Set(['PostgreSQL', 'LGW']);
const CHOICE_KEY = 'decant-choice';

const list = document.getElementById('connections');
const form = document.getElementById('connection-form');
const sourceSelect = document.getElementById('source-select');
const targetSelect = document.getElementById('target-select');

/** The connections by String(id), so that a select's value maps back to the id as sent. */
let byKey = new Map();

/** Where a connection points, in one line. */
function where(connection) {
  if (connection.path) return connection.path;
  if (connection.connectionString) return connection.connectionString;
  const port = connection.port ? `:${connection.port}` : '';
  return `${connection.host ?? ''}${port}/${connection.database ?? ''}`;
}

function render(connections, onDelete) {
  if (connections.length === 0) {
    list.replaceChildren(empty('No connections yet: add the source and the target below.'));
    return;
  }
  const rows = connections.map((c) =>
    h(
      'tr',
      { dataset: { id: String(c.id) } },
      h('td', {}, String(c.id)),
      h('td', {}, c.type),
      h('td', { class: 'mono' }, where(c)),
      h('td', {}, c.user ?? ''),
      h('td', {}, c.hasPassword ? 'yes' : 'no'),
      h('td', {}, c.name ?? ''),
      h(
        'td',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            title: `Forget connection ${c.id}`,
            onclick: () => onDelete(c),
          },
          'Delete',
        ),
      ),
    ),
  );
  list.replaceChildren(table(['Id', 'Type', 'Where', 'User', 'Password', 'Name', ''], rows));
}

function fillSelect(select, connections, placeholder, fallback) {
  const previous = select.value;
  const options = connections.map((c) =>
    h('option', { value: String(c.id) }, `${c.id} · ${c.type} · ${c.name || where(c)}`),
  );
  if (options.length === 0) options.push(h('option', { value: '', disabled: true }, placeholder));
  select.replaceChildren(...options);
  const saved = JSON.parse(localStorage.getItem(CHOICE_KEY) ?? '{}')[select.id];
  for (const wanted of [previous, saved, fallback === undefined ? undefined : String(fallback)]) {
    if (wanted && connections.some((c) => String(c.id) === wanted)) {
      select.value = wanted;
      return;
    }
  }
  select.selectedIndex = 0;
}

function rememberChoice() {
  localStorage.setItem(
    CHOICE_KEY,
    JSON.stringify({ [sourceSelect.id]: sourceSelect.value, [targetSelect.id]: targetSelect.value }),
  );
}

/**
 * Reloads the list and the selects; `changed` runs when the chosen target may differ.
 * Without an earlier choice, the selects take `latest`'s (the latest operation's) ends.
 */
export async function loadConnections(changed, latest) {
  const before = targetSelect.value;
  try {
    const connections = await api('GET', '/connection');
    byKey = new Map(connections.map((c) => [String(c.id), c]));
    render(connections, (c) => remove(c, changed));
    const sources = connections.filter((c) => c.type !== 'LGW');
    const targets = connections.filter((c) => TARGET_TYPES.has(c.type));
    fillSelect(sourceSelect, sources, 'add a source connection', latest?.source);
    fillSelect(targetSelect, targets, 'add a PostgreSQL or LGW connection', latest?.target);
    showError(list.parentElement, null);
  } catch (error) {
    showError(list.parentElement, error);
  }
  if (targetSelect.value !== before) changed();
}

async function remove(connection, changed) {
  if (!confirm(`Forget connection ${connection.id} and its password?`)) return;
  try {
    await api('DELETE', `/connection/${encodeURIComponent(connection.id)}`);
  } catch (error) {
    showError(list.parentElement, error);
  }
  await loadConnections(changed);
}

/**
 * The operation body's endpoint fields: the source goes in "oracle" (seed 000's name for
 * it, whatever the engine), the target in "lgw" when it is a gateway, else "postgres".
 */
export function endpoints() {
  const body = {};
  const source = byKey.get(sourceSelect.value);
  const target = byKey.get(targetSelect.value);
  if (source) body.oracle = source.id;
  if (target) body[target.type === 'LGW' ? 'lgw' : 'postgres'] = target.id;
  return body;
}

/** The chosen target's id as the API takes it, or undefined. */
export function targetId() {
  return byKey.get(targetSelect.value)?.id;
}

/**
 * The form's fields as POST /connection takes them. Empty fields are left out (the server
 * refuses empty strings); Oracle has no host/port/database fields on the server, so they
 * become an Easy Connect string, and SQLite's "database" is the file's path.
 */
function connectionBody() {
  const field = (name) => form.elements[name].value.trim();
  const id = field('id');
  const body = { id: /^\d+$/.test(id) ? Number(id) : id, type: field('type') };
  const port = field('port');
  const connectionString = field('connectionString');
  if (connectionString) body.connectionString = connectionString;
  else if (body.type === 'Oracle' && field('host')) {
    body.connectionString = `${field('host')}${port ? `:${port}` : ''}/${field('database')}`;
  } else if (body.type === 'SQLite') {
    if (field('database')) body.path = field('database');
  } else {
    if (field('host')) body.host = field('host');
    if (port) body.port = Number(port);
    if (field('database')) body.database = field('database');
  }
  if (field('user')) body.user = field('user');
  if (form.elements.password.value) body.password = form.elements.password.value;
  if (field('name')) body.name = field('name');
  return body;
}

/** Labels and placeholders that fit the chosen type. */
function adaptForm() {
  const type = form.elements.type.value;
  const label = form.querySelector('label[for="conn-database"] span');
  label.textContent = type === 'SQLite' ? 'File path' : type === 'Oracle' ? 'Service' : 'Database';
  form.elements.port.placeholder =
    { Oracle: '1521', PostgreSQL: '5432', MySQL: '3306', LGW: '15432' }[type] ?? '';
  for (const name of ['host', 'port']) form.elements[name].disabled = type === 'SQLite';
}

export function setupConnections(changed) {
  form.elements.type.addEventListener('change', adaptForm);
  adaptForm();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api('POST', '/connection', connectionBody());
      showError(form, null);
      form.reset();
      adaptForm();
    } catch (error) {
      showError(form, error);
      return;
    }
    await loadConnections(changed);
  });
  sourceSelect.addEventListener('change', rememberChoice);
  targetSelect.addEventListener('change', () => {
    rememberChoice();
    changed();
  });
}

// The placements page: a live table (through the watch) with filters, and the create form.

import {api} from './api.js';
import {STATUSES, field, fieldError, fill, h, statusBadge, time} from './dom.js';
import {attempt, showNotice} from './notice.js';
import {onWatch, placements, watchState} from './watch.js';

const filters = {workspace: '', status: ''};

export function render(main, params) {
  return params.create ? renderCreate(main) : renderList(main);
}

const WATCH_TEXT = {
  connecting: 'Connecting to the watch…',
  live: 'Live: changes appear as they happen',
  reconnecting: 'Watch interrupted, reconnecting…',
  unavailable: 'Watch unavailable, retrying…',
  unauthorized: 'Sign in with an API key to see placements',
};

function renderList(main) {
  const state = h('p', {class: 'watch-state', id: 'watch-state', role: 'status'});
  const count = h('p', {class: 'muted', id: 'placement-count'});
  const body = h('div', {id: 'placement-table'});
  const workspaces = h('datalist', {id: 'workspace-options'});
  const workspace = h('input', {type: 'search', value: filters.workspace, list: 'workspace-options',
    placeholder: 'any', autocomplete: 'off'});
  const status = h('select', {}, h('option', {value: ''}, 'any'),
    STATUSES.map(s => h('option', {value: s, selected: s === filters.status}, s)));
  workspace.addEventListener('input', () => {
    filters.workspace = workspace.value.trim();
    draw();
  });
  status.addEventListener('change', () => {
    filters.status = status.value;
    draw();
  });

  fill(main,
    h('div', {class: 'page-head'},
      h('h1', {}, 'Placements'),
      h('a', {class: 'button primary', href: '#/placements/new', id: 'new-placement'}, 'New placement')),
    h('form', {class: 'filters', role: 'search', 'aria-label': 'Filter placements',
      onsubmit: e => e.preventDefault()},
      field('filter-workspace', 'Workspace', workspace),
      field('filter-status', 'Status', status),
      workspaces),
    state, body, count);

  function draw() {
    state.textContent = WATCH_TEXT[watchState()] || '';
    state.dataset.state = watchState();
    const all = [...placements.values()];
    fill(workspaces, [...new Set(all.map(p => p.workspaceName))].sort().map(w => h('option', {value: w})));
    const shown = all
      .filter(p => !filters.workspace || p.workspaceName === filters.workspace)
      .filter(p => !filters.status || (p.status && p.status.provisioningStatus) === filters.status)
      .sort((a, b) => a.name.localeCompare(b.name));
    count.textContent = `${shown.length} of ${all.length} placements shown`;
    fill(body, placementTable(shown));
  }

  draw();
  return onWatch(draw);
}

function placementTable(shown) {
  if (!shown.length) return h('p', {class: 'muted empty'}, 'No placements match.');
  return h('table', {class: 'placements'},
    h('caption', {class: 'visually-hidden'}, 'Placements'),
    h('thead', {}, h('tr', {}, ['Name', 'Workspace', 'Clusters', 'Status', 'Message', 'Created', '']
      .map(text => h('th', {scope: 'col'}, text)))),
    h('tbody', {}, shown.map(p => {
      const status = (p.status && p.status.provisioningStatus) || 'Pending';
      return h('tr', {'data-name': p.name, 'data-status': status},
        h('th', {scope: 'row'}, h('a', {href: `#/placements/${encodeURIComponent(p.name)}`}, p.name)),
        h('td', {}, p.workspaceName),
        h('td', {}, (p.clusters || []).join(', ')),
        h('td', {class: 'status-cell'}, statusBadge(status)),
        h('td', {class: 'message'}, (p.status && p.status.message) || ''),
        h('td', {}, time(p.createdAt)),
        h('td', {}, h('button', {type: 'button', class: 'link danger', 'aria-label': `Delete ${p.name}`,
          onclick: () => remove(p.name)}, 'Delete')));
    })));
}

export async function remove(name) {
  if (!confirm(`Delete placement ${name}?`)) return false;
  return (await attempt(() => api.remove(name), `Deleted ${name}`)) !== undefined;
}

// the create form: scalar fields as inputs, lists as JSON, anything else as one JSON object
const JSON_FIELDS = ['helmConfigs', 'manifestResources', 'cmdExec', 'steps'];

async function example() {
  let workspace = 'abc';
  let cluster = 'worker-1';
  try {
    const clusters = await api.clusters();
    if (clusters.length) {
      cluster = clusters[0].name;
      workspace = clusters[0].workspaces[0] || workspace;
    }
  } catch (e) {
    // the vendor's example names will do
  }
  return {
    workspaceName: workspace,
    name: `bookinfo-${Math.random().toString(36).slice(2, 7)}`,
    clusters: [cluster],
    burstDuration: '15m',
    deletionPolicy: 'Delete',
    helmConfigs: [{chart: 'vaidio/cuda', releaseName: 'cuda', releaseNamespace: 'bookinfo',
      repoName: 'vaidio', repoURL: 'https://smartscaler.nexus.aveshalabs.io/repository/vaidio/',
      values: {replicaCount: 2}}],
    manifestResources: [{name: 'sample-configmap', namespace: 'bookinfo', apiVersion: 'v1',
      kind: 'ConfigMap', data: {'ui.properties': 'color=purple'}}],
    cmdExec: [{name: 'create-namespace', cmd: 'kubectl get pods -n bookinfo'}],
    steps: [{name: 'create-namespace', type: 'command'}, {name: 'cuda', type: 'helm'},
      {name: 'sample-configmap', type: 'manifest'}],
  };
}

function renderCreate(main) {
  const input = (attrs = {}) => h('input', {type: 'text', autocomplete: 'off', ...attrs});
  const area = rows => h('textarea', {rows, spellcheck: 'false', class: 'code'});
  const summary = h('div', {id: 'create-errors', class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true});
  const form = h('form', {id: 'create-form', class: 'create', novalidate: true},
    summary,
    h('fieldset', {}, h('legend', {}, 'Placement'),
      h('div', {class: 'grid'},
        field('cp-workspaceName', 'Workspace', input()),
        field('cp-name', 'Name', input(), 'DNS-1123 name, unique'),
        field('cp-clusters', 'Clusters', input(), 'comma-separated'),
        field('cp-burstDuration', 'Burst duration', input(), 'e.g. 15m, 1h30m'),
        field('cp-deletionPolicy', 'Deletion policy',
          h('select', {}, ['Delete', 'Retain'].map(v => h('option', {value: v}, v)))))),
    h('fieldset', {}, h('legend', {}, 'Steps and what they deploy (JSON)'),
      h('div', {class: 'grid two'},
        field('cp-helmConfigs', 'Helm configs', area(9), 'a JSON array'),
        field('cp-manifestResources', 'Manifest resources', area(9), 'a JSON array'),
        field('cp-cmdExec', 'Commands (cmdExec)', area(5), 'a JSON array'),
        field('cp-steps', 'Steps, in order', area(5), 'a JSON array of {name, type}'),
        field('cp-extra', 'Other fields', area(3), 'a JSON object merged into the body, for fields not above'))),
    h('div', {class: 'actions'},
      h('button', {type: 'submit', class: 'primary', id: 'create-submit'}, 'Create placement'),
      h('button', {type: 'button', id: 'create-example', onclick: async () => fillForm(await example())},
        'Fill with an example'),
      h('a', {href: '#/placements', class: 'button'}, 'Cancel')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    submit(form, summary);
  });
  fill(main, h('div', {class: 'page-head'}, h('h1', {}, 'New placement')),
    h('p', {class: 'muted'}, 'The API validates the placement; every problem it finds is shown beside its field.'),
    form);
  let active = true;
  example().then(body => active && fillForm(body));
  return () => {
    active = false;
  };
}

function fillForm(body) {
  const value = (id, v) => (document.getElementById(id).value = v);
  value('cp-workspaceName', body.workspaceName);
  value('cp-name', body.name);
  value('cp-clusters', body.clusters.join(', '));
  value('cp-burstDuration', body.burstDuration);
  value('cp-deletionPolicy', body.deletionPolicy);
  JSON_FIELDS.forEach(key => value(`cp-${key}`, JSON.stringify(body[key] || [], null, 2)));
  value('cp-extra', '{}');
}

function readForm() {
  const value = id => document.getElementById(id).value.trim();
  const problems = [];
  const body = {};
  const text = key => {
    const v = value(`cp-${key}`);
    if (v) body[key] = v;
  };
  text('workspaceName');
  text('name');
  const clusters = value('cp-clusters');
  if (clusters) body.clusters = clusters.split(',').map(c => c.trim()).filter(Boolean);
  text('burstDuration');
  text('deletionPolicy');
  for (const key of [...JSON_FIELDS, 'extra']) {
    const v = value(`cp-${key}`);
    if (!v) continue;
    try {
      const parsed = JSON.parse(v);
      if (key === 'extra') {
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          throw new Error('must be a JSON object');
        }
        Object.assign(body, parsed);
      } else {
        body[key] = parsed;
      }
    } catch (e) {
      problems.push({field: key, message: `not valid JSON: ${e.message}`});
    }
  }
  return {body, problems};
}

function controlFor(path, body) {
  const top = path.split(/[.[]/)[0];
  if (document.getElementById(`cp-${top}`) && top !== 'extra') return `cp-${top}`;
  return 'cp-extra';
}

function showProblems(summary, problems, body) {
  const byControl = new Map();
  for (const problem of problems) {
    const id = problem.field === 'extra' ? 'cp-extra' : controlFor(problem.field, body);
    const line = problem.field.includes('.') || problem.field.includes('[') || id === 'cp-extra'
      ? `${problem.field}: ${problem.message}` : problem.message;
    byControl.set(id, [...(byControl.get(id) || []), line]);
  }
  byControl.forEach((lines, id) => fieldError(id, lines.join('; ')));
  fill(summary,
    h('h2', {}, `The placement was not created: ${problems.length} problem${problems.length === 1 ? '' : 's'}`),
    h('ul', {}, problems.map(p => h('li', {},
      h('a', {href: '#', onclick: e => {
        e.preventDefault();
        document.getElementById(controlFor(p.field, body)).focus();
      }}, p.field), ` ${p.message}`))));
  summary.hidden = false;
  summary.focus();
}

async function submit(form, summary) {
  form.querySelectorAll('[aria-invalid]').forEach(control => fieldError(control.id, ''));
  summary.hidden = true;
  const {body, problems} = readForm();
  if (problems.length) {
    showProblems(summary, problems, body);
    return;
  }
  try {
    const created = await api.create(body);
    showNotice(`Created ${created.name}`, 'success');
    location.hash = `#/placements/${encodeURIComponent(created.name)}`;
  } catch (e) {
    if (e.fields && e.fields.length) showProblems(summary, e.fields, body);
    else showNotice(e.message);
  }
}

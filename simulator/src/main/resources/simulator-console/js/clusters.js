// The simulated clusters: GPUs (capacity, in use, holders, the waiting line) and what the steps
// deployed (namespaces, Helm releases, manifests, the command log). Refreshed on every watch event.

import {api} from './api.js';
import {fill, h, json, table, time} from './dom.js';
import {showNotice} from './notice.js';
import {onWatch, placements} from './watch.js';

export function render(main) {
  const list = h('div', {id: 'cluster-list'});
  fill(main,
    h('div', {class: 'page-head'}, h('h1', {}, 'Clusters'),
      h('button', {type: 'button', onclick: () => load()}, 'Refresh')),
    list);
  let loading = false;
  let again = false;
  const load = async () => {
    // one request at a time; a change meanwhile asks for one more read after it
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    try {
      const clusters = await api.clusters();
      fill(list, clusters.length ? clusters.map(cluster)
        : h('p', {class: 'muted empty'}, 'No clusters yet: with no topology file a cluster appears when a placement names it.'));
    } catch (e) {
      showNotice(e.message);
    } finally {
      loading = false;
    }
    if (again) {
      again = false;
      load();
    }
  };
  load();
  return onWatch(load);
}

// Queued placements of this cluster that hold no GPU on it wait for one, oldest first: GPUs are
// granted first come, first served per cluster
function waitingLine(c) {
  return [...placements.values()]
    .filter(p => p.status && p.status.provisioningStatus === 'Queued')
    .filter(p => (p.clusters || []).includes(c.name) && !c.gpuHolders.includes(p.name))
    .sort((a, b) => (a.createdAt || '').localeCompare(b.createdAt || '') || a.name.localeCompare(b.name))
    .map(p => p.name);
}

function link(name) {
  return h('a', {href: `#/placements/${encodeURIComponent(name)}`}, name);
}

function names(list, empty) {
  return list.length ? h('ol', {class: 'names'}, list.map(n => h('li', {}, link(n)))) : h('p', {class: 'muted'}, empty);
}

function cluster(c) {
  const id = `cluster-${c.name}`;
  const percent = c.gpuCapacity ? Math.round((100 * c.gpusInUse) / c.gpuCapacity) : 0;
  const waiting = waitingLine(c);
  return h('section', {class: 'cluster card', id, 'aria-labelledby': `${id}-h`},
    h('h2', {id: `${id}-h`}, c.name, ' ', h('span', {class: 'muted'}, `workspaces: ${c.workspaces.join(', ') || '—'}`)),
    h('div', {class: 'gpus'},
      h('label', {for: `${id}-meter`}, `GPUs in use: ${c.gpusInUse} of ${c.gpuCapacity} (${c.gpusFree} free)`),
      h('meter', {id: `${id}-meter`, min: 0, max: Math.max(c.gpuCapacity, 1), value: c.gpusInUse,
        high: Math.max(c.gpuCapacity, 1) * 0.85}, `${percent}%`)),
    h('div', {class: 'columns three'},
      h('div', {}, h('h3', {}, 'GPU holders, in order of grant'), names(c.gpuHolders, 'None')),
      h('div', {}, h('h3', {}, 'Waiting for a GPU'), names(waiting, 'Nobody is waiting')),
      h('div', {}, h('h3', {}, 'Namespaces'), c.namespaces.length
        ? h('ul', {class: 'names'}, c.namespaces.map(n => h('li', {}, n.name, h('span', {class: 'muted'},
          ` (${n.owners.join(', ')})`))))
        : h('p', {class: 'muted'}, 'None'))),
    h('details', {open: c.helmReleases.length + c.manifests.length + c.commandLog.length <= 12},
      h('summary', {}, `Deployed: ${c.helmReleases.length} Helm releases, ${c.manifests.length} manifests, `
        + `${c.commandLog.length} commands`),
      table('Helm releases', ['Release', 'Namespace', 'Chart', 'Version', 'Revision', 'Owner', 'Deployed'],
        c.helmReleases.map(r => [r.name, r.namespace, r.chart, r.version || '', String(r.revision), link(r.owner),
          time(r.deployedAt)])),
      table('Manifests', ['Kind', 'Namespace', 'Name', 'Owner', 'Applied', 'Data'],
        c.manifests.map(m => [`${m.apiVersion} ${m.kind}`, m.namespace || '', m.name, link(m.owner),
          time(m.appliedAt), m.data ? h('details', {}, h('summary', {}, 'data'), json(m.data)) : ''])),
      table('Command log', ['At', 'Placement', 'Step', 'Command'],
        [...c.commandLog].reverse().map(e => [time(e.at), link(e.placement), e.step, h('code', {}, e.cmd)]))));
}

// One placement: spec, status and conditions, per-cluster decisions and step results, the
// simulator's timeline with the next due transition, and a status jump.

import {api} from './api.js';
import {STATUSES, fill, h, json, statusBadge, table, time} from './dom.js';
import {attempt, showNotice} from './notice.js';
import {onWatch} from './watch.js';
import {remove} from './placements.js';

export function render(main, params) {
  const name = params.name;
  let gone = false;
  // an answer that arrives after the page was left must not draw over the next page
  let active = true;
  let latest = 0;
  const load = async () => {
    const mine = ++latest;
    let placement;
    let timeline;
    try {
      [placement, timeline] = await Promise.all([api.placement(name), api.timeline(name)]);
    } catch (e) {
      if (!active || mine !== latest) return;
      if (e.status === 404) {
        gone = true;
        fill(main, h('h1', {}, name), h('p', {class: 'empty', id: 'placement-gone'},
          'This placement does not exist (any more). ', h('a', {href: '#/placements'}, 'Back to placements')));
      } else {
        showNotice(e.message);
      }
      return;
    }
    // only the newest answer is drawn: an older one may arrive last
    if (!active || mine !== latest) return;
    gone = false;
    draw(main, placement, timeline, load);
  };
  load();
  const unsubscribe = onWatch(names => {
    if (names.has(name) || gone) load();
  });
  return () => {
    active = false;
    unsubscribe();
  };
}

function draw(main, p, timeline, reload) {
  const status = p.status || {};
  const focused = document.activeElement && document.activeElement.id;
  fill(main,
    h('p', {class: 'crumbs'}, h('a', {href: '#/placements'}, 'Placements'), ' / ', p.name),
    h('div', {class: 'page-head'},
      h('h1', {}, p.name, ' ', h('span', {id: 'placement-status'}, statusBadge(status.provisioningStatus))),
      h('div', {class: 'actions'}, jumpForm(p, status.provisioningStatus, reload),
        h('button', {type: 'button', class: 'danger', id: 'delete-placement', onclick: async () => {
          if (await remove(p.name)) location.hash = '#/placements';
        }}, 'Delete'))),
    h('p', {class: 'status-message', id: 'status-message'}, status.message || ''),
    h('div', {class: 'columns'},
      h('section', {'aria-labelledby': 'h-status'},
        h('h2', {id: 'h-status'}, 'Status'),
        h('dl', {class: 'facts'},
          fact('Provisioning status', status.provisioningStatus),
          fact('Phase', status.phase),
          fact('Created', time(p.createdAt)),
          fact('Last updated', time(status.lastUpdated))),
        h('div', {id: 'conditions'}, table('Conditions', ['Type', 'Status', 'Reason', 'Message', 'Since'],
          (status.conditions || []).map(c => [c.type, c.status, c.reason || '', c.message || '',
            time(c.lastTransitionTime)]))),
        h('h2', {}, 'Clusters'),
        (status.clusterPlacementDecisions || []).length
          ? status.clusterPlacementDecisions.map(decision)
          : h('p', {class: 'muted empty'}, 'No cluster decisions yet.')),
      h('section', {'aria-labelledby': 'h-timeline'},
        h('h2', {id: 'h-timeline'}, 'Timeline'),
        next(timeline),
        table('Events', ['At', 'Kind', 'Transition', 'Message'],
          [...timeline.entries].reverse().map(e => [time(e.at), e.kind,
            e.from || e.to ? `${e.from || ''} → ${e.to || ''}` : '', e.message])))),
    h('section', {'aria-labelledby': 'h-spec'},
      h('h2', {id: 'h-spec'}, 'Spec'),
      h('dl', {class: 'facts'},
        fact('Workspace', p.workspaceName),
        fact('Clusters', (p.clusters || []).join(', ')),
        fact('Burst duration', p.burstDuration),
        fact('Deletion policy', p.deletionPolicy)),
      table('Steps', ['#', 'Name', 'Type'], (p.steps || []).map((s, i) => [String(i + 1), s.name, s.type])),
      h('details', {}, h('summary', {}, 'The whole placement as JSON'), json(p))));
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
}

function fact(label, value) {
  return [h('dt', {}, label), h('dd', {}, value === undefined || value === null ? '—' : value)];
}

function next(timeline) {
  const parts = [];
  if (timeline.next) {
    parts.push(h('p', {class: 'next', id: 'next-transition'}, h('strong', {}, 'Next: '),
      timeline.next.description, ' at ', time(timeline.next.due)));
  } else {
    parts.push(h('p', {class: 'next muted', id: 'next-transition'}, 'Nothing is due.'));
  }
  if (timeline.waitingForGpusOn && timeline.waitingForGpusOn.length) {
    parts.push(h('p', {class: 'waiting'}, `Waiting for a GPU on ${timeline.waitingForGpusOn.join(', ')}`));
  }
  return parts;
}

function decision(d) {
  return h('div', {class: 'decision', 'data-cluster': d.clusterName},
    h('h3', {}, d.clusterName, ' ', h('span', {class: 'muted'}, d.phase || '')),
    h('p', {class: 'muted'}, d.currentStep ? `Current step: ${d.currentStep}. ` : '',
      'Started ', time(d.startTime), d.completionTime ? [', finished ', time(d.completionTime)] : ''),
    table(`Step results on ${d.clusterName}`, ['Step', 'Type', 'Result', 'Duration', 'Message'],
      (d.stepResults || []).map(r => [r.name, r.type,
        h('span', {class: r.success ? 'ok' : 'bad'}, r.success ? 'succeeded' : 'failed'),
        r.duration || '', r.message || '']), 'No steps run yet'));
}

function jumpForm(p, current, reload) {
  const select = h('select', {id: 'jump-status'},
    STATUSES.map(s => h('option', {value: s, selected: s === current}, s)));
  return h('form', {class: 'inline', onsubmit: async e => {
    e.preventDefault();
    const target = select.value;
    const done = await attempt(() => api.jump(p.name, target), `${p.name} jumped to ${target}`);
    if (done !== undefined) {
      window.dispatchEvent(new Event('simulator-changed'));
      reload();
    }
  }}, h('label', {for: 'jump-status'}, 'Jump to'), select,
  h('button', {type: 'submit', id: 'jump-submit'}, 'Jump'));
}

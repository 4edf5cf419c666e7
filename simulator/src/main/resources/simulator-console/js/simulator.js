// The simulator's controls: the clock (mode, speed, advance), fault rules, reset.

import {api} from './api.js';
import {field, fill, h, table, time} from './dom.js';
import {attempt, showNotice} from './notice.js';

const changed = () => window.dispatchEvent(new Event('simulator-changed'));

export function render(main) {
  const clockBox = h('div', {id: 'clock-box'});
  const faultBox = h('div', {id: 'fault-box'});
  fill(main,
    h('div', {class: 'page-head'}, h('h1', {}, 'Clock & faults'),
      h('button', {type: 'button', class: 'danger', id: 'reset', onclick: reset}, 'Reset the simulator')),
    h('div', {class: 'columns wide-left'},
      h('div', {},
        h('section', {class: 'card', 'aria-labelledby': 'h-clock'}, h('h2', {id: 'h-clock'}, 'Clock'), clockBox),
        h('section', {class: 'card', 'aria-labelledby': 'h-faults'},
          h('div', {class: 'page-head'}, h('h2', {id: 'h-faults'}, 'Fault rules'),
            h('button', {type: 'button', id: 'clear-faults', onclick: async () => {
              if (await attempt(() => api.clearFaults(), 'Fault rules removed') !== undefined) loadFaults(faultBox);
            }}, 'Clear all rules')),
          h('p', {class: 'muted'}, 'The first rule that matches and fires wins. Counters show how often each fired.'),
          faultBox)),
      h('section', {class: 'card', 'aria-labelledby': 'h-add-rule'}, h('h2', {id: 'h-add-rule'}, 'Add a fault rule'),
        ruleForm(() => loadFaults(faultBox)))));
  drawClock(clockBox);
  loadFaults(faultBox);
  const refresh = () => loadFaults(faultBox);
  window.addEventListener('simulator-changed', refresh);
  return () => window.removeEventListener('simulator-changed', refresh);

  async function reset() {
    if (!confirm('Reset the simulator? Every placement and fault rule goes, the clock goes back to its start.')) return;
    if (await attempt(() => api.reset(), 'The simulator was reset') !== undefined) {
      changed();
      drawClock(clockBox);
    }
  }
}

async function drawClock(box) {
  let clock;
  try {
    clock = await api.clock();
  } catch (e) {
    showNotice(e.message);
    return;
  }
  const mode = h('select', {}, ['manual', 'realtime'].map(m => h('option', {value: m, selected: m === clock.mode}, m)));
  const speed = h('input', {type: 'number', min: '0.001', step: 'any', value: clock.speed});
  const duration = h('input', {type: 'text', value: '30s', autocomplete: 'off'});
  const advance = async span => {
    const after = await attempt(() => api.advance(span), `Advanced by ${span}`);
    if (after !== undefined) {
      changed();
      drawClock(box);
    }
  };
  fill(box,
    h('dl', {class: 'facts'},
      h('dt', {}, 'Now'), h('dd', {id: 'clock-now-detail'}, time(clock.now)),
      h('dt', {}, 'Mode'), h('dd', {}, clock.mode),
      h('dt', {}, 'Speed'), h('dd', {}, `×${clock.speed}`)),
    h('form', {class: 'inline', 'aria-label': 'Advance the clock', onsubmit: e => {
      e.preventDefault();
      advance(duration.value.trim());
    }}, field('advance-by', 'Advance by', duration, '90s, 1m30s, 500ms, PT1H'),
    h('button', {type: 'submit', class: 'primary', id: 'advance-submit'}, 'Advance'),
    ['10s', '1m', '15m'].map(span => h('button', {type: 'button', onclick: () => advance(span),
      'aria-label': `Advance by ${span}`}, `+${span}`))),
    h('form', {class: 'inline', 'aria-label': 'Clock mode', onsubmit: async e => {
      e.preventDefault();
      const body = {mode: mode.value, speed: Number(speed.value)};
      if (await attempt(() => api.setClock(body), 'Clock set') !== undefined) {
        changed();
        drawClock(box);
      }
    }}, field('clock-mode-select', 'Mode', mode), field('clock-speed', 'Speed', speed, 'realtime multiple'),
    h('button', {type: 'submit', id: 'clock-submit'}, 'Set clock')));
}

let faultReads = 0;

async function loadFaults(box) {
  const mine = ++faultReads;
  try {
    const {rules} = await api.faults();
    if (mine !== faultReads) return; // a newer read is on its way
    const describe = object => Object.entries(object).map(([k, v]) => `${k}: ${v}`).join(', ') || 'anything';
    fill(box, table('Fault rules', ['#', 'Match', 'Effect', 'Probability', 'Times', 'Fired', 'Remaining'],
      rules.map((r, i) => [String(i + 1), describe(r.match), describe(r.effect),
        r.probability === undefined ? '1' : String(r.probability), r.times === undefined ? 'always' : String(r.times),
        String(r.fired), r.remaining === null || r.remaining === undefined ? '—' : String(r.remaining)]),
      'No rules: nothing fails unless you say so'));
  } catch (e) {
    showNotice(e.message);
  }
}

function ruleForm(afterAdd) {
  const text = placeholder => h('input', {type: 'text', placeholder, autocomplete: 'off'});
  const select = (values, empty) => h('select', {}, empty ? h('option', {value: ''}, empty) : null,
    values.map(v => h('option', {value: v}, v)));
  const c = {
    placement: text('glob, e.g. bookinfo-*'),
    cluster: text('glob'),
    stepName: text('glob'),
    stepType: select(['helm', 'manifest', 'command'], 'any'),
    operation: select(['create', 'list', 'get', 'update', 'delete'], 'none (steps)'),
    type: select(['failStep', 'respond', 'latency']),
    reason: text('e.g. ImagePullBackOff'),
    message: text('e.g. image not found'),
    status: h('input', {type: 'number', min: '400', max: '599', placeholder: '500'}),
    latency: text('e.g. 2s'),
    probability: h('input', {type: 'number', min: '0', max: '1', step: 'any', placeholder: '1'}),
    times: h('input', {type: 'number', min: '1', step: '1', placeholder: 'always'}),
  };
  const form = h('form', {id: 'fault-form', class: 'rule'},
    h('fieldset', {}, h('legend', {}, 'Match'), h('div', {class: 'grid'},
      field('rule-placement', 'Placement', c.placement),
      field('rule-cluster', 'Cluster', c.cluster),
      field('rule-stepName', 'Step name', c.stepName),
      field('rule-stepType', 'Step type', c.stepType),
      field('rule-operation', 'API operation', c.operation))),
    h('fieldset', {}, h('legend', {}, 'Effect'), h('div', {class: 'grid'},
      field('rule-type', 'Effect', c.type),
      field('rule-reason', 'Reason', c.reason, 'failStep'),
      field('rule-message', 'Message', c.message),
      field('rule-status', 'HTTP status', c.status, 'respond'),
      field('rule-latency', 'Latency', c.latency, 'respond, latency'),
      field('rule-probability', 'Probability', c.probability),
      field('rule-times', 'Times', c.times))),
    h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary', id: 'rule-submit'}, 'Add rule')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const pick = keys => Object.fromEntries(keys.map(k => [k, c[k].value.trim()]).filter(([, v]) => v !== ''));
    const rule = {match: pick(['placement', 'cluster', 'stepName', 'stepType', 'operation']),
      effect: pick(['type', 'reason', 'message', 'latency'])};
    if (c.status.value) rule.effect.status = Number(c.status.value);
    if (c.probability.value) rule.probability = Number(c.probability.value);
    if (c.times.value) rule.times = Number(c.times.value);
    if (await attempt(() => api.addFault(rule), 'Fault rule added') !== undefined) afterAdd();
  });
  return form;
}

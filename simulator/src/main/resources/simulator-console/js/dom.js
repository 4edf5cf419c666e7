// Small DOM helpers: build elements without innerHTML, so no text is ever parsed as markup.

/** h('a', {href: '#/x', class: 'link'}, 'text', child) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces everything inside el. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const STATUSES = ['Pending', 'Queued', 'InProgress', 'Successful', 'Completed', 'Failed'];

export function statusBadge(status) {
  return h('span', {class: `badge s-${(status || 'unknown').toLowerCase()}`}, status || '?');
}

/** An ISO instant as "2026-11-30 11:53:21" (UTC), with the full text as a tooltip. */
export function time(iso) {
  if (!iso) return h('span', {class: 'muted'}, '—');
  const shown = iso.replace('T', ' ').replace(/(\.\d+)?Z$/, (m, frac) => (frac && frac !== '.000' ? frac : ''));
  return h('time', {datetime: iso, title: iso}, shown + ' UTC');
}

export function json(value) {
  return h('pre', {class: 'json'}, JSON.stringify(value, null, 2));
}

/** A table with a caption, column headers and rows of cells (or an empty-state line). */
export function table(caption, headers, rows, empty = 'None') {
  if (!rows.length) return h('p', {class: 'muted empty'}, `${caption}: ${empty.toLowerCase()}.`);
  return h('table', {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map(text => h('th', {scope: 'col'}, text)))),
    h('tbody', {}, rows.map(cells => h('tr', {}, cells.map(cell => h('td', {}, cell))))));
}

/** A labelled form control: returns [wrapper, control]. */
export function field(id, label, control, hint) {
  control.id = id;
  const error = h('p', {class: 'field-error', id: `${id}-error`, 'aria-live': 'polite'});
  const parts = [h('label', {for: id}, label), control];
  const describedBy = [`${id}-error`];
  if (hint) {
    parts.push(h('p', {class: 'hint', id: `${id}-hint`}, hint));
    describedBy.push(`${id}-hint`);
  }
  control.setAttribute('aria-describedby', describedBy.join(' '));
  parts.push(error);
  return h('div', {class: 'field', 'data-field': id}, parts);
}

/** Shows (or, with no text, clears) the error beside the field whose control has this id. */
export function fieldError(id, text) {
  const control = document.getElementById(id);
  const error = document.getElementById(`${id}-error`);
  if (!control || !error) return;
  error.textContent = text || '';
  if (text) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

// The placements as the watch stream tells them. EventSource cannot send an Authorization header,
// so the stream is read with fetch() and parsed here (server-sent events: "event:", "id:",
// "data:" lines, ":" comments, a blank line ends a frame).

import {PLACEMENTS, headers, onTokenChange} from './api.js';

/** Every placement the watch has told of, by name. */
export const placements = new Map();

const listeners = new Set();
let state = 'connecting';
let controller = null;
let pending = null;
const changedNames = new Set();

/** state: 'connecting' | 'live' | 'reconnecting' | 'unauthorized' | 'unavailable' */
export function watchState() {
  return state;
}

/** listener(changedNames: Set) after a batch of events, and on every state change. */
export function onWatch(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  // batches the snapshot's burst of events into one render
  if (pending) return;
  pending = setTimeout(() => {
    pending = null;
    const names = new Set(changedNames);
    changedNames.clear();
    listeners.forEach(listener => listener(names));
  }, 30);
}

function setState(next) {
  if (state !== next) {
    state = next;
    notify();
  }
}

export function startWatch() {
  onTokenChange(() => restart());
  restart();
}

function restart() {
  if (controller) controller.abort();
  controller = new AbortController();
  connect(controller.signal);
}

async function connect(signal) {
  try {
    const response = await fetch(`${PLACEMENTS}/watch`, {
      headers: headers({Accept: 'text/event-stream'}),
      signal,
    });
    if (response.status === 401 || response.status === 403) {
      setState('unauthorized');
      return; // until the token changes
    }
    if (!response.ok || !response.body) {
      setState('unavailable');
      retry(signal);
      return;
    }
    await read(response.body.getReader(), signal);
  } catch (e) {
    if (signal.aborted) return;
  }
  if (!signal.aborted) {
    setState('reconnecting');
    retry(signal);
  }
}

function retry(signal) {
  setTimeout(() => {
    if (!signal.aborted) connect(signal);
  }, 1500);
}

async function read(reader, signal) {
  const decoder = new TextDecoder();
  let buffer = '';
  while (!signal.aborted) {
    const {value, done} = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, {stream: true});
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      frame(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
    }
  }
}

function frame(text) {
  let data = '';
  for (const line of text.split('\n')) {
    if (line === ': watching') {
      // (re)subscribed: the snapshot that follows is the whole truth
      placements.clear();
      setState('live');
    } else if (line.startsWith('data:')) {
      data += line.slice(5).trimStart();
    }
  }
  if (!data) return;
  const event = JSON.parse(data);
  const placement = event.object;
  if (event.type === 'DELETED') placements.delete(placement.name);
  else placements.set(placement.name, placement);
  changedNames.add(placement.name);
  notify();
}

// The API client: every call goes through here, with the bearer token when signed in.

const TOKEN_KEY = 'workload-placement.token';
const listeners = new Set();

/** An error answer in the API's envelope (or a network failure, status 0). */
export class ApiError extends Error {
  constructor(status, envelope, fallback) {
    const error = envelope && envelope.error;
    super(describe(error) || (envelope && envelope.message) || fallback || `HTTP ${status}`);
    this.status = status;
    this.errorKey = error ? error.errorKey : undefined;
    this.fields = (error && error.fields) || [];
  }
}

// "Conflict: Deletion restricted (WorkloadPlacement cannot be deleted after completion)"
function describe(error) {
  if (!error) return '';
  let detail = '';
  try {
    const nested = JSON.parse(error.data || '{}').error || {};
    detail = (nested.DetailedError && nested.DetailedError.Errormessage) || nested.Message || '';
  } catch (e) {
    detail = '';
  }
  const text = error.message || error.errorKey || '';
  return detail && detail !== text ? `${text}: ${detail}` : text;
}

export function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
  listeners.forEach(listener => listener(value));
}

/** Called with the new token (or null) whenever it changes. */
export function onTokenChange(listener) {
  listeners.add(listener);
}

export function headers(extra = {}) {
  const all = {Accept: 'application/json', ...extra};
  const bearer = token();
  if (bearer) all.Authorization = `Bearer ${bearer}`;
  return all;
}

/** Calls the API and answers the envelope's data; throws ApiError on an error answer. */
export async function call(method, path, body) {
  const init = {method, headers: headers(body === undefined ? {} : {'Content-Type': 'application/json'})};
  if (body !== undefined) init.body = JSON.stringify(body);
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, null, `The server cannot be reached (${e.message})`);
  }
  let envelope = null;
  try {
    envelope = await response.json();
  } catch (e) {
    envelope = null;
  }
  if (!response.ok) throw new ApiError(response.status, envelope);
  return envelope ? envelope.data : null;
}

export const PLACEMENTS = '/api/v1/workload-placement';
export const CONTROL = '/sim/v1';

export const api = {
  signIn: apiKey => call('POST', '/api/v1/auth', {apiKey}),
  placement: name => call('GET', `${PLACEMENTS}/get/${encodeURIComponent(name)}`),
  create: body => call('POST', PLACEMENTS, body),
  remove: name => call('DELETE', `${PLACEMENTS}/${encodeURIComponent(name)}`),
  timeline: name => call('GET', `${CONTROL}/placements/${encodeURIComponent(name)}/timeline`),
  jump: (name, status) =>
    call('PUT', `${CONTROL}/placements/${encodeURIComponent(name)}/status`, {provisioningStatus: status}),
  clusters: () => call('GET', `${CONTROL}/clusters`),
  clock: () => call('GET', `${CONTROL}/clock`),
  setClock: body => call('PUT', `${CONTROL}/clock`, body),
  advance: duration => call('POST', `${CONTROL}/clock/advance`, {duration}),
  faults: () => call('GET', `${CONTROL}/faults`),
  addFault: rule => call('POST', `${CONTROL}/faults`, rule),
  clearFaults: () => call('DELETE', `${CONTROL}/faults`),
  reset: () => call('POST', `${CONTROL}/reset`),
};

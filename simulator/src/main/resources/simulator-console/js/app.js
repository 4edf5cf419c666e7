// The console's shell: the router, sign-in, and the simulated clock in the header.

import {api, onTokenChange, setToken, token} from './api.js';
import {clearError, showNotice} from './notice.js';
import {startWatch, onWatch, watchState} from './watch.js';
import {time, fill} from './dom.js';
import * as placementsPage from './placements.js';
import * as placementPage from './placement.js';
import * as clustersPage from './clusters.js';
import * as simulatorPage from './simulator.js';

const routes = [
  {pattern: /^#\/placements\/new$/, page: placementsPage, section: 'placements', create: true},
  {pattern: /^#\/placements\/([^/]+)$/, page: placementPage, section: 'placements'},
  {pattern: /^#\/clusters$/, page: clustersPage, section: 'clusters'},
  {pattern: /^#\/simulator$/, page: simulatorPage, section: 'simulator'},
  {pattern: /^#\/placements$/, page: placementsPage, section: 'placements'},
];

let cleanup = null;

function route() {
  const hash = location.hash || '#/placements';
  const found = routes.find(r => r.pattern.test(hash)) || routes[routes.length - 1];
  const match = hash.match(found.pattern) || [];
  document.querySelectorAll('nav a[data-section]').forEach(a => {
    if (a.dataset.section === found.section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  if (cleanup) cleanup();
  clearError();
  const main = document.getElementById('main');
  main.replaceChildren();
  cleanup = found.page.render(main, {
    name: match[1] ? decodeURIComponent(match[1]) : undefined,
    create: Boolean(found.create),
  });
  // a screen reader hears the new page's heading; the keyboard starts from it
  const heading = main.querySelector('h1');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({preventScroll: true});
  }
}

async function refreshClock() {
  try {
    const clock = await api.clock();
    fill(document.getElementById('clock-now'), time(clock.now));
    document.getElementById('clock-mode').textContent =
      clock.mode === 'manual' ? 'manual' : `realtime ×${clock.speed}`;
    return clock;
  } catch (e) {
    document.getElementById('clock-now').textContent = 'unavailable';
    return null;
  }
}

function showAuth() {
  const signedIn = Boolean(token());
  document.getElementById('sign-out').hidden = !signedIn;
  document.getElementById('sign-in').textContent = signedIn ? 'Change key' : 'Sign in';
  const stateText =
    watchState() === 'unauthorized' ? 'Sign in: this server needs an API key' : signedIn ? 'Signed in' : '';
  document.getElementById('auth-state').textContent = stateText;
}

function setUpAuth() {
  const form = document.getElementById('auth-form');
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const key = document.getElementById('api-key').value.trim();
    if (!key) {
      showNotice('Enter an API key to sign in');
      document.getElementById('api-key').focus();
      return;
    }
    try {
      const answer = await api.signIn(key);
      document.getElementById('api-key').value = '';
      setToken(answer.token);
      showNotice(`Signed in until ${answer.expiresAt}`, 'success');
      route();
    } catch (e) {
      showNotice(e.message);
    }
  });
  document.getElementById('sign-out').addEventListener('click', () => {
    setToken(null);
    route();
  });
  onTokenChange(showAuth);
  onWatch(showAuth);
  showAuth();
}

window.addEventListener('hashchange', route);
window.addEventListener('simulator-changed', refreshClock);
setUpAuth();
startWatch();
route();
refreshClock();
// the header follows a realtime clock; a manual one changes only through this console or the API
setInterval(refreshClock, 2000);

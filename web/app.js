// Router: #/search?…, #/project/ID, #/benchmark?…, #/compare?…, #/draft. Every view renders into
// <main id="view">; a failure in a view shows a message instead of a blank page.
import { searchView } from './js/search.js';
import { projectView } from './js/project.js';
import { benchmarkView } from './js/benchmark.js';
import { compareView } from './js/compare.js';
import { draftView } from './js/draft.js';
import { errorBox } from './js/dom.js';

const root = document.getElementById('view');

function route() {
  // Old links (?q=…) keep working.
  if (!location.hash && location.search) {
    history.replaceState(null, '', `/#/search${location.search}`);
  }
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const [name, ...rest] = path.split('/');
  for (const a of document.querySelectorAll('.main-nav a')) {
    a.toggleAttribute('aria-current', a.dataset.route === (name || 'search'));
  }
  try {
    switch (name) {
      case 'project': return projectView(root, decodeURIComponent(rest.join('/')));
      case 'benchmark': return benchmarkView(root, params);
      case 'compare': return compareView(root, params);
      case 'draft': return draftView(root);
      default: return searchView(root, params);
    }
  } catch (e) {
    root.replaceChildren(errorBox(e.message));
  }
}

window.addEventListener('hashchange', route);
window.addEventListener('unhandledrejection', e => root.append(errorBox(e.reason && e.reason.message ? e.reason.message : String(e.reason))));
route();

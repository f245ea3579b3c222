// Search page: every text from the API is inserted with textContent; only the server's highlight,
// whose document text is already HTML-escaped with <em> as the sole markup, is inserted as HTML.
const FACET_LABELS = { city: '城市', district: '区县', unit: '单位', level1: '一级指标', level2: '二级指标', year: '年度' };
const PAGE = 10;
const $ = (sel) => document.querySelector(sel);

const state = readUrl();
let timer = null;
let seq = 0;

function readUrl() {
  const p = new URLSearchParams(location.search);
  const filters = {};
  for (const dim of Object.keys(FACET_LABELS)) if (p.get(dim)) filters[dim] = p.get(dim);
  return { q: p.get('q') || '', type: p.get('type') === 'project' ? 'project' : 'indicator', offset: Number(p.get('offset')) || 0, filters };
}

function writeUrl() {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.type !== 'indicator') p.set('type', state.type);
  if (state.offset) p.set('offset', String(state.offset));
  for (const [k, v] of Object.entries(state.filters)) p.set(k, v);
  history.replaceState(null, '', p.toString() ? `?${p}` : location.pathname);
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v; else if (k.startsWith('aria-') || k === 'type') node.setAttribute(k, v); else node[k] = v;
  }
  for (const c of children) if (c != null) node.append(c instanceof Node ? c : String(c));
  return node;
}

async function run() {
  writeUrl();
  const status = $('#status');
  if (!state.q.trim()) {
    status.textContent = '输入检索词开始检索。';
    status.classList.remove('error');
    $('#results').replaceChildren();
    $('#facets').replaceChildren();
    $('#pager').replaceChildren();
    return;
  }
  const params = new URLSearchParams({ q: state.q, type: state.type, limit: PAGE, offset: state.offset, ...state.filters });
  const mine = ++seq;
  status.textContent = '检索中…';
  try {
    const res = await fetch(`/api/search?${params}`);
    const body = await res.json();
    if (mine !== seq) return;
    if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
    render(body);
  } catch (e) {
    if (mine !== seq) return;
    status.textContent = `出错了：${e.message}`;
    status.classList.add('error');
  }
}

function render(body) {
  const status = $('#status');
  status.classList.remove('error');
  status.textContent = `共 ${body.total} 条结果（${body.tookMs} 毫秒）`;
  $('#results').replaceChildren(...body.hits.map(hit => hit.type === 'project' ? projectCard(hit) : indicatorCard(hit)));
  renderFacets(body.facets || {});
  renderPager(body.total);
}

function highlighted(html, fallback) {
  const h = el('h3');
  if (html) h.innerHTML = html; else h.textContent = fallback;
  return h;
}

function region(hit) {
  return [hit.city, hit.district].filter(Boolean).join('');
}

function indicatorCard(hit) {
  const t = hit.target;
  return el('li', {},
    highlighted(hit.highlight, hit.name),
    el('div', {},
      hit.level1 ? el('span', { class: 'tag' }, hit.level1) : null,
      hit.level2 ? el('span', { class: 'tag' }, hit.level2) : null,
      t ? el('span', { class: 'target' }, `${t.period || '指标值'}：${t.raw}`) : null),
    el('div', { class: 'meta' }, [region(hit), hit.unit, hit.project, hit.year ? `${hit.year}年` : null].filter(Boolean).join(' · ')));
}

function projectCard(hit) {
  const goal = el('p', { class: 'meta' });
  if (hit.snippet) goal.innerHTML = hit.snippet; else goal.textContent = hit.goal || '';
  return el('li', {},
    highlighted(hit.highlight, hit.project),
    el('div', { class: 'meta' }, [region(hit), hit.unit, hit.budget ? `${hit.budget.total} 万元` : null, `${hit.indicatorCount} 个指标`].filter(Boolean).join(' · ')),
    goal);
}

function renderFacets(facets) {
  const box = $('#facets');
  box.replaceChildren();
  for (const [dim, label] of Object.entries(FACET_LABELS)) {
    const values = Object.entries(facets[dim] || {});
    if (!values.length) continue;
    box.append(el('h2', {}, label));
    const ul = el('ul');
    for (const [value, count] of values.slice(0, 12)) {
      const active = state.filters[dim] === value;
      const b = el('button', { type: 'button', 'aria-pressed': String(active) }, value, el('span', { class: 'count' }, count));
      b.addEventListener('click', () => {
        if (active) delete state.filters[dim]; else state.filters[dim] = value;
        state.offset = 0;
        run();
      });
      ul.append(el('li', {}, b));
    }
    box.append(ul);
  }
}

function renderPager(total) {
  const nav = $('#pager');
  nav.replaceChildren();
  const page = Math.floor(state.offset / PAGE) + 1;
  const pages = Math.ceil(total / PAGE);
  if (pages <= 1) return;
  const go = (offset) => { state.offset = offset; run(); window.scrollTo(0, 0); };
  if (page > 1) { const b = el('button', { type: 'button' }, '上一页'); b.addEventListener('click', () => go(state.offset - PAGE)); nav.append(b); }
  nav.append(el('span', {}, `第 ${page} / ${pages} 页`));
  if (page < pages) { const b = el('button', { type: 'button' }, '下一页'); b.addEventListener('click', () => go(state.offset + PAGE)); nav.append(b); }
}

function init() {
  const q = $('#q');
  q.value = state.q;
  document.querySelector(`input[name="type"][value="${state.type}"]`).checked = true;
  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => { state.q = q.value; state.offset = 0; run(); }, 250);
  });
  $('#search-form').addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(timer); state.q = q.value; state.offset = 0; run(); });
  for (const r of document.querySelectorAll('input[name="type"]')) {
    r.addEventListener('change', () => { state.type = r.value; state.offset = 0; state.filters = {}; run(); });
  }
  run();
}

init();

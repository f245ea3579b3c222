// Search page: one box (search as you type), mode and type switches, facets, highlighted results,
// pagination and export. The whole query lives in the URL (#/search?q=…), so it can be shared.
import { el, highlight, errorBox, errorWithRetry, region, parsedTarget, targetText, copyable, wording, findingList, scoreBadge, copyText } from './dom.js';
import { getJson } from './api.js';

const FACETS = { city: '城市', district: '区县', unit: '单位', level1: '一级指标', level2: '二级指标', year: '年度', targetKind: '指标值' };
// The API names a target's kind by code; a person reads these.
const FACET_LABELS = { targetKind: { numeric: '有数值指标值', qualitative: '定性（优、提升…）', text: '文字表述', empty: '无指标值' } };
const MODES = { hybrid: '混合', bm25: '关键词', vector: '语义' };
const SORTS = { relevance: '相关度', quality: '质量分', 'target-desc': '指标值从大到小', 'target-asc': '指标值从小到大', 'year-desc': '年度从新到旧', 'year-asc': '年度从旧到新' };
const PAGE = 10;

function stateFrom(params) {
  const filters = {};
  for (const dim of Object.keys(FACETS)) if (params.get(dim)) filters[dim] = params.get(dim);
  return {
    q: params.get('q') || '',
    type: params.get('type') === 'project' ? 'project' : 'indicator',
    mode: MODES[params.get('mode')] ? params.get('mode') : 'hybrid',
    sort: SORTS[params.get('sort')] ? params.get('sort') : 'relevance',
    offset: Math.max(0, Number(params.get('offset')) || 0),
    filters,
  };
}

function queryString(state, extra = {}) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.type !== 'indicator') p.set('type', state.type);
  if (state.mode !== 'hybrid') p.set('mode', state.mode);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.offset) p.set('offset', String(state.offset));
  for (const [k, v] of Object.entries(state.filters)) p.set(k, v);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}

export function searchView(root, params) {
  const state = stateFrom(params);
  let timer = null;
  let seq = 0;

  const input = el('input', { id: 'q', type: 'search', value: state.q, maxLength: 200, autocomplete: 'off',
    placeholder: '输入指标或项目，如：满意度、系统稳定不宕机、物业管理', 'aria-label': '检索词' });
  const typeToggle = el('fieldset', { class: 'toggle' }, el('legend', { class: 'visually-hidden' }, '检索对象'),
    ['indicator', 'project'].map(t => el('label', {}, el('input', { type: 'radio', name: 'type', value: t, checked: state.type === t }), t === 'indicator' ? ' 指标' : ' 项目')));
  const modeSelect = el('select', { id: 'mode', 'aria-label': '检索模式' },
    Object.entries(MODES).map(([v, label]) => el('option', { value: v, selected: state.mode === v }, label)));
  const sortSelect = el('select', { id: 'sort', 'aria-label': '排序' },
    Object.entries(SORTS).map(([v, label]) => el('option', { value: v, selected: state.sort === v }, label)));
  const form = el('form', { id: 'search-form', role: 'search', onsubmit: e => { e.preventDefault(); state.offset = 0; run(); } },
    input, typeToggle, el('label', { class: 'mode' }, '模式 ', modeSelect), el('label', { class: 'mode' }, '排序 ', sortSelect));
  const status = el('p', { id: 'status', class: 'status' }, '输入检索词开始检索。');
  const results = el('ol', { id: 'results', class: 'results' });
  const pager = el('nav', { id: 'pager', class: 'pager', 'aria-label': '翻页' });
  const exports = el('div', { id: 'exports', class: 'exports' });
  const facets = el('aside', { id: 'facets', 'aria-label': '筛选' });
  root.replaceChildren(form, el('div', { class: 'layout' }, facets, el('section', {}, status, exports, results, pager)));

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => { state.q = input.value; state.offset = 0; run(); }, 250); });
  typeToggle.addEventListener('change', e => { state.type = e.target.value; state.offset = 0; state.filters = {}; run(); });
  modeSelect.addEventListener('change', () => { state.mode = modeSelect.value; state.offset = 0; run(); });
  sortSelect.addEventListener('change', () => { state.sort = sortSelect.value; state.offset = 0; run(); });

  async function run() {
    history.replaceState(null, '', `#/search${queryString(state) ? '?' + queryString(state) : ''}`);
    if (!state.q.trim()) {
      status.textContent = '输入检索词开始检索。';
      results.replaceChildren(); facets.replaceChildren(); pager.replaceChildren(); exports.replaceChildren();
      return;
    }
    const mine = ++seq;
    status.textContent = '检索中…';
    try {
      const body = await getJson(`/api/search?${queryString(state, { limit: PAGE })}`);
      if (mine !== seq) return;
      render(body);
    } catch (e) {
      if (mine !== seq) return;
      // The facets of the last answer no longer describe anything on the page.
      status.replaceChildren(errorWithRetry(e.message, () => run()));
      results.replaceChildren(); pager.replaceChildren(); exports.replaceChildren(); facets.replaceChildren();
    }
  }

  function render(body) {
    const modeNote = body.mode !== state.mode ? `（按${MODES[body.mode]}检索）` : '';
    if (!body.total) {
      const filtered = Object.keys(state.filters).length > 0;
      // Words of the query that find something alone, as the server found them.
      const broader = (body.suggestions || []).map(s => el('button', { type: 'button', class: 'suggestion',
        onclick: () => { state.q = s.query; state.offset = 0; input.value = s.query; run(); } }, s.query, el('span', { class: 'count' }, s.total)));
      status.replaceChildren(`没有找到与“${state.q.trim()}”匹配的结果${modeNote}。`,
        filtered ? el('button', { type: 'button', id: 'clear-filters', onclick: () => { state.filters = {}; state.offset = 0; run(); } }, '去掉筛选条件') : '',
        filtered ? ' ' : '',
        broader.length ? el('span', { id: 'suggestions' }, '试试更短的词：', ...broader, ' ') : '',
        '可以换一种说法、用更短的词，或在', el('a', { href: '#/benchmark' }, '对标'), '中浏览指标概念。');
    } else {
      // Numbers of different units sort side by side: say so, since 95% and 1200 件 do not compare.
      const unitNote = state.sort.startsWith('target') ? '；按指标值排序不分单位，没有数值的排在最后' : '';
      status.textContent = `共 ${body.total} 条结果${modeNote}，${body.tookMs} 毫秒${unitNote}`;
    }
    // Everyday words the search also said in the tables' words: the drafter sees the official term.
    if (body.understood && body.understood.length) {
      status.append(el('span', { id: 'understood' }, '；按表格用语也检索了：',
        body.understood.map(u => `${u.said} → ${u.written}`).join('、')));
    }
    results.replaceChildren(...body.hits.map(h => h.type === 'project' ? projectCard(h) : indicatorCard(h)));
    renderFacets(body.facets || {});
    renderPager(body.total);
    const qs = queryString({ ...state, offset: 0 });
    exports.replaceChildren(body.total ? el('span', {}, '导出结果：',
      el('a', { href: `/api/export?${qs}&format=csv`, download: '', id: 'export-csv' }, 'CSV'), ' ',
      el('a', { href: `/api/export?${qs}&format=xlsx`, download: '', id: 'export-xlsx' }, 'Excel')) : '');
  }

  function renderFacets(all) {
    const blocks = [];
    for (const [dim, label] of Object.entries(FACETS)) {
      const counts = all[dim] || {};
      const entries = Object.entries(counts);
      if (!entries.length && !state.filters[dim]) continue;
      blocks.push(el('h2', {}, label), el('ul', {}, entries.map(([value, count]) => {
        const on = state.filters[dim] === value;
        return el('li', {}, el('button', { type: 'button', 'aria-pressed': on ? 'true' : 'false', class: 'facet',
          onclick: () => { if (on) delete state.filters[dim]; else state.filters[dim] = value; state.offset = 0; run(); } },
          (FACET_LABELS[dim] || {})[value] || value, el('span', { class: 'count' }, count)));
      })));
    }
    facets.replaceChildren(...blocks);
  }

  function renderPager(total) {
    const buttons = [];
    if (state.offset > 0) buttons.push(el('button', { type: 'button', onclick: () => { state.offset = Math.max(0, state.offset - PAGE); run(); } }, '上一页'));
    if (total > 0) buttons.push(el('span', { class: 'page' }, `第 ${Math.floor(state.offset / PAGE) + 1} 页`));
    if (state.offset + PAGE < total) buttons.push(el('button', { type: 'button', id: 'next-page', onclick: () => { state.offset += PAGE; run(); } }, '下一页'));
    pager.replaceChildren(...buttons);
  }

  run();
}

function foundBy(hit) {
  if (!hit.foundBy) return null;
  const parts = [];
  if (hit.foundBy.bm25) parts.push(`关键词第${hit.foundBy.bm25}`);
  if (hit.foundBy.vector) parts.push(`语义第${hit.foundBy.vector}`);
  return el('span', { class: 'found-by', title: '哪种排序找到了它' }, parts.join(' · '));
}

export function indicatorCard(hit) {
  // Only an indicator with a target is offered as wording to copy: never a placeholder.
  const copy = copyable(hit) ? el('button', { type: 'button', class: 'copy', onclick: () => copyText(wording(hit), copy) }, '复制规范表述') : null;
  const similar = el('div', { class: 'similar' });
  const similarButton = el('button', { type: 'button', class: 'link', onclick: async () => {
    similarButton.disabled = true;
    try {
      const body = await getJson(`/api/indicators/${encodeURIComponent(hit.id)}/similar?limit=5`);
      similar.replaceChildren(el('h4', {}, '其他单位的相似指标'), el('ul', {}, body.hits.map(h =>
        el('li', {}, el('strong', {}, h.name), ' ', el('span', { class: 'target' }, targetText(h.target)), ' ',
          el('span', { class: 'meta' }, `${region(h)} · ${h.unit || ''} · `, el('a', { href: `#/project/${encodeURIComponent(h.projectId)}` }, h.project))))));
    } catch (e) { similar.replaceChildren(errorBox(e.message)); }
  } }, '相似指标');
  const q = hit.quality;
  return el('li', { class: 'card indicator' },
    el('h3', {}, highlight(hit.highlight, hit.name)),
    el('div', { class: 'levels' }, el('span', { class: 'tag' }, hit.level1 || '未分类'), hit.level2 ? el('span', { class: 'tag' }, hit.level2) : null,
      hit.concept ? el('a', { class: 'tag concept', href: `#/benchmark?concept=${encodeURIComponent(hit.concept.id)}`, title: '查看此概念的对标' }, `概念：${hit.concept.label}`) : null,
      q ? scoreBadge(q.score) : null),
    el('p', {}, el('span', { class: 'target' }, targetText(hit.target)), ' ', el('span', { class: 'parsed' }, parsedTarget(hit.target)),
      hit.evaluation && hit.evaluation.actual ? el('span', { class: 'meta' }, `　完成值 ${hit.evaluation.actual.raw}`) : null),
    el('p', { class: 'meta' }, `${region(hit)} · ${hit.unit || ''} · `, el('a', { href: `#/project/${encodeURIComponent(hit.projectId)}` }, hit.project || ''),
      hit.year ? ` · ${hit.year}年` : '', ' ', foundBy(hit)),
    q ? findingList(q.findings) : null,
    el('div', { class: 'actions' }, copy, similarButton,
      hit.concept ? el('a', { href: `#/benchmark?concept=${encodeURIComponent(hit.concept.id)}` }, '对标') : null),
    similar);
}

function projectCard(hit) {
  return el('li', { class: 'card project' },
    el('h3', {}, el('a', { href: `#/project/${encodeURIComponent(hit.id)}` }, highlight(hit.highlight, hit.name))),
    el('p', { class: 'meta' }, `${region(hit)} · ${hit.unit || ''}${hit.year ? ` · ${hit.year}年` : ''} · ${hit.indicatorCount} 个指标`,
      hit.budget && hit.budget.total != null ? ` · ${hit.budget.total} 万元` : '', ' ', foundBy(hit)),
    hit.snippet ? el('p', { class: 'goal' }, highlight(hit.snippet)) : (hit.goal ? el('p', { class: 'goal' }, hit.goal.slice(0, 160)) : null));
}

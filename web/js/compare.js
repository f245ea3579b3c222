// Compare: two or three districts, cities or units side by side, with bar charts of the indicator mix.
// Districts differ in size, so the mix is shown as shares of each side's indicators, counts beside.
import { el, errorBox, num } from './dom.js';
import { getJson } from './api.js';
import { chart } from './charts.js';

const BY = { district: '区县', city: '城市', unit: '单位' };

export async function compareView(root, params) {
  const by = BY[params.get('by')] ? params.get('by') : 'district';
  const values = params.get('values') || '';
  const select = el('select', { id: 'compare-by', 'aria-label': '比较维度' }, Object.entries(BY).map(([v, l]) => el('option', { value: v, selected: v === by }, l)));
  // Two or three pickers over one list of what there is (with indicator counts); typing part of a
  // name is enough when only one value contains it (海珠 → 海珠区).
  const options = el('datalist', { id: 'compare-options' });
  const given = values.split(/[,，]/).map(v => v.trim()).filter(Boolean);
  const pickers = [0, 1, 2].map(i => el('input', { class: 'compare-value', list: 'compare-options', value: given[i] || '', autocomplete: 'off',
    placeholder: i < 2 ? `第${i + 1}个（必填）` : '第3个（可选）', 'aria-label': `比较对象${i + 1}` }));
  async function loadOptions() {
    try {
      const o = await getJson(`/api/compare/options?by=${select.value}`);
      options.replaceChildren(...o.values.map(v => el('option', { value: v.value }, `${v.value}（${v.indicators} 个指标）`)));
    } catch (e) { options.replaceChildren(); }
  }
  select.addEventListener('change', loadOptions);
  loadOptions();
  const form = el('form', { class: 'inline-form', onsubmit: e => { e.preventDefault();
    const chosen = pickers.map(p => p.value.trim()).filter(Boolean).join(',');
    location.hash = `#/compare?by=${select.value}&values=${encodeURIComponent(chosen)}`; } },
    select, ...pickers, options, el('button', { type: 'submit' }, '对比'));
  const out = el('div', { id: 'compare' });
  root.replaceChildren(el('h2', {}, '对比：地区或单位并排比较'), form, out);
  if (!values) { out.append(el('p', { class: 'status' }, '选择维度，再从列表中选两到三个地区或单位。')); return; }
  out.append(el('p', { class: 'status' }, '加载中…'));
  let r;
  try { r = await getJson(`/api/compare?by=${by}&values=${encodeURIComponent(values)}`); } catch (e) { out.replaceChildren(errorBox(e.message)); return; }
  const mix = el('div', { class: 'chart', id: 'mix-chart', role: 'img', 'aria-label': '各类指标占比' });
  const share = (n, s) => s.indicators ? Math.round(n / s.indicators * 1000) / 10 : 0;
  const money = el('div', { class: 'chart', id: 'budget-chart', role: 'img', 'aria-label': '预算与质量' });
  out.replaceChildren(
    el('table', { class: 'data', id: 'sides' }, el('thead', {}, el('tr', {}, el('th', {}, ''), r.sides.map(s => el('th', {}, s.value)))),
      el('tbody', {},
        row('项目数', r.sides.map(s => s.projects)),
        row('预算（万元）', r.sides.map(s => s.budget == null ? '未注明' : s.budget)),
        row('指标数', r.sides.map(s => s.indicators)),
        row('定量指标占比', r.sides.map(s => `${Math.round(s.quantitativeShare * 100)}%`)),
        row('平均质量分', r.sides.map(s => num(s.meanScore))))),
    el('div', { class: 'charts' }, mix, money),
    el('h3', {}, `共同的指标概念（${r.shared.length}）`),
    el('table', { class: 'data', id: 'shared' }, el('thead', {}, el('tr', {}, el('th', {}, '概念'), r.sides.map(s => el('th', {}, s.value)))),
      el('tbody', {}, r.shared.map(c => el('tr', {}, el('td', {}, el('a', { href: `#/benchmark?concept=${encodeURIComponent(c.concept.id)}` }, c.concept.label)),
        r.sides.map(s => { const t = c.bySide[s.value]; return el('td', {}, `${t.count} 个（占${share(t.count, s)}%）`, t.median != null ? `，中位数 ${num(t.median)}${t.valueUnit || ''}` : '',
          el('div', { class: 'meta' }, t.examples.join('；'))); }))))),
    el('h3', {}, '只有一方测量的'),
    el('div', { class: 'only' }, Object.entries(r.only).map(([side, list]) => el('div', {}, el('h4', {}, `仅${side}（${list.length}）`),
      el('ul', { class: 'chips' }, list.slice(0, 30).map(c => el('li', {}, c.label)))))));
  const level1 = [...new Set(r.sides.flatMap(s => Object.keys(s.byLevel1)))];
  chart(mix).setOption({
    title: { text: '各类指标占本方指标的比例', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { formatter: p => `${p.seriesName} · ${p.name}<br>${p.value}%（${p.data.count} 个，共 ${p.data.of} 个）` },
    legend: { bottom: 0 },
    xAxis: { type: 'category', data: level1 }, yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: r.sides.map(s => ({ name: s.value, type: 'bar',
      data: level1.map(l => ({ value: share(s.byLevel1[l] || 0, s), count: s.byLevel1[l] || 0, of: s.indicators })) })),
  });
  chart(money).setOption({
    title: { text: '定量占比与质量分', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: {}, legend: { bottom: 0 },
    // A share and a score are different measures: each on its own axis, named.
    xAxis: { type: 'category', data: r.sides.map(s => s.value) },
    yAxis: [{ type: 'value', max: 100, name: '定量占比', axisLabel: { formatter: '{value}%' } },
      { type: 'value', max: 100, name: '质量分（0–100）' }],
    series: [
      { name: '定量占比（%）', type: 'bar', data: r.sides.map(s => Math.round(s.quantitativeShare * 100)) },
      { name: '平均质量分', type: 'bar', yAxisIndex: 1, data: r.sides.map(s => s.meanScore) },
    ],
  });
}

function row(label, cells) {
  return el('tr', {}, el('th', { scope: 'row' }, label), cells.map(c => el('td', {}, String(c))));
}

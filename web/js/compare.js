// Compare: two or three districts, cities or units side by side, with bar charts of the indicator mix.
import { el, errorBox, num } from './dom.js';
import { getJson } from './api.js';
import { chart } from './charts.js';

const BY = { district: '区县', city: '城市', unit: '单位' };

export async function compareView(root, params) {
  const by = BY[params.get('by')] ? params.get('by') : 'district';
  const values = params.get('values') || '';
  const select = el('select', { id: 'compare-by', 'aria-label': '比较维度' }, Object.entries(BY).map(([v, l]) => el('option', { value: v, selected: v === by }, l)));
  const input = el('input', { id: 'compare-values', value: values, placeholder: '两到三个，用逗号分隔，如：海珠区,黄埔区', 'aria-label': '比较对象' });
  const form = el('form', { class: 'inline-form', onsubmit: e => { e.preventDefault();
    location.hash = `#/compare?by=${select.value}&values=${encodeURIComponent(input.value.trim())}`; } }, select, input, el('button', { type: 'submit' }, '对比'));
  const out = el('div', { id: 'compare' });
  root.replaceChildren(el('h2', {}, '对比：地区或单位并排比较'), form, out);
  if (!values) { out.append(el('p', { class: 'status' }, '选择维度并输入两到三个地区或单位。')); return; }
  out.append(el('p', { class: 'status' }, '加载中…'));
  let r;
  try { r = await getJson(`/api/compare?by=${by}&values=${encodeURIComponent(values)}`); } catch (e) { out.replaceChildren(errorBox(e.message)); return; }
  const mix = el('div', { class: 'chart', id: 'mix-chart', role: 'img', 'aria-label': '各类指标数量' });
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
        r.sides.map(s => { const t = c.bySide[s.value]; return el('td', {}, `${t.count} 个`, t.median != null ? `，中位数 ${num(t.median)}${t.valueUnit || ''}` : '',
          el('div', { class: 'meta' }, t.examples.join('；'))); }))))),
    el('h3', {}, '只有一方测量的'),
    el('div', { class: 'only' }, Object.entries(r.only).map(([side, list]) => el('div', {}, el('h4', {}, `仅${side}（${list.length}）`),
      el('ul', { class: 'chips' }, list.slice(0, 30).map(c => el('li', {}, c.label)))))));
  const level1 = [...new Set(r.sides.flatMap(s => Object.keys(s.byLevel1)))];
  chart(mix).setOption({
    title: { text: '各类指标数量', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: {}, legend: { bottom: 0 },
    xAxis: { type: 'category', data: level1 }, yAxis: { type: 'value', minInterval: 1 },
    series: r.sides.map(s => ({ name: s.value, type: 'bar', data: level1.map(l => s.byLevel1[l] || 0) })),
  });
  chart(money).setOption({
    title: { text: '定量占比与质量分', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: {}, legend: { bottom: 0 },
    xAxis: { type: 'category', data: r.sides.map(s => s.value) }, yAxis: { type: 'value', max: 100 },
    series: [
      { name: '定量占比（%）', type: 'bar', data: r.sides.map(s => Math.round(s.quantitativeShare * 100)) },
      { name: '平均质量分', type: 'bar', data: r.sides.map(s => s.meanScore) },
    ],
  });
}

function row(label, cells) {
  return el('tr', {}, el('th', { scope: 'row' }, label), cells.map(c => el('td', {}, String(c))));
}

// Benchmark (对标): the spread of a concept's targets, each region's targets marked, outliers listed.
import { el, errorBox, num, fill } from './dom.js';
import { getJson } from './api.js';
import { chart } from './charts.js';

export async function benchmarkView(root, params) {
  const concept = params.get('concept') || '';
  const q = params.get('q') || '';
  const input = el('input', { id: 'bench-q', type: 'search', value: q, placeholder: '输入指标，如：群众满意率', 'aria-label': '对标的指标', maxLength: 200 });
  const form = el('form', { class: 'inline-form', onsubmit: e => { e.preventDefault(); location.hash = `#/benchmark?q=${encodeURIComponent(input.value.trim())}`; } },
    input, el('button', { type: 'submit' }, '对标'));
  const out = el('div', { id: 'benchmark' });
  const concepts = el('div', { class: 'concept-list' });
  root.replaceChildren(el('h2', {}, '对标：同类指标的指标值'), form, out, concepts);
  if (!concept && !q) {
    out.append(el('p', { class: 'status' }, '输入一个指标，或选择下面的概念。'));
    try {
      const body = await getJson('/api/concepts?min=3');
      concepts.replaceChildren(el('h3', {}, '常见概念'), el('ul', { class: 'chips' }, body.concepts.map(c =>
        el('li', {}, el('a', { href: `#/benchmark?concept=${encodeURIComponent(c.id)}` }, `${c.label}（${c.count}）`)))));
    } catch (e) { concepts.replaceChildren(errorBox(e.message)); }
    return;
  }
  out.append(el('p', { class: 'status' }, '加载中…'));
  let r;
  try {
    r = await getJson(concept ? `/api/benchmark?concept=${encodeURIComponent(concept)}` : `/api/benchmark?q=${encodeURIComponent(q)}`);
  } catch (e) { out.replaceChildren(errorBox(e.message)); return; }
  const head = el('p', { class: 'lead' }, el('strong', {}, r.concept.label), `：${r.count} 个可比较的指标值`, r.valueUnit ? `（单位 ${r.valueUnit}）` : '');
  if (!r.stats) {
    fill(out, head, el('p', { class: 'note' }, r.note || '没有可比较的数值'), qualitativeList(r));
    return;
  }
  const s = r.stats;
  const histogram = el('div', { class: 'chart', id: 'histogram', role: 'img', 'aria-label': '指标值分布直方图' });
  const byRegion = el('div', { class: 'chart', id: 'by-region', role: 'img', 'aria-label': '各地区指标值' });
  fill(out, head,
    el('p', { class: 'stats' }, `最小 ${num(s.min)} · 下四分位 ${num(s.p25)} · 中位数 ${num(s.median)} · 上四分位 ${num(s.p75)} · 最大 ${num(s.max)}`),
    r.note ? el('p', { class: 'note' }, r.note) : null,
    el('div', { class: 'charts' }, histogram, byRegion),
    el('h3', {}, `异常值（${r.outliers.length}）`),
    r.outliers.length ? el('table', { class: 'data', id: 'outliers' }, el('thead', {}, el('tr', {}, ['判断', '指标值', '指标', '地区', '单位', '项目'].map(h => el('th', {}, h)))),
      el('tbody', {}, r.outliers.map(t => el('tr', {}, el('td', { class: t.outlier }, t.outlier === 'lax' ? '偏松' : '偏严'),
        el('td', {}, t.raw), el('td', {}, t.name), el('td', {}, t.district || t.city || ''), el('td', {}, t.unit || ''),
        el('td', {}, el('a', { href: `#/project/${encodeURIComponent(t.projectId)}` }, t.project || '')))))) : el('p', {}, '没有明显偏松或偏严的指标值。'),
    qualitativeList(r));
  const bins = r.histogram;
  chart(histogram).setOption({
    title: { text: '指标值分布', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: {},
    xAxis: { type: 'category', data: bins.map(b => `${num(b.from)}–${num(b.to)}${r.valueUnit || ''}`), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', name: '个数', minInterval: 1 },
    series: [{ type: 'bar', data: bins.map(b => b.count), itemStyle: { color: '#1a5fb4' } }],
  });
  const regions = [...new Set(r.targets.map(t => t.district || t.city || '未知'))];
  // Equal values in one region are one dot, sized and labelled by how many there are: drawn one
  // by one they would hide each other (14 values of 100% show as a single dot).
  const dots = new Map();
  for (const t of r.targets) {
    const region = t.district || t.city || '未知';
    const key = `${region}\u0000${t.value}`;
    if (!dots.has(key)) dots.set(key, { region, value: t.value, names: [], outlier: false });
    const d = dots.get(key);
    d.names.push(`${t.name}：${t.raw}`);
    d.outlier ||= r.outliers.some(o => o.indicatorId === t.indicatorId);
  }
  const points = [...dots.values()];
  chart(byRegion).setOption({
    title: { text: '各地区的指标值（点越大，相同值越多）', left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { formatter: p => `${p.data[2]} 个指标值为 ${num(p.data[1])}${escapeText(r.valueUnit || '')}<br>${p.data[3]}` },
    xAxis: { type: 'category', data: regions },
    yAxis: { type: 'value', name: r.valueUnit || '', scale: true },
    series: [
      { type: 'scatter', symbolSize: p => 10 + 4 * Math.sqrt(p[2] - 1),
        data: points.map(d => [d.region, d.value, d.names.length,
          d.names.slice(0, 8).map(escapeText).join('<br>') + (d.names.length > 8 ? `<br>…另 ${d.names.length - 8} 个` : ''), d.outlier]),
        label: { show: true, formatter: p => (p.data[2] > 1 ? `×${p.data[2]}` : ''), position: 'right', fontSize: 11 },
        itemStyle: { color: p => (p.data[4] ? '#b3261e' : '#0b6e4f') },
        markLine: { symbol: 'none', data: [{ yAxis: s.median, name: '中位数' }], label: { formatter: `中位数 ${num(s.median)}` } } },
    ],
  });
}

// Tooltip text is HTML in ECharts; document text is escaped before it gets there.
function escapeText(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function qualitativeList(r) {
  if (!r.qualitative || !r.qualitative.length) return null;
  // With no numbers to compare, the list is all there is: titled as the members and shown open.
  return el('details', r.count ? {} : { open: true }, el('summary', {}, `${r.count ? '定性或其他单位的指标值' : '同类指标'}（${r.qualitative.length}）`),
    el('ul', {}, r.qualitative.map(t => el('li', {}, `${t.name}：${t.raw || '（空白）'}`, t.actual ? `，完成值 ${t.actual}` : '',
      el('span', { class: 'meta' }, ` ${t.district || t.city || ''} · ${t.unit || ''}`)))));
}

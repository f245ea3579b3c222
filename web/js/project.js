// Project page: budget, goal, indicators grouped by level with their findings, similar projects of
// other districts, and where it all came from (file and line).
import { el, errorBox, region, targetText, parsedTarget, annualTarget, copyable, wording, findingList, scoreBadge, copyText, num, gapText } from './dom.js';
import { getJson } from './api.js';

export async function projectView(root, id) {
  root.replaceChildren(el('p', { class: 'status' }, '加载中…'));
  let detail, quality, similar;
  try {
    [detail, quality] = await Promise.all([
      getJson(`/api/projects/${encodeURIComponent(id)}`),
      getJson(`/api/projects/${encodeURIComponent(id)}/quality`),
    ]);
  } catch (e) {
    root.replaceChildren(errorBox(e.message), el('p', {}, el('a', { href: '#/search' }, '返回检索')));
    return;
  }
  const p = detail.project;
  const lintById = new Map();
  const projectLint = quality.projects[0] || { findings: [], indicators: [] };
  projectLint.indicators.forEach((i, n) => lintById.set(n, i));
  const groups = new Map();
  detail.indicators.forEach((ind, n) => {
    const key = `${ind.level1 || '未分类'}${ind.level2 ? ' / ' + ind.level2 : ''}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push([ind, lintById.get(n)]);
  });
  const budget = p.budget ? [
    el('dt', {}, '预算（万元）'), el('dd', {}, String(p.budget.total ?? '-'),
      p.budget.fiscal != null ? `（财政拨款 ${p.budget.fiscal}）` : ''),
  ] : [];
  const similarBox = el('section', { class: 'similar-projects' }, el('h2', {}, '其他单位的相似项目'), el('p', { class: 'status' }, '加载中…'));
  root.replaceChildren(el('article', { class: 'project-page' },
    el('p', {}, el('a', { href: 'javascript:history.back()', onclick: e => { e.preventDefault(); history.back(); } }, '← 返回')),
    el('h2', { id: 'project-name' }, p.name, ' ', scoreBadge(projectLint.score)),
    el('dl', { class: 'facts' },
      el('dt', {}, '地区'), el('dd', {}, region(p) || '-'),
      el('dt', {}, '主管部门'), el('dd', {}, p.department || '-'),
      el('dt', {}, '预算单位'), el('dd', {}, p.unit || '-'),
      el('dt', {}, '年度'), el('dd', {}, p.year ? `${p.year}` : '未注明'),
      ...budget,
      el('dt', {}, '来源'), el('dd', { class: 'provenance' }, `${p.sourceFile || p.source?.file} 第 ${p.source?.line} 行`)),
    p.goal ? el('section', {}, el('h3', {}, '绩效目标'), el('p', { class: 'goal' }, p.goal)) : null,
    findingList(projectLint.findings),
    el('section', { id: 'indicators' }, el('h3', {}, `绩效指标（${detail.indicators.length}）`),
      [...groups.entries()].map(([key, items]) => el('div', { class: 'group' }, el('h4', {}, key), el('ul', { class: 'ind-list' },
        items.map(([ind, lint], n) => {
          const target = annualTarget(ind);
          // Only an indicator with a target is offered as wording to copy.
          const copy = copyable(ind)
            ? el('button', { type: 'button', class: 'copy', onclick: () => copyText(wording(ind, n + 1), copy) }, '复制') : null;
          const ev = ind.evaluation;
          // A self-evaluation's row: what was achieved, how far against the target (the table's own
          // 完成率, else worked out from two numbers in one unit), and the score of the weight.
          const gap = ev ? (ev.completion ? `　完成率：${ev.completion}` : gapText(target, ev.actual)) : '';
          const actual = ev ? el('div', { class: 'meta evaluation' },
            `完成值：${ev.actual ? ev.actual.raw : '（未填）'}`, gap,
            ev.score != null ? `　得分：${num(ev.score)}${ev.weight != null ? ` / ${num(ev.weight)}` : ''}` : '') : null;
          return el('li', {}, el('strong', {}, ind.name), ' ', el('span', { class: 'target' }, targetText(target)), ' ',
            el('span', { class: 'parsed' }, parsedTarget(target)), ' ', lint ? scoreBadge(lint.score) : null, ' ', copy, actual,
            ind.formula ? el('div', { class: 'meta' }, `公式：${ind.formula}`) : null,
            el('div', { class: 'meta provenance' }, `${ind.source?.file} 第 ${ind.source?.line} 行`),
            lint ? findingList(lint.findings) : null);
        }))))),
    similarBox));
  try {
    similar = await getJson(`/api/projects/${encodeURIComponent(id)}/similar?limit=5`);
    similarBox.replaceChildren(el('h2', {}, '其他单位的相似项目'), el('ul', {}, similar.hits.map(h => el('li', {},
      el('a', { href: `#/project/${encodeURIComponent(h.id)}` }, h.name), el('span', { class: 'meta' }, ` ${region(h)} · ${h.unit || ''}`)))));
  } catch (e) {
    similarBox.replaceChildren(el('h2', {}, '其他单位的相似项目'), errorBox(e.message));
  }
}

// Draft check: paste a table (or choose a file), see each indicator's findings and suggestions, and
// the indicators similar projects measure.
import { el, errorBox, targetText, findingList, scoreBadge, copyText } from './dom.js';
import { postJson, postRaw } from './api.js';

/** Suggestions shown per group of the standard table. */
const PER_GROUP = 5;

export function draftView(root) {
  const area = el('textarea', { id: 'draft-text', rows: 12, 'aria-label': '绩效目标表文本', placeholder: '把绩效目标表粘贴到这里（制表符分隔、表格文本等均可）' });
  const file = el('input', { id: 'draft-file', type: 'file', 'aria-label': '选择文件' });
  const out = el('div', { id: 'draft-result' });
  const form = el('form', { class: 'draft-form', onsubmit: async e => {
    e.preventDefault();
    out.replaceChildren(el('p', { class: 'status' }, '检查中…'));
    try {
      const report = file.files.length ? await postRaw('/api/lint', await file.files[0].arrayBuffer()) : await postJson('/api/lint', { text: area.value });
      render(report);
    } catch (err) { out.replaceChildren(errorBox(err.message)); }
  } }, area, el('div', { class: 'actions' }, el('label', {}, '或上传文件 ', file), el('button', { type: 'submit', id: 'draft-check' }, '检查')));
  root.replaceChildren(el('h2', {}, '草稿检查'), el('p', { class: 'meta' }, '按财政部绩效指标设置要求检查每个指标，并与已收录的同类指标对标。'), form, out);

  async function render(report) {
    const blocks = report.projects.map(p => el('section', { class: 'draft-project' },
      el('h3', {}, p.name, ' ', scoreBadge(p.score)),
      findingList(p.findings),
      el('ol', { class: 'ind-list' }, p.indicators.map(i => el('li', {},
        el('strong', {}, i.name), ' ', el('span', { class: 'meta' }, [i.level1, i.level2].filter(Boolean).join(' / ')), ' ',
        el('span', { class: 'target' }, targetText(i.target)), ' ', scoreBadge(i.score), findingList(i.findings)))),
      el('div', { class: 'recommend' }, el('p', { class: 'status' }, '正在查找推荐指标…'))));
    out.replaceChildren(...(report.warnings || []).map(w => el('p', { class: 'note' }, `提示：${w}`)), findingList(report.findings) || '', ...blocks);
    for (let n = 0; n < report.projects.length && n < 5; n++) {
      const box = blocks[n].querySelector('.recommend');
      try {
        const s = await postJson('/api/suggest', { project: report.projects[n].name, goal: '' });
        // Every group (产出, 效益, 满意度 …) with its first suggestions; wording to copy only where a target is known.
        box.replaceChildren(el('h4', {}, '推荐指标（来自相似项目）'), ...s.groups.map(g => el('div', { class: 'recommend-group' },
          el('h5', {}, [g.level1, g.level2].filter(Boolean).join(' / ')),
          el('ul', {}, g.indicators.slice(0, PER_GROUP).map(x => {
            const b = x.wording ? el('button', { type: 'button', class: 'copy', onclick: () => copyText(x.wording, b) }, '复制') : null;
            return el('li', {}, x.wording || `${x.name}（无指标值）`,
              x.peers ? el('span', { class: 'meta' }, ` 同类 ${x.peers.count} 个，中位数 ${x.peers.median}${x.peers.valueUnit}`) : '', ' ', b);
          })))));
      } catch (e) { box.replaceChildren(errorBox(e.message)); }
    }
  }
}

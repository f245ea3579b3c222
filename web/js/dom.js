// DOM helpers. Text from documents is only ever inserted as text nodes; the one exception,
// search highlights, is rebuilt from a parsed copy keeping nothing but text and <em>.

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    // list and form are read-only properties (a module's strict mode throws on them): attributes.
    else if (k in node && !k.startsWith('aria-') && k !== 'role' && k !== 'list' && k !== 'form') node[k] = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c != null && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

/** The server's highlight (document text escaped, <em> as the only markup) as safe nodes. */
export function highlight(html, fallback) {
  const span = el('span');
  if (!html) { span.textContent = fallback || ''; return span; }
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const walk = (from, to) => {
    for (const n of from.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) to.append(n.textContent);
      else if (n.nodeType === Node.ELEMENT_NODE && n.tagName === 'EM') { const em = el('em'); walk(n, em); to.append(em); }
      else if (n.nodeType === Node.ELEMENT_NODE) walk(n, to);
    }
  };
  walk(doc.body, span);
  return span;
}

export function errorBox(message) {
  return el('p', { class: 'error', role: 'alert' }, `出错了：${message}`);
}

export function region(x) {
  return [x.city, x.district].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(' · ');
}

export function num(v) {
  if (v == null) return '-';
  return Number.isInteger(v) ? String(v) : Number(v).toFixed(2).replace(/\.?0+$/, '');
}

/** An indicator's annual target (every indicator the API gives carries it as `target`, beside all its `targets`). */
export function annualTarget(ind) {
  return ind && ind.target ? ind.target : null;
}

/**
 * Whether an actual value meets a numeric target of the same unit, and by how much it falls short:
 * "　已达成" or "　未达成（差 3%）"; nothing when the two cannot be compared.
 */
export function gapText(t, a) {
  if (!t || !a || t.kind !== 'numeric' || a.kind !== 'numeric' || t.value == null || a.value == null) return '';
  if ((t.valueUnit || '') !== (a.valueUnit || '')) return '';
  const upper = t.upper != null ? t.upper : t.value;
  const met = { '≥': a.value >= t.value, '>': a.value > t.value, '≤': a.value <= t.value, '<': a.value < t.value,
    'range': a.value >= t.value && a.value <= upper }[t.op] ?? a.value === t.value;
  if (met) return '　已达成';
  const short = t.op === '≤' || t.op === '<' ? a.value - upper : t.value - a.value;
  return `　未达成（差 ${num(Math.abs(short))}${t.valueUnit || ''}）`;
}

export function targetText(t) {
  if (!t) return '（无指标值）';
  return t.raw || '（空）';
}

export function parsedTarget(t) {
  if (!t || t.kind !== 'numeric') return t && t.qualitative ? `定性：${t.qualitative}` : '';
  const v = t.upper != null ? `${num(t.value)}–${num(t.upper)}` : num(t.value);
  return `${t.op && t.op !== 'range' ? t.op : ''}${v}${t.valueUnit || ''}`;
}

/**
 * A target as the standard wording writes it: a bound and a number in symbols, its unit kept
 * (满意率不低于95% → ≥95%, 6000-8000件 → 6000–8000件); anything else as written.
 */
export function normalisedTarget(t) {
  if (!t || t.kind === 'empty') return null;
  if (t.kind === 'numeric' && t.value != null) {
    if (t.upper != null) return `${num(t.value)}–${num(t.upper)}${t.valueUnit || ''}`;
    if (t.op && t.op !== '=' && t.op !== 'range') return `${t.op}${num(t.value)}${t.valueUnit || ''}`;
  }
  return t.raw || null;
}

/** True when an indicator has a target worth offering as wording to copy. */
export function copyable(ind) {
  return normalisedTarget(annualTarget(ind)) != null;
}

/** Standard wording: 1、产出指标：名称，年度指标值：≥95%。 Only for an indicator with a target. */
export function wording(ind, n = 1) {
  const formula = ind.formula ? `（${ind.formula}）` : '';
  return `${n}、${ind.level1 || '产出指标'}：${ind.name}${formula}，年度指标值：${normalisedTarget(annualTarget(ind))}。`;
}

/** An error with a button that tries again. */
export function errorWithRetry(message, retry) {
  return el('span', {}, errorBox(message), ' ', el('button', { type: 'button', class: 'retry', onclick: retry }, '重试'));
}

export function severityLabel(s) {
  return { error: '错误', warning: '警告', info: '提示' }[s] || s;
}

export function findingList(findings) {
  if (!findings || !findings.length) return null;
  return el('ul', { class: 'findings' }, findings.map(f => el('li', { class: `finding ${f.severity}` },
    el('span', { class: 'sev' }, severityLabel(f.severity)), ' ', f.message,
    f.suggestion ? el('div', { class: 'suggestion' }, `建议：${f.suggestion}`) : null)));
}

export function scoreBadge(score) {
  if (score == null) return null;
  const cls = score >= 85 ? 'good' : score >= 60 ? 'fair' : 'poor';
  return el('span', { class: `score ${cls}`, title: '质量分（0–100）' }, `质量 ${score}`);
}

export async function copyText(text, button) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = el('textarea', { value: text, 'aria-hidden': 'true', class: 'offscreen' });
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  if (button) {
    // What was copied stays on the button (title and data-copied), so it can be checked and read again.
    button.dataset.copied = text;
    button.title = text;
    const old = button.textContent; button.textContent = '已复制'; setTimeout(() => { button.textContent = old; }, 1500);
  }
}

/** Replaces a node's children, skipping null and false (replaceChildren would print "null"). */
export function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter(c => c != null && c !== false));
  return node;
}

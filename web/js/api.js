// Calls to the JSON API; a failure becomes an Error with the server's message (Chinese first).

async function parse(res) {
  let body = null;
  try { body = await res.json(); } catch { /* not JSON */ }
  if (!res.ok) throw new Error((body && body.error) || `服务器错误（HTTP ${res.status}）`);
  if (body == null) throw new Error(`服务器返回了无法解析的内容（HTTP ${res.status}）`);
  return body;
}

export async function getJson(path) {
  return parse(await fetch(path, { headers: { Accept: 'application/json' } }));
}

export async function postJson(path, data) {
  return parse(await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(data) }));
}

export async function postRaw(path, bytes) {
  return parse(await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json' }, body: bytes }));
}

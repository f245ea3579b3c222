// Calls to the JSON API; a failure becomes an Error with the server's message (Chinese first).

async function parse(res) {
  let body = null;
  try { body = await res.json(); } catch { /* not JSON */ }
  if (!res.ok) throw new Error((body && body.error) || `服务器错误（HTTP ${res.status}）`);
  if (body == null) throw new Error(`服务器返回了无法解析的内容（HTTP ${res.status}）`);
  return body;
}

/** fetch, with a network failure (server stopped, connection lost) said in Chinese, then English. */
async function request(path, init) {
  try {
    return await fetch(path, init);
  } catch {
    throw new Error('无法连接服务器，请确认服务正在运行后重试 / cannot reach the server');
  }
}

export async function getJson(path) {
  return parse(await request(path, { headers: { Accept: 'application/json' } }));
}

export async function postJson(path, data) {
  return parse(await request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(data) }));
}

export async function postRaw(path, bytes) {
  return parse(await request(path, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json' }, body: bytes }));
}

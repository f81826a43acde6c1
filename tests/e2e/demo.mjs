// `make demo`: serves the built widget on http://127.0.0.1:8080 and the demo law-firm page
// (docs/demo/host.html) on http://127.0.0.1:8081, two origins as on a real site.
import http from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { root, dist } from './lib.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
const WIDGET = 'http://127.0.0.1:8080';
const HOST = 'http://127.0.0.1:8081';

function start(port, handler) {
  http.createServer((req, res) => {
    const p = new URL(req.url, 'http://x').pathname;
    const out = handler(p);
    if (!out) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(p)] || 'text/html; charset=utf-8', ...out.headers });
    res.end(out.body);
  }).listen(port, '127.0.0.1');
}

start(8080, (p) => {
  const file = path.join(dist, p === '/' ? 'index.html' : p.slice(1));
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return null;
  return { body: readFileSync(file), headers: { 'Access-Control-Allow-Origin': '*' } };
});
start(8081, (p) => {
  if (p === '/' || p === '/host.html') {
    return { body: readFileSync(path.join(root, 'docs/demo/host.html'), 'utf8').replace('WIDGET_ORIGIN', WIDGET), headers: {} };
  }
  if (p === '/host.css') return { body: readFileSync(path.join(root, 'docs/demo/host.css')), headers: {} };
  return null;
});
console.log(`Widget: ${WIDGET}/   Demo law-firm page (both embed modes): ${HOST}/   (Ctrl-C to stop)`);

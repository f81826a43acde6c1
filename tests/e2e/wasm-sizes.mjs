// What each part of a wasm module costs: a breakdown by the function names in its "name" section.
// The shipped modules have no names (wasm-opt drops them), so `make bench` rebuilds each module's
// cargo output the same way with names kept (wasm-bindgen --keep-debug, wasm-opt -Oz -g), which
// gives the same code to within a few hundred bytes, and reads the sizes from that copy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/** Sections, function bodies by name, and the data segment of a wasm binary. */
export function parseWasm(buf) {
  let p = 8;
  const leb = () => { let r = 0, s = 0, b; do { b = buf[p++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
  let imported = 0;
  const names = new Map();
  const bodies = [];
  let data = Buffer.alloc(0);
  while (p < buf.length) {
    const id = buf[p++];
    const size = leb();
    const start = p;
    if (id === 0) {
      const n = leb();
      const name = buf.subarray(p, p + n).toString();
      p += n;
      if (name === 'name') {
        while (p < start + size) {
          const sub = buf[p++];
          const len = leb();
          const end = p + len;
          if (sub === 1) {
            const count = leb();
            for (let i = 0; i < count; i++) { const index = leb(); const l = leb(); names.set(index, buf.subarray(p, p + l).toString()); p += l; }
          }
          p = end;
        }
      }
    } else if (id === 2) {
      const count = leb();
      for (let i = 0; i < count; i++) {
        p += leb(); p += leb();
        const kind = buf[p++];
        if (kind === 0) { leb(); imported++; } else if (kind === 1) { p++; const f = buf[p++]; leb(); if (f & 1) leb(); } else if (kind === 2) { const f = buf[p++]; leb(); if (f & 1) leb(); } else if (kind === 3) { p += 2; }
      }
    } else if (id === 10) {
      const count = leb();
      for (let i = 0; i < count; i++) { const len = leb(); bodies.push({ index: imported + i, size: len, start: p }); p += len; }
    } else if (id === 11) {
      data = buf.subarray(start, start + size);
    }
    p = start + size;
  }
  return { functions: bodies.map((b) => ({ name: names.get(b.index) || `function ${b.index}`, size: b.size })), data };
}

/** "record_relief::ui::pages", "yew::html", "core"…: a function's owner, `depth` path segments deep. */
export function owner(name, depth) {
  const clean = name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]+\]/g, '');
  const m = clean.match(/(record_relief|yew|core|alloc|std|wasm_bindgen|web_sys|js_sys|gloo\w*|serde\w*|chrono|dlmalloc|hashbrown|indexmap|implicit_clone|slab|tracing\w*|futures\w*|console_error_panic_hook|zmij|itoa|ryu)(::[A-Za-z_][A-Za-z_0-9]*)*/);
  if (!m) return /shim$/.test(clean) ? 'wasm-bindgen shims' : 'other';
  return m[0].split('::').slice(0, depth).join('::');
}

/** The `top` biggest owners, with code bytes (raw) and the data segment (raw and gzip). */
export function breakdown(buf, { depth = 2, top = 12 } = {}) {
  const { functions, data } = parseWasm(buf);
  const by = new Map();
  for (const f of functions) { const k = owner(f.name, depth); by.set(k, (by.get(k) || 0) + f.size); }
  const code = functions.reduce((t, f) => t + f.size, 0);
  return {
    code,
    data: data.length,
    dataGzip: zlib.gzipSync(data, { level: 9 }).length,
    owners: [...by].sort((a, b) => b[1] - a[1]).slice(0, top),
  };
}

/** Rebuilds `wasm` (cargo's output) as the shipped module is built, but with names kept. */
export function withNames(wasm) {
  const dir = mkdtempSync(path.join(tmpdir(), 'rr-names-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-debug', '--out-dir', dir, '--out-name', 'm', wasm]);
    const out = path.join(dir, 'named.wasm');
    execFileSync('wasm-opt', ['-Oz', '-g', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
      '--enable-mutable-globals', '-o', out, path.join(dir, 'm_bg.wasm')]);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export { readdirSync };

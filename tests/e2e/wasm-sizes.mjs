// What each part of a wasm module costs: a breakdown by the function names in its "name" section.
// The shipped modules have no names, so this reads cargo's own output (names kept), leaving out
// the type descriptions wasm-bindgen strips; wasm-bindgen and wasm-opt -Oz then shrink the code by
// about a third, and leave names on code that is no longer theirs, so the shares are read before.
import { readFileSync, readdirSync } from 'node:fs';
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
        for (let k = 0; k < 2; k++) { const n = leb(); p += n; } // module and field names (not `p += leb()`: that reads p before leb() moves it)
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

/** Rust's legacy symbol mangling (`_ZN3yew4html…17h…E`) back to a path (`yew::html::…`). */
export function demangle(name) {
  const m = /^_?_ZN(.*)E$/.exec(name);
  if (!m) return name;
  const body = m[1];
  const parts = [];
  for (let i = 0; i < body.length && /[0-9]/.test(body[i]);) {
    const len = parseInt(body.slice(i), 10);
    i += String(len).length;
    parts.push(body.slice(i, i + len));
    i += len;
  }
  return parts.join('::').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&')
    .replace(/\$C\$/g, ',').replace(/\$u7b\$/g, '{').replace(/\$u7d\$/g, '}').replace(/\$BP\$/g, '*').replace(/\.\./g, '::').replace(/^_</, '<');
}

/** "record_relief::ui::pages", "yew::html", "core"…: a function's owner, `depth` path segments deep. */
export function owner(name, depth) {
  const full = demangle(name);
  // The linker folds identical functions into one and keeps one name, often a generic's.
  if (/^<T as /.test(full)) return 'folded (identical code, merged by the linker)';
  let clean = full.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]+\]/g, '');
  // Rust's v0 mangling (`_RNv…`), used by the standard library here: its crate is enough.
  if (/^_R/.test(clean)) { const c = clean.match(/(core|alloc|std|dlmalloc|compiler_builtins)/); return c ? c[1] : 'other'; }
  // `<Type as Trait>::f` belongs to Type; generic arguments (`Closure<dyn Fn(web_sys::…)>`) do not
  // say whose code it is, so they are dropped.
  if (clean.startsWith('<')) {
    let level = 0;
    let end = clean.length;
    for (let i = 1; i < clean.length; i++) {
      if (clean[i] === '<') level++;
      else if (clean[i] === '>') { if (level === 0) { end = i; break; } level--; } else if (level === 0 && clean.startsWith(' as ', i)) { end = i; break; }
    }
    clean = clean.slice(1, end).replace(/^&(mut )?/, '');
  }
  for (let before = ''; before !== clean;) { before = clean; clean = clean.replace(/<[^<>]*>/g, ''); }
  const crates = /(record_relief|yew|core|alloc|std|wasm_bindgen|web_sys|js_sys|gloo\w*|serde\w*|chrono|dlmalloc|hashbrown|indexmap|implicit_clone|slab|tracing\w*|futures\w*|console_error_panic_hook|zmij|itoa|ryu)(::[A-Za-z_][A-Za-z_0-9]*)*/;
  const m = clean.match(crates);
  if (!m) return /shim$/.test(clean) ? 'wasm-bindgen shims' : 'other';
  // A generic of the standard library (`drop_in_place<yew::…>`) counts for the crate it serves.
  if (/^(core|alloc|std)$/.test(m[1])) {
    const other = full.slice(m[0].length).match(/(record_relief|yew|wasm_bindgen|web_sys|js_sys|gloo\w*|serde\w*|chrono|hashbrown|indexmap|implicit_clone)(::[A-Za-z_][A-Za-z_0-9]*)*/);
    if (other) return `${other[0].split('::').slice(0, depth).join('::')} (via ${m[1]})`;
  }
  return m[0].split('::').slice(0, depth).join('::');
}

/** The `top` biggest owners, with code bytes (raw) and the data segment (raw and gzip). */
export function breakdown(buf, { depth = 2, top = 12 } = {}) {
  const { functions: all, data } = parseWasm(buf);
  // wasm-bindgen's type descriptions run at build time only and are not shipped.
  const functions = all.filter((f) => !/describe/.test(demangle(f.name)));
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

/** Cargo's output for a module: its functions keep their names. */
export function withNames(wasm) {
  return readFileSync(wasm);
}

export { readdirSync };

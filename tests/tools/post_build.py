#!/usr/bin/env python3
"""Trunk post_build hook (runs in TRUNK_STAGING_DIR before dist/ is replaced).

0. Build the results module (`src/bin/results.rs`: the engine, the results page, the offence
   search and the saved-file reader), which the widget loads only after its first page: cargo, wasm-bindgen and (release) wasm-opt -Oz, with
   content-hashed names `results-<hash>.js` / `results-<hash>_bg.wasm`.
   Both modules' JS glue is minified with terser (release builds).
1. A strict Content-Security-Policy (script-src 'self') refuses inline scripts: move Trunk's
   inline module loader into `boot-<hash>.js`, loaded with Subresource Integrity.
2. Write `embed.js` (the law-firm loader, a stable name) from `src/embed/embed.js`, filling in
   the hashed names of the app's assets and their integrity hashes.
3. The start page, prerendered in English and Spanish from the widget's own components
   (`src/bin/prerender.rs`, Yew's server renderer), goes into index.html's host element and
   into embed.js, with `pre-<hash>.js` (from `src/embed/pre.js`) in <head> to pick the
   language before the first paint.
"""
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("post_build.py: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)")
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def minify_js(path: str) -> bool:
    """Minifies wasm-bindgen's JS glue with terser in release builds (Trunk minifies the HTML
    and CSS, not the glue). Returns whether it did."""
    if os.environ.get("TRUNK_PROFILE") != "release":
        return False
    subprocess.run(["terser", path, "--module", "--compress", "--mangle", "--output", path], check=True)
    return True


def build_results() -> dict:
    release = os.environ.get("TRUNK_PROFILE", "debug") == "release"
    bin_name = "record-relief-results"
    cargo = ["cargo", "build", "--locked", "--target", "wasm32-unknown-unknown", "--bin", bin_name]
    if release:
        cargo.append("--release")
    subprocess.run(cargo, cwd=root, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target"))
    wasm_in = os.path.join(target, "wasm32-unknown-unknown", "release" if release else "debug", bin_name + ".wasm")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["wasm-bindgen", "--target", "web", "--no-typescript", "--out-dir", tmp,
                        "--out-name", "results", wasm_in], check=True)
        wasm, js = os.path.join(tmp, "results_bg.wasm"), os.path.join(tmp, "results.js")
        minify_js(js)
        if release:
            # Same optimizer, level and passes as Trunk uses for the main module (index.html).
            # `--low-memory-unused`: rustc links wasm with the stack first (1 MiB from address 0,
            # growing down), so the first 1 KiB is never used and wasm-opt may fold constant
            # offsets into addresses (1.2 KB gzip off the main module, 0.6 off this one).
            subprocess.run(["wasm-opt", "-Oz", "--converge", "--low-memory-unused", "-o", wasm + ".opt", wasm],
                           check=True)
            os.replace(wasm + ".opt", wasm)
        wasm_data = open(wasm, "rb").read()
        # The glue never fetches the wasm by its default name: the loader passes it in.
        js_data = open(js, "rb").read()
        stem = "results-" + hashlib.sha256(wasm_data + js_data).hexdigest()[:16]
        files = {"js": stem + ".js", "wasm": stem + "_bg.wasm"}
        shutil.copyfile(js, os.path.join(staging, files["js"]))
        shutil.copyfile(wasm, os.path.join(staging, files["wasm"]))
    files["jsIntegrity"] = sri(js_data)
    files["wasmIntegrity"] = sri(wasm_data)
    return files


def prerender(lang: str) -> str:
    """The start page in `lang` from `src/bin/prerender.rs` (a native build, cached by cargo)."""
    out = subprocess.run(["cargo", "run", "--quiet", "--locked", "--features", "prerender", "--bin", "prerender", "--", lang],
                         cwd=root, check=True, capture_output=True, text=True).stdout.strip()
    if "<h1" not in out:
        sys.exit(f"post_build.py: the prerendered {lang} start page has no heading:\n{out[:500]}")
    return out


results = build_results()
pages = {lang: prerender(lang) for lang in ("en", "es")}
loader_template = open(os.path.join(root, "src", "embed", "results-loader.js"), encoding="utf-8").read()


def results_loader(base: str) -> str:
    return loader_template.replace("__RR_BASE__", base).replace("__RR_RESULTS__", json.dumps(results))


index_path = os.path.join(staging, "index.html")
html = open(index_path, encoding="utf-8").read()


def minify_names(wasm: str, glue: str) -> None:
    """The main module's import and export names, shortened (`__wbg_setAttribute_3c9f…` → `Ab`) in
    the wasm by wasm-opt and, by its mapping, in wasm-bindgen's glue, before terser: 168 hashed
    import names appear once in each file and cost the first load 5 KB gzip. The glue's shape
    (the import object's `name: function` keys, exports used as `wasm.name`) is checked: a
    wasm-bindgen that writes it otherwise fails the build here rather than at run time."""
    out = subprocess.run(["wasm-opt", "--minify-imports-and-exports-and-modules", "-o", wasm + ".min", wasm],
                         check=True, capture_output=True, text=True).stdout
    mapping = json.loads(out[out.index("{"):])
    js = open(glue, encoding="utf-8").read()
    modules = {module for module, _, _ in mapping["imports"]}
    if len(modules) != 1 or js.count(json.dumps(next(iter(modules))) + ": import0") != 1:
        sys.exit(f"post_build.py: expected one import module, keyed once in the glue: {modules}")
    js = js.replace(json.dumps(next(iter(modules))) + ": import0", '"a": import0')
    for _, old, new in mapping["imports"]:
        js, n = re.subn(r"(?m)^(\s+)" + re.escape(old) + r": function", lambda m: f'{m.group(1)}"{new}": function', js)
        if n != 1:
            sys.exit(f"post_build.py: the glue defines import {old} {n} times, expected once")
    for old, new in mapping["exports"]:
        js = re.sub(r"\bwasm\." + re.escape(old) + r"\b", f'wasm["{new}"]', js)
    left = re.findall(r"\bwasm\.[A-Za-z_$][A-Za-z_$0-9]*", js)
    if left:
        sys.exit(f"post_build.py: the glue uses exports the mapping does not rename: {sorted(set(left))}")
    stale = [old for _, old, _ in mapping["imports"] if re.search(r"\b" + re.escape(old) + r"\b", js)]
    if stale:
        sys.exit(f"post_build.py: the glue still names imports it no longer has: {stale[:5]}")
    # wasm-opt names the module "a" (checked: the glue's module key above must match it).
    if b"\x01a" not in open(wasm + ".min", "rb").read()[:4096]:
        sys.exit("post_build.py: wasm-opt did not name the import module \"a\"")
    os.replace(wasm + ".min", wasm)
    open(glue, "w", encoding="utf-8").write(js)


# The main module's glue (and in release builds its import and export names), minified.
for name in os.listdir(staging):
    if name.startswith("record-relief-") and name.endswith(".js"):
        path = os.path.join(staging, name)
        if os.environ.get("TRUNK_PROFILE") == "release":
            minify_names(path[: -len(".js")] + "_bg.wasm", path)
        minify_js(path)

# 1. The inline loader, moved out.
# Trunk's HTML minifier (minify = "on_release") drops the quotes around attribute values.
pattern = re.compile(r"<script type=\"?module\"?( nonce=\"?[^\">]*\"?)?>(?P<body>.*?)</script>", re.S)
match = pattern.search(html)
if not match:
    sys.exit("post_build.py: no inline module script found in index.html:\n" + html)
# The results loader goes first: the app starts inside Trunk's init and may ask for the module at
# once (a reload on any page but the start page). Import declarations are hoisted either way.
body = results_loader("new URL('.', import.meta.url)").strip() + "\n" + match.group("body").strip()
# pre.js starts it once the prerendered start page has painted (see there): no <script> tag for
# it, and no preload of the glue or the wasm either, because fetching and compiling them during the
# first paint held that paint back.
if "const wasm = await init(" not in body:
    sys.exit("post_build.py: Trunk's loader no longer calls `const wasm = await init(`")
# The wasm fetched with its integrity hash, as pre.js preloads it (the same credentials mode as
# its crossorigin="anonymous" link, or the browser would fetch it twice).
init_call = re.search(r"init\(\{ module_or_path: '\./(record-relief-[0-9a-f]+_bg\.wasm)' \}\)", body)
if not init_call:
    sys.exit("post_build.py: Trunk's loader no longer calls init({ module_or_path: './…_bg.wasm' })")
main_wasm = init_call.group(1)
main_glue = main_wasm[: -len("_bg.wasm")] + ".js"
body = body.replace(init_call.group(0),
                    f"init({{ module_or_path: fetch(new URL('./{main_wasm}', import.meta.url), "
                    f"{{ integrity: '{sri(open(os.path.join(staging, main_wasm), 'rb').read())}', "
                    "mode: 'cors', credentials: 'same-origin' }) })")
data = body.encode("utf-8")
boot = "boot-" + hashlib.sha256(data).hexdigest()[:16] + ".js"
with open(os.path.join(staging, boot), "wb") as f:
    f.write(data)
html = html[: match.start()] + html[match.end():]
if pattern.search(html):
    sys.exit("post_build.py: more than one inline module script; refusing to guess")
preloads = re.compile(r"<link[^>]*\brel=\"?(?:modulepreload|preload)\"?[^>]*>")
if len(preloads.findall(html)) != 2:
    sys.exit("post_build.py: expected Trunk's two preload links (glue and wasm): " + str(preloads.findall(html)))
html = preloads.sub("", html)

# 3. The prerendered start page in the host element (before its <noscript>), the language the
# host asks for (data-lang) shown and the other hidden until pre.js picks it; pre.js in <head>.
host = re.search(r'<div id="?record-relief"?([^>]*)>', html)
if not host:
    sys.exit("post_build.py: index.html has no <div id=record-relief> to prerender into")
default = "es" if re.search(r'data-lang="?es', host.group(1)) else "en"
prerendered = "".join(
    f'<div class="rr-prerender" data-rr-lang="{lang}"{"" if lang == default else " hidden"}>{pages[lang]}</div>'
    for lang in (default, "en" if default == "es" else "es"))
html = html[: host.end()] + prerendered + html[host.end():]
pre_path = os.path.join(staging, "pre.js")
shutil.copyfile(os.path.join(root, "src", "embed", "pre.js"), pre_path)
if os.environ.get("TRUNK_PROFILE") == "release":
    subprocess.run(["terser", pre_path, "--compress", "--mangle", "--output", pre_path], check=True)
pre = open(pre_path, "rb").read()
os.remove(pre_path)
pre_name = "pre-" + hashlib.sha256(pre).hexdigest()[:16] + ".js"
with open(os.path.join(staging, pre_name), "wb") as f:
    f.write(pre)
# After the stylesheet, so that both are fetched at once (a script before it delays the sheet).
pre_tag = (f'<script src="./{pre_name}" integrity="{sri(pre)}" crossorigin="anonymous" '
           f'data-rr-boot="./{boot}" data-rr-boot-integrity="{sri(data)}" '
           f'data-rr-glue="./{main_glue}" '
           f'data-rr-glue-integrity="{sri(open(os.path.join(staging, main_glue), "rb").read())}" '
           f'data-rr-wasm="./{main_wasm}" '
           f'data-rr-wasm-integrity="{sri(open(os.path.join(staging, main_wasm), "rb").read())}"></script>')
head_end = html.find("</head>")
if head_end < 0:
    sys.exit("post_build.py: index.html has no </head>")
html = html[:head_end] + pre_tag + html[head_end:]
open(index_path, "w", encoding="utf-8").write(html)

# 2. embed.js with the hashed asset names.
names = os.listdir(staging)
def one(suffix: str) -> str:
    found = [n for n in names if n.startswith("record-relief-") and n.endswith(suffix) and not n.startswith("record-relief-results")] if suffix != ".css" else \
            [n for n in names if n.startswith("widget-") and n.endswith(".css")]
    if len(found) != 1:
        sys.exit(f"post_build.py: expected one *{suffix} asset, found {found}")
    return found[0]
js, wasm, css = one(".js"), one("_bg.wasm"), one(".css")
read = lambda n: open(os.path.join(staging, n), "rb").read()
assets = {
    "page": "index.html",
    "js": js, "jsIntegrity": sri(read(js)),
    "wasm": wasm, "wasmIntegrity": sri(read(wasm)),
    "css": css, "cssIntegrity": sri(read(css)),
}
template = open(os.path.join(root, "src", "embed", "embed.js"), encoding="utf-8").read()
if "__RR_ASSETS__" not in template:
    sys.exit("post_build.py: src/embed/embed.js lacks the __RR_ASSETS__ placeholder")
with open(os.path.join(staging, "embed.js"), "w", encoding="utf-8") as f:
    if "__RR_RESULTS_LOADER__" not in template:
        sys.exit("post_build.py: src/embed/embed.js lacks the __RR_RESULTS_LOADER__ placeholder")
    f.write(template.replace("__RR_ASSETS__", json.dumps(assets, indent=2))
            .replace("__RR_RESULTS_LOADER__", results_loader("base").strip().replace("\n", "\n    "))
            .replace("__RR_PRERENDER__", json.dumps(pages)))
print(f"post_build.py: results module {results['js']}; loader moved to {boot}; embed.js written")

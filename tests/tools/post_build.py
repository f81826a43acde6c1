#!/usr/bin/env python3
"""Trunk post_build hook (runs in TRUNK_STAGING_DIR before dist/ is replaced).

1. A strict Content-Security-Policy (script-src 'self') refuses inline scripts: move Trunk's
   inline module loader into `boot-<hash>.js`, loaded with Subresource Integrity.
2. Write `embed.js` (the law-firm loader, a stable name) from `src/embed/embed.js`, filling in
   the hashed names of the app's assets and their integrity hashes.
"""
import base64
import hashlib
import json
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("post_build.py: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)")
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


index_path = os.path.join(staging, "index.html")
html = open(index_path, encoding="utf-8").read()

# 1. The inline loader, moved out.
pattern = re.compile(r"<script type=\"module\"( nonce=\"[^\"]*\")?>(?P<body>.*?)</script>", re.S)
match = pattern.search(html)
if not match:
    sys.exit("post_build.py: no inline module script found in index.html")
body = match.group("body").strip() + "\n"
data = body.encode("utf-8")
boot = "boot-" + hashlib.sha256(data).hexdigest()[:16] + ".js"
with open(os.path.join(staging, boot), "wb") as f:
    f.write(data)
tag = f'<script type="module" src="./{boot}" integrity="{sri(data)}" crossorigin="anonymous"></script>'
html = html[: match.start()] + tag + html[match.end():]
if '<script type="module">' in html:
    sys.exit("post_build.py: more than one inline module script; refusing to guess")
open(index_path, "w", encoding="utf-8").write(html)

# 2. embed.js with the hashed asset names.
names = os.listdir(staging)
def one(suffix: str) -> str:
    found = [n for n in names if n.startswith("record-relief-") and n.endswith(suffix)] if suffix != ".css" else \
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
    f.write(template.replace("__RR_ASSETS__", json.dumps(assets, indent=2)))
print(f"post_build.py: loader moved to {boot}; embed.js written")

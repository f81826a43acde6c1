#!/usr/bin/env python3
"""Trunk post_build hook: move Trunk's inline module loader into a hashed file.

A strict Content-Security-Policy (script-src 'self') refuses inline scripts. This rewrites the
staged index.html so the loader is `boot-<hash>.js`, loaded with Subresource Integrity.
"""
import base64
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("externalize_boot.py: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)")
index_path = os.path.join(staging, "index.html")
html = open(index_path, encoding="utf-8").read()

pattern = re.compile(r"<script type=\"module\"( nonce=\"[^\"]*\")?>(?P<body>.*?)</script>", re.S)
match = pattern.search(html)
if not match:
    sys.exit("externalize_boot.py: no inline module script found in index.html")
body = match.group("body").strip() + "\n"
data = body.encode("utf-8")
name = "boot-" + hashlib.sha256(data).hexdigest()[:16] + ".js"
with open(os.path.join(staging, name), "wb") as f:
    f.write(data)
sri = "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()
tag = f'<script type="module" src="./{name}" integrity="{sri}" crossorigin="anonymous"></script>'
html = html[: match.start()] + tag + html[match.end():]
if "<script type=\"module\">" in html:
    sys.exit("externalize_boot.py: more than one inline module script; refusing to guess")
open(index_path, "w", encoding="utf-8").write(html)
print(f"externalize_boot.py: loader moved to {name}")

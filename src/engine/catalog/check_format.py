#!/usr/bin/env python3
"""Checks catalog files (offenses/*.txt, lists/*.txt) for format errors; the build checks the same."""
import re, sys, pathlib
README = pathlib.Path(__file__).with_name("README.md").read_text()
TOKENS = set(re.findall(r"^\| `([a-z0-9_]+)`(?: / `([a-z0-9_]+)`)?(?: `([a-z0-9_]+)`)?(?: `([a-z0-9_]+)`)?", README, re.M))
FLAGS = {t for row in TOKENS for t in row if t}
FLAGS |= {"tier1", "tier2", "tier3", "dv", "child_abuse", "elder_abuse", "sol_misd_2"}
LEVELS = {"felony", "misdemeanor", "wobbler", "infraction", "misd_or_infraction"}
CODES = {"PC", "HS", "VC", "BP", "WI", "UI", "GC"}
def key(s): return re.sub(r"\s", "", s).upper()
errors = 0
def err(path, n, msg, line):
    global errors; errors += 1; print(f"{path}:{n}: {msg}: {line}")
for path in sys.argv[1:]:
    text = pathlib.Path(path).read_text().splitlines()
    is_list = "/lists/" in path
    src = False; seen = {}
    for n, raw in enumerate(text, 1):
        line = raw.strip()
        if not line or line.startswith("#"): continue
        if line.startswith("@"):
            if line.startswith("@source ") or line.startswith("@list "): src = True; continue
            err(path, n, "unknown directive", line); continue
        if is_list:
            body = line.split("#")[0].strip()
            parts = [p.strip() for p in body.split("|")]
            if len(parts) != 2 or not src: err(path, n, "expected SUBDIVISION | CODE SECTION [maybe] after an @list", line)
            continue
        f = [p.strip() for p in line.split("|")]
        if len(f) != 6: err(path, n, "expected 6 fields", line); continue
        if not src: err(path, n, "no @source above", line)
        code, _, sec = f[0].partition(" ")
        if code not in CODES or not sec or " " in sec: err(path, n, "bad CODE SECTION", line)
        if f[1] not in LEVELS: err(path, n, "bad level", line)
        if f[2] != "-":
            for t in f[2].split():
                if t not in FLAGS: err(path, n, f"unknown flag {t}", line)
        if not f[3] or not f[4]: err(path, n, "names required", line)
        k = key(f[0])
        if k in seen: err(path, n, f"duplicate of line {seen[k]}", line)
        seen[k] = n
    print(f"{path}: {len(seen)} entries" if not is_list else f"{path}: checked")
sys.exit(1 if errors else 0)

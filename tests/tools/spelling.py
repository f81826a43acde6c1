#!/usr/bin/env python3
"""`make spelling`: every text the widget shows, in Spanish and in English, through Debian's
hunspell (es_US with hunspell-es; en_US with hunspell-en-us), with the project's own word lists
(tests/spelling/es.txt, en.txt: code sections, form numbers, agency names, and the English terms
the Spanish keeps in parentheses because the client's papers are in English). Fails, naming each
unknown word and where it appears.

The texts: `cargo run --example texts` (messages, remedy texts, plan steps, glossary, where to
find a fact), every `text:`/`es:` pair of the engine's reasons and notices (src/engine), and the
offence names (src/engine/catalog/offenses/*.txt, English and Spanish columns)."""
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-z]+)*")
LITERAL = r'"((?:[^"\\]|\\.)*)"'


def unescape(s):
    return s.replace('\\"', '"').replace("\\\\", "\\").replace("\\n", " ")


def texts():
    """(source, english, spanish) for everything the widget shows."""
    # The engine's reasons and notices: `text: "…"` then `es: "…"` in the same struct, and the
    # citations, shown as each reader sees them (`results_view::cite_text`, through the example).
    pair = re.compile(r"\btext:\s*" + LITERAL + r"\s*,\s*es:\s*" + LITERAL, re.S)
    cite = re.compile(r"\bcite:\s*" + LITERAL)
    cites = set()
    for path in sorted(glob.glob(os.path.join(ROOT, "src", "engine", "**", "*.rs"), recursive=True)):
        src = open(path, encoding="utf-8").read()
        rel = os.path.relpath(path, ROOT)
        for m in pair.finditer(src):
            yield rel, unescape(m.group(1)), unescape(m.group(2))
        cites.update(unescape(m.group(1)) for m in cite.finditer(src))
    out = subprocess.run(["cargo", "run", "--quiet", "--locked", "--example", "texts"],
                         cwd=ROOT, check=True, capture_output=True, text=True,
                         input="".join(c + "\n" for c in sorted(cites) if c)).stdout
    for row in out.splitlines():
        source, en, es = row.split("\t")
        yield source, en, es
    for path in sorted(glob.glob(os.path.join(ROOT, "src", "engine", "catalog", "offenses", "*.txt"))):
        rel = os.path.relpath(path, ROOT)
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if line.startswith(("#", "@")):
                continue
            cols = [c.strip() for c in line.split(" | ")]
            if len(cols) >= 5:
                yield f"{rel}:{n} {cols[0]}", cols[3], cols[4]


def words_list(name):
    path = os.path.join(ROOT, "tests", "spelling", name)
    words = set()
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line)
    return path, words


def unknown(words, dictionary, own):
    """The words hunspell does not know (and the project's list does not have): one word a line
    through its pipe mode (`-a`), which answers each line and then an empty line."""
    todo = sorted(w for w in words if w not in own)
    out = subprocess.run(["hunspell", "-a", "-d", dictionary], input="".join("^" + w + "\n" for w in todo),
                         capture_output=True, text=True, check=True).stdout
    answers = out.split("\n\n")
    # The first answer is hunspell's banner line, joined to the first word's answer.
    first = answers[0].split("\n", 1)
    answers[0] = first[1] if len(first) > 1 else ""
    bad = []
    for word, answer in zip(todo, answers):
        if any(line[:1] in "&#" for line in answer.split("\n") if line):
            bad.append(word)
    assert len(answers) >= len(todo), "hunspell gave fewer answers than words"
    return bad


# Words the Spanish review (../shared/research/spanish-review.md) found misleading, each allowed
# only where it is right: "anular" is a vacatur (PC 1473.7, PC 236.14), never a dismissal;
# "inocencia" is PC 851.8's factual innocence, never a verdict of not guilty.
TERMS = [
    (re.compile(r"\banul", re.I), ("1473_7", "236_14"), "a dismissal is \"desestimación\"; \"anular\" only for a vacatur"),
    (re.compile(r"\binocen", re.I), ("851_8", "inocencia de hecho"), "not guilty is \"no culpable\"; \"inocencia\" only for factual innocence"),
    (re.compile(r"\bborrad[ao]s?\b|borrar antecedentes", re.I), (), "nothing is erased: the record stays"),
    (re.compile(r"\ben cualquier caso\b", re.I), (), "\"anyway\" in Spanish; say \"cualquiera de sus casos\""),
    # The record prints it in English; a Spanish reader gets it said once beside it.
    (re.compile(r'"relief granted"(?! \(alivio concedido\))'), (), "gloss it: \"relief granted\" (alivio concedido)"),
    # Where the English says "police", "policía" is right; a peace officer is more than that.
    (re.compile(r"\bpolicía\b", re.I), ("police",), "a peace officer is \"agente del orden público (peace officer)\""),
]


def terms(rows):
    out = []
    for pattern, allowed, why in TERMS:
        for source, en, es in rows:
            for m in pattern.finditer(es):
                around = es[max(0, m.start() - 30):m.end() + 30]
                if not any(a in source or a in around.lower() or a in en.lower() for a in allowed):
                    out.append(f"  {source}: \"…{around}…\": {why}")
    return out


LONGEST = 30  # words in one sentence (the review: hard on a phone for a reader with little schooling)


def long_sentences(rows, index):
    out = []
    for row in rows:
        if "catalog" in row[0]:
            continue
        for sentence in re.split(r"(?<=[.!?;])\s+", row[index]):
            n = len(WORD.findall(sentence))
            if n > LONGEST:
                out.append(f"  {row[0]}: {n} words: \"{sentence[:70]}…\"")
    return out


def main():
    rows = list(texts())
    assert len(rows) > 1500, f"only {len(rows)} texts found"
    failed = False
    bad_terms = terms(rows)
    print(f"Spanish terms: {len(bad_terms)} misleading uses")
    print("\n".join(bad_terms))
    failed |= bool(bad_terms)
    for lang, index in (("Spanish", 2), ("English", 1)):
        long = long_sentences(rows, index)
        print(f"{lang} sentences over {LONGEST} words: {len(long)}")
        print("\n".join(long))
        failed |= bool(long)
    for lang, index, dictionary, listname in (("Spanish", 2, "es_US", "es.txt"), ("English", 1, "en_US", "en.txt")):
        where = {}
        for row in rows:
            for w in WORD.findall(row[index]):
                where.setdefault(w, []).append(row[0])
        _, own = words_list(listname)
        bad = unknown(where, dictionary, own)
        print(f"spelling ({lang}, hunspell {dictionary} + tests/spelling/{listname}): "
              f"{len(rows)} texts, {len(where)} distinct words, {len(bad)} unknown")
        for w in bad:
            places = sorted(set(where[w]))
            print(f"  {w}: {', '.join(places[:3])}{' …' if len(places) > 3 else ''}")
        failed |= bool(bad)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

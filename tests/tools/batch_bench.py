#!/usr/bin/env python3
"""`make bench` (batch part): cases per second for `screen --batch`, end to end (reading the
JSON Lines, screening, writing every report and the CSV summary), over a file of generated cases
of 1–5 records each (a fixed seed, so every run reads the same file). A measurement, not a test.

    python3 tests/tools/batch_bench.py [N]     # N cases, default 100000
"""
import json
import os
import random
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OFFENSES = [  # (code, levels it can be entered as)
    ("PC 459.5", ["misdemeanor"]), ("PC 484", ["misdemeanor"]), ("PC 488", ["misdemeanor"]),
    ("PC 666", ["felony", "misdemeanor"]), ("PC 460(b)", ["felony", "misdemeanor"]),
    ("PC 211", ["felony"]), ("PC 245(a)(1)", ["felony", "misdemeanor"]), ("PC 242", ["misdemeanor"]),
    ("PC 273.5", ["felony", "misdemeanor"]), ("PC 148(a)(1)", ["misdemeanor"]),
    ("PC 647(b)", ["misdemeanor"]), ("PC 10851", ["felony"]), ("VC 10851", ["felony", "misdemeanor"]),
    ("VC 23152(a)", ["misdemeanor"]), ("VC 23152(b)", ["misdemeanor"]), ("VC 14601.1", ["misdemeanor"]),
    ("HS 11350", ["felony", "misdemeanor"]), ("HS 11377", ["felony", "misdemeanor"]),
    ("HS 11358", ["felony", "misdemeanor"]), ("HS 11359", ["felony"]), ("HS 11364", ["misdemeanor"]),
    ("PC 470", ["felony"]), ("PC 530.5", ["felony"]), ("PC 594", ["felony", "misdemeanor"]),
    ("PC 261.5(c)", ["felony"]), ("PC 288(a)", ["felony"]), ("PC 187", ["felony"]), ("XX 123", ["unsure"]),
]
ARREST_OUTCOMES = ["not_charged", "dismissed", "acquitted", "diversion_completed", "pending", "unsure"]
YESNO = ["yes", "no", "no", "no", "unsure"]


def day(rng, start=1995, end=2026):
    return f"{rng.randint(start, end)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def conviction(rng, i):
    code, levels = rng.choice(OFFENSES)
    convicted = day(rng, 1995, 2025)
    year = int(convicted[:4])
    sentence = rng.choice(["probation", "probation", "no_probation", "county_jail", "prison", "unsure"])
    c = {"id": f"c{i}", "offense": code, "level": rng.choice(levels), "convicted_on": convicted,
         "offense_on": f"{year - 1}-{rng.randint(1, 12):02d}-01", "sentence": sentence,
         "sentence_complied": rng.choice(["yes", "yes", "no", "unsure"]),
         "value_over_950": rng.choice(["yes", "no", "unsure"]), "relief_granted": []}
    if sentence == "probation":
        c["probation_outcome"] = rng.choice(["completed", "completed", "terminated_early", "violated", "revoked", "ongoing", "unsure"])
        c["probation_ended_on"] = f"{min(year + rng.randint(1, 5), 2029)}-06-01"
    elif sentence != "unsure":
        c["sentence_completed_on"] = f"{min(year + rng.randint(0, 6), 2026)}-03-01"
        c["released_from_custody_on"] = c["sentence_completed_on"]
    return c


def case(rng):
    n = rng.randint(1, 5)
    convictions = rng.randint(0, n)
    return {
        "schema": "record-relief/case@1", "as_of": "2026-12-01",
        "person": {"registered_sex_offender": rng.choice(["no"] * 9 + ["yes"]),
                   "currently_supervised": rng.choice(YESNO), "serving_sentence": rng.choice(YESNO),
                   "pending_charges": rng.choice(YESNO), "us_citizen": rng.choice(["yes", "yes", "no", "unsure"]),
                   "california_resident_since": rng.choice([None, "2000-01-01", "2015-06-01"])},
        "convictions": [conviction(rng, i + 1) for i in range(convictions)],
        "arrests": [{"id": f"a{i + 1}", "offense": rng.choice(OFFENSES)[0], "level": rng.choice(["felony", "misdemeanor", "unsure"]),
                     "arrested_on": day(rng, 2000, 2026), "outcome": rng.choice(ARREST_OUTCOMES)}
                    for i in range(n - convictions)],
    }


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    path = os.path.join(ROOT, "target", f"bench-cases-{n}.jsonl")
    if not os.path.exists(path):
        rng = random.Random(20261201)
        with open(path, "w") as f:
            for _ in range(n):
                f.write(json.dumps(case(rng), separators=(",", ":")) + "\n")
    subprocess.run(["cargo", "build", "--quiet", "--locked", "--profile", "native", "--bin", "screen"], cwd=ROOT, check=True)
    screen = os.path.join(ROOT, "target", "native", "screen")
    summary = os.path.join(ROOT, "target", "bench-summary.csv")
    cores = os.cpu_count()
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        with open(os.devnull, "w") as sink:
            subprocess.run([screen, "--batch", "--no-progress", "--summary", summary, path], stdout=sink, check=True)
        runs.append(time.perf_counter() - start)
    best = min(runs)
    rows = sum(1 for _ in open(summary)) - 1
    print(f"screen --batch: {n:,} cases (1-5 records each), {rows:,} summary rows, {cores} cores: "
          f"best of 3 {best:.2f} s = {n / best:,.0f} cases a second "
          f"(runs {', '.join(f'{r:.2f}' for r in runs)} s)")


if __name__ == "__main__":
    main()

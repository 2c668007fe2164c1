#!/usr/bin/env python3
"""Fails when the F1 of a gold set in ../shared/eval drops below its floor in ci/floors.tsv.

usage: check_accuracy.py BINARY
Each gold set is run as ../shared/eval/run.sh does (BINARY SET/articles --out TMP) and scored
with ../shared/eval/score.py --json. Where ../shared is absent the check says so and passes.
Floors are raised as accuracy improves; they never go down without a reason in the commit."""
import json, os, subprocess, sys, tempfile

def main():
    binary = os.path.abspath(sys.argv[1])
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    evald = os.path.join(repo, "..", "shared", "eval")
    if not os.path.isfile(os.path.join(evald, "score.py")):
        print("accuracy check skipped: ../shared/eval is absent")
        return 0
    floors = {}
    for line in open(os.path.join(repo, "ci", "floors.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            name, f1 = line.split()
            floors[name] = float(f1)
    failed = 0
    print("%-18s %7s %7s" % ("set", "F1", "floor"))
    for name in sorted(os.listdir(evald)):
        d = os.path.join(evald, name)
        if not os.path.isfile(os.path.join(d, "gold.csv")):
            continue
        with tempfile.TemporaryDirectory() as out:
            subprocess.run([binary, os.path.join(d, "articles"), "--out", out],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
            res = subprocess.run([sys.executable, os.path.join(evald, "score.py"), "--gold", os.path.join(d, "gold.csv"),
                                  "--pred", os.path.join(out, "mentions.csv"), "--articles", os.path.join(d, "articles"),
                                  "--json"], capture_output=True, text=True, check=True)
        f1 = json.loads(res.stdout)["all"]["f1"]
        floor = floors.get(name, 0.0)
        ok = f1 + 1e-9 >= floor
        failed += not ok
        print("%-18s %7.3f %7.3f %s" % (name, f1, floor, "" if ok else "BELOW FLOOR"))
    if failed:
        print("%d set(s) fell below their floor" % failed)
        return 1
    print("accuracy floors hold")
    return 0

if __name__ == "__main__":
    sys.exit(main())

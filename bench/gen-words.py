#!/usr/bin/env python3
"""Regenerate bench/words.txt: every deal trigger phrase of every language.

Reads the [triggers] tables of src/lexicon/data/*/deal.toml, lowercases,
deduplicates and sorts them, one phrase per line (ripgrep -F -f input).
usage: python3 bench/gen-words.py > bench/words.txt   (run from the repo root)
"""
import glob
import os
import sys
import tomllib

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
words = set()
files = sorted(glob.glob(os.path.join(root, "src/lexicon/data/*/deal.toml")))
if not files:
    sys.exit("no src/lexicon/data/*/deal.toml found")
for path in files:
    with open(path, "rb") as f:
        table = tomllib.load(f)
    for phrases in table.get("triggers", {}).values():
        for p in phrases:
            p = p.strip().lower()
            if p:
                words.add(p)
sys.stdout.write("".join(w + "\n" for w in sorted(words)))

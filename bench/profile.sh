#!/usr/bin/env bash
# Where does dealsift spend its time?  callgrind on small corpora (the VM has no hardware
# perf counters: `perf stat -e instructions true` says <not supported>).
# usage: bench/profile.sh          (after cargo build --release; debug = 1 keeps symbols)
#   PROFILE_DIR [${TMPDIR:-/tmp}/dealsift-profile]   REUTERS_FILES [300]   WEB_PAGES [10]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
data=/work/shared/data
dir=${PROFILE_DIR:-${TMPDIR:-/tmp}/dealsift-profile}
bin=$repo/target/release/dealsift
mkdir -p "$dir/reuters" "$dir/web"
ls "$data/reuters21578/articles" | sort -V | head -n "${REUTERS_FILES:-300}" |
  while read -r f; do cp "$data/reuters21578/articles/$f" "$dir/reuters/"; done
ls "$data/web-article-benchmark/html" | head -n "${WEB_PAGES:-10}" |
  while read -r f; do cp "$data/web-article-benchmark/html/$f" "$dir/web/"; done
for c in reuters web; do
  valgrind --tool=callgrind --callgrind-out-file="$dir/callgrind.$c.out" \
    "$bin" "$dir/$c" --out "$dir/out-$c" -j 1 2>"$dir/valgrind.$c.log" || true
  # self cost (exclusive) and inclusive cost, top 25 each
  callgrind_annotate "$dir/callgrind.$c.out" 2>/dev/null | head -60 >"$dir/self.$c.txt"
  callgrind_annotate --inclusive=yes "$dir/callgrind.$c.out" 2>/dev/null | head -60 >"$dir/inclusive.$c.txt"
  echo "== $c: $dir/self.$c.txt $dir/inclusive.$c.txt"
done

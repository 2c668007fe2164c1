#!/usr/bin/env bash
# Where does dealsift spend its time?  callgrind on small corpora (the VM has no hardware
# perf counters: `perf stat -e instructions true` says <not supported>).
# usage: bench/profile.sh          (after cargo build --release; debug = 1 keeps symbols)
#   PROFILE_DIR [${TMPDIR:-/tmp}/dealsift-profile]   REUTERS_FILES [300]   WEB_PAGES [10]
#   SETS ["reuters web"]  which small corpora to profile
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
data=/work/shared/data
dir=${PROFILE_DIR:-${TMPDIR:-/tmp}/dealsift-profile}
bin=$repo/target/release/dealsift
mkdir -p "$dir/reuters" "$dir/web"
mapfile -t rs < <(ls "$data/reuters21578/articles" | sort -V)
mapfile -t ws < <(ls "$data/web-article-benchmark/html")
for f in "${rs[@]:0:${REUTERS_FILES:-300}}"; do cp "$data/reuters21578/articles/$f" "$dir/reuters/"; done
for f in "${ws[@]:0:${WEB_PAGES:-10}}"; do cp "$data/web-article-benchmark/html/$f" "$dir/web/"; done
for c in ${SETS:-reuters web}; do
  valgrind --tool=callgrind --callgrind-out-file="$dir/callgrind.$c.out" \
    "$bin" "$dir/$c" --out "$dir/out-$c" -j 1 2>"$dir/valgrind.$c.log" || true
  # self (exclusive) and inclusive cost per function; read the top of each file
  callgrind_annotate "$dir/callgrind.$c.out" >"$dir/self.$c.txt" 2>/dev/null || true
  callgrind_annotate --inclusive=yes "$dir/callgrind.$c.out" >"$dir/inclusive.$c.txt" 2>/dev/null || true
  echo "== $c: $dir/self.$c.txt $dir/inclusive.$c.txt"
done

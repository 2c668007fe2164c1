#!/usr/bin/env bash
# dealsift throughput / memory benchmark against ripgrep (issue 7: speed near the scan limit).
#
# usage: bench/run.sh                     (from anywhere; builds target/release/dealsift)
#
# Corpora are built with /work/shared/bench/make-corpus.sh under $BENCH_DIR (outside the
# repo, default ${TMPDIR:-/tmp}/dealsift-bench) and reused by later runs; delete that folder
# to start over.  Environment overrides (defaults in brackets):
#   REUTERS_COPIES [10]   copies of reuters21578 for the throughput run      (a)
#   WEB_COPIES     [10]   copies of web-article-benchmark for the throughput (b)
#   SCALE_COPIES   [1]    copies of reuters21578 for the -j1 vs -j2 run
#   MEM_COPIES     [1 10 40]  copies of reuters21578 for the peak-memory series
#   JOBS           [nproc]    threads for the "all cores" runs (dealsift -j, rg -j)
#   RUNS           [1]    repetitions of every measurement; the fastest wall time is kept
#   SKIP           []     space-separated sections to skip: throughput scaling memory
#   MAKE_CORPUS    [/work/shared/bench/make-corpus.sh]
#   PREPARE_ONLY   [0]    1 = only build the corpora and exit (no cargo build, no runs)
# The load average is logged with every run: other jobs on the machine slow the wall times;
# CPU seconds and MB per CPU-second are much less sensitive to them.
# Output: a markdown table on stdout and in $BENCH_DIR/results.md; raw /usr/bin/time -v
# logs in $BENCH_DIR/logs/.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/dealsift-bench}
MAKE_CORPUS=${MAKE_CORPUS:-/work/shared/bench/make-corpus.sh}
REUTERS_COPIES=${REUTERS_COPIES:-10}
WEB_COPIES=${WEB_COPIES:-10}
SCALE_COPIES=${SCALE_COPIES:-1}
MEM_COPIES=${MEM_COPIES:-1 10 40}
JOBS=${JOBS:-$(nproc)}
RUNS=${RUNS:-1}
SKIP=${SKIP:-}
words=$repo/bench/words.txt
bin=$repo/target/release/dealsift

case "$BENCH_DIR/" in "$repo"/*) echo "BENCH_DIR must be outside the repo" >&2; exit 2 ;; esac
for tool in rg /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install ripgrep time" >&2; exit 2; }
done
mkdir -p "$BENCH_DIR/logs"
results=$BENCH_DIR/results.md


# corpus NAME DATASET COPIES -> prints the corpus path (built once, reused afterwards)
corpus() {
  local dir=$BENCH_DIR/$1   # metadata beside it in $dir.files / $dir.bytes, not inside
  if [ ! -f "$dir.bytes" ]; then
    rm -rf "$dir" "$dir.files"
    echo "== make-corpus $1 ($2 x$3)" >&2
    DATASETS=$2 "$MAKE_CORPUS" "$dir" "$3" >&2
    find "$dir" -type f | wc -l >"$dir.files"
    find "$dir" -type f -print0 | du -cb --files0-from=- | tail -1 | cut -f1 >"$dir.bytes"
  fi
  echo "$dir"
}

if [ "${PREPARE_ONLY:-0}" = 1 ]; then   # only build the corpora, e.g. while cargo builds
  corpus "reuters-x$REUTERS_COPIES" reuters21578 "$REUTERS_COPIES"
  corpus "web-x$WEB_COPIES" web-article-benchmark "$WEB_COPIES"
  corpus "reuters-x$SCALE_COPIES" reuters21578 "$SCALE_COPIES"
  for n in $MEM_COPIES; do corpus "reuters-x$n" reuters21578 "$n"; done
  exit 0
fi

echo "== cargo build --release" >&2
(cd "$repo" && cargo build --release --quiet)

warm() { find "$1" -type f -print0 | xargs -0 cat >/dev/null; }

# measure LABEL CORPUS TOOL CMD... : runs CMD $RUNS times under /usr/bin/time -v,
# appends a table row; sets LAST_MBS to the best run's MB/s.
LAST_MBS=0 LAST_CPU_MBS=0
declare -A MEMO_ROW MEMO_MBS MEMO_CPU   # the same corpus and command is measured once per script run
measure() {
  local label=$1 dir=$2 tool=$3; shift 3
  local key="$label|$tool"
  if [ -n "${MEMO_ROW[$key]:-}" ]; then
    ROW=${MEMO_ROW[$key]}; LAST_MBS=${MEMO_MBS[$key]}; LAST_CPU_MBS=${MEMO_CPU[$key]}
    echo "== [$label] $tool: measured above, reused" >&2
    return
  fi
  local files bytes best_wall=0 best_rss=0 best_cpu=0 best_pct=0 load log
  files=$(cat "$dir.files"); bytes=$(cat "$dir.bytes")
  warm "$dir"
  for ((r = 1; r <= RUNS; r++)); do
    load=$(cut -d' ' -f1 /proc/loadavg)
    log=$BENCH_DIR/logs/$(echo "$label-$tool" | tr -c 'A-Za-z0-9.\n-' _)-$r.txt
    echo "== [$label] $tool run $r (load $load): $*" >&2
    set +e
    /usr/bin/time -v -o "$log" "$@" >/dev/null 2>"$log.stderr"
    local rc=$?
    set -e
    # dealsift: 1 = some files skipped (listed in errors.csv); rg: 1 = no match at all
    [ "$rc" -le 1 ] || { echo "$tool failed (exit $rc), see $log.stderr" >&2; exit 1; }
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    if [ "$best_wall" = 0 ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN {exit !(a < b)}'; then
      best_wall=$wall; best_load=$load
      # CPU seconds (user + sys) and CPU share: load-independent cost, and how parallel
      best_cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$log")
      best_pct=$(awk -F': ' '/Percent of CPU/ {print $2}' "$log")
    fi
    [ "$rss" -gt "$best_rss" ] && best_rss=$rss
  done
  LAST_MBS=$(awk -v b="$bytes" -v w="$best_wall" 'BEGIN {printf "%.1f", b / 1e6 / w}')
  local fps mb rss_mb
  fps=$(awk -v f="$files" -v w="$best_wall" 'BEGIN {printf "%.0f", f / w}')
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.0f", b / 1e6}')
  rss_mb=$(awk -v k="$best_rss" 'BEGIN {printf "%.0f", k / 1024}')
  LAST_CPU_MBS=$(awk -v b="$bytes" -v c="$best_cpu" 'BEGIN {printf "%.1f", b / 1e6 / c}')
  ROW="| $label | $tool | $files | $mb | $best_wall | $LAST_MBS | $fps | $rss_mb | $best_cpu | $best_pct | $LAST_CPU_MBS | $best_load |"
  MEMO_ROW[$key]=$ROW; MEMO_MBS[$key]=$LAST_MBS; MEMO_CPU[$key]=$LAST_CPU_MBS
}

{
  echo "dealsift $(git -C "$repo" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'), JOBS=$JOBS RUNS=$RUNS"
  echo
  echo "| corpus | tool | files | MB | wall s | MB/s | files/s | peak RSS MB | CPU s | CPU % | MB per CPU-s | load 1m | dealsift/rg (wall; CPU) |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$results"

emit() { echo "$ROW ${1:-} |" >>"$results"; echo "$ROW ${1:-} |" >&2; }

# dealsift vs ripgrep on one corpus, all cores
versus() {
  local label=$1 dir=$2 out=$BENCH_DIR/out-$1
  rm -rf "$out"
  measure "$label" "$dir" "dealsift -j$JOBS" "$bin" "$dir" --out "$out" -j "$JOBS"
  local ds_row=$ROW ds=$LAST_MBS ds_cpu=$LAST_CPU_MBS
  measure "$label" "$dir" "rg -j$JOBS" rg -j "$JOBS" -c -i -F -f "$words" "$dir"
  local rg_row=$ROW rgm=$LAST_MBS
  ROW=$ds_row
  emit "$(awk -v a="$ds" -v b="$rgm" -v c="$ds_cpu" -v d="$LAST_CPU_MBS" 'BEGIN {printf "**%.3f×**; %.3f×", a / b, c / d}')"
  ROW=$rg_row; emit ""
}

has() { case " $SKIP " in *" $1 "*) return 1 ;; *) return 0 ;; esac; }

if has throughput; then
  versus "reuters x$REUTERS_COPIES" "$(corpus "reuters-x$REUTERS_COPIES" reuters21578 "$REUTERS_COPIES")"
  versus "web x$WEB_COPIES" "$(corpus "web-x$WEB_COPIES" web-article-benchmark "$WEB_COPIES")"
fi

if has scaling; then
  dir=$(corpus "reuters-x$SCALE_COPIES" reuters21578 "$SCALE_COPIES")
  measure "reuters x$SCALE_COPIES" "$dir" "dealsift -j1" "$bin" "$dir" --out "$BENCH_DIR/out-j1" -j 1
  j1=$LAST_MBS; emit ""
  measure "reuters x$SCALE_COPIES" "$dir" "dealsift -j2" "$bin" "$dir" --out "$BENCH_DIR/out-j2" -j 2
  emit "$(awk -v a="$LAST_MBS" -v b="$j1" 'BEGIN {printf "j2/j1 = **%.2f×**", a / b}')"
fi

if has memory; then
  for n in $MEM_COPIES; do
    dir=$(corpus "reuters-x$n" reuters21578 "$n")
    measure "reuters x$n" "$dir" "dealsift -j$JOBS" "$bin" "$dir" --out "$BENCH_DIR/out-mem-x$n" -j "$JOBS"
    emit "(memory series)"
  done
fi

echo >&2
cat "$results"

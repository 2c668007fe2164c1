#!/usr/bin/env bash
# The Spark job against a plain run: copies ~70 real articles of ../shared/data (news in six
# languages, HTML pages, a WARC crawl, a JSON array, plus an empty and a binary file) into a temp
# folder, runs spark/dealsift_job.py on them in local[2] and `dealsift` over the same folder, and
# compares mentions.csv, deals.csv and errors.csv byte for byte. It also checks that the
# unreadable files are named in the job's log. First it runs spark/test_job.py (the job's
# partition logic against a dealsift that crashes, without Spark).
#
# Usage: spark/test_local.sh [DEALSIFT_BINARY]   (default target/release/dealsift)
# Installs pyspark with pip when it is missing. Without ../shared/data it says so and exits 0
# (skipped); without Java too, unless DEALSIFT_REQUIRE_SPARK=1, which makes that a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-target/release/dealsift}")
DATA=${DEALSIFT_DATA:-../shared/data}

skip() {
    echo "spark check: SKIPPED: $1"
    if [ "${DEALSIFT_REQUIRE_SPARK:-0}" = 1 ]; then
        echo "spark check: DEALSIFT_REQUIRE_SPARK=1, so this is a failure"
        exit 1
    fi
    exit 0
}

[ -x "$BIN" ] || { echo "spark check: no dealsift binary at $BIN (cargo build --release)"; exit 1; }
echo "== the job's partition logic (spark/test_job.py, no Spark needed)"
python3 -m unittest discover -s spark -p 'test_*.py'
command -v java >/dev/null 2>&1 || skip "java is missing (Spark needs Java 17: apt-get install openjdk-17-jre-headless)"
if [ ! -d "$DATA" ]; then
    echo "spark check: SKIPPED: no article data at $DATA"
    exit 0
fi
if ! python3 -c 'import pyspark' 2>/dev/null; then
    echo "== installing pyspark"
    python3 -m pip install -q pyspark
fi
SUBMIT=$(python3 -c 'import os, pyspark; print(os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-submit"))')

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
A="$TMP/articles"
mkdir -p "$A"/{en,it,es,fr,de,pt,web,crawl,bad}
# Reuters wires that speak of deals, and news in the other five languages (sorted: same every
# run). `pick N DEST FILES...` copies the first N of FILES.
pick() {
    local n=$1 dest=$2
    shift 2
    local files=("$@")
    cp -t "$dest" "${files[@]:0:$n}"
}
pick 25 "$A/en" $(grep -l -i 'acquir\|stake\|merger' "$DATA"/reuters21578/articles/r1*.txt | sort)
pick 10 "$A/it" $(ls "$DATA"/sole24ore-it/articles/* | sort)
pick 10 "$A/es" $(grep -l -i 'adquisici\|compra' "$DATA"/es-economic-news/articles/* | sort)
pick 5 "$A/fr" "$DATA"/orangesum-fr/articles/*
pick 5 "$A/de" "$DATA"/10kgnad-de/articles/*
pick 5 "$A/pt" "$DATA"/news-articles-pt-br/articles/*
pick 5 "$A/web" "$DATA"/web-article-benchmark/html/*
cp "$DATA"/warc/resiliparse-clipped.warc.gz "$DATA"/web-trafilatura/evaldata-subset.json "$A/crawl/"
: > "$A/bad/empty.txt"
printf '\x00\x01PNG\x00\xff%.0s' $(seq 20) > "$A/bad/binary.txt"
chmod -R u+w "$A"
echo "== $(find "$A" -type f | wc -l) article files in $A"

echo "== dealsift (one run)"
set +e
"$BIN" "$A" --out "$TMP/local" 2> "$TMP/local.log"
local_code=$?
set -e
tail -1 "$TMP/local.log"

echo "== spark-submit --master local[2] spark/dealsift_job.py"
set +e
"$SUBMIT" --master 'local[2]' --files "$BIN" \
    --conf spark.ui.enabled=false --conf spark.driver.memory=1g \
    spark/dealsift_job.py --input "$A" --out "$TMP/spark" --partitions 5 \
    > "$TMP/driver.log" 2> "$TMP/spark.log"
spark_code=$?
set -e
# spark-submit prints the Python driver's stdout and stderr on its stdout (the merge's messages),
# and the executors' stderr (dealsift's messages on each partition) on its stderr.
echo "   executors:"
grep '^dealsift' "$TMP/spark.log" | sed 's/^/     /' || true
echo "   driver:"
grep '^dealsift' "$TMP/driver.log" | sed 's/^/     /' || true

fail=0
if [ "$spark_code" != "$local_code" ]; then
    echo "FAIL: the job exited with $spark_code, the run with $local_code"
    tail -40 "$TMP/driver.log" "$TMP/spark.log"
    fail=1
fi
for f in mentions.csv deals.csv errors.csv; do
    if cmp -s "$TMP/local/$f" "$TMP/spark/$f"; then
        echo "ok: $f byte-identical ($(($(wc -l < "$TMP/local/$f") - 1)) rows)"
    else
        echo "FAIL: $f differs"
        diff "$TMP/local/$f" "$TMP/spark/$f" | head -20 || true
        fail=1
    fi
done
for bad in empty.txt binary.txt; do
    for log in spark.log driver.log; do
        if grep -q "^dealsift: $A/bad/$bad: " "$TMP/$log"; then
            echo "ok: $bad named in $log"
        else
            echo "FAIL: $bad not named in $log"
            fail=1
        fi
    done
done
[ "$(ls "$TMP/spark/shards"/part-* | wc -l)" = 5 ] || { echo "FAIL: not 5 shards"; fail=1; }
if [ "$fail" = 0 ]; then
    echo "spark check: 1 passed, 0 failed"
else
    echo "spark check: 0 passed, 1 failed"
fi
exit "$fail"

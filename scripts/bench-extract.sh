#!/usr/bin/env bash
# Benchmark of the whole extract pipeline on a generated corpus (not a test: it reports figures).
# Usage: scripts/bench-extract.sh [WORDS] [HEAP] [THREADS...]
#   (default 10000000 words, -Xmx256m, 1 thread and all cores)
# Reports, for 1 thread and for all cores: wall time, words/s, documents/s, peak RSS, peak heap
# after GC-logged collections, and the time from launch to the first row written.
set -euo pipefail
cd "$(dirname "$0")/.."
words=${1:-10000000}
heap=${2:-256m}
corpus=target/bench-corpus-$words
[ -d "$corpus" ] || python3 scripts/make-bench-corpus.py "$corpus" "$words" 42
./vnie --help >/dev/null # builds vnie-cli/target/vnie.jar when the sources changed
# A copy, so that a build during the benchmark does not replace the jar under the JVM.
mkdir -p target
cp vnie-cli/target/vnie.jar target/bench-vnie.jar
shift $(($# < 2 ? $# : 2))
files=$(find "$corpus" -name '*.txt' | wc -l)
total_words=$(find "$corpus" -name '*.txt' -print0 | xargs -0 cat | wc -w)
cores=$(nproc)
# The JVM options of ./vnie, so that the benchmark measures what the launcher runs.
mapfile -t jvm_options < <(grep -v '^#' scripts/jvm-options)
echo "corpus: $corpus, $files documents, $total_words words; heap -Xmx$heap; $cores cores; ${jvm_options[*]}"

run() {
  local threads=$1 out=target/bench-out-$words-$1
  rm -rf "$out"; mkdir -p "$out"
  local start first=""
  start=$(date +%s.%N)
  /usr/bin/time -v -o "$out.time" java "${jvm_options[@]}" -Xmx"$heap" -Xlog:gc:file="$out.gc" \
    -jar target/bench-vnie.jar \
    extract "$corpus" --out "$out" --threads "$threads" --quiet 2>"$out.err" &
  local pid=$!
  # First row: the entities table grows past its header.
  local header=0
  while kill -0 "$pid" 2>/dev/null; do
    local partial="$out/.entities.csv.partial"
    if [ -f "$partial" ]; then
      local size; size=$(stat -c %s "$partial")
      if [ "$header" = 0 ] && [ "$size" -gt 0 ]; then header=$size; fi
      if [ "$header" -gt 0 ] && [ "$size" -gt "$header" ]; then
        first=$(echo "$(date +%s.%N) - $start" | bc); break
      fi
    fi
    sleep 0.02
  done
  wait "$pid"
  local end; end=$(date +%s.%N)
  local secs; secs=$(echo "$end - $start" | bc)
  local rss; rss=$(awk -F: '/Maximum resident/ {print int($2/1024)}' "$out.time")
  # Heap in use before each collection, from the GC log ("Pause Young ... 120M->30M(256M)").
  local peak_heap; peak_heap=$(grep -oE '[0-9]+M->[0-9]+M' "$out.gc" | cut -dM -f1 | sort -n | tail -1)
  printf 'threads=%s  time=%.1fs  words/s=%.0f  docs/s=%.0f  peakRSS=%sMB  peakHeap=%sMB  firstRow=%ss\n' \
    "$threads" "$secs" "$(echo "$total_words / $secs" | bc -l)" "$(echo "$files / $secs" | bc -l)" \
    "$rss" "${peak_heap:-?}" "${first:-?}"
}

threads=("$@")
[ ${#threads[@]} -gt 0 ] || threads=(1 "$cores")
for t in "${threads[@]}"; do run "$t"; done
if [ -d "target/bench-out-$words-1" ] && [ "$cores" != 1 ] && [ -d "target/bench-out-$words-$cores" ]; then
  cmp "target/bench-out-$words-1/entities.csv" "target/bench-out-$words-$cores/entities.csv" \
    && echo "entities.csv byte-identical with 1 and $cores threads"
fi

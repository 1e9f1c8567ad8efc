#!/usr/bin/env bash
# Benchmark of the whole extract pipeline on a generated corpus (not a test: it reports figures).
# Usage: scripts/bench-extract.sh [--corpus SHAPE[,SHAPE...]] [--heap SIZE] [WORDS] [THREADS...]
#   SHAPE: articles (default), 300 or long:CHARS: WORDS words of Vietnamese Wikipedia drawn with a
#          fixed seed (scripts/make-wiki-corpus.py), whole articles, cut into ~300-word files, or
#          joined into documents of CHARS characters; synthetic: the old corpus of the seed
#          article's sentences shuffled into ~300-word files (scripts/make-bench-corpus.py).
#   --heap: -Xmx for the run (default: the heap of ./vnie, from scripts/jvm-options)
#   WORDS: default 1000000; THREADS: default 1 and all cores
# Reports for each corpus and thread count: wall time, words/s, documents/s, CPU seconds (user +
# system), peak RSS, peak heap after GC-logged collections, the time from launch to the first row
# written, and the machine's load average at the start (figures taken under load are not those of
# a quiet machine). Corpora are generated once under target/ (never committed: whole articles).
set -euo pipefail
cd "$(dirname "$0")/.."
shapes=articles
heap=""
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) shapes=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    *) break ;;
  esac
done
words=${1:-1000000}
[ $# -gt 0 ] && shift
./vnie --help >/dev/null # builds vnie-cli/target/vnie.jar when the sources changed
# A copy, so that a build during the benchmark does not replace the jar under the JVM.
mkdir -p target
cp vnie-cli/target/vnie.jar target/bench-vnie.jar
cores=$(nproc)
# The JVM options of ./vnie (its default heap included), so that the benchmark measures what the
# launcher runs; a later -Xmx wins.
mapfile -t jvm_options < <(grep -v '^#' scripts/jvm-options)
[ -z "$heap" ] || jvm_options+=("-Xmx$heap")

corpus_of() { # SHAPE -> the corpus folder, generated when missing
  local shape=$1 dir
  dir="target/bench-corpus-${shape//:/-}-$words"
  if [ ! -d "$dir" ]; then
    if [ "$shape" = synthetic ]; then
      python3 scripts/make-bench-corpus.py "$dir" "$words" 42 >&2
    else
      python3 scripts/make-wiki-corpus.py "$dir" "$words" "$shape" 42 >&2
    fi
  fi
  echo "$dir"
}

run() { # CORPUS THREADS
  local corpus=$1 threads=$2 out="target/bench-out-$(basename "$1")-$2"
  rm -rf "$out" "$out".gc*; mkdir -p "$out"
  local start first="" load jit
  # The JIT option ./vnie would add for this job (scripts/jit-options).
  jit=$(scripts/jit-options extract "$corpus")
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s.%N)
  # shellcheck disable=SC2086 # one option or none
  /usr/bin/time -v -o "$out.time" java "${jvm_options[@]}" $jit -Xlog:gc:file="$out.gc" \
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
  local cpu; cpu=$(awk -F: '/(User|System) time/ {s += $2} END {printf "%.1f", s}' "$out.time")
  # Heap in use before each collection, from the GC log ("Pause Young ... 120M->30M(256M)"), which
  # the JVM rotates into $out.gc.0, $out.gc.1 ... on long runs.
  local peak_heap
  peak_heap=$(cat "$out".gc* | grep -oE '[0-9]+M->[0-9]+M' | cut -dM -f1 | sort -n | tail -1)
  printf '%s threads=%s  time=%.1fs  words/s=%.0f  docs/s=%.0f  cpu=%ss  peakRSS=%sMB  peakHeap=%sMB  firstRow=%ss  load=%s\n' \
    "$(basename "$corpus")" "$threads" "$secs" "$(echo "$total_words / $secs" | bc -l)" \
    "$(echo "$files / $secs" | bc -l)" "$cpu" "$rss" "${peak_heap:-?}" "${first:-?}" "$load"
}

threads=("$@")
[ ${#threads[@]} -gt 0 ] || threads=(1 "$cores")
IFS=, read -ra shape_list <<<"$shapes"
for shape in "${shape_list[@]}"; do
  corpus=$(corpus_of "$shape")
  files=$(find "$corpus" -name '*.txt' | wc -l)
  total_words=$(find "$corpus" -name '*.txt' -print0 | xargs -0 cat | wc -w)
  echo "corpus: $corpus, $files documents, $total_words words; $cores cores; ${jvm_options[*]} $(scripts/jit-options extract "$corpus")"
  for t in "${threads[@]}"; do run "$corpus" "$t"; done
  first_out="target/bench-out-$(basename "$corpus")-${threads[0]}"
  for t in "${threads[@]:1}"; do
    cmp "$first_out/entities.csv" "target/bench-out-$(basename "$corpus")-$t/entities.csv" \
      && echo "entities.csv byte-identical with ${threads[0]} and $t threads"
  done
done

#!/usr/bin/env bash
# Benchmark of `vietnorm clean` (issue 6): -j 1 and -j 2 side by side, twice, on a ≥ 200 MB corpus
# built from the Wikipedia text in ../shared/corpus (CC BY-SA; the corpus and everything derived
# from it stay outside the repository). Prints seconds, MB/s, MB/s per thread, the speed-up of
# -j 2 over -j 1 in the same round, and peak RSS (from /usr/bin/time -v); checks that both thread
# counts write byte-identical output.
#
# Usage: scripts/bench-clean.sh [extra clean options...]   e.g. --dedup near
# Environment: CORPUS=wiki (default) or news; CORPUS_GZ (the Wikipedia text); BENCH_DATA (work
# directory, default ../bench-data); OUT_DIR (where the cleaned corpora go, default BENCH_DATA:
# on a disk the final sync of 200 MB is a fixed cost for every -j; OUT_DIR=/dev/shm measures
# the computation alone).
#   wiki: three variants of every line of viwiki-2017 (258 MB): real, varied text, many short
#         lines, headings and lists of foreign names (the hard case for the language filter);
#   news: the news seeds of tests/data/seeds, 22,000 variants of each paragraph (206 MB).
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${CORPUS:-wiki}
CORPUS_GZ=${CORPUS_GZ:-../shared/corpus/viwiki-2017.txt.gz}
DATA=${BENCH_DATA:-../bench-data}
mkdir -p "$DATA"

if [ "$CORPUS" = news ]; then
  INPUT=$DATA/news-x.txt
  # Every repetition k puts a marker word "(k)" in the middle of each paragraph, so exact
  # dedup keeps them apart (only the seed's own repeated line is a duplicate).
  [ -f "$INPUT" ] || python3 - tests/data/seeds "$INPUT" <<'PY'
import sys
seeds, dest = sys.argv[1], sys.argv[2]
lines = []
for name in ["news-thanhnien-plain.txt", "news-rfi-plain.txt", "news-viettimes-plain.txt"]:
    lines += [l for l in open(f"{seeds}/{name}", encoding="utf-8").read().split("\n") if l.strip()]
size = sum(len(l.encode()) + 1 for l in lines)
with open(dest, "w", encoding="utf-8") as out:
    for k in range(200_000_000 // size + 1):
        for line in lines:
            words = line.split(" ")
            words.insert(len(words) // 2, f"({k})")
            out.write(" ".join(words) + "\n")
PY
else
  if [ ! -f "$CORPUS_GZ" ]; then
    echo "skipped: $CORPUS_GZ not found" >&2
    exit 0
  fi
  INPUT=$DATA/viwiki-x3.txt
  # Three variants of every line (84 MB each), so exact dedup does not simply drop two thirds:
  # a marker word "(k)" in the middle of the line; variant 2 also decomposes every 10th line
  # (NFD) and puts a no-break space in it, so the Unicode stage has real work.
  [ -f "$INPUT" ] || python3 - "$CORPUS_GZ" "$INPUT" <<'PY'
import gzip, sys, unicodedata
src, dest = sys.argv[1], sys.argv[2]
with gzip.open(src, "rt", encoding="utf-8") as f, open(dest, "w", encoding="utf-8") as out:
    lines = f.read().split("\n")
    for k in range(3):
        for i, line in enumerate(lines):
            if not line.strip():
                out.write("\n")
                continue
            words = line.split(" ")
            words.insert(len(words) // 2, f"({k + 1})")
            line = " ".join(words)
            if k == 1 and i % 10 == 0:
                line = unicodedata.normalize("NFD", line).replace(" ", "\u00a0", 1)
            out.write(line + "\n")
PY
fi

cargo build --release --quiet
BIN=target/release/vietnorm
OUT=${OUT_DIR:-$DATA}
MB=$(($(stat -L -c %s "$INPUT") / 1000000))
echo "input: $INPUT ($MB MB), output to $OUT, options: ${*:-(defaults)}"
printf '%-6s %-3s %8s %8s %12s %8s %10s %9s\n' round j seconds MB/s MB/s/thread cpu_s peak_MiB speed-up
for round in 1 2; do
  declare -A secs=()
  for j in 1 2; do
    out=$OUT/out-j$j.txt
    /usr/bin/time -v "$BIN" clean "$INPUT" -o "$out" -j "$j" --report "$DATA/report-j$j.json" "$@" \
      2> "$DATA/time-j$j.txt"
    secs[$j]=$(python3 -c "import json;print(json.load(open('$DATA/report-j$j.json'))['seconds'])")
    rss=$(awk -F': ' '/Maximum resident set size/ {print int($2 / 1024)}' "$DATA/time-j$j.txt")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$DATA/time-j$j.txt")
    speedup=$( [ "$j" = 2 ] && python3 -c "print(f'{${secs[1]} / ${secs[2]}:.2f}x')" || echo -)
    python3 -c "s=${secs[$j]}; print(f'{$round:<6} {$j:<3} {s:8.2f} {$MB/s:8.1f} {$MB/s/$j:12.1f} {$cpu:8.2f} {$rss:10d} {\"$speedup\":>9}')"
  done
  cmp -s "$OUT/out-j1.txt" "$OUT/out-j2.txt" && echo "round $round: -j 1 and -j 2 outputs identical" \
    || { echo "round $round: OUTPUTS DIFFER" >&2; exit 1; }
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (other processes share the CPU: compare rows of one round)"
python3 -c "import json; r = json.load(open('$DATA/report-j2.json')); print({k: r[k] for k in ('documents_in', 'documents_out', 'rejected')})"

#!/usr/bin/env bash
# Speed against the other engines on a machine whose speed drifts: each round
# runs every engine once, in turn, through the comparison kit, so a drift hits
# all of them alike (after one untimed run each); prints each engine's median time and its median ratio to
# the first engine's time in the same round. Galley runs with an empty result
# cache (a first build).
#   bench/engines-in-turn.sh ROUNDS MANUSCRIPT.md ENGINE...   (ENGINE: as ../shared/compare/anchors.sh takes)
#   bench/engines-in-turn.sh 5 ../shared/compare/inputs/art8.md galley-pdf pdflatex typst xelatex weasyprint
set -euo pipefail
rounds=$1 input=$2
shift 2
kit="$(dirname "$0")/../../shared/compare/anchors.sh"
top="$(cd "$(dirname "$0")/.." && pwd)"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# One untimed run each first: Galley compiles its bundle after a source change, the engines fill the file cache.
for engine in "$@"; do GALLEY="$top" "$kit" "$engine" "$input" "$scratch/$engine" >/dev/null 2>&1; done
for round in $(seq "$rounds"); do
  for engine in "$@"; do
    rm -rf "$scratch/cache"
    start=$(date +%s%N)
    GALLEY_CACHE_DIR="$scratch/cache" GALLEY="$top" "$kit" "$engine" "$input" "$scratch/$engine" >/dev/null 2>&1
    echo "$round $engine $(($(date +%s%N) - start))"
  done
done | python3 -c '
import collections, statistics, sys
times = collections.defaultdict(dict)
for line in sys.stdin:
    round_, engine, ns = line.split()
    times[engine][round_] = int(ns) / 1e9
first = next(iter(times))
for engine, by_round in times.items():
    ratio = statistics.median(t / times[first][r] for r, t in by_round.items())
    print(f"{engine:12} median {statistics.median(by_round.values()):.2f} s   ratio to {first} {ratio:.2f}")
'

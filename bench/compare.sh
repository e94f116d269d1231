#!/usr/bin/env bash
# claimgraph and the Python peers of ../shared/bench/peers on the same corpus,
# in one run, one after the other: throughput and the ratio to each peer.
#
#   bench/compare.sh [ARTICLES]            (default 400 generated articles, ~0.9 MB)
#   PEERS="datefinder dateparser" bench/compare.sh 400
#
# The peers' venv is created by their setup.sh on first use (VENV, default
# /tmp/peersvenv). claimgraph runs single-threaded (RAYON_NUM_THREADS=1), and
# its time is the whole process (start-up and output included); the peers'
# is their in-process extraction loop (setup excluded), so the ratios are
# conservative for claimgraph.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-400}
PEERS=${PEERS:-"datefinder recognizers-number dateparser"}
SHARED=${CLAIMGRAPH_SHARED:-../shared}
VENV=${VENV:-/tmp/peersvenv}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cargo build --release --quiet --bin claimgraph --example gen_corpus
./target/release/examples/gen_corpus "$N" "$WORK/corpus" --txt >/dev/null
DIR="$WORK/corpus/000"
if [ "$N" -gt 1000 ]; then
  echo "compare.sh: use at most 1000 articles (one folder, as run_peers.py reads)" >&2
  exit 2
fi
BYTES=$(cat "$DIR"/*.txt | wc -c)

runs=()
for _ in 1 2 3; do
  start=$(date +%s.%N)
  RAYON_NUM_THREADS=1 ./target/release/claimgraph extract "$DIR" --manifest "$WORK/corpus/corpus.toml" --format jsonl >"$WORK/claims.jsonl"
  end=$(date +%s.%N)
  runs+=("$(echo "$end - $start" | bc -l)")
done
ours=$(printf '%s\n' "${runs[@]}" | sort -g | sed -n 2p)
ours_mbps=$(echo "$BYTES / $ours / 1000000" | bc -l)
printf 'corpus: %d articles, %d bytes\n' "$N" "$BYTES"
printf '%-22s %10s %12s %10s\n' "tool" "seconds" "MB/s" "ratio"
printf '%-22s %10.3f %12.3f %10s\n' "claimgraph (1 thread)" "$ours" "$ours_mbps" "1"

if [ ! -x "$VENV/bin/python" ]; then
  VENV="$VENV" bash "$SHARED/bench/peers/setup.sh" >&2
fi
for peer in $PEERS; do
  line=$("$VENV/bin/python" "$SHARED/bench/peers/run_peers.py" "$peer" "$DIR" 2>/dev/null | grep '^peer=' || true)
  mbps=$(sed -n 's/.*MBps=\([0-9.e-]*\).*/\1/p' <<<"$line")
  secs=$(sed -n 's/.*extract_s=\([0-9.e-]*\).*/\1/p' <<<"$line")
  if [ -z "$mbps" ]; then
    printf '%-22s %10s %12s %10s\n' "$peer" "-" "failed" "-"
    continue
  fi
  printf '%-22s %10.3f %12.3f %10.1f\n' "$peer" "$secs" "$mbps" "$(echo "$ours_mbps / $mbps" | bc -l)"
done

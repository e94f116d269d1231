#!/usr/bin/env bash
# Runs the fuzz targets, each for SECONDS (default 600), two at a time,
# from seed corpora made of the repository's own files (examples, rule
# packs, fixtures). Logs go to fuzz/logs/TARGET.log; the last lines of each
# (executions, coverage) are what docs/RELIABILITY.md records.
#
#   fuzz/run.sh [SECONDS] [TARGET...]
#
# Needs the nightly toolchain and cargo-fuzz (cargo install cargo-fuzz).
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_EACH=${1:-600}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(documents front_matter extraction rule_pack settings)

seed() { # seed TARGET FILE...
  mkdir -p "corpus/$1"
  shift_target=$1; shift
  for f in "$@"; do
    [ -f "$f" ] && cp "$f" "corpus/$shift_target/$(basename "$f").seed" || true
  done
}
seed_prefixed() { # seed_prefixed TARGET BYTE FILE... (a format selector byte first)
  local t=$1 b=$2; shift 2
  mkdir -p "corpus/$t"
  for f in "$@"; do
    [ -f "$f" ] && { printf "\\x$b"; cat "$f"; } > "corpus/$t/$b-$(basename "$f").seed" || true
  done
}

seed_prefixed documents 00 ../examples/articles/*.txt ../tests/rules/*.txt
seed_prefixed documents 01 ../examples/articles/*.md ../tests/fixtures/check/*/*.md
seed_prefixed documents 02 ../tests/fixtures/newsroom/articles/*.html
seed_prefixed documents 03 ../tests/fixtures/newsroom/articles/*.xml
seed_prefixed documents 04 ../tests/fixtures/newsroom/articles/*.jsonl
seed_prefixed front_matter 00 ../examples/articles/*.md ../tests/fixtures/check/*/*.md
seed extraction ../examples/articles/* ../tests/rules/*.txt
seed rule_pack ../rules/*.toml ../examples/rules/*.toml
seed_prefixed settings 00 ../examples/corpus.toml
seed_prefixed settings 01 ../tests/fixtures/newsroom/claimgraph.toml
seed_prefixed settings 02 ../tests/fixtures/seeds-facts.toml

cargo +nightly fuzz build -O
mkdir -p logs
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
run() {
  echo "claimgraph commit $COMMIT, $(date -u +%FT%TZ), ${SECONDS_EACH}s" >"logs/$1.commit"
  cargo +nightly fuzz run -O "$1" "corpus/$1" -- \
    -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 >"logs/$1.log" 2>&1 &&
    echo "$1: clean" || echo "$1: FAILED (see fuzz/logs/$1.log and fuzz/artifacts/$1)"
}
i=0
for t in "${TARGETS[@]}"; do
  run "$t" &
  i=$((i + 1))
  if [ $((i % 2)) -eq 0 ]; then wait; fi
done
wait
for t in "${TARGETS[@]}"; do
  echo "== $t"
  grep -E '^#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|cov:' "logs/$t.log" | tail -2
done

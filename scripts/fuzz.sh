#!/usr/bin/env bash
# Runs the fuzz target fuzz/fuzz_targets/decoders.rs under libFuzzer for FUZZ_SECONDS
# (default 60), on the stable toolchain and without cargo-fuzz: the coverage
# instrumentation libFuzzer needs is plain LLVM passes that stable rustc accepts. No
# sanitizer: the code is safe Rust, and what we look for is a panic.
#
# Seeds come from fuzz/corpus/decoders/ (committed, left untouched); what the run finds
# goes to fuzz/target/corpus/, and a crash to fuzz/artifacts/, to be kept as a test.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/fuzz"

seconds="${FUZZ_SECONDS:-60}"
host="$(rustc -vV | sed -n 's/^host: //p')"

# --target keeps these flags off build scripts and proc-macros, which must not be
# instrumented (they would need libFuzzer to link).
export RUSTFLAGS="--cfg fuzzing -Cdebug-assertions -Coverflow-checks -Cpasses=sancov-module \
-Cllvm-args=-sanitizer-coverage-level=4 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
-Cllvm-args=-sanitizer-coverage-pc-table -Cllvm-args=-sanitizer-coverage-trace-compares"
start=$SECONDS
cargo build --release --target "$host" --bin decoders
echo "fuzz target built in $((SECONDS - start)) s"

mkdir -p target/corpus/decoders artifacts
# libFuzzer reports every new input: the log keeps that, the terminal gets the outcome.
log=target/fuzz.log
# libFuzzer adds new inputs to the first directory only.
if "target/$host/release/decoders" target/corpus/decoders corpus/decoders \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 \
  -artifact_prefix=artifacts/ -print_final_stats=1 >"$log" 2>&1; then
  grep -E '^(Done|stat::(number_of_executed_units|average_exec_per_sec|new_units_added))' "$log"
else
  tail -n 100 "$log"
  echo "fuzzing found a crash (whole log: fuzz/$log); keep its input from fuzz/artifacts/ as a test" >&2
  exit 1
fi

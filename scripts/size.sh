#!/usr/bin/env bash
# Prints what a first visit transfers: every file in dist/, raw and gzipped, and the
# total against the budget. A benchmark, not a test: it reports, it does not fail.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET_KB=150
[ -f dist/index.html ] || { echo "dist/ is empty: run 'make dist' first" >&2; exit 1; }
total=0
later=0
printf '%-48s %10s %10s\n' file bytes gzip
# Everything, icons included, in the reader's language (English here): the service worker
# fetches it all on the first visit. Counted apart, as fetched later: the other languages
# (for offline use, or when chosen), and the full build's script and wasm, which a first
# visit does not start (index.html's loader picks the first-visit build) and the service
# worker keeps for offline once the app has drawn its first page.
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9c "$f" | wc -c)
  case "$f" in
    dist/servewell-first-*) ;;
    dist/servewell-*.js|dist/servewell-*_bg.wasm)
      later=$((later + gz)); printf '%-48s %10d %10d  (later)\n' "${f#dist/}" "$raw" "$gz"; continue ;;
    dist/questions/??.txt|dist/manifest-??.webmanifest)
      case "$f" in
        dist/questions/en.txt|dist/manifest-en.webmanifest) ;;
        *) later=$((later + gz)); printf '%-48s %10d %10d  (later)\n' "${f#dist/}" "$raw" "$gz"; continue ;;
      esac ;;
  esac
  total=$((total + gz))
  printf '%-48s %10d %10d\n' "${f#dist/}" "$raw" "$gz"
done < <(find dist -type f | sort)
printf '%-48s %10s %10d  (%d KB of a %d KB budget)\n' 'first visit' '' "$total" $(( (total + 1023) / 1024 )) "$BUDGET_KB"
printf '%-48s %10s %10d\n' 'fetched later' '' "$later"

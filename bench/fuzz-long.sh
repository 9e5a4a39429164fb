#!/bin/sh
# Runs the coverage-guided fuzz targets of fr.liseuse.hostile for a long time, starting from real
# pages: every page of the development benchmarks (extraction/*/pages/*.html.gz, decompressed, and
# metadata/*/pages/*.html) is a seed, so the mutations start from what the web really serves.
#   bench/fuzz-long.sh [BENCH_ROOT] [DURATION] [TARGET...]
#     BENCH_ROOT  the folder holding extraction/ and metadata/ (default $LISEUSE_BENCH_ROOT, else
#                 ../shared/benchmarks beside the project)
#     DURATION    total time, shared equally by the targets: seconds, or with s, m or h (default 1h)
#     TARGET      RawBytesFuzzTest HtmlGrammarFuzzTest SanitizerFuzzTest PhoneNumbersFuzzTest PdfFuzzTest
#                 (default: all five; RawBytesFuzzTest takes a page's bytes through the whole read path;
#                 PdfFuzzTest damages real PDFs, its own seeds: the benchmark pages are HTML)
# The seeds and the corpus grown from them live in a temporary folder, removed at the end (set
# KEEP=DIR to keep them). Findings (crash-*, timeout-*, oom-*, and slow-unit-* over a minute, the
# tests' hang limit) are copied to bench/out/fuzz-findings/; turn
# each into a regression test under src/test/resources with the fix. The last lines of each
# target's libFuzzer log (executions, coverage) are printed; the whole log is in bench/out/.
# Run it niced on a shared machine: nice -n 19 bench/fuzz-long.sh ... 
set -eu
cd "$(dirname "$0")/.."
root=${1:-${LISEUSE_BENCH_ROOT:-../shared/benchmarks}}
duration=${2:-1h}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
targets=${*:-RawBytesFuzzTest HtmlGrammarFuzzTest SanitizerFuzzTest PhoneNumbersFuzzTest PdfFuzzTest}

seconds() {
  case "$1" in
    *h) echo $(( ${1%h} * 3600 )) ;;
    *m) echo $(( ${1%m} * 60 )) ;;
    *s) echo "${1%s}" ;;
    *[!0-9]*|'') echo "fuzz-long: DURATION must be seconds or end in s, m or h: $1" >&2; exit 2 ;;
    *) echo "$1" ;;
  esac
}
total=$(seconds "$duration")
count=$(echo $targets | wc -w)
each=$(( total / count ))
[ "$each" -ge 1 ] || { echo "fuzz-long: $total s is too short for $count targets" >&2; exit 2; }

work=${KEEP:-$(mktemp -d)}
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/seeds" bench/out/fuzz-findings
for f in "$root"/extraction/*/pages/*.html.gz; do
  [ -f "$f" ] && gzip -dc "$f" > "$work/seeds/$(basename "$(dirname "$(dirname "$f")")")-$(basename "$f" .gz)"
done
for f in "$root"/metadata/*/pages/*.html; do
  [ -f "$f" ] && cp "$f" "$work/seeds/$(basename "$(dirname "$(dirname "$f")")")-$(basename "$f")"
done
seeds=$(ls "$work/seeds" | wc -l)
[ "$seeds" -gt 0 ] || { echo "fuzz-long: no benchmark pages under $root" >&2; exit 66; }
# The largest seed bounds the inputs, so no page is cut short (a few MB at most in these sets).
largest=$(wc -c "$work"/seeds/* | sort -n | tail -n 2 | head -n 1 | awk '{print $1}')
echo "== $seeds seed pages (largest $largest bytes), $each s per target: $targets"

./mvnw -q -B -o test-compile
for target in $targets; do
  corpus="$work/corpus/$target"
  findings="$work/findings/$target/"
  mkdir -p "$corpus" "$findings"
  log="bench/out/fuzz-$target.log"
  echo "== $target for $each s (log: $log)"
  # Jazzer reads the corpus folders given first (new inputs go to the first) and passes the other
  # arguments to libFuzzer; the later -max_total_time overrides the @FuzzTest maxDuration.
  status=0
  JAZZER_FUZZ=1 ./mvnw -q -B -o surefire:test -Dtest="$target" -Dfuzz.excludedGroups=none \
      -Djazzer.internal.arg.1="$corpus" -Djazzer.internal.arg.2="$work/seeds" \
      -Djazzer.internal.arg.3=-max_total_time="$each" -Djazzer.internal.arg.4=-max_len="$largest" \
      -Djazzer.internal.arg.5=-artifact_prefix="$findings" -Djazzer.internal.arg.6=-seed=0 \
      -Djazzer.internal.arg.7=-print_final_stats=1 -Djazzer.internal.arg.8=-report_slow_units=60 \
      > "$log" 2>&1 || status=$?
  grep -E '^(stat::|Done |#[0-9]+.*(DONE|INITED|pulse))' "$log" | tail -n 8 || true
  if [ -n "$(ls "$findings")" ]; then
    cp "$findings"* bench/out/fuzz-findings/
    echo "== $target found: $(ls "$findings" | tr '\n' ' ')(copied to bench/out/fuzz-findings/)"
  elif [ "$status" -ne 0 ]; then
    echo "== $target: the run failed without a finding (exit $status), see $log" >&2
  fi
done

#!/bin/sh
# Runs the coverage-guided fuzz targets of fr.liseuse.hostile for longer than the build does.
#   bench/fuzz-long.sh [RUNS] [TARGET...]     RUNS inputs per target (default 200000); each target
#                                            also stops after 30 minutes (@FuzzTest maxDuration)
# Targets: SanitizerFuzzTest PhoneNumbersFuzzTest HtmlGrammarFuzzTest RawBytesFuzzTest PdfFuzzTest (default: all).
# The growing corpus stays in .cifuzz-corpus/ (ignored by git). A crash is written by Jazzer into
# src/test/resources/fr/liseuse/hostile/<Target>Inputs/<method>/: commit it with the fix, and every
# build replays it from then on. Stops at the first target that finds something.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-200000}
[ $# -gt 0 ] && shift
targets=${*:-SanitizerFuzzTest PhoneNumbersFuzzTest HtmlGrammarFuzzTest RawBytesFuzzTest PdfFuzzTest}
./mvnw -q -B -o test-compile
for target in $targets; do
    echo "== $target: $runs inputs"
    JAZZER_FUZZ=1 ./mvnw -q -B -o surefire:test -Dtest="$target" -Dfuzz.excludedGroups=none \
        -Djazzer.internal.arg.1=-runs="$runs" -Djazzer.internal.arg.2=-seed=0 \
        -Djazzer.internal.arg.3=-max_len=65536
done

#!/bin/sh
# Runs liseuse's article extraction over the development benchmarks and prints both scorers' results.
# Usage: bench/extraction.sh [BENCH_ROOT]   (default: ../shared/benchmarks/extraction beside the repo,
# or $LISEUSE_BENCH)
set -eu
cd "$(dirname "$0")/.."
root=${1:-${LISEUSE_BENCH:-../../shared/benchmarks/extraction}}
tools=${LISEUSE_BENCH_TOOLS:-$root/../../tools}
./mvnw -q -B -o test-compile
if ! ./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null 2>&1; then
  # offline repositories may lack the dependency plugin: take jsoup from the local repository
  version=$(sed -n 's:.*<jsoup.version>\(.*\)</jsoup.version>.*:\1:p' pom.xml)
  printf '%s' "$HOME/.m2/repository/org/jsoup/jsoup/$version/jsoup-$version.jar" > target/cp.txt
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" fr.liseuse.extract.ArticleBenchmark \
  "$out" "$root/aeb-dev" "$root/trafi-dev"
echo "AEB-dev:"
python3 "$tools/aeb_score.py" "$out/aeb-dev" ${AEB_TSV:+--tsv "$AEB_TSV"} | tail -n 1
echo "trafi-dev:"
python3 "$tools/trafi_score.py" "$out/trafi-dev" ${TRAFI_TSV:+--tsv "$TRAFI_TSV"} | tail -n 1
echo "trafi-dev, French pages:"
python3 "$tools/trafi_score.py" "$out/trafi-dev" --lang fr --by-lang | tail -n 2
if [ -n "${KEEP_PRED:-}" ]; then rm -rf "$KEEP_PRED"; cp -r "$out" "$KEEP_PRED"; fi

#!/bin/sh
# Scores liseuse on the development benchmarks through the product itself: every page of both sets
# goes through ONE `java -jar target/liseuse.jar read --format json PAGE...` process (NDJSON, one
# line per page), whose `text` field (body without the title) is what both scorers read.
# Usage: bench/extraction.sh [BENCH_ROOT]
#   BENCH_ROOT defaults to $LISEUSE_BENCH, else ../shared/benchmarks/extraction beside the project.
#   KEEP_PRED=DIR keeps the predictions; AEB_TSV / TRAFI_TSV write per-page scores;
#   JAVA_OPTS passes options to the JVM (e.g. -Xmx256m); PEER=0 skips scoring readability4j 1.0.8
#   on the same pages in the same run (it runs from the test classpath, decoded as liseuse's harness does);
#   HALVES=0 scores the whole sets only.
# Each set is scored whole, then on a fixed cross-validation split: half A and half B, chosen by the
# parity of the first byte of the SHA-1 of the page id (as bench/metadata.sh does), never by anything
# in the page. Study misses on half A only and check each rule on half B: a rule that helps one half
# and hurts the other memorises pages.
set -eu
cd "$(dirname "$0")/.."
root=${1:-${LISEUSE_BENCH:-../shared/benchmarks/extraction}}
tools=${LISEUSE_BENCH_TOOLS:-$root/../../tools}
jar=target/liseuse.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main -newer "$jar" -print | head -n 1)" ]; then
  ./mvnw -q -B -o package -DskipTests >&2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for set in aeb-dev trafi-dev; do
  mkdir -p "$work/pages/$set" "$work/pred/$set"
  for f in "$root/$set"/pages/*.html.gz; do
    gzip -dc "$f" > "$work/pages/$set/$(basename "$f" .gz)"
  done
done
pages=$(ls "$work"/pages/*/*.html | wc -l)
start=$(date +%s%N)
# Exit code 65 only says that some page was rejected; the lines on stderr name them.
java ${JAVA_OPTS:-} -jar "$jar" read --format json "$work"/pages/aeb-dev/*.html "$work"/pages/trafi-dev/*.html \
  > "$work/out.ndjson" 2> "$work/err.txt" || true
end=$(date +%s%N)
python3 - "$work/out.ndjson" "$work/pred" <<'EOF'
import json, os, sys
out, pred = sys.argv[1], sys.argv[2]
with open(out, encoding="utf-8") as lines:
    for line in lines:
        page = json.loads(line)
        folder, name = os.path.split(page["source"])
        ident = name[: -len(".html")]
        target = os.path.join(pred, os.path.basename(folder), ident + ".txt")
        with open(target, "w", encoding="utf-8") as f:
            f.write(page["text"])
EOF
done=$(ls "$work"/pred/*/*.txt | wc -l)
empty=$(find "$work"/pred -name '*.txt' -size 0 | wc -l)
echo "pages: $pages read, $done with a result ($empty with an empty text), one JVM in $(( (end - start) / 1000000 )) ms (start-up and cold JIT included)"
if [ -s "$work/err.txt" ]; then echo "rejected:"; sed 's/^/  /' "$work/err.txt"; fi
# Writes $work/halves/SET-a and SET-b: the page ids of each half (AEB) and their expectations (trafi).
python3 - "$root" "$work/halves" <<'EOF'
import hashlib, json, os, sys
root, out = sys.argv[1], sys.argv[2]
os.makedirs(out)
def half(ident):
    return "a" if hashlib.sha1(ident.encode()).digest()[0] % 2 == 0 else "b"
aeb = sorted(n[: -len(".html.gz")] for n in os.listdir(os.path.join(root, "aeb-dev", "pages")))
for h in "ab":
    with open(os.path.join(out, f"aeb-dev-{h}"), "w") as f:
        f.writelines(i + "\n" for i in aeb if half(i) == h)
expect = json.load(open(os.path.join(root, "trafi-dev", "expectations.json"), encoding="utf-8"))
for h in "ab":
    part = {k: v for k, v in expect.items() if half(v.get("id", k)) == h}
    with open(os.path.join(out, f"trafi-dev-{h}"), "w", encoding="utf-8") as f:
        json.dump(part, f, ensure_ascii=False)
EOF
parts="whole"
if [ "${HALVES:-1}" != 0 ]; then parts="whole a b"; fi
for part in $parts; do
  label=$part; ids=""; expect=""; aeb_tsv=""; trafi_tsv=""
  if [ "$part" = whole ]; then
    aeb_tsv=${AEB_TSV:+--tsv $AEB_TSV}; trafi_tsv=${TRAFI_TSV:+--tsv $TRAFI_TSV}
  else
    label="half $part"; ids="--ids $work/halves/aeb-dev-$part"; expect="--expect $work/halves/trafi-dev-$part"
  fi
  echo "AEB-dev ($label):"
  python3 "$tools/aeb_score.py" "$work/pred/aeb-dev" $ids $aeb_tsv | tail -n 1
  echo "trafi-dev ($label):"
  python3 "$tools/trafi_score.py" "$work/pred/trafi-dev" $expect $trafi_tsv | tail -n 2
  echo "trafi-dev, French pages ($label):"
  python3 "$tools/trafi_score.py" "$work/pred/trafi-dev" $expect --lang fr --by-lang | tail -n 1
done
if [ "${PEER:-1}" = 1 ]; then
  ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >&2
  for set in aeb-dev trafi-dev; do
    java -Xmx256m -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
      fr.liseuse.extract.PeerQuality "$root/$set" "$work/peer/$set"
  done
  echo "readability4j 1.0.8, same pages, same run:"
  echo "  AEB-dev:   $(python3 "$tools/aeb_score.py" "$work/peer/aeb-dev" | tail -n 1)"
  echo "  trafi-dev: $(python3 "$tools/trafi_score.py" "$work/peer/trafi-dev" | tail -n 1)"
  echo "  trafi-dev, French pages: $(python3 "$tools/trafi_score.py" "$work/peer/trafi-dev" --lang fr --by-lang | tail -n 1)"
fi
if [ -n "${KEEP_PRED:-}" ]; then rm -rf "$KEEP_PRED"; cp -r "$work/pred" "$KEEP_PRED"; fi

#!/bin/sh
# Scores liseuse's metadata (title, byline, lang, site, published) and article text on the two
# metadata development sets, through the product (`./liseuse read --format json`, one process per
# batch of pages), with ../shared/tools/metadata_score.py.
# Each set is scored whole, then on a fixed cross-validation split: half A and half B, chosen by a
# hash of the page name (not by anything in the page), so a rule tuned on one half can be checked
# on the other. The gap between the halves is what a rule that memorises pages shows.
# Usage: bench/metadata.sh [BENCH_ROOT]   (default: $LISEUSE_META_BENCH, else ../shared/benchmarks/metadata)
#   SETS="readability-dev dates-dev" picks the sets; HALVES=0 scores the whole sets only;
#   FAILURES=DIR writes the misses of each run as DIR/SET-PART.tsv.
set -eu
cd "$(dirname "$0")/.."
root=${1:-${LISEUSE_META_BENCH:-../shared/benchmarks/metadata}}
tools=${LISEUSE_BENCH_TOOLS:-$root/../../tools}
sets=${SETS:-readability-dev dates-dev}
./liseuse --version >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Writes folders $work/SET-a and $work/SET-b, each with the pages of one half and their expectations.
split_set() {
  python3 - "$root/$1" "$work/$1" <<'PY'
import hashlib, json, os, sys
src, dst = sys.argv[1], sys.argv[2]
expected = json.load(open(os.path.join(src, "expected.json"), encoding="utf-8"))
halves = {"a": {}, "b": {}}
for name, value in expected.items():
    half = "a" if hashlib.sha1(name.encode()).digest()[0] % 2 == 0 else "b"
    halves[half][name] = value
for half, part in halves.items():
    folder = f"{dst}-{half}"
    os.makedirs(os.path.join(folder, "pages"))
    for name in part:
        os.symlink(os.path.abspath(os.path.join(src, "pages", name + ".html")),
                   os.path.join(folder, "pages", name + ".html"))
    with open(os.path.join(folder, "expected.json"), "w", encoding="utf-8") as out:
        json.dump(part, out, ensure_ascii=False)
PY
}

score() { # SET-FOLDER LABEL
  if [ -n "${FAILURES:-}" ]; then
    mkdir -p "$FAILURES"
    python3 "$tools/metadata_score.py" "$1" --failures "$FAILURES/$2.tsv"
  else
    python3 "$tools/metadata_score.py" "$1"
  fi | sed "s/^SCORE [^ ]* /SCORE $2 /"
}

for set in $sets; do
  echo "== $set (whole)"
  score "$root/$set" "$set"
  if [ "${HALVES:-1}" != 0 ]; then
    split_set "$set"
    for half in a b; do
      echo "== $set (half $half)"
      score "$work/$set-$half" "$set-$half"
    done
  fi
done

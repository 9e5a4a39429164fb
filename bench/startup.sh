#!/usr/bin/env bash
# Start-up benchmark: wall time and peak RSS of `./liseuse read PAGE` (text and JSON) next to
# `lynx -dump -nolist PAGE` and `w3m -dump PAGE` on the same generated ~100 KB article, in one run
# (hyperfine alternates nothing, so read the ratios of medians, not absolute times, on a busy machine).
# Needs: apt-get install -y hyperfine lynx w3m bc.   Usage: bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
page="$work/article.html"
python3 bench/make-article.py "$page"
export LISEUSE_HOME="$work/home"
./liseuse read "$page" >/dev/null              # builds if needed and starts training the start-up cache
for _ in $(seq 1 120); do ls "$LISEUSE_HOME"/cache/start-* >/dev/null 2>&1 && break; sleep 0.5; done
echo "page: $(wc -c < "$page") bytes; start-up cache: $(ls "$LISEUSE_HOME/cache/" 2>/dev/null | tr '\n' ' ')"
hyperfine -N -w 3 -r "$runs" --export-json "$work/times.json" \
  "lynx -dump -nolist $page" "w3m -dump $page" \
  "./liseuse read $page --format text" "./liseuse read $page --format json" >/dev/null
python3 - "$work/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
lynx = results[0]["median"]
print(f"{'command':44s} {'median ms':>10s} {'x lynx':>7s}")
for r in results:
    name = " ".join("PAGE" if w.endswith(".html") else w for w in r["command"].split())
    print(f"{name:44s} {r['median']*1000:10.1f} {r['median']/lynx:7.2f}")
PY
for cmd in "lynx -dump -nolist $page" "./liseuse read $page --format text" "./liseuse read $page --format json"; do
  kib=$( { /usr/bin/time -f '%M' $cmd >/dev/null; } 2>&1 | tail -n 1)
  printf '%-44s peak RSS %6.1f MiB\n' "$(echo "$cmd" | sed "s|$page|PAGE|")" "$(echo "$kib / 1024" | bc -l)"
done

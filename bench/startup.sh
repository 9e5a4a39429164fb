#!/usr/bin/env bash
# Start-up benchmark: wall time, CPU time and peak RSS of `./liseuse read PAGE` (text and JSON) next to
# `lynx -dump -nolist PAGE` and `w3m -dump PAGE` on the same generated ~100 KB article, in one run;
# the same page served over HTTP on the loopback interface (both readers); then a cold `search` of a
# library of four pages (that article and three demo pages) whose index is current, and the
# full-screen reader's first frame (bench/tui-first-frame.sh). Prints the two ratios issue 17 sets
# goals for: cold search / read (<= 1.5) and first frame / read (<= 2).
# The start-up caches are trained first, as a user's second run would find them.
# On a shared machine read the ratios, and prefer CPU (user+sys) to wall time: wall time includes
# waiting for a core. Needs: apt-get install -y hyperfine lynx w3m tmux.
# Usage: bench/startup.sh [RUNS]      (TUI_RUNS=N for the first-frame runs, default 5; TUI_RUNS=0 skips)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
page="$work/article.html"
python3 bench/make-article.py "$page"
export LISEUSE_HOME="$work/home"
unset LISEUSE_DISCREET LISEUSE_NO_CACHE
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$work" >"$work/http.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 50); do grep -q 'port [0-9]' "$work/http.log" 2>/dev/null && break; sleep 0.1; done
url="http://127.0.0.1:$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$work/http.log" | head -1)/article.html"
# builds if needed and trains the start-up caches for reads of local pages, for the reader and the
# other local commands, and for web addresses
./liseuse read "$page" >/dev/null
for _ in $(seq 1 240); do ls "$LISEUSE_HOME"/cache/start-*-read.* >/dev/null 2>&1 && break; sleep 0.5; done
./liseuse menu "$page" >/dev/null
for _ in $(seq 1 240); do ls "$LISEUSE_HOME"/cache/start-*-local.* >/dev/null 2>&1 && break; sleep 0.5; done
./liseuse read "$url" >/dev/null
for _ in $(seq 1 240); do ls "$LISEUSE_HOME"/cache/start-*-web.* >/dev/null 2>&1 && break; sleep 0.5; done
# the library, its index written by the save (which trains the library cache: Lucene in it)
./liseuse save "$page" demo:/eau/facture demo:/logement/aides demo:/dechets/horaires >/dev/null
for _ in $(seq 1 240); do ls "$LISEUSE_HOME"/cache/start-*-library.* >/dev/null 2>&1 && break; sleep 0.5; done
./liseuse search tramway | grep -q 'Un grand article' || { echo "the library search finds nothing" >&2; exit 1; }
index_before=$(ls -l --time-style=full-iso "$LISEUSE_HOME/cache/index")
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "page: $(wc -c < "$page") bytes; start-up cache: $(ls "$LISEUSE_HOME/cache/" 2>/dev/null | grep start- | tr '\n' ' ')"
hyperfine -N -w 3 -r "$runs" --export-json "$work/times.json" \
  "lynx -dump -nolist $page" "w3m -dump $page" \
  "./liseuse read $page --format text" "./liseuse read $page --format json" \
  "lynx -dump -nolist $url" "./liseuse read $url --format text" \
  "./liseuse search tramway" >/dev/null
for cmd in "lynx -dump -nolist $page" "w3m -dump $page" "./liseuse read $page --format text" \
    "./liseuse read $page --format json" "lynx -dump -nolist $url" "./liseuse read $url --format text" \
    "./liseuse search tramway"; do
  for _ in 1 2 3 4 5; do /usr/bin/time -f '%M' -o "$work/rss" $cmd >/dev/null 2>&1; cat "$work/rss"; done \
    | sort -n | sed -n 3p >>"$work/rss.all"
done
python3 - "$work/times.json" "$work/rss.all" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
rss = [int(line) / 1024 for line in open(sys.argv[2])]
lynx = results[0]
lynx_cpu = lynx["user"] + lynx["system"]
print(f"{'command':38s} {'wall median':>12s} {'x lynx':>7s} {'CPU mean':>10s} {'x lynx':>7s} {'peak RSS':>10s}")
for r, mib in zip(results, rss):
    name = " ".join(("URL" if w.startswith("http") else "PAGE") if w.endswith(".html") else w
                    for w in r["command"].split())
    cpu = r["user"] + r["system"]
    print(f"{name:38s} {r['median']*1000:9.1f} ms {r['median']/lynx['median']:7.2f} {cpu*1000:7.1f} ms "
          f"{cpu/lynx_cpu:7.2f} {mib:6.1f} MiB")
read_text, search = results[2], results[6]
print(f"cold search / read PAGE --format text: wall {search['median'] / read_text['median']:.2f}, "
      f"CPU {(search['user'] + search['system']) / (read_text['user'] + read_text['system']):.2f} (goal <= 1.5)")
PY
[ "$(ls -l --time-style=full-iso "$LISEUSE_HOME/cache/index")" = "$index_before" ] \
  || echo "the index changed during the runs: the search figures include a rebuild" >&2
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${TUI_RUNS:-5}" != 0 ]; then
  echo
  RUNS=${TUI_RUNS:-5} bench/tui-first-frame.sh "$page"
  echo "(goal: ratio TUI / read <= 2)"
fi

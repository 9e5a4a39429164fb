#!/usr/bin/env bash
# Peak memory (RSS) of `./liseuse read` through the launcher, as a user runs it (start-up caches trained
# first): one page of each size in text and JSON, the 1.44 MB and 10 MiB pages again as addresses served
# on loopback (python3's http.server, which gives their length), batches of 50 and 500 pages in one
# process, and `save` of 50 and 500 pages into a fresh library (a new LISEUSE_HOME per run, with the
# trained caches copied in).
# Pages: a 15.8 KB trafi page and the 1.44 MB largest AEB page (shared/benchmarks/extraction), the
# generated 98.9 KB article of bench/startup.sh (bench/make-article.py), and the same generator's
# article grown to 5 MiB and to just under the 10 MiB input cap.
# A batch of N is N-1 benchmark pages (both sets in name order, cycled) then the largest AEB page
# last: a batch that kept anything of the pages it has read would meet its largest page with that
# still in memory.
# Peak RSS from `/usr/bin/time -f %M` (kernel's maxrss): median of RUNS runs, min-max beside it. RSS
# hardly depends on the machine's load; wall time does, so it is shown for information only.
# Usage: bench/memory.sh [BENCH_ROOT]      RUNS=N (default 5), BATCH_RUNS=N (default 3),
#   FORMATS="text json" (single pages), BATCH_FORMATS="json text", PARTS="read url batch save" (which
#   parts to measure); needs python3 and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
root=${1:-${LISEUSE_BENCH:-../shared/benchmarks/extraction}}
runs=${RUNS:-5}
batch_runs=${BATCH_RUNS:-3}
parts=" ${PARTS:-read url batch save} "
work=$(mktemp -d)
server=""
trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
export LISEUSE_HOME="$work/home"
unset LISEUSE_DISCREET LISEUSE_NO_CACHE LISEUSE_JAVA_OPTS
# A 10 MiB page may take longer than the default 30 s of work on a loaded machine: memory is measured here.
export LISEUSE_TIME_BUDGET=600

mkdir -p "$work/pages"
for f in "$root"/aeb-dev/pages/*.html.gz "$root"/trafi-dev/pages/*.html.gz; do
  gzip -dc "$f" > "$work/pages/$(basename "$(dirname "$(dirname "$f")")")-$(basename "$f" .gz)"
done
largest=$(ls -S "$work"/pages/aeb-dev-*.html | head -n 1)
cp "$root/trafi-dev/pages/8de26cc035e54ed0.html.gz" "$work/trafi.html.gz" && gzip -d "$work/trafi.html.gz"
python3 bench/make-article.py "$work/article.html"
python3 bench/make-article.py "$work/article-5mib.html" $((5 << 20))
python3 bench/make-article.py "$work/article-10mib.html" $((10 << 20))

# builds if needed and trains the start-up caches of reads of local pages (and of addresses, of saves)
./liseuse read "$work/article.html" >/dev/null
for _ in $(seq 1 240); do ls "$LISEUSE_HOME"/cache/start-*-read.* >/dev/null 2>&1 && break; sleep 0.5; done
# wait_cache VARIANT: until the launcher's background training of that cache has written it
wait_cache() {
  for _ in $(seq 1 480); do ls "$LISEUSE_HOME"/cache/start-*-"$1".* >/dev/null 2>&1 && return; sleep 0.5; done
}
case "$parts" in *" url "*)
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 -m http.server --bind 127.0.0.1 --directory "$work" "$port" >/dev/null 2>&1 &
  server=$!
  for _ in $(seq 1 100); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/trafi.html')" 2>/dev/null && break; sleep 0.1; done
  ./liseuse read "http://127.0.0.1:$port/trafi.html" >/dev/null
  wait_cache web ;;
esac
case "$parts" in *" save "*)
  ./liseuse save "$work/trafi.html" >/dev/null
  wait_cache library ;;
esac

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/release" 2>/dev/null) on the PATH; the launcher picks a JDK 25+ where there is one"

# A new LISEUSE_HOME for a save, holding only the trained caches: every save starts from an empty library.
fresh_home() {
  rm -rf "$work/save-home"
  mkdir -p "$work/save-home"
  cp -a "$work/home/cache" "$work/save-home/cache"
  export LISEUSE_HOME="$work/save-home"
}

# measure NAME RUNS ARGS...: one line, peak RSS median (min-max) in MiB, exit codes seen, wall median
measure() {
  local name=$1 n=$2; shift 2
  : > "$work/runs"
  for _ in $(seq 1 "$n"); do
    if [ "$1" = save ]; then fresh_home; fi
    /usr/bin/time -f '%M %e %x' -o "$work/time" ./liseuse "$@" >"$work/out" 2>"$work/err" || true
    tail -n 1 "$work/time" >> "$work/runs"
    export LISEUSE_HOME="$work/home"
  done
  python3 - "$name" "$work/runs" <<'PY'
import statistics, sys
name, path = sys.argv[1], sys.argv[2]
rows = [line.split() for line in open(path) if line.strip()]
rss = sorted(int(r[0]) / 1024 for r in rows)
wall = statistics.median(float(r[1]) for r in rows)
codes = ",".join(sorted({r[2] for r in rows}))
print(f"{name:34s} {statistics.median(rss):7.1f} MiB ({rss[0]:.1f}-{rss[-1]:.1f})  exit {codes:5s} wall {wall:6.2f} s")
PY
}

label() {
  python3 -c "import sys; b=int(sys.argv[1]); print(f'{b/1e3:.1f} KB' if b < 1e6 else f'{b/1e6:.2f} MB' if b < 4 << 20 else f'{b/2**20:.2f} MiB')" "$1"
}

if [[ $parts == *" read "* ]]; then
echo
echo "read PAGE (runs: $runs)                peak RSS median (min-max)"
for page in trafi article "$(basename "$largest" .html)" article-5mib article-10mib; do
  file="$work/$page.html"; [ -f "$file" ] || file="$work/pages/$page.html"
  size=$(wc -c < "$file")
  for format in ${FORMATS:-text json}; do
    measure "$(label "$size") $format" "$runs" read "$file" --format "$format"
  done
done
fi

if [[ $parts == *" url "* ]]; then
echo
echo "read URL on loopback (runs: $runs)     peak RSS median (min-max)"
for page in "pages/$(basename "$largest")" article-10mib.html; do
  size=$(wc -c < "$work/$page")
  for format in ${FORMATS:-text json}; do
    measure "URL $(label "$size") $format" "$runs" read "http://127.0.0.1:$port/$page" --format "$format"
  done
done
fi

ls "$work"/pages/*.html | grep -v -x -F "$largest" > "$work/others"
for n in 50 500; do
  python3 - "$work/others" "$n" "$largest" > "$work/batch-$n" <<'PY'
import sys
others = [line.strip() for line in open(sys.argv[1]) if line.strip()]
n = int(sys.argv[2])
print("\n".join([others[i % len(others)] for i in range(n - 1)] + [sys.argv[3]]))
PY
done

if [[ $parts == *" batch "* ]]; then
echo
echo "read PAGE... in one process (runs: $batch_runs), the 1.44 MB page last"
for n in 50 500; do
  for format in ${BATCH_FORMATS:-json text}; do
    # shellcheck disable=SC2046
    measure "batch of $n pages $format" "$batch_runs" read --format "$format" $(cat "$work/batch-$n")
  done
done
fi

if [[ $parts == *" save "* ]]; then
echo
echo "save PAGE... into a new library (runs: $batch_runs), the 1.44 MB page last"
# The 500 sources name 344 different pages: the ones met again are replaced in the library, as a
# user saving a page twice has it replaced.
for n in 50 500; do
  # shellcheck disable=SC2046
  measure "save of $n pages" "$batch_runs" save $(cat "$work/batch-$n")
done
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

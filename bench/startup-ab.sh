#!/usr/bin/env bash
# Paired start-up comparison of builds or JVM options (issue 17): `read PAGE --format FORMAT` through
# each variant's own launcher and LISEUSE_HOME (start-up caches trained first), interleaved, the
# order reversed every round, on three pages: a 15.8 KB trafi page, the 98.9 KB article of
# bench/make-article.py and the 1.44 MB largest AEB page. CPU is perf's task-clock of the whole
# process tree (launcher included, 1 ms resolution); on a shared machine compare it, pair by pair,
# rather than wall time. Prints medians and, against the first variant, the median paired difference
# and how many pairs were faster.
# Usage: bench/startup-ab.sh ROUNDS FORMAT NAME=DIR[:JAVA_OPTIONS] NAME=DIR[:JAVA_OPTIONS]...
#   DIR holds a launcher `liseuse` and its target/liseuse.jar (a copy of a build); JAVA_OPTIONS go
#   through LISEUSE_JAVA_OPTS (the cache training does not see them). BENCH_ROOT as in bench/extraction.sh.
# Needs perf (linux-perf) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=$1; format=$2; shift 2
root=${BENCH_ROOT:-${LISEUSE_BENCH:-../shared/benchmarks/extraction}}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 bench/make-article.py "$work/mid.html"
gzip -dc "$root/trafi-dev/pages/8de26cc035e54ed0.html.gz" > "$work/small.html"
gzip -dc "$root/aeb-dev/pages/d605bdef2cde7308a9f2fbd1484d4a9c3da0167177245d346da61e455f42208d.html.gz" > "$work/large.html"
unset LISEUSE_DISCREET LISEUSE_NO_CACHE
variant() {  # NAME=DIR[:OPTS] -> $name $dir $opts
  name=${1%%=*}; local rest=${1#*=}; dir=${rest%%:*}; opts=""
  if [[ "$rest" == *:* ]]; then opts=${rest#*:}; fi
}
for v in "$@"; do
  variant "$v"
  LISEUSE_HOME="$work/home-$name" LISEUSE_JAVA_OPTS="$opts" "$dir/liseuse" read "$work/mid.html" >/dev/null
  for _ in $(seq 240); do ls "$work/home-$name"/cache/start-*-read.* >/dev/null 2>&1 && break; sleep 0.5; done
done
for r in $(seq "$rounds"); do
  for page in small mid large; do
    order=("$@"); if (( r % 2 == 0 )); then mapfile -t order < <(printf '%s\n' "$@" | tac); fi
    for v in "${order[@]}"; do
      variant "$v"
      start=$(date +%s%N)
      cpu=$(LISEUSE_HOME="$work/home-$name" LISEUSE_JAVA_OPTS="$opts" perf stat -x, -e task-clock \
              "$dir/liseuse" read "$work/$page.html" --format "$format" 2>&1 >/dev/null | grep task-clock | cut -d, -f1)
      end=$(date +%s%N)
      printf '%s\t%s\t%s\t%s\t%s\n' "$r" "$page" "$name" "$cpu" "$(( (end - start) / 1000 ))" >> "$work/times.tsv"
    done
  done
done
python3 - "$work/times.tsv" <<'PY'
import collections, statistics as st, sys
runs, names = collections.defaultdict(dict), []
for line in open(sys.argv[1]):
    r, page, name, cpu, wall = line.rstrip("\n").split("\t")
    runs[(page, r)][name] = (float(cpu), int(wall) / 1000)
    if name not in names: names.append(name)
base = names[0]
for page in ("small", "mid", "large"):
    keys = [k for k in runs if k[0] == page]
    print(f"{page}: {len(keys)} rounds")
    for n in names:
        cpu = st.median(runs[k][n][0] for k in keys); wall = st.median(runs[k][n][1] for k in keys)
        line = f"  {n:12s} CPU median {cpu:6.1f} ms  wall median {wall:6.1f} ms"
        if n != base:
            diffs = [runs[k][n][0] - runs[k][base][0] for k in keys]
            line += f"  paired CPU difference median {st.median(diffs):+6.1f} ms, {sum(d < 0 for d in diffs)}/{len(diffs)} faster"
        print(line)
PY

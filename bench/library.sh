#!/bin/sh
# Offline library benchmark: save throughput and search latency for a library of N generated French
# pages (default 5000), through the real launcher, each command in a fresh process ("cold"), plus the
# in-process ("warm") query latency. Compares cold `search` with cold `read` of a small page.
# Usage: bench/library.sh [N]      Needs python3. Uses a temporary LISEUSE_HOME, removed at the end.
# The phrase query is made of the two most frequent generated words, so it has hits.
set -eu
cd "$(dirname "$0")/.."
pages=${1:-5000}
./liseuse --version >/dev/null        # builds the jar when needed, outside the measurements
./mvnw -q -B -o test-compile
if ! ./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt >/dev/null 2>&1; then
  echo "bench/library.sh: cannot compute the class path for the warm measurement" >&2; exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LISEUSE_HOME="$work/home"
python3 - "$pages" "$work" <<'PY'
import glob, html, os, random, re, statistics, subprocess, sys, time
n, work = int(sys.argv[1]), sys.argv[2]
words = []
for f in sorted(glob.glob("src/main/resources/fr/liseuse/demo/**/*.html", recursive=True)):
    text = re.sub(r"<[^>]+>", " ", open(f, encoding="utf-8").read())
    words += [w.lower() for w in re.findall(r"[A-Za-zÀ-ÿœŒ’']{3,}", html.unescape(text))]
vocab = sorted(set(words))
rng = random.Random(42)
weights = [1.0 / (i + 1) for i in range(len(vocab))]
rng.shuffle(vocab)
pages = os.path.join(work, "pages"); os.makedirs(pages)
def sentence(k):
    return " ".join(rng.choices(vocab, weights, k=k)).capitalize() + "."
for i in range(n):
    paras = "".join("<p>%s</p>" % " ".join(sentence(rng.randint(8, 16)) for _ in range(rng.randint(4, 8)))
                    for _ in range(rng.randint(3, 6)))
    title = sentence(rng.randint(3, 7))[:-1]
    with open(os.path.join(pages, "p%05d.html" % i), "w", encoding="utf-8") as out:
        out.write('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>%s</title>'
                  '<link rel="canonical" href="https://bench.example/%d"></head><body><main><article>'
                  '<h1>%s</h1>%s</article></main></body></html>' % (title, i, title, paras))
small = os.path.join(work, "small.html")
with open(small, "w", encoding="utf-8") as out:
    out.write('<html lang="fr"><head><title>Horaires</title></head><body><main><h1>Horaires</h1>'
              '<p>La déchetterie est ouverte du lundi au samedi de 9 h à 18 h.</p></main></body></html>')
size = sum(os.path.getsize(os.path.join(pages, f)) for f in os.listdir(pages))
print("library of %d generated pages, %.1f MB of HTML, vocabulary of %d words" % (n, size / 1e6, len(vocab)))

def run(*args):
    t = time.perf_counter()
    subprocess.run(["./liseuse", *args], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t

files = sorted(os.path.join(pages, f) for f in os.listdir(pages))
t = run("save", *files)
print("save: %d pages in %.1f s = %.0f pages/s (one process, %d commits)" % (n, t, n / t, (n + 24) // 25))
home = os.environ["LISEUSE_HOME"]
def du(path):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs) / 1e6
print("on disk: library %.1f MB, index %.1f MB" % (du(os.path.join(home, "library")), du(os.path.join(home, "cache"))))
queries = ["collecte", "horaires déchetterie", '"%s %s"' % (vocab[0], vocab[1]), "logement"]
for q in queries:
    out = subprocess.run(["./liseuse", "search", q, "--format", "json"], check=True, capture_output=True, text=True)
    print("  %-24s %d hits shown" % (q, out.stdout.count('"id"')))
def best(args, k=7):
    times = sorted(run(*args) for _ in range(k))
    return times[0], statistics.median(times)
r = best(["read", small])
s = best(["search", "horaires déchetterie"])
l = best(["library", "list", "--format", "json"])
print("cold read of a small page:      min %.3f s, median %.3f s" % r)
print("cold search (index up to date): min %.3f s, median %.3f s  -> %.2fx read (median)" % (s[0], s[1], s[1] / r[1]))
print("cold library list:              min %.3f s, median %.3f s" % l)
subprocess.run(["rm", "-rf", os.path.join(home, "cache")], check=True)
print("cold search that rebuilds the index from %d entries: %.1f s" % (n, run("search", "collecte")))
cp = "target/classes:target/test-classes:" + open("target/cp.txt").read().strip()
subprocess.run(["java", "-cp", cp, "fr.liseuse.store.LibraryBenchmark", home, *queries], check=True)
PY

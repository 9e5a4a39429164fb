#!/bin/sh
# PDF reading through the product, scored against pdftotext (poppler-utils) on generated documents.
# Usage: bench/pdf.sh [COUNT]     COUNT generated documents (default 20) besides the test samples
# The set (fr.liseuse.extract.pdf.PdfBenchmarkSet): the leaflets, two-column page and form of the
# tests, and documents of 2 to 6 pages made of the demo site's paragraphs, in one or two columns,
# with titles, headings, lists, running headers and page numbers. Every PDF goes through ONE
# `java -jar target/liseuse.jar read --format json` process; its title and text are compared word by
# word (multiset of lower-case words) with `pdftotext`'s output of the same file. pdftotext keeps the
# running headers and page numbers that liseuse leaves out, so a perfect reading scores a little
# under 1 on recall. Times: the whole set in one JVM (start-up and cold JIT included), the same set
# read twice in one JVM (second pass warm), and one PDF in its own process.
set -eu
cd "$(dirname "$0")/.."
count=${1:-20}
command -v pdftotext >/dev/null 2>&1 || { echo "pdf.sh: pdftotext missing (apt-get install poppler-utils)" >&2; exit 1; }
jar=target/liseuse.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main -newer "$jar" -print | head -n 1)" ]; then
  ./mvnw -q -B -o package -DskipTests >&2
fi
./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  fr.liseuse.extract.pdf.PdfBenchmarkSet "$work/pdf" "$count" 2>/dev/null
pages=0
for f in "$work"/pdf/*.pdf; do
  pdftotext -enc UTF-8 "$f" "$work/$(basename "$f" .pdf).ref"
  pages=$(( pages + $(pdfinfo "$f" | awk '/^Pages:/ {print $2}') ))
done
files=$(ls "$work"/pdf/*.pdf | wc -l)
start=$(date +%s%N)
java -jar "$jar" read --format json "$work"/pdf/*.pdf > "$work/out.ndjson"
end=$(date +%s%N)
one=$(( (end - start) / 1000000 ))
start=$(date +%s%N)
java -jar "$jar" read --format json "$work"/pdf/*.pdf "$work"/pdf/*.pdf > /dev/null
end=$(date +%s%N)
twice=$(( (end - start) / 1000000 ))
start=$(date +%s%N)
java -jar "$jar" read "$work/pdf/leaflet-fr.pdf" > /dev/null
end=$(date +%s%N)
single=$(( (end - start) / 1000000 ))
start=$(date +%s%N)
java -jar "$jar" read src/test/resources/cli/collecte.html > /dev/null
end=$(date +%s%N)
html=$(( (end - start) / 1000000 ))
echo "PDFs: $files files, $pages pages"
echo "one JVM, whole set: $one ms ($(( one / pages )) ms per page, start-up included)"
echo "one JVM, set read twice: $twice ms; warm second pass about $(( (twice - one) / pages )) ms per page"
echo "one process per file: 2-page leaflet $single ms; HTML page (collecte.html) $html ms"
python3 - "$work/out.ndjson" "$work" <<'PY'
import collections, json, os, re, sys
out, work = sys.argv[1], sys.argv[2]
def words(s):
    return collections.Counter(re.findall(r"\w+", s.lower()))
rows, tp_all, pred_all, ref_all = [], 0, 0, 0
with open(out, encoding="utf-8") as lines:
    for line in lines:
        page = json.loads(line)
        name = os.path.basename(page["source"])[:-4]
        pred = words((page.get("title") or "") + "\n" + page["text"])
        with open(os.path.join(work, name + ".ref"), encoding="utf-8") as f:
            ref = words(f.read())
        tp = sum((pred & ref).values())
        p = tp / max(1, sum(pred.values()))
        r = tp / max(1, sum(ref.values()))
        rows.append((name, p, r, 2 * p * r / max(1e-9, p + r)))
        tp_all += tp; pred_all += sum(pred.values()); ref_all += sum(ref.values())
for name, p, r, f in rows:
    print(f"  {name:16} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
p, r = tp_all / pred_all, tp_all / ref_all
print(f"word F1 against pdftotext: mean {sum(x[3] for x in rows) / len(rows):.3f}, "
      f"all words {2 * p * r / (p + r):.3f} (P {p:.3f}, R {r:.3f}), {len(rows)} files")
PY
